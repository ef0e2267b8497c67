import * as z from 'zod';

/*
 * What the checks made of a spec's measured data (LANGUAGE.md, "Measured data"):
 * part of the JSON export and of the blueprint model the preview and the
 * reports draw from. Zod only: the webview's side imports it too.
 */

const dimensions = ['reliability', 'responsiveness', 'assurance', 'empathy', 'tangibles'] as const;

/** One valid value of a KPI, in the KPI's unit, and the row it came from. */
const measuredPointSchema = z.object({
    /** As a data file writes it: `2026-09`, `2026-W41`, `2026-Q3`. */
    period: z.string(),
    value: z.number(),
    dataFile: z.string(),
    /** 1-based line of the row in the data file. */
    line: z.number().int().min(1)
});

export const standardVerdicts = ['met', 'not-met', 'not-compared'] as const;

/** A KPI with at least one valid value (LANGUAGE.md, "What the data means"). */
export const measuredKpiSchema = z.object({
    /** Absent for a top-level KPI. */
    service: z.string().optional(),
    name: z.string(),
    title: z.string().optional(),
    unit: z.string().optional(),
    direction: z.enum(['lower', 'higher']).optional(),
    /** In the KPI's unit; absent when not given or not convertible to it. */
    target: z.number().optional(),
    warning: z.number().optional(),
    /** Ordered by period. */
    series: z.array(measuredPointSchema).min(1),
    status: z.object({
        latest: z.object({ period: z.string(), value: z.number() }),
        atWarning: z.boolean(),
        offTarget: z.boolean(),
        worsening: z.boolean(),
        /** Each standard the KPI measures, as the spec names it, against the latest value. */
        standards: z.array(z.object({ standard: z.string(), verdict: z.enum(standardVerdicts) }))
    })
});

/** A survey whose data file was read: SERVQUAL gap 5 per dimension. */
export const measuredSurveySchema = z.object({
    service: z.string(),
    name: z.string(),
    title: z.string().optional(),
    dataFile: z.string(),
    scale: z.number().int().min(1),
    /** Rows with both an expectation and a perception. */
    answers: z.number().int().min(0),
    /** Dimensions with answered rows, in the order reliability, responsiveness, assurance, empathy, tangibles. */
    dimensions: z.array(z.object({
        dimension: z.enum(dimensions),
        answered: z.number().int().min(1),
        meanExpectation: z.number(),
        meanPerception: z.number(),
        /** mean(perception) − mean(expectation). */
        gap: z.number(),
        meanImportance: z.number().optional()
    }))
});

/** The measured data about the KPIs and surveys of one spec file. */
export const measuredExportSchema = z.object({
    kpis: z.array(measuredKpiSchema),
    surveys: z.array(measuredSurveySchema)
});

export type MeasuredKpiExport = z.infer<typeof measuredKpiSchema>;
export type MeasuredSurveyExport = z.infer<typeof measuredSurveySchema>;
export type MeasuredExport = z.infer<typeof measuredExportSchema>;

