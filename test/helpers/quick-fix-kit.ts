// Test support for quick fixes: validate specs, ask the provider, apply an action, revalidate.
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { textDocumentParams } from 'langium/test';
import { expect } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnose, type TestDiagnostic } from './diagnose.js';
import type { Locale } from '#protocol/locale.js';
import { createNodeSvcServices } from '../../language-server/src/svc-node-services.js';

export type Specs = string | Record<string, string>;

const mainFile = 'spec.svc';
const uriOf = (file: string) => URI.parse(`memory:///workspace/${file}`).toString();

export interface FixQuery {
    rule: string;
    /** 1-based line of the diagnostic, when the rule fires more than once. */
    line?: number;
    file?: string;
    locale?: Locale;
}

export interface Offer {
    specs: Record<string, string>;
    actions: CodeAction[];
}

/** The code actions offered for the one diagnostic of `rule` (at `line`) in `file`. */
export async function offeredFixes(specs: Specs, query: FixQuery): Promise<Offer> {
    const workspace = await validatedWorkspace(specs, query.locale);
    const diagnostics = workspace.diagnostics(query.file ?? mainFile).filter(diagnostic =>
        diagnostic.code === query.rule && (query.line === undefined || diagnostic.range.start.line + 1 === query.line));
    expect(diagnostics, `one '${query.rule}' diagnostic`).toHaveLength(1);
    return { specs: workspace.specs, actions: await workspace.actionsFor(query.file ?? mainFile, diagnostics[0]) };
}

export interface DiagnosticOffer extends Offer {
    file: string;
    diagnostic: Diagnostic;
}

/** The code actions offered for every diagnostic of every file, one diagnostic at a time. */
export async function everyOffer(specs: Specs): Promise<DiagnosticOffer[]> {
    const workspace = await validatedWorkspace(specs);
    const offers: DiagnosticOffer[] = [];
    for (const file of Object.keys(workspace.specs)) {
        for (const diagnostic of workspace.diagnostics(file)) {
            offers.push({ file, diagnostic, specs: workspace.specs, actions: await workspace.actionsFor(file, diagnostic) });
        }
    }
    return offers;
}

async function validatedWorkspace(specs: Specs, locale: Locale = 'en') {
    const files = typeof specs === 'string' ? { [mainFile]: specs } : specs;
    const { shared, Svc } = createNodeSvcServices(EmptyFileSystem);
    Svc.i18n.Locale.current = locale;
    const documents = new Map<string, LangiumDocument>();
    for (const [file, text] of Object.entries(files)) {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(uriOf(file)));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(file, document);
    }
    await shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    return {
        specs: files,
        diagnostics: (file: string) => documents.get(file)!.diagnostics ?? [],
        actionsFor: async (file: string, diagnostic: Diagnostic) => {
            const document = documents.get(file)!;
            const actions = await Svc.lsp.CodeActionProvider!.getCodeActions(document, {
                ...textDocumentParams(document),
                range: diagnostic.range,
                context: { diagnostics: [diagnostic], triggerKind: 1 }
            }) ?? [];
            return actions.filter((action): action is CodeAction => 'kind' in action);
        }
    };
}

/** The titles offered, in order. */
export const titles = (offer: Offer) => offer.actions.map(action => action.title);

export interface Applied {
    /** Every file after the edit. */
    specs: Record<string, string>;
    /** The main file (or the only one) after the edit. */
    text: string;
    diagnostics: TestDiagnostic[];
}

/** Applies the action with this title and validates the result again, as one workspace. */
export async function applyFix(offer: Offer, title: string): Promise<Applied> {
    const action = offer.actions.find(candidate => candidate.title === title);
    expect(action, `an action titled "${title}" among ${JSON.stringify(titles(offer))}`).toBeDefined();
    const specs: Record<string, string> = {};
    for (const [file, text] of Object.entries(offer.specs)) {
        const edits = action!.edit?.changes?.[uriOf(file)] ?? [];
        specs[file] = TextDocument.applyEdits(TextDocument.create(uriOf(file), 'svc', 0, text), edits);
    }
    return { specs, text: specs[mainFile] ?? Object.values(specs)[0], diagnostics: await diagnose(specs) };
}

/** Asserts that the edited specs still parse, link and keep names unique. */
export function expectSound(applied: Applied): void {
    const breaking = applied.diagnostics.filter(diagnostic => ['syntax-error', 'unresolved-reference', 'duplicate-name'].includes(diagnostic.rule));
    expect(breaking.map(diagnostic => `${diagnostic.rule} ${diagnostic.line}: ${diagnostic.message}`), applied.text).toEqual([]);
}

/** The rule ids the edited specs still report. */
export const remainingRules = (applied: Applied) => applied.diagnostics.map(diagnostic => diagnostic.rule);

/**
 * Asserts that the edit removed a diagnostic of `rule` and raised none that was not there before:
 * every rule the edited specs report was reported before at least as often.
 */
export async function expectFixedWithoutNewDiagnostics(offer: Offer, applied: Applied, rule: string): Promise<void> {
    const count = (rules: string[]) => rules.reduce((counts, found) => counts.set(found, (counts.get(found) ?? 0) + 1), new Map<string, number>());
    const before = count((await diagnose(offer.specs)).map(diagnostic => diagnostic.rule));
    const after = count(remainingRules(applied));
    expect(after.get(rule) ?? 0, `${rule} after the fix`).toBeLessThan(before.get(rule) ?? 0);
    const raised = [...after].filter(([found, times]) => times > (before.get(found) ?? 0)).map(([found]) => found);
    expect(raised, `new diagnostics in\n${applied.text}`).toEqual([]);
}
