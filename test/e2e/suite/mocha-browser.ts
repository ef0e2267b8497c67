import type Mocha from 'mocha';
import 'mocha/mocha.js';

/* Mocha's browser build, for the web worker extension host: build-e2e.mjs resolves `mocha` here for the web bundle. It sets the global Mocha. */
export default (globalThis as unknown as { Mocha: typeof Mocha }).Mocha;
