import type { AstNode } from 'langium';
import type { SvcAstType } from '../generated/ast.js';
import type { Localized } from '#protocol/locale.js';
import type { RuleContext } from './rule-context.js';

export type RuleSeverity = 'error' | 'warn' | 'info';

/** Where a diagnostic goes: a node, optionally one of its properties (and the index in a list). */
export interface ReportTarget<N extends AstNode> {
    node: N;
    property?: string;
    index?: number;
}

export type Report<Args> = <N extends AstNode>(target: ReportTarget<N>, args: Args) => void;

export type RuleCheck<N extends AstNode, Args> = (node: N, report: Report<Args>, context: RuleContext) => void;

export type RuleChecks<Args> = {
    [K in keyof SvcAstType]?: SvcAstType[K] extends AstNode ? RuleCheck<SvcAstType[K], Args> : never;
};

export interface SvcRule<Args = unknown> {
    /** Stable id, shown as the diagnostic's code. */
    id: string;
    severity: RuleSeverity;
    /** One sentence: what the rule checks (SARIF, docs, hovers). */
    description: Localized;
    message: Localized<(args: Args) => string>;
    checks: RuleChecks<Args>;
    /**
     * Also run before the workspace is linked, as a folder opens: some of its checks read
     * nothing outside the spec (see before-linking.ts; a check that reads further is stopped there).
     */
    beforeLinking?: true;
}

/** Declares a rule; keeps `Args` inferred across message and checks. */
export function defineRule<Args>(rule: SvcRule<Args>): SvcRule<Args> {
    return rule;
}
