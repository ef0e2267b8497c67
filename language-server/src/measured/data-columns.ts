/**
 * The columns of a kind of data file: each by its English header name, with
 * its Chinese header name (LANGUAGE.md, "Data files").
 */
export interface ColumnSet<Required extends string, Optional extends string> {
    required: Record<Required, string>;
    optional: Record<Optional, string>;
}

export type MeasurementColumns = ColumnSet<'kpi' | 'period' | 'value', 'note'>;

export const measurementColumns: MeasurementColumns = {
    required: { kpi: '指标', period: '期间', value: '数值' },
    optional: { note: '备注' }
};

export type SurveyColumns = ColumnSet<'dimension' | 'expectation' | 'perception', 'respondent' | 'item' | 'importance'>;

export const surveyColumns: SurveyColumns = {
    required: { dimension: '维度', expectation: '期望', perception: '感知' },
    optional: { respondent: '受访者', item: '题目', importance: '重要性' }
};
