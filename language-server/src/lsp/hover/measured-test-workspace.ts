import type { LangiumDocument } from 'langium';
import type { Position } from 'vscode-languageserver';
import { checkMeasured } from '../../../../test/helpers/measured-workspace.js';
import type { Locale } from '#protocol/locale.js';
import type { SvcServices } from '../../svc-module.js';

/**
 * Test support for the editor features that show measured data: a spec and
 * its data files on disk (data files resolve relative to the spec's path,
 * so in-memory documents cannot bind them), built as one workspace.
 */
export interface MeasuredTestWorkspace {
    services: SvcServices;
    document: LangiumDocument;
    uri: string;
    /** The position of `fragment`'s `at`-th character in the spec. */
    position(fragment: string, at?: number): Position;
    remove(): void;
}

/** `files`: path → text; the first `.svc` file is the spec under test. */
export async function openMeasured(files: Record<string, string>, locale: Locale = 'en'): Promise<MeasuredTestWorkspace> {
    const workspace = await checkMeasured(files, locale);
    const spec = Object.keys(files).find(path => path.endsWith('.svc'))!;
    const { document } = workspace.check.files.find(file => file.file.replaceAll('\\', '/').endsWith(`/${spec}`))!;
    const text = document.textDocument.getText();
    return {
        services: workspace.check.services,
        document,
        uri: document.uri.toString(),
        position(fragment, at = 0) {
            const index = text.indexOf(fragment);
            if (index < 0) throw new Error(`'${fragment}' not in ${spec}`);
            return document.textDocument.positionAt(index + at);
        },
        remove: workspace.remove
    };
}

/** A desk with KPIs on target, at warning, off target, without direction and without data; and a survey. */
export const desk = `service Desk "服务台" {
  measurements Monthly "月报" from "data/kpi.csv"
  survey Q3 "三季度问卷" from "data/q3.csv"
  standard WaitMax10 { target <= 10 min }
  standard FirstCallRate { target >= 80 % }
  standard VerifyIn5 { target <= 5 min }
  standard Idle { target <= 5 min }
  kpi AvgWait "平均等候" { measures WaitMax10 unit min direction lower target 9 warning 12 period monthly }
  kpi WaitRate { measures WaitMax10 unit % direction higher target 90 }
  kpi FirstCall { measures FirstCallRate unit % direction higher target 85 warning 80 }
  kpi Verify { measures VerifyIn5 unit min direction lower target 4 warning 6 }
  kpi Warmth { unit score direction higher target 4.5 }
  kpi Visits { unit count }
  kpi Spare { measures Idle unit min direction lower target 3 }
  feedback Pad { channel counter feeds Warmth }
}
`;

export const deskData = `kpi,period,value
AvgWait,2026-09,9.5
AvgWait,2026-10,8.7 min
WaitRate,2026-10,70
FirstCall,2026-09,82%
FirstCall,2026-10,78
Verify,2026-10,330 s
Warmth,2026-10,4.6
Visits,2026-09,120
Visits,2026-10,100
`;

/** Reliability: E 6.5, P 5 (gap −1.5); tangibles: E 5, P 6 (gap +1). */
export const deskSurvey = `respondent,dimension,expectation,perception
r1,reliability,7,5
r2,reliability,6,5
r1,有形性,5,6
`;

export const deskFiles = { 'desk.svc': desk, 'data/kpi.csv': deskData, 'data/q3.csv': deskSurvey };
