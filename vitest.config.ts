import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['language-server/src/**/*.test.ts', 'test/**/*.test.ts'],
        testTimeout: 30_000
    }
});
