import type { Localized } from '#protocol/locale.js';

/** Why a rename is refused, in the editor's language. */
export const renameMessages = {
    invalidName: {
        en: ({ name }: { name: string }) => `'${name}' is not a valid name: start with a letter (ASCII or CJK) or '_', then use letters, digits or '_'.`,
        'zh-CN': ({ name }: { name: string }) => `“${name}”不是有效的名称：须以字母（ASCII 或中文等）或“_”开头，其后只能是字母、数字或“_”。`
    },
    endAfterNext: {
        en: ({ kind }: { kind: string }) => `'end' cannot name ${kind}: after 'next', 'end' ends the process.`,
        'zh-CN': ({ kind }: { kind: string }) => `${kind}不能命名为“end”：在 next 之后，end 表示流程结束。`
    },
    takenInService: {
        en: ({ name, kind, service }: { name: string; kind: string; service: string }) =>
            `'${name}' is already the name of ${kind} in service '${service}'; names must be unique within a service.`,
        'zh-CN': ({ name, kind, service }: { name: string; kind: string; service: string }) =>
            `服务“${service}”中已有名为“${name}”的${kind}；服务内的名称必须唯一。`
    },
    takenInWorkspace: {
        en: ({ name, kind, file }: { name: string; kind: string; file: string }) =>
            `'${name}' is already the name of ${kind} in ${file}; top-level names must be unique in the workspace.`,
        'zh-CN': ({ name, kind, file }: { name: string; kind: string; file: string }) =>
            `${file} 中已有名为“${name}”的${kind}；顶层元素的名称在整个工作区内必须唯一。`
    },
    changesMeaning: {
        en: ({ name, file, line }: { name: string; file: string; line: number }) =>
            `Renaming to '${name}' would change what '${name}' on line ${line} of ${file} refers to: inside a service, a member hides a top-level element of the same name.`,
        'zh-CN': ({ name, file, line }: { name: string; file: string; line: number }) =>
            `改名为“${name}”会改变 ${file} 第 ${line} 行的“${name}”所指的元素：在服务内，成员会遮蔽同名的顶层元素。`
    }
} satisfies Record<string, Localized<(args: never) => string>>;

/** The kind of an element as a noun: "a standard" / "服务标准". */
export const elementNouns: Localized<Record<string, string>> = {
    en: {
        Service: 'a service', Actor: 'an actor', System: 'a system', Standard: 'a standard', Kpi: 'a KPI',
        Process: 'a process', Stage: 'a stage', Step: 'a step', Capacity: 'a capacity', ServicePromise: 'a promise',
        Feedback: 'a feedback channel', Improvement: 'an improvement', Measurements: 'measurements', Survey: 'a survey'
    },
    'zh-CN': {
        Service: '服务', Actor: '角色', System: '系统', Standard: '服务标准', Kpi: 'KPI',
        Process: '流程', Stage: '阶段', Step: '步骤', Capacity: '服务能力', ServicePromise: '服务承诺',
        Feedback: '反馈渠道', Improvement: '改进措施', Measurements: '实测数据', Survey: '问卷调查'
    }
};
