import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LspClient } from '../helpers/lsp-client.js';

/*
 * The built language server over stdio, as VS Code uses it: a spec opened in
 * the editor binds a data file on disk, and the hover of a KPI shows its
 * latest measured value. (The hover's content is tested beside its provider.)
 */

const spec = `service Desk "服务台" {
  measurements Monthly "月报" from "data/kpi.csv"
  standard WaitMax10 { target <= 10 min }
  kpi AvgWait "平均等候" { measures WaitMax10 unit min direction lower target 9 warning 12 period monthly }
}
`;

const data = 'kpi,period,value\nAvgWait,2026-09,9.5\nAvgWait,2026-10,8.7 min\n';

let client: LspClient;
let folder: string;
let specPath: string;

beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'svc-measured-hover-'));
    // The data root: no svc.config.json above the temporary folder can interfere.
    writeFileSync(join(folder, 'svc.config.json'), '{}\n');
    mkdirSync(join(folder, 'data'));
    writeFileSync(join(folder, 'data', 'kpi.csv'), data);
    specPath = join(folder, 'desk.svc');
    writeFileSync(specPath, spec);
    client = await LspClient.start(folder);
    await client.open(specPath, spec);
    await client.waitFor(specPath, () => true);
}, 60_000);

afterAll(async () => {
    await client?.stop();
    rmSync(folder, { recursive: true, force: true });
});

describe('measured data over a real LSP connection', () => {
    test('the hover of a KPI shows its latest value, status, trend and the row it came from', async () => {
        const line = spec.split('\n').findIndex(text => text.includes('kpi AvgWait'));
        const hover = await client.hover(specPath, line, '  kpi Avg'.length);
        expect(hover).toContain('- **Latest value**: `8.7 min` (2026-10)');
        expect(hover).toContain('- **Status**: on target');
        expect(hover).toContain('- **Trend**: ↓ from `9.5 min` (2026-09), better');
        expect(hover).toMatch(/- \*\*Data file\*\*: \[kpi\\\.csv, line 3\]\(file:\/\/\/.*\/data\/kpi\.csv#L3\)/);
    });
});
