import { DocumentState, type LangiumDocument } from 'langium';
import { EmptyFileSystem } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { performance } from 'node:perf_hooks';
import { createNodeSvcServices } from '../language-server/src/svc-node-services.js';
import { checkFiles } from '../language-server/src/workspace/check-files.js';
import { SvcDocumentBuilder } from '../language-server/src/workspace/svc-document-builder.js';
import type { BenchFile } from './generate-workspace.js';
import { median, timed } from './measure.js';

export interface PipelineTimes {
    lexMs: number;
    parseMs: number;
    /** Building a service container and its parser: once per `svc check` process, outside both timings below. */
    startupMs: number;
    /** `svc check` phases: reading and parsing, indexing and scopes, linking, validation. */
    checkParseMs: number;
    checkIndexMs: number;
    linkMs: number;
    validateMs: number;
    totalMs: number;
    diagnostics: number;
}

/**
 * Lex-only and parse-only over the same texts: the floor any checker pays.
 * Like `svc check`, each run uses a parser built for it (not timed): a parser
 * that has already read the texts runs its compiled paths, 1.3–1.7 times faster
 * on the small workspaces, and would not be the floor of a check.
 */
export async function parserFloor(files: readonly BenchFile[], runs: number): Promise<{ lexMs: number; parseMs: number }> {
    const lexTimes: number[] = [];
    const parseTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
        const { parser } = createNodeSvcServices(EmptyFileSystem).Svc;
        void parser.LangiumParser; // built on first use
        lexTimes.push(await timed(() => { for (const file of files) parser.Lexer.tokenize(file.text); }));
        parseTimes.push(await timed(() => { for (const file of files) parser.LangiumParser.parse(file.text); }));
    }
    return { lexMs: median(lexTimes), parseMs: median(parseTimes) };
}

/** Phase marks of the document builder, set by `build` (the bench's only hook into checkFiles). */
let marks: Map<string, number> | undefined;
const originalBuild = SvcDocumentBuilder.prototype.build;
SvcDocumentBuilder.prototype.build = async function (this: SvcDocumentBuilder, documents: LangiumDocument[], ...rest) {
    if (marks) {
        const phases = marks;
        phases.set('build', performance.now());
        this.onBuildPhase(DocumentState.ComputedScopes, () => { phases.set('scopes', performance.now()); });
        this.onBuildPhase(DocumentState.IndexedReferences, () => { phases.set('linked', performance.now()); });
        this.onBuildPhase(DocumentState.Validated, () => { phases.set('validated', performance.now()); });
    }
    return originalBuild.call(this, documents, ...rest);
} as typeof originalBuild;

/** `svc check` in process (checkFiles, as the CLI calls it), split into phases; timed from a built container, like the parse-only floor. */
export async function checkOnce(paths: readonly string[]): Promise<Omit<PipelineTimes, 'lexMs' | 'parseMs'>> {
    const startup = performance.now();
    const services = createNodeSvcServices(NodeFileSystem).Svc;
    void services.parser.LangiumParser; // built on first use
    marks = new Map();
    const start = performance.now();
    const checked = await checkFiles(paths, undefined, services);
    const end = performance.now();
    const at = (phase: string) => marks!.get(phase) ?? end;
    const result = {
        startupMs: start - startup,
        checkParseMs: at('build') - start,
        checkIndexMs: at('scopes') - at('build'),
        linkMs: at('linked') - at('scopes'),
        validateMs: at('validated') - at('linked'),
        totalMs: end - start,
        diagnostics: checked.files.reduce((sum, file) => sum + file.diagnostics.length, 0)
    };
    marks = undefined;
    return result;
}

/** Medians of each phase over `runs` checks. */
export async function checkMedians(paths: readonly string[], runs: number): Promise<Omit<PipelineTimes, 'lexMs' | 'parseMs'>> {
    const all: Array<Awaited<ReturnType<typeof checkOnce>>> = [];
    for (let run = 0; run < runs; run++) all.push(await checkOnce(paths));
    const of = (key: keyof (typeof all)[number]) => median(all.map(times => times[key]));
    return {
        startupMs: of('startupMs'), checkParseMs: of('checkParseMs'), checkIndexMs: of('checkIndexMs'), linkMs: of('linkMs'),
        validateMs: of('validateMs'), totalMs: of('totalMs'), diagnostics: all[0].diagnostics
    };
}
