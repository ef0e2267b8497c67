import * as z from 'zod';
import { measuredKpiSchema, measuredSurveySchema } from '#protocol/measured-schema.js';

/**
 * The blueprint model: what the language server tells the preview, the
 * reports and the exports about a `.svc` file — computed once from the
 * validated AST. Validated with zod on both sides of the LSP connection.
 */

export const blueprintLanes = ['evidence', 'customer', 'frontstage', 'backstage', 'support'] as const;
export const performerLanes = ['customer', 'frontstage', 'backstage', 'support'] as const;

const position = z.object({ line: z.number().int().min(0), character: z.number().int().min(0) });
export const rangeSchema = z.object({ start: position, end: position });

const named = { name: z.string(), title: z.string().optional() };

export const performerSchema = z.object({ ...named, kind: z.enum(['actor', 'system']), lane: z.enum(performerLanes) });

export const thresholdSchema = z.object({
    comparator: z.enum(['<', '<=', '=', '>=', '>']),
    value: z.number(),
    unit: z.string().optional(),
    /** As a person reads it: `≤ 15 min`. */
    text: z.string()
});

export const standardSchema = z.object({
    ...named,
    dimension: z.string().optional(),
    kind: z.string().optional(),
    bounds: z.string().optional(),
    target: thresholdSchema.optional(),
    tolerance: z.string().optional(),
    method: z.string().optional(),
    frequency: z.string().optional(),
    owner: z.string().optional(),
    /** KPIs of the workspace that measure it. */
    measuredBy: z.array(z.string()),
    /** Steps that name it. */
    usedBy: z.array(z.string()),
    /** The KPIs with data that measure it and are compared with its target; absent when none is (no verdict). */
    measured: z.array(z.object({
        /** As the standard's reader writes it (`Bank.Speed` from another service). */
        kpi: z.string(),
        /** The latest value, in the KPI's unit. */
        value: z.number(),
        unit: z.string().optional(),
        period: z.string(),
        met: z.boolean()
    })).optional(),
    range: rangeSchema
});

export const kpiSchema = z.object({
    ...named,
    measures: z.array(z.string()),
    formula: z.string().optional(),
    unit: z.string().optional(),
    direction: z.string().optional(),
    baseline: z.string().optional(),
    target: z.string().optional(),
    warning: z.string().optional(),
    period: z.string().optional(),
    source: z.string().optional(),
    owner: z.string().optional(),
    range: rangeSchema
});

export const stepSchema = z.object({
    ...named,
    /** Unique within the service: the step's name. */
    id: z.string(),
    stage: z.string().optional(),
    lane: z.enum(performerLanes).optional(),
    performer: z.string().optional(),
    evidence: z.array(z.string()),
    waitMinutes: z.number().optional(),
    durationMinutes: z.number().optional(),
    /** As written: `12 min`. */
    wait: z.string().optional(),
    duration: z.string().optional(),
    standards: z.array(z.string()),
    moment: z.boolean(),
    fails: z.array(z.object({ description: z.string(), recover: z.string().optional() })),
    isStart: z.boolean(),
    isEnd: z.boolean(),
    /** The condition of its `next end when "…"`, if it has one. */
    endCondition: z.string().optional(),
    range: rangeSchema
});

export const edgeSchema = z.object({
    from: z.string(),
    to: z.string(),
    kind: z.enum(['next', 'recover']),
    condition: z.string().optional()
});

export const processSchema = z.object({
    ...named,
    standards: z.array(z.string()),
    stages: z.array(z.object({ ...named })),
    /** In written order; the first is the start. */
    steps: z.array(stepSchema),
    /** `next` edges inside the process, then `recover` edges. */
    edges: z.array(edgeSchema),
    leadTime: z.object({ minutes: z.number(), text: z.string(), criticalPath: z.array(z.string()) }),
    range: rangeSchema
});

export const capacitySchema = z.object({
    ...named,
    serves: z.string().optional(),
    demand: z.string().optional(),
    servers: z.number().optional(),
    serviceMinutes: z.number().optional(),
    /** Utilisation ρ; null when it is unbounded (no servers). */
    rho: z.number().nullable().optional(),
    waitMinutes: z.number().optional(),
    standard: z.string().optional(),
    range: rangeSchema
});

export const serviceSchema = z.object({
    ...named,
    version: z.string().optional(),
    owner: z.string().optional(),
    description: z.string().optional(),
    documentation: z.string().optional(),
    performers: z.array(performerSchema),
    standards: z.array(standardSchema),
    kpis: z.array(kpiSchema),
    processes: z.array(processSchema),
    capacities: z.array(capacitySchema),
    promises: z.array(z.object({ ...named, text: z.string() })),
    feedback: z.array(z.object({ ...named, channel: z.string().optional(), feeds: z.array(z.string()) })),
    improvements: z.array(z.object({ ...named, addresses: z.array(z.string()), phase: z.string().optional(), owner: z.string().optional(), due: z.string().optional() })),
    /** The service's measured data (language 1.1): its KPIs with data, its surveys with a read file. */
    measured: z.object({
        /** Its `measurements` and `survey` elements: an empty performance view says what to add when there are none. */
        dataElements: z.number().int().min(0),
        kpis: z.array(measuredKpiSchema),
        surveys: z.array(measuredSurveySchema)
    }).optional(),
    range: rangeSchema
});

export const diagnosticSummarySchema = z.object({
    rule: z.string(),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.string(),
    /** 1-based, as the CLI shows it. */
    line: z.number().int(),
    column: z.number().int()
});

export const blueprintDocumentSchema = z.object({
    version: z.literal(1),
    uri: z.string(),
    /** The document version the model was computed from (editor) or 0 (files). */
    documentVersion: z.number().int(),
    /** Syntax errors: the preview keeps its last good diagram while there are any. */
    syntaxErrors: z.number().int().min(0),
    services: z.array(serviceSchema),
    diagnostics: z.array(diagnosticSummarySchema)
});

export type BlueprintDocument = z.infer<typeof blueprintDocumentSchema>;
export type ServiceModel = z.infer<typeof serviceSchema>;
export type ProcessModel = z.infer<typeof processSchema>;
export type StepModel = z.infer<typeof stepSchema>;
export type EdgeModel = z.infer<typeof edgeSchema>;
export type StandardModel = z.infer<typeof standardSchema>;
export type KpiModel = z.infer<typeof kpiSchema>;
export type CapacityModel = z.infer<typeof capacitySchema>;
export type MeasuredServiceModel = NonNullable<ServiceModel['measured']>;
export type BlueprintLane = typeof blueprintLanes[number];

/** The custom LSP request: `{ uri }` → BlueprintDocument (waits until the document is validated). */
export const blueprintRequestMethod = 'svc/blueprint';
export const blueprintRequestParamsSchema = z.object({ uri: z.string() });
