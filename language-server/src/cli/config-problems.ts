import type { LoadedConfig } from '../config/config-provider.js';
import type { Locale } from '#protocol/locale.js';
import { displayPath } from './to-cli-diagnostics.js';

/** `svc.config.json:3:5: Unknown rule id 'x'.` — one line per problem, 1-based. */
export function describeConfigProblems(configs: readonly LoadedConfig[], locale: Locale): string {
    const lines: string[] = [];
    for (const config of configs) {
        const text = config.text ?? '';
        for (const problem of config.problems) {
            const before = text.substring(0, problem.offset).split(/\r\n|\r|\n/);
            const line = before.length;
            const column = before[before.length - 1].length + 1;
            lines.push(`${displayPath(config.path!, process.cwd())}:${line}:${column}: ${problem.message[locale]}`);
        }
    }
    return (locale === 'zh-CN' ? 'svc.config.json 无效：\n' : 'invalid svc.config.json:\n') + lines.join('\n');
}
