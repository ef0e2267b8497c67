import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const multitool = resolve(import.meta.dirname, '../../node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');

// SARIF2006 fetches every URI of the log over the network and reports only notes: off, the check stays on this machine.
const policy = `<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" Type="Driver.RuleEnabledState" />
  </Properties>
</Properties>
`;

interface ValidationLog {
    runs: Array<{
        tool: { driver: { rules: Array<{ messageStrings: Record<string, { text: string }> }> } };
        invocations: Array<{ executionSuccessful: boolean }>;
        results: Array<{ ruleId: string; ruleIndex: number; level?: string; message: { id: string; arguments: string[] } }>;
    }>;
}

/**
 * The errors and warnings Microsoft's SARIF Multitool finds in a SARIF log
 * with its SARIF and GitHub code-scanning rules (`--rule-kind "Sarif;Ghas"`),
 * one `level ruleId: message` line each. `scratch` is a folder for its files.
 */
export async function multitoolProblems(sarif: string, scratch: string): Promise<string[]> {
    const input = join(scratch, 'svc.sarif');
    const output = join(scratch, 'svc.validation.sarif');
    const config = join(scratch, 'multitool-policy.xml');
    writeFileSync(input, sarif);
    writeFileSync(config, policy);
    // Exits non-zero when it cannot validate at all (no input, bad options).
    await promisify(execFile)(multitool, ['validate', input, '--output', output, '--rule-kind', 'Sarif;Ghas', '--config', config, '--log', 'ForceOverwrite']);
    const [run] = (JSON.parse(readFileSync(output, 'utf-8')) as ValidationLog).runs;
    if (!run.invocations.every(invocation => invocation.executionSuccessful)) throw new Error(`SARIF Multitool did not validate ${input}`);
    return run.results
        .map(result => ({ ...result, level: result.level ?? 'warning' }))
        .filter(result => result.level === 'error' || result.level === 'warning')
        .map(result => {
            const template = run.tool.driver.rules[result.ruleIndex].messageStrings[result.message.id].text;
            const message = template.replace(/\{(\d+)\}/g, (_, index: string) => result.message.arguments[Number(index)]);
            return `${result.level} ${result.ruleId}: ${message}`;
        });
}
