import * as vscode from 'vscode';
import * as assert from './assert.js';
import { afterEach, before, describe, it } from './bdd.js';
import { waitFor } from './wait.js';
import { activateSvc, openEditor, positionOf, revertAllAndClose } from './workspace.js';

/*
 * The editor features no other suite reaches, asked as VS Code's own commands ask
 * them: in the web worker extension host every answer comes from the server in its
 * worker. lobby-welcome.svc uses the actors, standard and KPI of desk-library.svc.
 */
const lobby = 'fixtures/navigation/lobby-welcome.svc';
const library = 'fixtures/navigation/desk-library.svc';
const frontDesk = 'fixtures/problems/front-desk.svc';

const codeOf = (diagnostic: vscode.Diagnostic) => String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
const hintText = (hint: vscode.InlayHint) => typeof hint.label === 'string' ? hint.label : hint.label.map(part => part.value).join('');

/** Each token's type by its text (the last one wins), decoded from the relative positions of the LSP encoding. */
async function tokenTypes(document: vscode.TextDocument): Promise<Map<string, string>> {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
    const types = new Map<string, string>();
    let line = 0;
    let character = 0;
    for (let index = 0; index < tokens.data.length; index += 5) {
        const [deltaLine, deltaStart, length, type] = tokens.data.slice(index, index + 4);
        line += deltaLine;
        character = deltaLine === 0 ? character + deltaStart : deltaStart;
        types.set(document.getText(new vscode.Range(line, character, line, character + length)), legend.tokenTypes[type]);
    }
    return types;
}

describe('editor features', () => {
    before(activateSvc);
    afterEach(revertAllAndClose);

    it('hover on a standard shows its card with the KPI, of another file, that measures it', async () => {
        const editor = await openEditor(lobby);
        const position = positionOf(editor.document, 'standard GreetWithin1').translate(0, 'standard '.length);
        // Asked again until the workspace is indexed: before that, no KPI measures the standard yet.
        const card = await waitFor('a hover naming GreetRate', async () => {
            const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
            const text = hovers.flatMap(hover => hover.contents).map(content => typeof content === 'string' ? content : content.value).join('\n');
            return text.includes('GreetRate') ? text : undefined;
        });
        assert.ok(card.includes('一分钟内问候'), card);
    });

    it('a rule\'s diagnostic offers a quick fix and a suppression; the fix clears it', async () => {
        const editor = await openEditor(frontDesk);
        const uri = editor.document.uri;
        const unstandardized = () => vscode.languages.getDiagnostics(uri).find(diagnostic => codeOf(diagnostic) === 'frontstage-without-standard');
        const diagnostic = await waitFor('frontstage-without-standard in front-desk.svc', unstandardized);
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range);
        const titles = actions.map(action => action.title).join(' | ');
        assert.ok(titles.includes("Disable 'frontstage-without-standard' for this line"), titles);
        const fix = actions.find(action => action.kind?.value === 'quickfix' && action.isPreferred);
        assert.ok(fix?.edit, `a preferred quick fix with an edit among: ${titles}`);
        assert.ok(await vscode.workspace.applyEdit(fix.edit));
        await waitFor('frontstage-without-standard cleared by the fix', () => unstandardized() === undefined || undefined, 20_000,
            () => vscode.languages.getDiagnostics(uri).map(codeOf).join(', '));
    });

    it('formatting puts each of a step\'s properties on a line of its own', async () => {
        const editor = await openEditor(lobby);
        const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', editor.document.uri, { tabSize: 2, insertSpaces: true });
        assert.ok(edits.length > 0, 'the one-line step Enter is laid out again');
        const edit = new vscode.WorkspaceEdit();
        edit.set(editor.document.uri, edits);
        assert.ok(await vscode.workspace.applyEdit(edit));
        const lines = editor.document.getText().split('\n').map(line => line.trim());
        for (const property of ['evidence "大堂标识"', 'wait 1 min', 'standard GreetWithin1', 'next Greet']) assert.ok(lines.includes(property), `${property} alone on its line`);
    });

    it('semantic tokens give each kind of element its type, across files', async () => {
        const editor = await openEditor(lobby);
        const wanted = { LobbyWelcome: 'namespace', Guest: 'class', Concierge: 'class', GreetWithin1: 'interface', GreetRate: 'variable', Welcome: 'function', Arrive: 'enum', Greet: 'method', Card: 'event' };
        let found = '';
        // Asked again until the names of desk-library.svc are linked.
        await waitFor('a token type for each kind of element', async () => {
            const types = await tokenTypes(editor.document);
            found = JSON.stringify(Object.fromEntries(Object.keys(wanted).map(name => [name, types.get(name)])));
            return found === JSON.stringify(wanted) || undefined;
        }, 20_000, () => found);
    });

    it('inlay hints show the lane of a performer declared in another file, and the process\'s lead time', async () => {
        const editor = await openEditor(lobby);
        const document = editor.document;
        const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, new vscode.Range(0, 0, document.lineCount, 0));
        const greetLine = positionOf(document, 'by Concierge').line;
        const labels = hints.map(hint => `${hint.position.line}: ${hintText(hint)}`);
        assert.ok(labels.some(label => label.startsWith(`${greetLine}: `) && label.includes('frontstage')), labels.join(' | '));
        assert.ok(labels.some(label => label.includes('lead time')), labels.join(' | '));
    });

    it('code lenses open the service\'s blueprint and say which KPI measures a standard', async () => {
        const lobbyEditor = await openEditor(lobby);
        const lobbyLenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', lobbyEditor.document.uri, 10);
        const open = lobbyLenses.find(lens => lens.command?.command === 'svc.preview.openService');
        assert.equal(open?.command?.arguments?.[1], 'LobbyWelcome');
        const libraryEditor = await openEditor(library);
        const libraryLenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', libraryEditor.document.uri, 10);
        const titles = libraryLenses.map(lens => lens.command?.title ?? '').join(' | ');
        assert.ok(titles.includes('GreetRate'), titles);
    });
});
