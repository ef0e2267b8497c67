import type { AstNode, ValidationAcceptor, ValidationChecks, ValidationRegistry } from 'langium';
import type { Range } from 'vscode-languageserver';
import type { SvcAstType } from '../generated/ast.js';
import type { SvcLocale } from '../i18n/locale.js';
import type { SvcServices } from '../svc-module.js';
import type { RuleCheck, SvcRule } from './rule.js';
import { findPropertyNode } from './property-node.js';
import { RuleContext } from './rule-context.js';
import { allRules } from './rules/index.js';
import { WorkspaceFacts, rootOf } from './workspace-facts.js';

const langiumSeverity = { error: 'error', warn: 'warning', info: 'info' } as const;

/** Registers every rule of the catalog with Langium's validation registry. */
export class SvcValidator {
    private readonly contexts = new WeakMap<AstNode, RuleContext>();
    private readonly locale: SvcLocale;

    constructor(private readonly services: SvcServices) {
        this.locale = services.i18n.Locale;
    }

    register(registry: ValidationRegistry): void {
        registry.registerBeforeDocument(root => {
            this.contexts.set(root, new RuleContext(new WorkspaceFacts(this.services)));
        });
        registry.registerAfterDocument(root => {
            this.contexts.delete(root);
        });
        for (const rule of allRules) {
            registry.register(this.checksOf(rule));
        }
    }

    private checksOf<Args>(rule: SvcRule<Args>): ValidationChecks<SvcAstType> {
        const checks: Record<string, (node: AstNode, accept: ValidationAcceptor) => void> = {};
        for (const [type, check] of Object.entries(rule.checks) as Array<[string, RuleCheck<AstNode, Args>]>) {
            checks[type] = (node, accept) => {
                const report = (target: { node: AstNode; property?: string; index?: number }, args: Args) =>
                    accept(langiumSeverity[rule.severity], rule.message[this.locale.current](args), { ...target, code: rule.id, range: rangeOf(target) });
                check(node, report, this.contextOf(node));
            };
        }
        return checks as ValidationChecks<SvcAstType>;
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

/** Where Langium would put the diagnostic, found without its scan of every child (see findPropertyNode). */
function rangeOf(target: { node: AstNode; property?: string; index?: number }): Range | undefined {
    const cst = (target.property && findPropertyNode(target.node, target.property, target.index)) || target.node.$cstNode;
    return cst?.range;
}
