/**
 * A deterministic measured-data workspace for the benchmark (LANGUAGE.md,
 * "Measured data"): one spec with standards and KPIs of every unit dimension
 * that a `measurements` element binds to one large CSV of daily values —
 * notes in English and Chinese, quoted cells, values in other units that
 * convert, and a few invalid rows of every kind so that `measurement-invalid`
 * and the KPI and standard rules (breach, off target, worsening, not met) fire.
 */
import type { BenchFile } from './generate-workspace.js';

/** What the benchmark edits: the `value` cell of each KPI's latest row. */
export interface LatestCell {
    kpi: string;
    /** 0-based line of the row and where its value cell starts and ends. */
    line: number;
    start: number;
    end: number;
    value: string;
}

export interface DataWorkspace {
    spec: BenchFile;
    csv: BenchFile;
    rows: number;
    latestCells: LatestCell[];
}

export const dataSpecName = 'kpi-data.svc';
export const dataCsvName = 'kpi-daily.csv';

type Kind = 'time' | 'rate' | 'score';
const kinds: Kind[] = ['time', 'rate', 'score'];
const prefix: Record<Kind, string> = { time: 'Wait', rate: 'OnTime', score: 'Score' };

const kpiName = (index: number) => `${prefix[kinds[index % 3]]}${String(index).padStart(3, '0')}`;

function spec(kpis: number): string {
    const lines = [
        '/** 大数据量实测指标：一个服务，各类单位的 KPI，绑定一个日度导出文件 */',
        'service DataBench "网点日度指标" {',
        '  version "1.0"', '  owner Manager', '  description "Daily KPI export of every branch counter"',
        '  actor Customer "客户" customer', '  actor Agent "柜员" frontstage', '  actor Manager "网点经理" backstage',
        '  standard WaitMax "等候不超过15分钟" {', '    dimension responsiveness', '    kind hard', '    bounds wait', '    target <= 15 min',
        '    method system-log', '    frequency daily', '    owner Agent', '  }',
        '  standard OnTimeService "准时办结率不低于95%" {', '    dimension reliability', '    kind hard', '    target >= 95 %',
        '    method system-log', '    frequency daily', '    owner Manager', '  }',
        '  standard Courtesy "礼貌服务评分不低于4.5" {', '    dimension empathy', '    kind soft', '    target >= 4.5 score',
        '    method survey', '    frequency daily', '    owner Agent', '  }'
    ];
    for (let index = 0; index < kpis; index++) {
        const kind = kinds[index % 3];
        const body = {
            time: ['measures WaitMax', 'formula "avg(wait)"', 'unit min', 'direction lower', 'target 8', 'warning 12'],
            rate: ['measures OnTimeService', 'formula "on_time / tickets"', 'unit %', 'direction higher', 'target 95', 'warning 90'],
            score: ['measures Courtesy', 'formula "avg(rating)"', 'unit score', 'direction higher', 'target 4.6', 'warning 4.2']
        }[kind];
        lines.push(`  kpi ${kpiName(index)} "${kind === 'time' ? '平均等候' : kind === 'rate' ? '准时率' : '满意度'} ${index}" {`,
            ...[...body, 'period daily', 'source "queue system"', 'owner Manager'].map(line => `    ${line}`), '  }');
    }
    lines.push('  process Visit "到店办理" {', '    standard WaitMax',
        '    step TakeTicket "取号" by Customer {', '      moment', '      next Serve', '    }',
        '    step Serve "办理业务" by Agent {', '      duration 8 min', '      standard WaitMax, OnTimeService, Courtesy', '      next end', '    }', '  }',
        `  measurements Daily "网点日度指标导出" from "${dataCsvName}"`, '}', '');
    return lines.join('\n');
}

const notes = ['', 'queue system export', '系统导出，已复核', '', '"peak hour, two desks closed"', '国庆后客流高峰，临时加开窗口',
    'counter export (branch office)', 'manual entry after outage', '', '叫号系统月报导出'];

/** A value of a KPI on day `day` of `days`, as an export writes it (sometimes in another unit); the last days give each KPI its verdict. */
function valueText(kind: Kind, kpi: number, day: number, days: number): string {
    const wobble = ((kpi * 7919 + day * 104729) % 1000) / 1000;
    const fromEnd = days - 1 - day;
    // Of every four KPIs of a kind: one at its warning, one off target, one worsening over its last four days, one fine.
    const verdict = Math.floor(kpi / 3) % 4;
    if (kind === 'time') {
        let minutes = 5 + wobble * 2.5;
        if (fromEnd === 0 && verdict === 0) minutes = 15.5;
        if (fromEnd === 0 && verdict === 1) minutes = 9.5;
        if (fromEnd < 4 && verdict === 2) minutes = 6 + (4 - fromEnd) * 0.5;
        const rounded = Math.round(minutes * 10) / 10;
        return day % 17 === 0 ? `${Math.round(rounded * 60)} s` : day % 13 === 0 ? `${rounded} min` : String(rounded);
    }
    if (kind === 'rate') {
        let rate = 96 + wobble * 3.5;
        if (fromEnd === 0 && verdict === 0) rate = 88.5;
        if (fromEnd === 0 && verdict === 1) rate = 93.1;
        if (fromEnd < 4 && verdict === 2) rate = 99 - (4 - fromEnd) * 0.4;
        const rounded = Math.round(rate * 10) / 10;
        return day % 2 === 0 ? `${rounded}%` : String(rounded);
    }
    let score = 4.65 + wobble * 0.3;
    if (fromEnd === 0 && verdict === 0) score = 4.1;
    if (fromEnd === 0 && verdict === 1) score = 4.4;
    if (fromEnd < 4 && verdict === 2) score = 4.9 - (4 - fromEnd) * 0.05;
    return (Math.round(score * 100) / 100).toFixed(2);
}

/** Every 997th row goes wrong in one of the ways a hand edit or a bad export does. */
function broken(row: string[], index: number): string[] {
    const [kpi, period, value, note] = row;
    switch ((index / 997 | 0) % 6) {
        case 0: return [`${kpi.slice(0, 2)}${kpi[3]}${kpi[2]}${kpi.slice(4)}`, period, value, note];
        case 1: return [kpi, period.replace(/-\d\d-/, '-13-'), value, note];
        case 2: return [kpi, period, value.replace('.', ','), note];
        case 3: return [kpi, period, `${value.replace(/[^\d.]/g, '')} kg`, note];
        case 4: return [kpi, period.slice(0, 7), value, note];
        default: return [kpi, period, '', note];
    }
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Days from 2014-01-01 on (proleptic Gregorian, no time zones). */
function dates(count: number): string[] {
    const out: string[] = [];
    for (let year = 2014, month = 1, day = 1; out.length < count;) {
        out.push(`${year}-${pad(month)}-${pad(day)}`);
        const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
        if (++day > days) {
            day = 1;
            if (++month > 12) { month = 1; year++; }
        }
    }
    return out;
}

/**
 * `kpis` KPIs measured daily for `days` days, day after day (each day all KPIs):
 * 100 KPIs over 4,500 days are 450,000 rows and about 20 MB.
 */
export function generateDataWorkspace(kpis = 100, days = 4_500): DataWorkspace {
    const lines = ['# 网点日度指标导出 / daily KPI export of every branch counter', '# exported by the bench generator', 'kpi,period,value,note'];
    const latestCells: LatestCell[] = [];
    const periods = dates(days);
    let rows = 0;
    for (let day = 0; day < days; day++) {
        for (let kpi = 0; kpi < kpis; kpi++) {
            const row = [kpiName(kpi), periods[day], valueText(kinds[kpi % 3], kpi, day, days), notes[(kpi + day) % notes.length]];
            const index = rows++;
            // The last day stays valid: it is what the editing benchmark changes.
            const written = index % 997 === 500 && day < days - 1 ? broken(row, index) : row;
            if (day === days - 1) {
                const start = written[0].length + written[1].length + 2;
                latestCells.push({ kpi: written[0], line: lines.length, start, end: start + written[2].length, value: written[2] });
            }
            lines.push(written.join(','));
        }
    }
    // A duplicate of a valid day, the last problem of the file.
    lines.push(`${kpiName(0)},${periods[1]},6.1,duplicate from a re-export`);
    return { spec: { name: dataSpecName, text: spec(kpis) }, csv: { name: dataCsvName, text: `${lines.join('\n')}\n` }, rows: rows + 1, latestCells };
}
