/**
 * Deterministic, realistic `.svc` workspaces for the benchmark: every construct
 * of LANGUAGE.md (library actors and standards, services with performers,
 * standards, KPIs, processes with stages, steps and all their properties,
 * capacities, promises, feedback, improvements), ASCII and Chinese names, and
 * references into the previous file (library names and `Service.Member`).
 * Names carry the file and service number, so the workspace has no duplicates.
 */

export interface BenchFile {
    /** File name inside the workspace folder. */
    name: string;
    text: string;
}

const asciiWords = ['Greet', 'Verify', 'Review', 'Deliver', 'Approve', 'Notify', 'Collect', 'Explain', 'Inspect', 'Refund'];
const chineseWords = ['取号', '核验', '复核', '交付', '审批', '通知', '收件', '讲解', '巡检', '退款', '回访', '面签'];
const lanes = ['backstage', 'support', 'frontstage'];
const dimensions = ['reliability', 'responsiveness', 'assurance', 'empathy', 'tangibles'];

/** A step word, ASCII or Chinese. */
function word(index: number, chinese: boolean): string {
    return chinese ? chineseWords[index % chineseWords.length] : asciiWords[index % asciiWords.length];
}

/** One service of about `steps * 6 + 90` lines, referring into file `previous` when there is one. */
function service(file: number, serviceIndex: number, steps: number, previous: number | undefined): string[] {
    const id = `${file}_${serviceIndex}`;
    const chinese = serviceIndex % 2 === 1;
    const name = `${chinese ? '服务' : 'Service'}${id}`;
    const performers = [`${chinese ? '客户' : 'Customer'}${id}`, `${chinese ? '柜员' : 'Agent'}${id}`, `${chinese ? '审核岗' : 'Reviewer'}${id}`, `${chinese ? '系统' : 'Core'}${id}`];
    const standards = [`${chinese ? '等候' : 'WaitMax'}${id}`, `${chinese ? '时限' : 'LeadTime'}${id}`, `${chinese ? '礼貌' : 'Courtesy'}${id}`];
    const lines = [`/** ${chinese ? '服务规范' : 'Service specification'} ${id} */`, `service ${name} "${chinese ? '柜面业务办理' : 'Counter service'} ${id}" {`,
        '  version "1.0"', `  owner ${performers[2]}`, `  description "${chinese ? '网点受理、复核与交付' : 'Intake, review and delivery'}"`,
        `  actor ${performers[0]} "${chinese ? '客户' : 'Customer'}" customer`,
        `  actor ${performers[1]} "${chinese ? '柜员' : 'Agent'}" frontstage`,
        `  actor ${performers[2]} "${chinese ? '审核岗' : 'Reviewer'}" ${lanes[serviceIndex % 2]}`,
        `  system ${performers[3]} "${chinese ? '核心系统' : 'Core system'}" support`,
        `  standard ${standards[0]} "${chinese ? '等候不超过15分钟' : 'Wait at most 15 min'}" {`,
        '    dimension responsiveness', '    kind hard', '    bounds wait', '    target <= 15 min', '    tolerance 5 min',
        '    method system-log', '    frequency monthly', `    owner ${performers[1]}`, '  }',
        `  standard ${standards[1]} "${chinese ? '全程不超过3天' : 'Done within 3 days'}" {`,
        '    dimension reliability', '    kind hard', '    bounds lead-time', '    target <= 3 d', '    method audit', '    frequency quarterly', '  }',
        `  standard ${standards[2]} "${chinese ? '礼貌问候' : 'Courteous greeting'}" {`,
        `    dimension ${dimensions[serviceIndex % dimensions.length]}`, '    kind soft', '    target >= 4.5 score', '    method survey', '    frequency monthly', '  }',
        `  kpi ${chinese ? '平均等候' : 'AvgWait'}${id} "${chinese ? '平均等候时间' : 'Average wait'}" {`,
        `    measures ${standards[0]}, ${name}.${standards[1]}`, '    formula "sum(wait) / count(tickets)"', '    unit min', '    direction lower',
        '    baseline 14', '    target 8', '    warning 12', '    period monthly', '    source "queue system"', `    owner ${performers[1]}`, '  }',
        `  kpi ${chinese ? '满意度' : 'Satisfaction'}${id} "${chinese ? '满意度' : 'Satisfaction'}" {`,
        `    measures ${standards[2]}${previous === undefined ? '' : `, ${previousService(previous)}.${previousStandard(previous)}`}`,
        '    formula "avg(score)"', '    unit score', '    direction higher', '    target 4.6', '    period monthly', '  }'];
    const process = `${chinese ? '流程' : 'Flow'}${id}`;
    lines.push(`  process ${process} "${chinese ? '受理到交付' : 'Intake to delivery'}" {`, `    standard ${standards[1]}`);
    const stepName = (index: number) => `${word(index, chinese)}${id}_${index}`;
    const stageSize = 8;
    for (let index = 0; index < steps; index++) {
        if (index % stageSize === 0) {
            if (index > 0) lines.push('    }');
            lines.push(`    stage ${chinese ? '阶段' : 'Stage'}${id}_${index / stageSize} "${chinese ? '阶段' : 'Stage'} ${index / stageSize}" {`);
        }
        const performer = index === 0 ? performers[0] : performers[index % performers.length];
        const comment = index % 5 === 4 ? ` // ${chinese ? '关键环节' : 'key step'}` : '';
        lines.push(`      step ${stepName(index)} "${chinese ? '办理环节' : 'Handle'} ${index}" by ${index % 9 === 8 && previous !== undefined ? libraryActor(previous) : performer} {${comment}`);
        if (index % performers.length === 0) lines.push(`        evidence "${chinese ? '叫号单' : 'ticket'}", "${chinese ? '回执' : 'receipt'}"`);
        lines.push(index % 3 === 0 ? `        wait ${index % 7 + 1} min` : `        duration ${index % 11 + 2} min`);
        if (index % 4 === 0) lines.push(`        standard ${standards[index % 3 === 0 ? 0 : 2]}${previous !== undefined && index % 8 === 0 ? `, ${libraryStandard(previous)}` : ''}`);
        if (index % 6 === 1) lines.push('        moment');
        if (index % 10 === 5 && index > 2) lines.push(`        fail "${chinese ? '资料不全' : 'missing papers'}" recover ${stepName(index - 2)}`);
        const last = index === steps - 1;
        const next = last ? 'end' : index % 7 === 3 && index + 2 < steps
            ? `${stepName(index + 1)} when "${chinese ? '资料齐全' : 'complete'}", ${stepName(index + 2)} when "${chinese ? '加急' : 'urgent'}"`
            : stepName(index + 1);
        lines.push(`        next ${next}`, '      }');
    }
    lines.push('    }', '  }');
    lines.push(`  capacity ${chinese ? '窗口' : 'Desk'}${id} "${chinese ? '柜台' : 'Counter'}" {`, `    serves ${stepName(0)}`, '    demand 12 per h',
        '    servers 4', `    standard ${standards[0]}`, '  }',
        `  promise ${chinese ? '承诺' : 'Promise'}${id} "${chinese ? '三天办结' : 'Done in 3 days'}" <= 3 d`,
        `  feedback ${chinese ? '评价器' : 'Survey'}${id} "${chinese ? '满意度评价' : 'Satisfaction survey'}" {`, '    channel app',
        `    feeds ${chinese ? '满意度' : 'Satisfaction'}${id}`, '  }',
        `  improvement ${chinese ? '改进' : 'Improve'}${id} "${chinese ? '缩短等候' : 'Shorter waits'}" {`, `    addresses ${standards[0]}`,
        '    phase plan', `    owner ${performers[2]}`, '    due 2027-03-31', '  }', '}', '');
    return lines;
}

/** The first service of a file is always the ASCII one. */
const previousService = (file: number) => `Service${file}_0`;
const previousStandard = (file: number) => `WaitMax${file}_0`;
const libraryActor = (file: number) => `共享系统${file}`;
const libraryStandard = (file: number) => `LibraryStandard${file}`;

/** Top-level elements other files refer to. */
function library(file: number): string[] {
    return [`// ——— ${file}: shared library ———`, `system ${libraryActor(file)} "共享工单系统" support`,
        `standard ${libraryStandard(file)} "Records kept for 5 years" {`, '  dimension assurance', '  kind hard', '  target >= 99 %',
        '  method audit', '  frequency yearly', '}', ''];
}

/** One file of about `lines` lines: services of `stepsPerService` steps until the size is reached. */
export function generateFile(file: number, lines: number, stepsPerService: number, previous: number | undefined): string {
    const out = library(file);
    for (let serviceIndex = 0; out.length < lines; serviceIndex++) {
        const remaining = lines - out.length;
        const steps = Math.max(3, Math.min(stepsPerService, Math.floor((remaining - 90) / 6)));
        out.push(...service(file, serviceIndex, steps, previous));
    }
    return out.join('\n');
}

/** `files` files of about `totalLines / files` lines each; file i refers into file i - 1. */
export function generateWorkspace(totalLines: number, files: number, stepsPerService = 24): BenchFile[] {
    const perFile = Math.ceil(totalLines / files);
    return Array.from({ length: files }, (_, file) => ({
        name: `spec-${String(file).padStart(3, '0')}.svc`,
        text: generateFile(file, perFile, stepsPerService, file === 0 ? undefined : file - 1)
    }));
}

/** One service whose one process has exactly `steps` steps (the preview benchmark). */
export function generateBlueprintSpec(steps: number): string {
    return service(0, 0, steps, undefined).join('\n');
}

export function lineCount(files: readonly BenchFile[]): number {
    return files.reduce((sum, file) => sum + file.text.split('\n').length, 0);
}
