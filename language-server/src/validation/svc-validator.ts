import { isOperationCancelled, type AstNode, type AstReflection, type ValidationAcceptor, type ValidationRegistry } from 'langium';
import type { Range } from 'vscode-languageserver';
import type { SvcLocale } from '#protocol/locale.js';
import type { SvcServices } from '../svc-module.js';
import { beforeLinkingCategory, notLinkedYet } from './before-linking.js';
import type { RuleCheck, SvcRule } from './rule.js';
import { findPropertyNode } from './property-node.js';
import { RuleContext } from './rule-context.js';
import { allRules } from './rules/index.js';
import { WorkspaceFacts, rootOf } from './workspace-facts.js';

const langiumSeverity = { error: 'error', warn: 'warning', info: 'info' } as const;

/** One rule's check of one node: reports through the acceptor, never throws. */
export type NodeCheck = (node: AstNode, accept: ValidationAcceptor) => void;

/**
 * Every rule of the catalog, by the node types it checks. The rules are
 * synchronous, so SvcDocumentValidator runs them in one plain pass: Langium's
 * registry would wrap each call in two async functions and await it.
 */
export class SvcValidator {
    private readonly contexts = new WeakMap<AstNode, RuleContext>();
    private readonly checksByType = new Map<string, NodeCheck[]>();
    private readonly checksBeforeLinkingByType = new Map<string, NodeCheck[]>();
    private readonly locale: SvcLocale;
    /** The reports of the running check; one buffer and one function for all checks, rather than a closure per check of every node. */
    private readonly held: Array<[ReportTarget, unknown]> = [];
    private readonly hold = (target: ReportTarget, args: unknown) => { this.held.push([target, args]); };

    constructor(private readonly services: SvcServices) {
        this.locale = services.i18n.Locale;
        for (const rule of allRules) this.add(rule, services.shared.AstReflection);
    }

    /** Shares one RuleContext among the checks of a document while it is validated. */
    register(registry: ValidationRegistry): void {
        registry.registerBeforeDocument((root, _accept, categories) => {
            const linked = !categories.includes(beforeLinkingCategory);
            this.contexts.set(root, new RuleContext(linked ? new WorkspaceFacts(this.services) : undefined));
        });
        registry.registerAfterDocument(root => {
            this.contexts.delete(root);
        });
    }

    checksFor(type: string): readonly NodeCheck[] {
        return this.checksByType.get(type) ?? [];
    }

    /** The checks of the rules that are run before linking too (`SvcRule.beforeLinking`). */
    checksBeforeLinkingFor(type: string): readonly NodeCheck[] {
        return this.checksBeforeLinkingByType.get(type) ?? [];
    }

    private add<Args>(rule: SvcRule<Args>, reflection: AstReflection): void {
        for (const [type, check] of Object.entries(rule.checks) as Array<[string, RuleCheck<AstNode, Args>]>) {
            const nodeCheck: NodeCheck = (node, accept) => {
                // Held until the check ends: a check stopped before linking (notLinkedYet) reports nothing of this run.
                const first = this.held.length;
                let failure: { error: unknown } | undefined;
                try {
                    check(node, this.hold as (target: ReportTarget, args: Args) => void, this.contextOf(node));
                } catch (error) {
                    if (isOperationCancelled(error)) throw error;
                    if (error !== notLinkedYet) failure = { error };
                    else this.held.length = first;
                }
                for (let index = first; index < this.held.length; index++) {
                    const [target, args] = this.held[index] as [ReportTarget, Args];
                    accept(langiumSeverity[rule.severity], rule.message[this.locale.current](args), { ...target, code: rule.id, range: rangeOf(target) });
                }
                this.held.length = first;
                if (failure) reportFailure(failure.error, node, accept);
            };
            for (const subtype of reflection.getAllSubTypes(type)) {
                addTo(this.checksByType, subtype, nodeCheck);
                if (rule.beforeLinking) addTo(this.checksBeforeLinkingByType, subtype, nodeCheck);
            }
        }
    }

    private contextOf(node: AstNode): RuleContext {
        const root = rootOf(node);
        let context = this.contexts.get(root);
        if (!context) {
            context = new RuleContext(new WorkspaceFacts(this.services));
            this.contexts.set(root, context);
        }
        return context;
    }
}

/** As Langium does with a failing check: logged, and shown as an error without rule id (`internal-error`). */
function reportFailure(error: unknown, node: AstNode, accept: ValidationAcceptor): void {
    const messageContext = 'An error occurred during validation';
    console.error(`${messageContext}:`, error);
    accept('error', `${messageContext}: ${error instanceof Error ? error.message : String(error)}`, { node });
}

function addTo(checksByType: Map<string, NodeCheck[]>, type: string, check: NodeCheck): void {
    const checks = checksByType.get(type);
    if (checks) checks.push(check); else checksByType.set(type, [check]);
}

type ReportTarget = { node: AstNode; property?: string; index?: number };

/** Where Langium would put the diagnostic, found without its scan of every child (see findPropertyNode). */
function rangeOf(target: ReportTarget): Range | undefined {
    const cst = (target.property && findPropertyNode(target.node, target.property, target.index)) || target.node.$cstNode;
    return cst?.range;
}
