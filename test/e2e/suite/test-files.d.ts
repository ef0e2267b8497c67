/** The suite's test files (*.e2e.ts), each loaded on demand, in name order: a module build-e2e.mjs makes. */
declare module 'svc-e2e:test-files' {
    const testFiles: ReadonlyArray<() => Promise<unknown>>;
    export default testFiles;
}

/** Mocha's browser build (UMD): its default instance, whose constructor is the Mocha class. */
declare module 'mocha/mocha.js' {
    const mocha: object;
    export default mocha;
}
