import { defineConfig } from 'vitest/config';

/**
 * `npm run test:conformance`: the project against the language's own corpus and
 * LANGUAGE.md, which live outside the repository (../shared/spec or SVC_SPEC_DIR).
 * `npm test` never reads them.
 */
export default defineConfig({
    test: {
        include: ['test/conformance/**/*.test.ts'],
        globalSetup: ['test/conformance/require-corpus.ts'],
        testTimeout: 60_000
    }
});
