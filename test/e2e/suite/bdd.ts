import type Mocha from 'mocha';

/*
 * describe, it and the hooks of mocha's BDD interface for the test files, in
 * both extension hosts: the suite installs the interface into a context of its
 * own (see index.ts) before it loads the test files. (mocha's browser build
 * exports them only as globals, and the test files are bundled.)
 */

let context: Mocha.MochaGlobals | undefined;

export function useInterface(globals: Mocha.MochaGlobals): void {
    context = globals;
}

function installed(): Mocha.MochaGlobals {
    if (!context) throw new Error('a test file was loaded before the suite installed mocha\'s interface');
    return context;
}

export const describe = (title: string, define: (this: Mocha.Suite) => void) => installed().describe(title, define);
export const it = (title: string, test: Mocha.AsyncFunc) => installed().it(title, test);
export const before = (hook: Mocha.AsyncFunc) => installed().before(hook);
export const after = (hook: Mocha.AsyncFunc) => installed().after(hook);
export const afterEach = (hook: Mocha.AsyncFunc) => installed().afterEach(hook);
