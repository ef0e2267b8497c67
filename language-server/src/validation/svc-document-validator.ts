import {
    DefaultDocumentValidator, DocumentValidator,
    type AstNode, type LangiumDocument, type ValidationAcceptor, type ValidationOptions
} from 'langium';
import { CancellationToken, type Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { SvcConfigProvider } from '../config/config-provider.js';
import type { ConfiguredSeverity } from '../config/config-schema.js';
import type { Locale, SvcLocale } from '#protocol/locale.js';
import type { SvcServices } from '../svc-module.js';
import { walkAst } from '../scoping/ast-walk.js';
import type { SvcLinker } from '../scoping/svc-linker.js';
import { beforeLinkingCategory } from './before-linking.js';
import type { SvcValidator } from './svc-validator.js';
import { findSuppressions, isSuppressed } from './suppressions.js';

export const syntaxErrorId = 'syntax-error';
export const unresolvedReferenceId = 'unresolved-reference';

const lspSeverity: Record<Exclude<ConfiguredSeverity, 'off'>, DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error,
    warn: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information
};

/**
 * Langium's validation, then what every diagnostic of this language needs:
 * a rule id as `code`, the workspace's configured severity, `svc-disable-next-line`,
 * and messages in the current locale.
 */
export class SvcDocumentValidator extends DefaultDocumentValidator {
    private readonly configs: SvcConfigProvider;
    private readonly locale: SvcLocale;
    private readonly rules: SvcValidator;
    private readonly linker: SvcLinker;

    constructor(services: SvcServices) {
        super(services);
        this.configs = services.config.ConfigProvider;
        this.locale = services.i18n.Locale;
        this.rules = services.validation.SvcValidator;
        this.linker = services.references.Linker as SvcLinker;
    }

    /**
     * What can be said of a spec just parsed, before the workspace is linked: its syntax errors
     * and the rule checks that need no reference or workspace fact (see before-linking.ts).
     * Every diagnostic here is one the full validation reports too.
     */
    validateBeforeLinking(document: LangiumDocument, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        return this.linker.whileUnlinked(document, () => this.validateDocument(document, { categories: ['built-in', beforeLinkingCategory] }, cancelToken));
    }

    /**
     * The rules' pass over the tree. Langium awaits every (async-wrapped) check
     * and a look at cancellation for every node; the rules are synchronous.
     */
    protected override async validateAstNodes(root: AstNode, options: ValidationOptions, accept: ValidationAcceptor, cancelToken = CancellationToken.None): Promise<void> {
        const categories = options.categories;
        const beforeLinking = categories?.includes(beforeLinkingCategory) ?? false;
        if (!beforeLinking && categories && !categories.includes('fast')) return;
        const checksFor = (type: string) => beforeLinking ? this.rules.checksBeforeLinkingFor(type) : this.rules.checksFor(type);
        await walkAst(root, { node: node => { for (const check of checksFor(node.$type)) check(node, accept); } }, cancelToken);
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const configured = this.configs.forDocument(document.uri).config.rules ?? {};
        const suppressions = findSuppressions(document.textDocument.getText());
        const result: Diagnostic[] = [];
        for (const diagnostic of diagnostics) {
            const code = ruleIdOf(diagnostic);
            const severity = configured[code];
            if (severity === 'off' || isSuppressed(suppressions, diagnostic.range.start.line, code)) continue;
            result.push({
                ...diagnostic,
                code,
                source: 'svc',
                severity: severity ? lspSeverity[severity] : diagnostic.severity,
                message: localizeBuiltIn(diagnostic, code, this.locale.current)
            });
        }
        return result;
    }
}

function ruleIdOf(diagnostic: Diagnostic): string {
    const builtIn = (diagnostic.data as { code?: string } | undefined)?.code;
    if (builtIn === DocumentValidator.LinkingError) return unresolvedReferenceId;
    if (builtIn === DocumentValidator.LexingError || builtIn === DocumentValidator.ParsingError) return syntaxErrorId;
    return typeof diagnostic.code === 'string' ? diagnostic.code : 'internal-error';
}

const referenceKinds: Record<string, string> = {
    Performer: '角色或系统', Standard: '服务标准', Kpi: 'KPI', Step: '步骤', Measurable: '服务标准或 KPI'
};

/** Langium writes link errors in English; give them a Chinese form too (syntax errors are localized by the parser). */
function localizeBuiltIn(diagnostic: Diagnostic, code: string, locale: Locale): string {
    const message = messageText(diagnostic);
    if (locale === 'en') return message;
    if (code === unresolvedReferenceId) {
        const match = /reference to (\w+) named '(.*)'/.exec(message);
        if (match) return `无法解析引用：找不到名为“${match[2]}”的${referenceKinds[match[1]] ?? match[1]}。`;
    }
    return message;
}

/** LSP 3.18 allows markup in messages; this language only writes plain text. */
export function messageText(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}
