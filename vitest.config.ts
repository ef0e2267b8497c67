import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['language-server/src/**/*.test.ts', 'test/**/*.test.ts'],
        // The end-to-end suite is mocha inside a real VS Code extension host (npm run test:e2e).
        exclude: ['test/e2e/**', '**/node_modules/**'],
        testTimeout: 30_000
    }
});
