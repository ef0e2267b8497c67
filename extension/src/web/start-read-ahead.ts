import { workspace, type Disposable } from 'vscode';
import { editorFileAnswers } from './answer-file-requests.js';
import { ReadAhead } from './read-ahead.js';

/** Long enough for the server's first walk, even in a slow browser; what it did not ask for by then it will not. */
const keptMs = 60_000;

/** Starts reading ahead the workspace folders' specs for the server's first walk (read-ahead.ts); disposing forgets it all. */
export function startReadAhead(): { answers: ReadAhead } & Disposable {
    const answers = new ReadAhead(editorFileAnswers);
    const watcher = workspace.createFileSystemWatcher('**/*');
    const changed = watcher.onDidChange(uri => answers.changed(uri.toString()));
    const created = watcher.onDidCreate(uri => answers.changed(uri.toString()));
    const deleted = watcher.onDidDelete(uri => answers.changed(uri.toString()));
    const dispose = () => {
        clearTimeout(timer);
        answers.clear();
        for (const disposable of [changed, created, deleted, watcher]) disposable.dispose();
    };
    const timer = setTimeout(dispose, keptMs);
    answers.start((workspace.workspaceFolders ?? []).map(folder => folder.uri.toString()));
    return { answers, dispose };
}
