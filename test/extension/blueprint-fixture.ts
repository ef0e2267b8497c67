import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import type { BlueprintDocument } from '#protocol/blueprint-schema.js';
import { buildBlueprint } from '../../language-server/src/blueprint/build-blueprint.js';
import { createNodeSvcServices } from '../../language-server/src/svc-node-services.js';
import { checkFiles } from '../../language-server/src/workspace/check-files.js';

/** The blueprint model of one spec, through the real parser and validator, as the server would answer. */
export async function blueprintOf(text: string): Promise<BlueprintDocument> {
    const { shared, Svc } = createNodeSvcServices(EmptyFileSystem);
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('memory:///workspace/spec.svc'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return buildBlueprint(document, Svc);
}

/** Two services; the first has two processes. Line numbers matter to the cursor tests. */
export const twoServices = `service Counter "柜台" {
  actor Guest "客人" customer
  actor Clerk "前台" frontstage
  process CheckIn "入住" {
    step Arrive "到店" by Guest { next Register }
    step Register "登记" by Clerk {
      duration 5 min
      next end
    }
  }
  process CheckOut "退房" {
    step Leave "离店" by Guest { next end }
  }
}
service Phone {
  actor Caller customer
  process Call {
    step Dial by Caller { next end }
  }
}
`;

const telecom = join(import.meta.dirname, '..', '..', 'examples', 'telecom');

/**
 * The telecom example with its data files read from disk (KPIs with data, a
 * survey with importance; every standard met), checked in a copy whose KPI
 * export ends with `extraRows`.
 */
export async function measuredExample(extraRows = ''): Promise<BlueprintDocument> {
    const root = mkdtempSync(join(tmpdir(), 'svc-preview-'));
    try {
        cpSync(telecom, root, { recursive: true });
        // The copy's own data root, whatever lies above the temporary folder.
        writeFileSync(join(root, 'svc.config.json'), '{}\n');
        appendFileSync(join(root, 'data', 'kpi-2026-10.csv'), extraRows);
        const { files, services } = await checkFiles([join(root, 'broadband-installation.svc')]);
        return buildBlueprint(files[0].document, services);
    } finally {
        rmSync(root, { recursive: true, force: true });
    }
}

/** A later answer time of 45 s: the standard AnswerIn30s (≤ 30 s) is not met. */
export const slowAnswerRow = 'AvgAnswerTime,2026-11-01,45,\n';

/**
 * One long process, `stages` stages of `stepsPerStage` steps each, the lanes
 * in turn (customer, frontstage, backstage, frontstage): beyond the preview's
 * step limit it is split into one part per stage, whose edges across the
 * stages become continuation nodes. Free of diagnostics.
 */
export function stagedProcess(stages: number, stepsPerStage: number): string {
    const roles = ['Guest', 'Host', 'Kitchen', 'Host'];
    const lines = [
        '// A long process for the preview: one part per stage, continuation nodes between them.',
        '// svc-disable-next-line no-feedback-channel servqual-coverage',
        'service Journey "Long journey" {',
        '  actor Guest "Guest" customer',
        '  actor Host "Host" frontstage',
        '  actor Kitchen "Kitchen" backstage',
        '  actor Manager "Manager" backstage',
        '  standard Friendly "Friendly and clear" {',
        '    dimension assurance',
        '    kind soft',
        '    target >= 4.5 score',
        '    method survey',
        '    frequency quarterly',
        '    owner Manager',
        '  }',
        '  kpi FriendlyScore "Friendliness score" {',
        '    measures Friendly',
        '    formula "mean of the survey answers"',
        '    unit score',
        '    direction higher',
        '    target 4.5',
        '    warning 4.2',
        '    period quarterly',
        '    source "Survey"',
        '    owner Manager',
        '  }',
        '  process Visit "Long visit" {'
    ];
    const total = stages * stepsPerStage;
    for (let stage = 0; stage < stages; stage++) {
        lines.push(`    stage Stage${stage + 1} "Stage ${stage + 1}" {`);
        for (let index = 0; index < stepsPerStage; index++) {
            const number = stage * stepsPerStage + index + 1;
            const role = roles[(number - 1) % roles.length];
            const next = number === total ? 'end' : `S${number + 1}`;
            const promise = { Guest: ' evidence "Sign"', Host: ' standard Friendly', Kitchen: '' }[role];
            lines.push(`      step S${number} "Step ${number}" by ${role} {${promise} duration 1 min next ${next} }`);
        }
        lines.push('    }');
    }
    lines.push('  }', '}', '');
    return lines.join('\n');
}
