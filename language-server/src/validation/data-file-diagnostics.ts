import { AstUtils } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { SvcConfigProvider } from '../config/config-provider.js';
import type { Locale } from '#protocol/locale.js';
import type { DataFileReport } from '../measured/measured-analysis.js';
import { measurementInvalid } from './rules/measurement-invalid.js';

const lspSeverity = { error: DiagnosticSeverity.Error, warn: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** What a `measurement-invalid` diagnostic carries for the quick fix of an unknown KPI name. */
export interface UnknownKpiData {
    unknownKpi: { name: string; suggestions: string[] };
}

/**
 * The diagnostics of a data file: its invalid rows, with the severity
 * configured for the `.svc` file that binds it (LANGUAGE.md, rule catalog);
 * `svc-disable-next-line` does not apply inside data files.
 */
export function dataFileDiagnostics(report: DataFileReport, locale: Locale, configs: Pick<SvcConfigProvider, 'forDocument'>): Diagnostic[] {
    const configured = configs.forDocument(AstUtils.getDocument(report.owner).uri).config.rules?.[measurementInvalid.id];
    if (configured === 'off') return [];
    const severity = lspSeverity[configured ?? measurementInvalid.severity];
    return report.problems.map(({ range, problem, unknownKpi }) => ({
        range,
        severity,
        source: 'svc',
        code: measurementInvalid.id,
        message: measurementInvalid.message[locale]({ problem }),
        ...(unknownKpi ? { data: { unknownKpi } satisfies UnknownKpiData } : {})
    }));
}
