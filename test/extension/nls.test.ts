import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../extension/src/webview/ui-strings.js';

const root = join(import.meta.dirname, '..', '..');
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf-8'));
const manifest = readJson('package.json');
const nls: Record<string, string> = readJson('package.nls.json');
const nlsChinese: Record<string, string> = readJson('package.nls.zh-cn.json');
const bundleChinese: Record<string, string> = readJson('l10n/bundle.l10n.zh-cn.json');
const chinese = /[\u4e00-\u9fff]/;

function placeholders(value: unknown, found: string[] = []): string[] {
    if (typeof value === 'string') for (const match of value.matchAll(/^%([^%\s]+)%$/g)) found.push(match[1]);
    else if (Array.isArray(value)) for (const item of value) placeholders(item, found);
    else if (value && typeof value === 'object') for (const item of Object.values(value)) placeholders(item, found);
    return found;
}

function sourceFiles(folder: string): string[] {
    return readdirSync(folder).flatMap(name => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
    });
}

/** The first argument of every `l10n.t(…)` call, unescaped; undefined where it is not a plain string literal. */
function runtimeStrings(): Array<string | undefined> {
    return sourceFiles(join(root, 'extension', 'src')).flatMap(file => {
        const text = readFileSync(file, 'utf-8');
        return [...text.matchAll(/\bl10n\.t\(\s*(?:'((?:[^'\\]|\\.)*)'\s*[,)]|"((?:[^"\\]|\\.)*)"\s*[,)]|)/g)]
            .map(match => match[1] ?? match[2])
            .map(literal => literal === undefined ? undefined : literal.replace(/\\(.)/g, '$1'));
    });
}

describe('manifest localisation', () => {
    const keys = placeholders(manifest);

    it('has an English and a Chinese text for every %key% of package.json', () => {
        expect(keys.length).toBeGreaterThan(10);
        for (const key of keys) {
            expect(nls[key], key).toEqual(expect.any(String));
            expect(nlsChinese[key], key).toEqual(expect.any(String));
        }
    });

    it('has no text that package.json does not use, and the same keys in both languages', () => {
        expect(Object.keys(nls).sort()).toEqual([...new Set(keys)].sort());
        expect(Object.keys(nlsChinese).sort()).toEqual(Object.keys(nls).sort());
    });

    it('really translates', () => {
        for (const [key, value] of Object.entries(nlsChinese)) {
            if (value !== nls[key]) expect(value, key).toMatch(chinese);
        }
    });

    it('gives every contributed command a localised title', () => {
        for (const command of manifest.contributes.commands) {
            expect(command.title, command.command).toMatch(/^%.+%$/);
            expect(command.category, command.command).toMatch(/^%.+%$/);
        }
        expect(manifest.l10n).toBe('./l10n');
    });
});

describe('runtime localisation', () => {
    const strings = runtimeStrings();

    it('calls l10n.t with string literals only, so that every text can be checked', () => {
        expect(strings.length).toBeGreaterThan(10);
        expect(strings.filter(text => text === undefined)).toEqual([]);
    });

    it('has a Chinese translation of every l10n.t text in extension/src, with the same placeholders', () => {
        for (const text of strings as string[]) {
            const translation = bundleChinese[text];
            expect(translation, text).toEqual(expect.any(String));
            expect(translation, text).toMatch(chinese);
            expect([...translation.matchAll(/\{\d+\}/g)].map(match => match[0]).sort(), text)
                .toEqual([...text.matchAll(/\{\d+\}/g)].map(match => match[0]).sort());
        }
    });

    it('has no translation that no code uses', () => {
        expect(Object.keys(bundleChinese).sort()).toEqual([...new Set(strings as string[])].sort());
    });
});

describe('webview localisation', () => {
    it('has every UI text in both languages', () => {
        const flatten = (value: unknown, prefix = ''): Record<string, string> => typeof value === 'string'
            ? { [prefix]: value }
            : Object.assign({}, ...Object.entries(value as object).map(([key, item]) => flatten(item, `${prefix}.${key}`)));
        const english = flatten(uiStrings.en);
        const chineseTexts = flatten(uiStrings['zh-CN']);
        expect(Object.keys(chineseTexts).sort()).toEqual(Object.keys(english).sort());
        for (const [key, value] of Object.entries(chineseTexts)) {
            expect(value, key).toMatch(chinese);
        }
    });
});
