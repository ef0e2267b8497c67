import type { Random } from '../helpers/generate-specs.js';

/** A KPI of the fuzzed spec, and what its data rows look like. */
export interface FuzzKpi {
    /** As written in a data file of its service (`Service.Member` from the top-level file). */
    name: string;
    period?: 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly';
    unit?: string;
}

/** A workspace to check: specs and data files by path under its folder, with the KPIs the data may name. */
export interface DataWorkspaceSeed {
    specs: Record<string, string>;
    /** Data file texts, before encoding. */
    data: Record<string, string>;
    kpis: FuzzKpi[];
    scale: string;
}

export const measurementFiles = ['data/kpi.csv', 'data/more.csv', 'data/top.csv'] as const;
export const surveyFile = 'data/survey.csv';

const periods = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly', undefined] as const;
const units = ['min', 's', 'h', 'd', '%', 'count', 'score', 'CNY', undefined] as const;
/** Scales at and beyond the sensible: the default, the usual two, one point, none, negative, a fraction, beyond every integer. */
const scales = ['', 'scale 7', 'scale 5', 'scale 1', 'scale 0', 'scale -3', 'scale 2.5', `scale ${'9'.repeat(30)}`];
export const dimensions = ['reliability', 'responsiveness', 'assurance', 'empathy', 'tangibles', '可靠性', '响应性', '保证性', '移情性', '有形性'];

/**
 * A spec with `measurements` in a service and at the top level and a `survey`,
 * whose KPIs take random units, directions, thresholds and periods (some none),
 * and the data files they bind, filled with rows that are mostly valid.
 */
export function dataWorkspaceSeed(random: Random): DataWorkspaceSeed {
    const scale = random.pick(scales);
    const kpis: FuzzKpi[] = [];
    const kpiLines = ['Wait', 'Rate', 'Stars', 'Calls', 'Cost'].map(name => {
        const kpi: FuzzKpi = { name, period: random.pick(periods), unit: random.pick(units) };
        kpis.push(kpi);
        return `  kpi ${name} "${name}指标" { ${kpiBody(kpi, 'Boss', ['measures Quick', 'measures Right', 'measures Quick, Right', ''], random)} }`;
    });
    const top: FuzzKpi = { name: 'Tidy', period: random.pick(periods), unit: random.pick(units) };
    const service = `service Branch "网点服务" {
  owner Boss
  actor Boss "网点主管" backstage
  standard Quick "等候不超过15分钟" { dimension responsiveness kind hard bounds wait target <= ${random.pick(['15 min', '900 s', '0.25 h', '15', '-1 min', `${'9'.repeat(40)} d`])} method system-log frequency monthly owner Boss }
  standard Right "办理正确率" { dimension reliability kind hard target >= ${random.pick(['99 %', '0.5 %', '4 score', '100'])} method audit frequency quarterly owner Boss }
${kpiLines.join('\n')}
  measurements Monthly "月度指标" from "${measurementFiles[0]}"
  measurements More "补充指标" from "${random.pick([measurementFiles[1], measurementFiles[0], 'data/../data/more.csv'])}"
  survey Q3 "三季度问卷" from "${surveyFile}" ${scale}
}
`;
    const library = `actor Qa "质检" backstage
kpi Tidy "整洁率" { ${kpiBody(top, 'Qa', ['measures Clean', 'measures Clean, Branch.Quick', ''], random)} }
standard Clean "整洁" { dimension tangibles kind soft target >= 95 % method audit frequency weekly owner Qa }
measurements Hq "总部报表" from "${measurementFiles[2]}"
`;
    const serviceRows = (count: number) => rows(kpis, count, random);
    return {
        specs: { 'branch.svc': service, 'library.svc': library },
        data: {
            [measurementFiles[0]]: measurementTable(serviceRows(random.int(0, 24)), random),
            [measurementFiles[1]]: measurementTable(serviceRows(random.int(0, 6)), random),
            [measurementFiles[2]]: measurementTable([...rows([top], random.int(0, 8), random), ...rows(kpis.map(kpi => ({ ...kpi, name: `Branch.${kpi.name}` })), random.int(0, 4), random)], random),
            [surveyFile]: surveyTable(random.int(0, 30), random)
        },
        kpis: [...kpis, top],
        scale
    };
}

function kpiBody(kpi: FuzzKpi, owner: string, measures: readonly string[], random: Random): string {
    const parts = [random.pick(measures), 'formula "f"'];
    if (kpi.unit) parts.push(`unit ${kpi.unit}`);
    const direction = random.pick(['lower', 'higher', undefined]);
    if (direction) parts.push(`direction ${direction}`);
    if (random.chance(0.8)) parts.push(`target ${random.pick(['10', '95', '4.5', '0', '-2', '1000', '9'.repeat(30)])}`);
    if (random.chance(0.7)) parts.push(`warning ${random.pick(['15', '90', '4', '0', '-5'])}`);
    if (kpi.period) parts.push(`period ${kpi.period}`);
    parts.push(`source "系统" owner ${owner}`);
    return parts.filter(Boolean).join(' ');
}

/** A row `kpi, period, value[, note]` with the KPI's granularity and unit, counting periods up from a random start. */
function rows(kpis: readonly FuzzKpi[], count: number, random: Random): string[][] {
    const next = new Map<FuzzKpi, number>();
    return Array.from({ length: count }, () => {
        const kpi = random.pick(kpis);
        const step = next.get(kpi) ?? random.int(0, 40);
        next.set(kpi, step + 1);
        const value = (random.int(0, 2000) / 10).toString();
        const unit = kpi.unit && random.chance(0.3) ? ` ${kpi.unit}` : '';
        return [kpi.name, periodAt(kpi.period ?? 'monthly', step), value + unit, random.chance(0.2) ? '国庆后客流高峰' : ''];
    });
}

/** The `step`-th period of a granularity from 2025 on. */
export function periodAt(granularity: NonNullable<FuzzKpi['period']>, step: number): string {
    const pad = (value: number) => String(value).padStart(2, '0');
    switch (granularity) {
        case 'yearly': return String(2000 + step);
        case 'quarterly': return `${2025 + Math.floor(step / 4)}-Q${step % 4 + 1}`;
        case 'monthly': return `${2025 + Math.floor(step / 12)}-${pad(step % 12 + 1)}`;
        case 'weekly': return `${2025 + Math.floor(step / 52)}-W${pad(step % 52 + 1)}`;
        case 'daily': return new Date(Date.UTC(2025, 0, 1 + step)).toISOString().slice(0, 10);
    }
}

/** Header names in English, in Chinese, in odd case and spacing, in another order; each with the column it names. */
const measurementHeaders: ReadonlyArray<ReadonlyArray<[string, number]>> = [
    [['kpi', 0], ['period', 1], ['value', 2], ['note', 3]],
    [['指标', 0], ['期间', 1], ['数值', 2], ['备注', 3]],
    [[' KPI ', 0], ['Period', 1], ['VALUE', 2]],
    [['value', 2], ['备注', 3], ['指标', 0], ['period', 1]]
];

function measurementTable(body: string[][], random: Random): string {
    const header = random.pick(measurementHeaders);
    return [header.map(([name]) => name).join(','), ...body.map(row => header.map(([, column]) => csvCell(row[column])).join(','))].join('\n') + '\n';
}

function surveyTable(count: number, random: Random): string {
    const header = random.pick([['respondent', 'dimension', 'expectation', 'perception'], ['受访者', '维度', '期望', '感知', '重要性'], ['item', 'Dimension', 'Perception', 'Expectation', 'importance']]);
    const body = Array.from({ length: count }, (_, index) => header.map(name => {
        switch (name.toLowerCase()) {
            case 'respondent': case '受访者': return `r${String(index).padStart(3, '0')}`;
            case 'item': return `Q${index % 5 + 1}`;
            case 'dimension': case '维度': return random.pick(dimensions);
            case 'importance': case '重要性': return String(random.int(0, 40));
            default: return random.chance(0.05) ? '' : String(random.int(1, 7));
        }
    }).join(','));
    return ['# 问卷导出', header.join(','), ...body].join('\n') + '\n';
}

/** A cell as a spreadsheet writes it: quoted when it holds a comma, quote or line break. */
export function csvCell(text: string): string {
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
