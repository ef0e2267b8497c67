import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import type { CliDiagnostic, FileResult } from '../../language-server/src/cli/check-result.js';
import { artifactLocation, sourceRootUri } from '../../language-server/src/cli/formats/sarif-artifact-location.js';
import { formatSarif } from '../../language-server/src/cli/formats/sarif-format.js';
import { allRules, builtInRules } from '../../language-server/src/validation/rules/index.js';

const repo = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'svc-sarif-format-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface SarifLog {
    runs: Array<{
        tool: { driver: { informationUri: string; rules: Array<{ id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string; markdown: string }; helpUri: string; defaultConfiguration: { level: string } }> } };
        originalUriBaseIds: Record<string, { uri: string }>;
        artifacts: Array<{ location: { uri: string; uriBaseId?: string } }>;
        results: Array<{ ruleId: string; partialFingerprints: Record<string, string>; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }> }>;
    }>;
}

function finding(rule: string, line: number, column = 3): CliDiagnostic {
    return { rule, severity: 'warning', message: `${rule} here`, range: { start: { line, column }, end: { line, column: column + 4 } } };
}

/** Formats the findings of `files` (path relative to `cwd` → checked text) as `svc check` run in `cwd` would. */
function sarifFor(cwd: string, files: Record<string, { text: string; diagnostics: CliDiagnostic[] }>, locale: 'en' | 'zh-CN' = 'en'): SarifLog['runs'][number] {
    const results: FileResult[] = Object.entries(files).map(([path, { diagnostics }]) => ({ path, diagnostics }));
    return (JSON.parse(formatSarif(results, locale, '1.2.3', path => ({ text: files[path].text }), cwd)) as SarifLog).runs[0];
}

function fingerprints(run: SarifLog['runs'][number]): string[] {
    return run.results.map(result => result.partialFingerprints.primaryLocationLineHash);
}

describe('SARIF artifact locations', () => {
    const cwd = '/home/me/my repo';

    test('files below the current folder are relative to %SRCROOT%, each segment percent-encoded', () => {
        expect(artifactLocation('a b?#%.svc')).toEqual({ uri: 'a%20b%3F%23%25.svc', uriBaseId: '%SRCROOT%' });
        expect(artifactLocation('specs/服务.svc')).toEqual({ uri: 'specs/%E6%9C%8D%E5%8A%A1.svc', uriBaseId: '%SRCROOT%' });
        // A colon in the first segment would otherwise read as a URI scheme.
        expect(artifactLocation('a:b.svc').uri).toBe('a%3Ab.svc');
    });

    test('files outside the current folder are absolute file: URIs without a base', () => {
        expect(artifactLocation('/srv/other specs/服务 #1.svc')).toEqual({ uri: 'file:///srv/other%20specs/%E6%9C%8D%E5%8A%A1%20%231.svc' });
    });

    test('%SRCROOT% is the current folder as a file: URI ending in /', () => {
        expect(sourceRootUri(cwd)).toBe('file:///home/me/my%20repo/');
        expect(sourceRootUri('/')).toBe('file:///');
    });

    test('resolved against %SRCROOT%, every odd name leads back to its file', () => {
        for (const name of ['a b?#%.svc', '服务.svc', 'sub dir/100%#1 ?.svc', '%E6.svc']) {
            const uri = new URL(artifactLocation(name).uri, sourceRootUri(cwd));
            expect(fileURLToPath(uri)).toBe(join(cwd, name));
        }
        expect(fileURLToPath(artifactLocation('/tmp/x?#%/服务.svc').uri)).toBe('/tmp/x?#%/服务.svc');
    });
});

describe('formatSarif', () => {
    const spec = 'service Desk "Desk" {\n  actor Guest "Guest" customer\n  step Ask "Ask" by Guest\n  step Ask "Ask" by Guest\n}\n';

    test('results and artifacts point into %SRCROOT%, which the run gives as the current folder', () => {
        const cwd = join(scratch, 'located');
        const run = sarifFor(cwd, { 'odd #1 服务.svc': { text: spec, diagnostics: [finding('dead-end-step', 3)] }, 'clean.svc': { text: spec, diagnostics: [] } });
        expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(cwd).href}/` } });
        const location = { uri: 'odd%20%231%20%E6%9C%8D%E5%8A%A1.svc', uriBaseId: '%SRCROOT%' };
        expect(run.artifacts.map(artifact => artifact.location)).toEqual([location, { uri: 'clean.svc', uriBaseId: '%SRCROOT%' }]);
        expect(run.results[0].locations[0].physicalLocation.artifactLocation).toEqual(location);
    });

    test('every rule has descriptions, help as text and Markdown, and a page in docs/rules of the repository', () => {
        const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf-8')) as { homepage: string };
        const { tool } = sarifFor(join(scratch, 'rules'), {});
        expect(tool.driver.informationUri).toBe(manifest.homepage);
        expect(tool.driver.rules.map(rule => rule.id)).toEqual([...Object.keys(builtInRules), ...allRules.map(rule => rule.id)]);
        for (const rule of tool.driver.rules) {
            expect(rule.helpUri).toBe(`https://github.com/svc-tools/svc/blob/main/docs/rules/${rule.id}.md`);
            expect(existsSync(join(repo, 'docs/rules', `${rule.id}.md`)), rule.id).toBe(true);
            expect(rule.fullDescription.text).toContain(rule.shortDescription.text);
            expect(rule.fullDescription.text).toContain(`svc-disable-next-line ${rule.id}`);
            expect(rule.help.text).toContain(rule.helpUri);
            expect(rule.help.markdown).toContain(`](${rule.helpUri})`);
        }
        const deadEnd = tool.driver.rules.find(rule => rule.id === 'dead-end-step');
        expect(deadEnd?.defaultConfiguration.level).toBe('warning');
        expect(deadEnd?.fullDescription.text).toContain('Default severity: warn.');
    });

    test('rule descriptions follow the locale', () => {
        const { tool } = sarifFor(join(scratch, 'chinese'), {}, 'zh-CN');
        const deadEnd = tool.driver.rules.find(rule => rule.id === 'dead-end-step');
        expect(deadEnd?.shortDescription.text).toBe('步骤没有任何 `next`。');
        expect(deadEnd?.fullDescription.text).toContain('默认严重级别：warn。');
    });
});

describe('SARIF fingerprints', () => {
    const lines = ['service Desk "Desk" {', '  step Ask "Ask" by Guest', '  step Tell "Tell" by Guest', '  step Ask "Ask" by Guest', '}'];
    const findings = [finding('dead-end-step', 2), finding('dead-end-step', 3), finding('dead-end-step', 4), finding('unresolved-reference', 4)];

    test('do not change when lines are inserted above or the file is re-indented', () => {
        const before = sarifFor(join(scratch, 'before'), { 'desk.svc': { text: lines.join('\n'), diagnostics: findings } });
        const shifted = ['// a comment', '', ...lines.map(line => `    ${line.replace(' by ', '   by ')}`)].join('\r\n');
        const after = sarifFor(join(scratch, 'after'), { 'desk.svc': { text: shifted, diagnostics: findings.map(({ rule, range }) => finding(rule, range.start.line + 2, 5)) } });
        expect(fingerprints(after)).toEqual(fingerprints(before));
    });

    test('differ between findings: rule, line text, repeated identical lines, file', () => {
        const run = sarifFor(join(scratch, 'distinct'), {
            'desk.svc': { text: lines.join('\n'), diagnostics: findings },
            'copy.svc': { text: lines.join('\n'), diagnostics: [finding('dead-end-step', 2)] }
        });
        const all = fingerprints(run);
        expect(new Set(all).size).toBe(all.length);
        // The second identical `step Ask` line counts as the second occurrence.
        expect(all[2]).toBe(all[0].replace(/:1$/, ':2'));
    });
});
