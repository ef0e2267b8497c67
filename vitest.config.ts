import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['language-server/src/**/*.test.ts', 'test/**/*.test.ts'],
        // The end-to-end suite is mocha inside a real VS Code extension host (npm run test:e2e);
        // the conformance suite reads the language corpus outside the repository (npm run test:conformance).
        exclude: ['test/e2e/**', 'test/conformance/**', '**/node_modules/**'],
        globalSetup: ['test/helpers/unpack-browser.ts'],
        testTimeout: 30_000
    }
});
