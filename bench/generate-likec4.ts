/**
 * Deterministic LikeC4 workspaces for the peer benchmark, the same size as the
 * `.svc` ones (generate-workspace.ts): file 0 holds the specification; every file
 * models one system of services (containers) made of steps (components) with
 * descriptions, technology, tags, links and metadata, relationships along each
 * service and into the previous file, and a view of the system and of each service.
 * ASCII and Chinese titles, like the `.svc` workspaces.
 */
import type { BenchFile } from './generate-workspace.js';

const asciiWords = ['Greet', 'Verify', 'Review', 'Deliver', 'Approve', 'Notify', 'Collect', 'Explain', 'Inspect', 'Refund'];
const chineseWords = ['取号', '核验', '复核', '交付', '审批', '通知', '收件', '讲解', '巡检', '退款', '回访', '面签'];
const technologies = ['Node.js', 'PostgreSQL', 'Kafka', 'React', 'Go'];

function specification(): string[] {
    return ['specification {', '  element actor {', '    style {', '      shape person', '    }', '  }',
        '  element system', '  element service {', '    style {', '      shape rectangle', '      color secondary', '    }', '  }',
        '  element step', '  element store {', '    style {', '      shape storage', '    }', '  }',
        '  relationship async {', '    line dashed', '  }', '  relationship sync', '  tag key', '  tag moment', '  tag external', '}', ''];
}

/** One service (a container of `steps` steps and a store) of about `steps * 6 + 15` lines (and 7 of its view; a file is sized with 7 a step, for the view lines), calling into file `previous`. */
function service(file: number, serviceIndex: number, steps: number, previous: number | undefined): string[] {
    const id = `${file}_${serviceIndex}`;
    const chinese = serviceIndex % 2 === 1;
    const word = (index: number) => chinese ? chineseWords[index % chineseWords.length] : asciiWords[index % asciiWords.length];
    const stepName = (index: number) => `step${id}_${index}`;
    const lines = [`    svc${serviceIndex} = service '${chinese ? '柜面业务办理' : 'Counter service'} ${id}' {`,
        `      description '${chinese ? '网点受理、复核与交付' : 'Intake, review and delivery'}'`, `      technology '${technologies[serviceIndex % technologies.length]}'`,
        '      metadata {', `        owner 'team-${serviceIndex % 7}'`, "        version '1.0'", '      }',
        `      store${id} = store '${chinese ? '业务库' : 'Records'} ${id}' {`, "        technology 'PostgreSQL'", '      }'];
    for (let index = 0; index < steps; index++) {
        lines.push(`      ${stepName(index)} = step '${word(index)} ${index}' {`);
        if (index % 5 === 4) lines.push('        #key');
        if (index % 6 === 1) lines.push('        #moment');
        lines.push(`        description '${chinese ? '办理环节' : 'Handle'} ${index}: ${chinese ? '核对资料并登记' : 'check the papers and record them'}'`,
            `        technology '${technologies[index % technologies.length]}'`);
        if (index % 4 === 0) lines.push(`        link https://example.com/${id}/${index} '${chinese ? '操作手册' : 'manual'}'`);
        lines.push('      }');
    }
    for (let index = 0; index + 1 < steps; index++) {
        lines.push(`      ${stepName(index)} -> ${stepName(index + 1)} '${chinese ? '下一步' : 'next'}'`);
        if (index % 3 === 0) lines.push(`      ${stepName(index)} -[async]-> store${id} '${chinese ? '记录' : 'records'}'`);
    }
    lines.push('    }');
    if (previous !== undefined) {
        lines.push(`    svc${serviceIndex}.${stepName(0)} -[sync]-> sys${previous}.svc0.step${previous}_0_0 '${chinese ? '调用' : 'calls'}' {`,
            `      technology 'HTTPS'`, '    }');
    }
    return lines;
}

/** One file of about `lines` lines: a system of services of `stepsPerService` steps until the size is reached, and its views. */
export function generateLikeC4File(file: number, lines: number, stepsPerService: number, previous: number | undefined): string {
    const out = file === 0 ? specification() : [];
    out.push(`// ——— ${file}: system ${file} ———`, 'model {', `  customer${file} = actor '${file % 2 ? '客户' : 'Customer'} ${file}' {`, '    #external', '  }',
        `  sys${file} = system 'System ${file}' {`, `    description 'Branch services of region ${file}'`);
    const views: string[] = ['views {', `  view sys${file}_landscape of sys${file} {`, `    title 'System ${file}'`, '    include *',
        ...(previous === undefined ? [] : [`    include sys${previous}`]), '  }'];
    // What the model and views lines still to come take: the closing lines and the customer's relationship.
    const closing = () => out.length + views.length + 6;
    for (let serviceIndex = 0; closing() + 40 < lines; serviceIndex++) {
        const steps = Math.max(3, Math.min(stepsPerService, Math.floor((lines - closing() - 22) / 7)));
        out.push(...service(file, serviceIndex, steps, previous));
        views.push(`  view svc${file}_${serviceIndex} of sys${file}.svc${serviceIndex} {`, `    title 'Service ${file}_${serviceIndex}'`,
            '    include *', '    style * {', '      color primary', '    }', '  }');
    }
    out.push('  }', `  customer${file} -> sys${file}.svc0 'uses'`,
        ...(previous === undefined ? [] : [`  sys${file} -> sys${previous} 'depends on'`]), '}', '', ...views, '}', '');
    return out.join('\n');
}

/** `files` files of about `totalLines / files` lines each; file i refers into file i - 1. */
export function generateLikeC4Workspace(totalLines: number, files: number, stepsPerService = 24): BenchFile[] {
    const perFile = Math.ceil(totalLines / files);
    return Array.from({ length: files }, (_, file) => ({
        name: `model-${String(file).padStart(3, '0')}.c4`,
        text: generateLikeC4File(file, perFile, stepsPerService, file === 0 ? undefined : file - 1)
    }));
}
