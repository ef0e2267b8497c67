import { parseArgs } from 'node:util';
import { locales, type Locale } from '#protocol/locale.js';
import { usage } from './usage.js';
import { UsageError } from './usage-error.js';

declare const SVC_VERSION: string;
const version = typeof SVC_VERSION === 'string' ? SVC_VERSION : '0.0.0-dev';

const optionSpec = {
    format: { type: 'string' },
    'max-warnings': { type: 'string' },
    locale: { type: 'string' },
    service: { type: 'string' },
    view: { type: 'string' },
    output: { type: 'string', short: 'o' },
    'out-dir': { type: 'string' },
    chromium: { type: 'string' },
    table: { type: 'string' },
    force: { type: 'boolean' },
    check: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' }
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof optionSpec; allowPositionals: true }>>['values'];

/** Options each command accepts; anything else is a usage error, not silently ignored. */
const accepted: Record<string, ReadonlyArray<keyof Values>> = {
    check: ['format', 'max-warnings', 'locale'],
    export: ['format', 'table', 'output', 'force'],
    format: ['check', 'locale'],
    render: ['format', 'service', 'view', 'output', 'chromium', 'locale', 'force'],
    report: ['format', 'out-dir', 'chromium', 'locale', 'force']
};

export async function main(argv: string[]): Promise<number> {
    const nodeMajor = Number(process.versions.node.split('.')[0]);
    if (nodeMajor < 22) {
        throw new UsageError(`needs Node.js 22 or later (this is ${process.versions.node}); run it as 'npx svc' inside the project, which uses the bundled Node 22`);
    }
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: optionSpec });
    if (values.version) {
        process.stdout.write(`${version}\n`);
        return 0;
    }
    const [command, ...paths] = positionals;
    if (values.help || command === undefined || command === 'help') {
        process.stdout.write(`${usage(version)}\n`);
        return 0;
    }
    const allowed = accepted[command];
    if (!allowed) throw new UsageError(`unknown command '${command}'; run 'svc --help'`);
    for (const option of Object.keys(values) as Array<keyof Values>) {
        if (!allowed.includes(option)) throw new UsageError(`'svc ${command}' does not take --${option}`);
    }
    if (paths.length === 0) throw new UsageError(`'svc ${command}' needs at least one PATH`);
    const write = (text: string) => process.stdout.write(`${text}\n`);
    const warn = (text: string) => process.stderr.write(`svc: ${text}\n`);
    // Each command loads only its own modules (the bundle splits them): a check needs no renderer, report or export.
    switch (command) {
        case 'check': {
            const { runCheck } = await import('./check-command.js');
            return runCheck({
                paths, version,
                format: oneOf('--format', values.format ?? 'stylish', ['stylish', 'json', 'sarif'] as const),
                maxWarnings: values['max-warnings'] === undefined ? undefined : wholeNumber('--max-warnings', values['max-warnings']),
                locale: localeOption(values.locale),
                color: process.stdout.isTTY === true && !process.env.NO_COLOR
            }, write);
        }
        case 'render': {
            if (paths.length !== 1) throw new UsageError(`'svc render' takes exactly one FILE`);
            const [{ runRender, renderFormats }, { blueprintViews }] = await Promise.all([import('./render-command.js'), import('../blueprint/mermaid/index.js')]);
            return runRender({
                file: paths[0],
                service: values.service,
                view: oneOf('--view', values.view ?? 'blueprint', blueprintViews),
                format: oneOf('--format', values.format ?? 'mmd', renderFormats),
                output: values.output,
                chromium: values.chromium,
                locale: localeOption(values.locale),
                force: values.force ?? false
            }, write, warn);
        }
        case 'report': {
            const { runReport, reportFormats } = await import('./report-command.js');
            return runReport({
                paths,
                format: oneOf('--format', values.format ?? 'html', reportFormats),
                outDir: values['out-dir'] ?? 'svc-reports',
                chromium: values.chromium,
                locale: localeOption(values.locale),
                force: values.force ?? false
            }, write, warn);
        }
        case 'format': {
            const { runFormat } = await import('./format-command.js');
            return runFormat({ paths, check: values.check ?? false, locale: localeOption(values.locale) }, write, warn);
        }
        default: {
            const { runExport } = await import('./export-command.js');
            return runExport({
                paths, version,
                format: oneOf('--format', values.format ?? 'json', ['json', 'csv'] as const),
                table: values.table,
                output: values.output,
                force: values.force ?? false
            }, write);
        }
    }
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
    if (!(allowed as readonly string[]).includes(value)) {
        throw new UsageError(`${option} must be ${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}, not '${value}'`);
    }
    return value as T;
}

function wholeNumber(option: string, value: string): number {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 0) throw new UsageError(`${option} must be a whole number ≥ 0, not '${value}'`);
    return number;
}

function localeOption(value: string | undefined): Locale | undefined {
    return value === undefined ? undefined : oneOf('--locale', value, locales);
}

// A reader that stops early (`svc check | head`) is no error of svc: what it did not read is simply not printed.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
});

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
