import * as z from 'zod';
import { locales } from '#protocol/locale.js';
import { configurableRuleIds } from '../validation/rules/index.js';

export const severityNames = ['off', 'info', 'warn', 'error'] as const;
export type ConfiguredSeverity = typeof severityNames[number];

/** `svc.config.json`: rule severities and the CLI's message language. */
export const svcConfigSchema = z.object({
    rules: z.partialRecord(z.enum(configurableRuleIds as [string, ...string[]]), z.enum(severityNames)).optional(),
    locale: z.enum(locales).optional()
}).strict();

export type SvcConfig = z.infer<typeof svcConfigSchema>;
