import { DocumentState, isOperationCancelled, OperationCancelled, URI, type FileSystemNode, type FileSystemProvider, type LangiumDocument } from 'langium';
import { CancellationTokenSource } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { syntaxTreeShape } from '../../../test/helpers/syntax-tree-kit.js';
import type { Model } from '../generated/ast.js';
import { createNodeSvcServices } from '../svc-node-services.js';
import type { SvcDocumentBuilder } from './svc-document-builder.js';
import type { TypingPause } from './typing-pause.js';

/** Files held in memory: what an editor's buffers are to the language server. No folders. */
class MemoryFileSystem implements FileSystemProvider {
    readonly files = new Map<string, string>();

    readFileSync(uri: URI): string {
        const text = this.files.get(uri.toString());
        if (text === undefined) throw new Error(`no file ${uri.toString()}`);
        return text;
    }

    statSync(uri: URI): FileSystemNode {
        return { isFile: this.files.has(uri.toString()), isDirectory: false, uri };
    }

    existsSync(uri: URI): boolean {
        return this.files.has(uri.toString());
    }

    readBinarySync(uri: URI): Uint8Array {
        return new TextEncoder().encode(this.readFileSync(uri));
    }

    readDirectorySync(): FileSystemNode[] {
        return [];
    }

    readFile = async (uri: URI) => this.readFileSync(uri);
    stat = async (uri: URI) => this.statSync(uri);
    exists = async (uri: URI) => this.existsSync(uri);
    readBinary = async (uri: URI) => this.readBinarySync(uri);
    readDirectory = async () => this.readDirectorySync();
}

const uri = (name: string) => URI.parse(`file:///ws/${name}`);

const library = (first = '', recordsName = 'Records', quickTarget = 10) => `${first}
system Ledger "Ledger" support
standard ${recordsName} "Records kept" {
  dimension assurance
  kind hard
  target >= 99 %
  method audit
  frequency yearly
}
standard Quick "Quick answer" {
  dimension responsiveness
  kind hard
  bounds wait
  target <= ${quickTarget} min
  method system-log
  frequency monthly
}
`;

const counter = (wait = 5, measuresRecords = true, extra = '') => `service A "Counter" {
  actor Guest "Guest" customer
  actor Clerk "Clerk" frontstage
  standard WaitMax "Short wait" {
    dimension responsiveness
    kind hard
    bounds wait
    target <= 15 min
    method system-log
    frequency monthly
    owner Clerk
  }
  kpi AvgWait "Average wait" {
    measures WaitMax${measuresRecords ? ', Records' : ''}
    unit min
    direction lower
    target 8
    period monthly
  }
  process Visit "Visit" {
    step Arrive "Arrive" by Guest {
      wait ${wait} min
      standard Quick
      moment
      next Serve
    }
    step Serve "Serve" by Clerk {
      duration 4 min
      standard WaitMax
      next Record
    }
    step Record "Record" by Ledger {
      duration 1 min
      standard Records
      next end
    }
  }
${extra}}
`;

const backOffice = (duplicate = false) => `${duplicate ? 'system Ledger "Second ledger" support\n' : ''}service B "Back office" {
  actor Auditor "Auditor" backstage
  kpi Audits "Audits" {
    measures A.WaitMax, Quick
    unit min
    direction lower
    target 10
    period monthly
  }
  process Check "Check" {
    step Review "Review" by Ledger {
      duration 3 min
      standard Quick
      next end
    }
  }
}
`;

type Files = Record<string, string>;

/** Every document's diagnostics, in a form that compares independent of order. */
function diagnosticsOf(documents: readonly LangiumDocument[]): Record<string, string[]> {
    return Object.fromEntries(documents.map(document => [
        document.uri.path,
        (document.diagnostics ?? []).map(diagnostic => JSON.stringify([diagnostic.code, diagnostic.severity, diagnostic.range, diagnostic.message])).sort()
    ]).sort());
}

/** A fresh container that builds `files` from scratch: what the incremental build must agree with. */
async function fullBuild(files: Files): Promise<Record<string, string[]>> {
    const fileSystem = new MemoryFileSystem();
    const { shared } = createNodeSvcServices({ fileSystemProvider: () => fileSystem });
    const documents = Object.entries(files).map(([name, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri(name));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return diagnosticsOf(documents);
}

/** One long-lived container, told of each edit as the editor tells the server. */
async function editingSession(initial: Files) {
    const fileSystem = new MemoryFileSystem();
    const { shared } = createNodeSvcServices({ fileSystemProvider: () => fileSystem });
    const files: Files = { ...initial };
    for (const [name, text] of Object.entries(files)) fileSystem.files.set(uri(name).toString(), text);
    const documents = Object.entries(files).map(([name, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri(name));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return {
        files,
        async change(name: string, text: string): Promise<void> {
            files[name] = text;
            fileSystem.files.set(uri(name).toString(), text);
            await shared.workspace.DocumentBuilder.update([uri(name)], []);
        },
        /** The edit's build is cancelled once the edited file is indexed: the next edit comes in. */
        async changeCancelled(name: string, text: string): Promise<void> {
            files[name] = text;
            fileSystem.files.set(uri(name).toString(), text);
            const cancel = new CancellationTokenSource();
            const listening = shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.IndexedContent, () => cancel.cancel());
            await shared.workspace.DocumentBuilder.update([uri(name)], [], cancel.token).then(
                () => { throw new Error('the build was not cancelled'); },
                (error: unknown) => { if (!isOperationCancelled(error)) throw error; });
            listening.dispose();
        },
        /** The edit's build is cancelled once the edited file is validated: the next edit comes in while others are checked. */
        async changeCancelledAfterValidating(name: string, text: string): Promise<void> {
            files[name] = text;
            fileSystem.files.set(uri(name).toString(), text);
            const cancel = new CancellationTokenSource();
            const listening = shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => {
                if (document.uri.toString() === uri(name).toString()) cancel.cancel();
            });
            await shared.workspace.DocumentBuilder.update([uri(name)], [], cancel.token).catch((error: unknown) => {
                if (!isOperationCancelled(error)) throw error;
            });
            listening.dispose();
        },
        /** An edit as the editor's changes arrive: through the workspace lock, cancelling the build before it. */
        typed(name: string, text: string): Promise<void> {
            files[name] = text;
            fileSystem.files.set(uri(name).toString(), text);
            return shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.update([uri(name)], [], token));
        },
        /** Resolves when `name` has been validated. */
        validated(name: string): Promise<void> {
            return new Promise(resolve => {
                const listening = shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => {
                    if (document.uri.toString() !== uri(name).toString()) return;
                    listening.dispose();
                    resolve();
                });
            });
        },
        state: (name: string) => shared.workspace.LangiumDocuments.getDocument(uri(name))!.state,
        builder: shared.workspace.DocumentBuilder as SvcDocumentBuilder,
        async remove(name: string): Promise<void> {
            delete files[name];
            fileSystem.files.delete(uri(name).toString());
            await shared.workspace.DocumentBuilder.update([], [uri(name)]);
        },
        diagnostics: () => diagnosticsOf(shared.workspace.LangiumDocuments.all.toArray()),
        model: (name: string) => shared.workspace.LangiumDocuments.getDocument(uri(name))!.parseResult.value as Model,
        /** The documents validated by `action`, in order. */
        async validatedDuring(action: () => Promise<void>): Promise<string[]> {
            const validated: string[] = [];
            const listening = shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => { validated.push(document.uri.path); });
            await action();
            listening.dispose();
            return validated;
        }
    };
}

describe('an edit rebuilds what it affects, and agrees with a build from scratch', () => {
    test('a scripted editing session across three files: values, shifted paths, renames, duplicates, deletion, syntax errors', async () => {
        const session = await editingSession({ 'lib.svc': library(), 'a.svc': counter(), 'b.svc': backOffice() });
        const steps: Array<[string, () => Promise<void>]> = [
            ['a wait above its standard', () => session.change('a.svc', counter(25))],
            ['the library standard tightened (judged in the files using it)', () => session.change('lib.svc', library('', 'Records', 3))],
            ['an element inserted before the referenced ones (their paths shift)', () => session.change('lib.svc', library('actor Visitor "Visitor" customer\n', 'Records', 3))],
            ['a referenced standard renamed: the references into it break', () => session.change('lib.svc', library('', 'Archive'))],
            ['renamed back: they resolve again', () => session.change('lib.svc', library())],
            ['the only KPI measuring a library standard stops measuring it', () => session.change('a.svc', counter(5, false))],
            ['it measures it again', () => session.change('a.svc', counter(5, true))],
            ['another file declares a library name too', () => session.change('b.svc', backOffice(true))],
            ['that file is deleted', () => session.remove('b.svc')],
            ['it comes back', () => session.change('b.svc', backOffice())],
            ['a syntax error in the middle of a file others refer into', () => session.change('a.svc', counter().replace('kind hard', 'kind ((('))],
            ['the error mended', () => session.change('a.svc', counter())],
            ['a member other files name is removed', () => session.change('a.svc', counter().replace('standard WaitMax "Short wait"', 'standard WaitLong "Short wait"'))],
            ['and added in another service', () => session.change('a.svc', counter(5, true, '  step Stray "Stray" by Guest { next end }\n'))]
        ];
        const before = session.diagnostics();
        expect(before).toEqual(await fullBuild(session.files));
        const changes: string[] = [];
        for (const [label, edit] of steps) {
            const previous = session.diagnostics();
            await edit();
            const now = session.diagnostics();
            expect(now, label).toEqual(await fullBuild(session.files));
            if (JSON.stringify(now) !== JSON.stringify(previous)) changes.push(label);
        }
        // The session is only a test if its edits change diagnostics, including in files other than the edited one.
        expect(changes.length).toBeGreaterThanOrEqual(10);
    });
});

describe('an edit parses again only the top-level elements it spans', () => {
    const { Svc: fresh } = createNodeSvcServices({ fileSystemProvider: () => new MemoryFileSystem() });
    /** The tree of a parse of the whole text. */
    const wholeParse = (text: string) => syntaxTreeShape(fresh.parser.LangiumParser.parse<Model>(text).value);
    const twoElements = `// 计数器
system 账本 "账本" support
${counter()}`;

    test('a scripted session of edits inside, at the boundaries of and across elements agrees with a build from scratch, tree and diagnostics', async () => {
        const session = await editingSession({ 'lib.svc': library(), 'a.svc': twoElements, 'b.svc': backOffice() });
        const renamedLedger = twoElements.replace('"账本" support', '"账本账本" support').replace('system 账本', 'system 账本2');
        // [what, the new text, how many of its elements the edit keeps]
        const edits: Array<[label: string, text: string, kept: number]> = [
            ['a wait inside a step', twoElements.replace('wait 5 min', 'wait 25 min'), 1],
            ['a CJK title and a comment inside the service', twoElements.replace('"Visit" {', '"来访 𠀀" { // 注释'), 1],
            ['a step added inside a process', twoElements.replace('    step Serve', '    step Extra "Extra" by Guest { next end }\n    step Serve'), 1],
            ['a syntax error inside the service', twoElements.replace('kind hard', 'kind ((('), 0],
            ['the error mended', twoElements, 0],
            ['a member other files name renamed', twoElements.replace('standard WaitMax "Short wait"', 'standard WaitLong "Short wait"'), 1],
            ['renamed back', twoElements, 1],
            ['an edit inside the first element moves the service', renamedLedger, 1],
            ['an element created after the service (the span runs to the end of the file)', `${renamedLedger}actor Late "Late" customer\n`, 1],
            ['an edit across the first two elements', `${twoElements.replace('support\nservice A', 'support service A')}actor Late "Late" customer\n`, 1],
            ['the closing brace of the service moved onto a member\'s line', twoElements.replace('  }\n}\n', '  } }\n'), 0],
            ['the element before the service removed', counter(), 0]
        ];
        let keptCount = 0;
        for (const [label, text, kept] of edits) {
            const before = session.model('a.svc');
            expect(syntaxTreeShape(before), label).toEqual(wholeParse(session.files['a.svc']));
            const elementsBefore = [...before.elements];
            await session.change('a.svc', text);
            const after = session.model('a.svc');
            expect(syntaxTreeShape(after), label).toEqual(wholeParse(text));
            expect(session.diagnostics(), label).toEqual(await fullBuild(session.files));
            expect(elementsBefore.filter(element => after.elements.includes(element)).length, label).toBe(kept);
            if (kept > 0) keptCount++;
        }
        expect(keptCount).toBeGreaterThanOrEqual(5);
    });
});

describe('a reference broken by an edit of the file it points into', () => {
    test('is resolved again when a later edit of a third file declares its name', async () => {
        const session = await editingSession({ 'lib.svc': library(), 'a.svc': counter(), 'b.svc': backOffice() });
        // a.svc's `Records` breaks; a.svc is relinked in part only.
        await session.change('lib.svc', library('', 'Archive'));
        await session.change('b.svc', `standard Records "Records kept" {\n  dimension assurance\n}\n${backOffice()}`);
        expect(session.diagnostics()).toEqual(await fullBuild(session.files));
    });
});

describe('a cancelled build', () => {
    test('leaves no stale link behind: the next edit, of another file, still agrees with a build from scratch', async () => {
        const session = await editingSession({ 'lib.svc': library(), 'a.svc': counter(), 'b.svc': backOffice() });
        // Paths into lib.svc shift and Records is renamed; the files referring into it are left unlinked by the cancel.
        await session.changeCancelled('lib.svc', library('actor Visitor "Visitor" customer\n', 'Archive', 3));
        await session.change('b.svc', backOffice(true));
        expect(session.diagnostics()).toEqual(await fullBuild(session.files));
    });
});

describe('a build cancelled after the edited file is validated', () => {
    test('leaves the files related to it only after the edit (a name declared twice) to the next build, even of an unrelated file', async () => {
        const archive = 'system Archive "Archive" support\n';
        const session = await editingSession({ 'lib.svc': library(), 'a.svc': counter(), 'b.svc': backOffice(), 'c.svc': archive });
        // b.svc declares `Archive` too: c.svc is related to it only after the edit.
        await session.changeCancelledAfterValidating('b.svc', `${archive}${backOffice()}`);
        const before = session.diagnostics();
        await session.change('a.svc', counter(6));
        expect(session.diagnostics()['/ws/c.svc']).not.toEqual(before['/ws/c.svc']);
        expect(session.diagnostics()).toEqual(await fullBuild(session.files));
    });
});

describe('with a typing pause, as in the editor', () => {
    /** A pause that lasts until the test ends it (and from then on, passes at once), or until the build is cancelled. */
    function controlledPause(): { pause: TypingPause; end: () => void } {
        let ended = false;
        const waiting: Array<() => void> = [];
        return {
            pause: token => new Promise<void>((resolve, reject) => {
                if (ended) resolve();
                waiting.push(resolve);
                token.onCancellationRequested(() => reject(OperationCancelled));
            }),
            end: () => {
                ended = true;
                waiting.splice(0).forEach(resolve => resolve());
            }
        };
    }

    test('the files an edit affects elsewhere wait for it: the next keystroke cancels their check, and they are checked once, after the last', async () => {
        const session = await editingSession({ 'lib.svc': library(), 'a.svc': counter(), 'b.svc': backOffice() });
        const { pause, end } = controlledPause();
        session.builder.typingPause = pause;
        const validated = await session.validatedDuring(async () => {
            const firstEdited = session.validated('a.svc');
            const first = session.typed('a.svc', counter(25));
            await firstEdited;
            await new Promise(resolve => setTimeout(resolve, 20));
            expect([session.state('lib.svc'), session.state('b.svc')]).toEqual([DocumentState.IndexedReferences, DocumentState.IndexedReferences]);
            const secondEdited = session.validated('a.svc');
            const second = session.typed('a.svc', counter(30));
            await secondEdited;
            end();
            await Promise.all([first, second]);
        });
        expect(validated.slice(0, 2)).toEqual(['/ws/a.svc', '/ws/a.svc']);
        expect(validated.slice(2).sort()).toEqual(['/ws/b.svc', '/ws/lib.svc']);
        expect(session.diagnostics()).toEqual(await fullBuild(session.files));
    });
});

describe('the order of an edit\'s build', () => {
    test('validates the edited file first, then the files it refers into or that refer into it', async () => {
        const session = await editingSession({ 'lib.svc': library(), 'a.svc': counter(), 'b.svc': backOffice() });
        const validated = await session.validatedDuring(() => session.change('b.svc', backOffice(true)));
        expect(validated[0]).toBe('/ws/b.svc');
        expect([...validated].sort()).toEqual(['/ws/a.svc', '/ws/b.svc', '/ws/lib.svc']);
    });
});
