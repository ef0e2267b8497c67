import { corpusExists, corpusRoot, measuredCorpusExists, measuredCorpusRoot } from '../helpers/corpus.js';

/** Stops the conformance run at once, with one plain line, when there is no corpus to check against. */
export default function requireCorpus(): void {
    if (!corpusExists()) {
        throw new Error(`The language corpus was not found at ${corpusRoot}: npm run test:conformance reads LANGUAGE.md and its examples from ../shared/spec beside the project, or from the folder named by SVC_SPEC_DIR.`);
    }
    if (!measuredCorpusExists()) {
        throw new Error(`The measured-data corpus was not found at ${measuredCorpusRoot}: npm run test:conformance reads its examples/ and bad/ from measured/ in the language corpus.`);
    }
}
