import type Mocha from 'mocha';
import browserMocha from 'mocha/mocha.js';

/*
 * Mocha's browser build, for the web worker extension host: build-e2e.mjs resolves `mocha`
 * here for the web bundle (build-e2e.mjs gives the UMD file a module object of its own: as a
 * plain ES module in mocha's "type": "module" package, its `module.exports = factory()` replaced
 * the test host's exports: no `activate`, and VS Code activated it calling nothing).
 */
export default (browserMocha as unknown as { constructor: typeof Mocha }).constructor;
