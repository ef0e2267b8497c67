import { parseArgs } from 'node:util';
import { locales, type Locale } from '../i18n/locale.js';
import { runCheck } from './check-command.js';
import { UsageError } from './usage-error.js';

declare const SVC_VERSION: string;
const version = typeof SVC_VERSION === 'string' ? SVC_VERSION : '0.0.0-dev';

const help = `svc ${version} — check service specifications (.svc)

Usage:
  svc check PATH... [--format stylish|json|sarif] [--max-warnings N] [--locale en|zh-CN]
  svc --help | --version

Commands:
  check   Check .svc files; a folder is searched recursively, and all paths
          together form one workspace (cross-file references resolve).

Options:
  --format FORMAT      stylish (default, one line per diagnostic), json, or sarif (SARIF 2.1.0)
  --max-warnings N     exit 1 when there are more than N warnings
  --locale LOCALE      language of messages: en or zh-CN (default: svc.config.json's "locale", else en)
  -h, --help           show this help
  -v, --version        show the version

Exit status: 0 no errors (and no more than N warnings); 1 errors or too many
warnings; 2 the check could not run (bad arguments, unreadable path, invalid
svc.config.json) — the reason is written to standard error.
Rules: docs/rules/README.md`;

export async function main(argv: string[]): Promise<number> {
    const nodeMajor = Number(process.versions.node.split('.')[0]);
    if (nodeMajor < 22) {
        throw new UsageError(`needs Node.js 22 or later (this is ${process.versions.node}); run it as 'npx svc' inside the project, which uses the bundled Node 22`);
    }
    const { values, positionals } = parseArgs({
        args: argv,
        allowPositionals: true,
        strict: true,
        options: {
            format: { type: 'string' },
            'max-warnings': { type: 'string' },
            locale: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
            version: { type: 'boolean', short: 'v' }
        }
    });
    if (values.version) {
        process.stdout.write(`${version}\n`);
        return 0;
    }
    const [command, ...paths] = positionals;
    if (values.help || command === undefined || command === 'help') {
        process.stdout.write(`${help}\n`);
        return 0;
    }
    if (command !== 'check') throw new UsageError(`unknown command '${command}'; run 'svc --help'`);
    if (paths.length === 0) throw new UsageError(`'svc check' needs at least one PATH`);
    const format = values.format ?? 'stylish';
    if (format !== 'stylish' && format !== 'json' && format !== 'sarif') {
        throw new UsageError(`--format must be stylish, json or sarif, not '${format}'`);
    }
    const locale = values.locale;
    if (locale !== undefined && !(locales as readonly string[]).includes(locale)) {
        throw new UsageError(`--locale must be en or zh-CN, not '${locale}'`);
    }
    let maxWarnings: number | undefined;
    if (values['max-warnings'] !== undefined) {
        maxWarnings = Number(values['max-warnings']);
        if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
            throw new UsageError(`--max-warnings must be a whole number ≥ 0, not '${values['max-warnings']}'`);
        }
    }
    return runCheck({
        paths, format, maxWarnings, version,
        locale: locale as Locale | undefined,
        color: process.stdout.isTTY === true && !process.env.NO_COLOR
    }, text => process.stdout.write(`${text}\n`));
}

main(process.argv.slice(2)).then(
    status => { process.exitCode = status; },
    (error: unknown) => {
        if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
            process.stderr.write(`svc: ${(error as Error).message}\n`);
        } else {
            process.stderr.write(`svc: internal error — please report it: ${error instanceof Error ? error.stack : String(error)}\n`);
        }
        process.exitCode = 2;
    }
);
