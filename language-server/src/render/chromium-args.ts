/** Headless, and quiet: no sandbox (fails as root in containers), no GPU, no update or sync traffic. */
export const chromiumArgs = [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'
];
