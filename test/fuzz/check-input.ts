import { AstUtils, EmptyFileSystem, GrammarAST, URI, type LangiumDocument } from 'langium';
import { blueprintDocumentSchema } from '#protocol/blueprint-schema.js';
import { buildBlueprint } from '../../language-server/src/blueprint/build-blueprint.js';
import { encodeLabel, generateMermaid, type BlueprintView } from '../../language-server/src/blueprint/mermaid/index.js';
import type { SvcFormatter } from '../../language-server/src/lsp/formatting/svc-formatter.js';
import { createNodeSvcServices } from '../../language-server/src/svc-node-services.js';
import { normalizedAst } from '../format/format-harness.js';
import type { TokenSpan } from './mutate.js';
import { outlineSeed, type SeedOutline } from './windows.js';

/** One view per input, in turn: the three share the model and differ only in what they draw, so each still sees a third of all inputs. */
const views: readonly BlueprintView[] = ['blueprint', 'flow', 'standards'];

/** CPU time allowed per kilobyte of input on top of the fixed bound; the worst measured is about 17 ms/KB (3,000 nested `service s {`, all error recovery). */
const msPerKilobyte = 40;

/** What went wrong with one input; empty when everything held. */
export type Problems = string[];

/**
 * Runs one input through everything that reads a spec — parser, linker, every
 * rule, formatter, blueprint model, a Mermaid view and the label encoder — in one
 * reused service container, and lists what broke a promise: a throw, a rule that
 * failed internally, a diagnostic outside the document, a formatting that changes
 * the syntax tree, a blueprint model that fails its schema, or taking longer than
 * its time bound. The bound is on this thread's CPU time, so other processes on
 * the machine do not make a fast input look slow; a loop that never ends is
 * caught by the caller's wall-clock watchdog instead.
 */
export class InputChecker {
    private readonly services = createNodeSvcServices(EmptyFileSystem);
    private counter = 0;
    /** Keywords of the grammar, for token-level mutations. */
    readonly keywords: readonly string[];

    constructor(private readonly timeBoundMs: number) {
        this.keywords = [...new Set(AstUtils.streamAllContents(this.services.Svc.Grammar).filter(GrammarAST.isKeyword).map(keyword => keyword.value))].sort();
    }

    /** The units of a seed and what they reference, for windows; the seed is linked alone, then removed again. */
    async outline(text: string): Promise<SeedOutline> {
        const { workspace } = this.services.shared;
        const document = workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///seed/${++this.counter}.svc`));
        workspace.LangiumDocuments.addDocument(document);
        try {
            await workspace.DocumentBuilder.build([document], { validation: false });
            return outlineSeed(document, this.tokens(text));
        } finally {
            await workspace.DocumentBuilder.update([], [document.uri]);
        }
    }

    /** The tokens and comments of a text, as the language's lexer cuts it. */
    tokens(text: string): TokenSpan[] {
        const result = this.services.Svc.parser.Lexer.tokenize(text);
        return [...result.tokens, ...result.hidden]
            .map(token => ({ offset: token.startOffset, end: token.startOffset + token.image.length }))
            .sort((a, b) => a.offset - b.offset);
    }

    async check(text: string): Promise<Problems> {
        const problems: Problems = [];
        const started = process.threadCpuUsage();
        const view = views[this.counter % views.length];
        const restoreConsole = captureConsoleErrors(message => problems.push(`logged an error: ${message}`));
        const { workspace } = this.services.shared;
        let document: LangiumDocument | undefined;
        try {
            document = workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///fuzz/${++this.counter}.svc`));
            workspace.LangiumDocuments.addDocument(document);
            await workspace.DocumentBuilder.build([document], { validation: true });
            problems.push(...this.diagnosticProblems(document));
            problems.push(...this.formattingProblems(document));
            problems.push(...this.blueprintProblems(document, view));
            encodeLabel(text);
        } catch (error) {
            problems.push(`threw: ${describeError(error)}`);
        } finally {
            restoreConsole();
            if (document) await this.forget(document, problems);
        }
        // Parsing with error recovery is linear but not cheap: big inputs get time in proportion.
        const bound = this.timeBoundMs + text.length / 1024 * msPerKilobyte;
        const { user, system } = process.threadCpuUsage(started);
        const elapsed = (user + system) / 1000;
        if (elapsed > bound) problems.push(`took ${Math.round(elapsed)} ms of CPU (bound ${Math.round(bound)} ms)`);
        return problems;
    }

    private diagnosticProblems(document: LangiumDocument): Problems {
        const text = document.textDocument;
        const lastLine = text.lineCount - 1;
        const lineLength = (line: number) => text.offsetAt({ line: line + 1, character: 0 }) - text.offsetAt({ line, character: 0 });
        const inside = (position: { line: number; character: number }) =>
            Number.isInteger(position.line) && Number.isInteger(position.character) && position.line >= 0 && position.character >= 0
            && position.line <= lastLine && position.character <= (position.line === lastLine ? text.getText().length - text.offsetAt({ line: lastLine, character: 0 }) : lineLength(position.line));
        const problems: Problems = [];
        for (const diagnostic of document.diagnostics ?? []) {
            const { start, end } = diagnostic.range;
            const label = `${diagnostic.code} at ${start.line}:${start.character}-${end.line}:${end.character}`;
            if (!inside(start) || !inside(end)) problems.push(`diagnostic outside the document: ${label}`);
            else if (text.offsetAt(start) > text.offsetAt(end)) problems.push(`diagnostic range reversed: ${label}`);
            if (diagnostic.code === 'internal-error' || /An error occurred/.test(String(diagnostic.message))) problems.push(`rule failed: ${String(diagnostic.message).slice(0, 300)}`);
        }
        return problems;
    }

    /** When the input parses, the formatted text parses to the same syntax tree (as test/format checks). */
    private formattingProblems(document: LangiumDocument): Problems {
        const formatter = this.services.Svc.lsp.Formatter as SvcFormatter;
        const formatted = formatter.formattedText(document);
        const parses = document.parseResult.lexerErrors.length === 0 && document.parseResult.parserErrors.length === 0;
        if (parses && formatted === undefined) return ['the formatter refused a document that parses'];
        if (!parses || formatted === undefined) return [];
        const reparsed = this.services.Svc.parser.LangiumParser.parse(formatted);
        if (reparsed.lexerErrors.length > 0 || reparsed.parserErrors.length > 0) return ['formatting introduced syntax errors'];
        const before = JSON.stringify(normalizedAst(document.parseResult.value));
        return JSON.stringify(normalizedAst(reparsed.value)) === before ? [] : ['formatting changed the syntax tree'];
    }

    private blueprintProblems(document: LangiumDocument, view: BlueprintView): Problems {
        const blueprint = buildBlueprint(document, this.services.Svc);
        // The preview drops a model that fails its schema, so an invalid one is as bad as a crash.
        const valid = blueprintDocumentSchema.safeParse(blueprint);
        if (!valid.success) return [`blueprint model fails its schema: ${valid.error.issues.slice(0, 3).map(issue => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`];
        // A small step limit also exercises the splitting of long processes.
        for (const service of blueprint.services) generateMermaid(service, view, { maxStepsPerDiagram: 5 });
        return [];
    }

    /** Removes the document and everything indexed from it, so the next input starts from an empty workspace. */
    private async forget(document: LangiumDocument, problems: Problems): Promise<void> {
        try {
            await this.services.shared.workspace.DocumentBuilder.update([], [document.uri]);
        } catch (error) {
            problems.push(`removing the document threw: ${describeError(error)}`);
        }
    }
}

export function describeError(error: unknown): string {
    return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack?.split('\n').slice(1, 6).join('\n') ?? ''}` : String(error);
}

/** Langium logs (and swallows) exceptions of rules and of validation as a whole; each one is a failure here. */
export function captureConsoleErrors(report: (message: string) => void): () => void {
    const original = console.error;
    console.error = (...args: unknown[]) => report(args.map(arg => arg instanceof Error ? describeError(arg) : String(arg)).join(' ').slice(0, 500));
    return () => { console.error = original; };
}
