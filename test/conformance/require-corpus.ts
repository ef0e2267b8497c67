import { corpusExists, corpusRoot } from '../helpers/corpus.js';

/** Stops the conformance run at once, with one plain line, when there is no corpus to check against. */
export default function requireCorpus(): void {
    if (!corpusExists()) {
        throw new Error(`The language corpus was not found at ${corpusRoot}: npm run test:conformance reads LANGUAGE.md and its examples from ../shared/spec beside the project, or from the folder named by SVC_SPEC_DIR.`);
    }
}
