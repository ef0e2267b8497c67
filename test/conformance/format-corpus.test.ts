import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, test } from 'vitest';
import { expectRoundTrip } from '../format/round-trip-check.js';
import { corpusRoot, corpusWorkspaces } from '../helpers/corpus.js';

describe('formatting the conformance corpus (read in place)', () => {
    test.each(corpusWorkspaces().map(workspace => [relative(corpusRoot, workspace.folder), workspace.files]))('%s keeps its meaning and is stable', async (_, files) => {
        await expectRoundTrip(files.map(file => ({ name: relative(corpusRoot, file), text: readFileSync(file, 'utf-8') })));
    });
});
