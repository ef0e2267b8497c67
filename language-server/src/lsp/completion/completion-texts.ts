import type { Localized } from '#protocol/locale.js';

/** The elements that have a snippet, by grammar rule. */
export const snippetRules = [
    'Service', 'Actor', 'System', 'Standard', 'Kpi', 'Process', 'Stage', 'Step',
    'Capacity', 'ServicePromise', 'Feedback', 'Improvement'
] as const;
export type SnippetRule = typeof snippetRules[number];

export interface CompletionTexts {
    /** What each snippet inserts, shown as the item's detail. */
    snippets: Record<SnippetRule, string>;
    /** Default texts of the snippets' tab stops; names must be valid identifiers. */
    placeholders: {
        names: Record<SnippetRule, string>;
        title: string;
        owner: string;
        performer: string;
        standard: string;
        kpi: string;
        step: string;
        formula: string;
        source: string;
        description: string;
    };
}

export const completionTexts: Localized<CompletionTexts> = {
    en: {
        snippets: {
            Service: 'Service with version, owner and description',
            Actor: 'Actor (a role) in a blueprint lane',
            System: 'System (technology) in a blueprint lane',
            Standard: 'Service standard with dimension, kind, target, method, frequency and owner',
            Kpi: 'KPI with everything a complete KPI needs',
            Process: 'Process with a stage and a first step',
            Stage: 'Stage with a step',
            Step: 'Step with performer, duration and next',
            Capacity: 'Capacity: served step, demand and servers',
            ServicePromise: 'Promise published to customers',
            Feedback: 'Feedback channel and the KPI it feeds',
            Improvement: 'PDCA improvement with owner and due date'
        },
        placeholders: {
            names: {
                Service: 'ServiceName', Actor: 'ActorName', System: 'SystemName', Standard: 'StandardName',
                Kpi: 'KpiName', Process: 'ProcessName', Stage: 'StageName', Step: 'StepName',
                Capacity: 'CapacityName', ServicePromise: 'PromiseName', Feedback: 'FeedbackName', Improvement: 'ImprovementName'
            },
            title: 'Title',
            owner: 'Owner',
            performer: 'Performer',
            standard: 'Standard',
            kpi: 'Kpi',
            step: 'Step',
            formula: 'formula',
            source: 'data source',
            description: 'what the service does'
        }
    },
    'zh-CN': {
        snippets: {
            Service: '服务，含版本、负责人和描述',
            Actor: '角色（岗位）及其蓝图泳道',
            System: '系统（技术手段）及其蓝图泳道',
            Standard: '服务标准，含维度、类型、目标值、测量方法、频率和负责人',
            Kpi: 'KPI，含完整 KPI 所需的全部字段',
            Process: '服务流程，含一个阶段和第一个步骤',
            Stage: '阶段，含一个步骤',
            Step: '步骤，含执行者、办理时长和后续步骤',
            Capacity: '服务能力：服务的步骤、到达量和服务台数',
            ServicePromise: '对顾客公开的服务承诺',
            Feedback: '反馈渠道及其提供数据的 KPI',
            Improvement: 'PDCA 改进措施，含负责人和截止日期'
        },
        placeholders: {
            names: {
                Service: '服务名', Actor: '角色名', System: '系统名', Standard: '标准名',
                Kpi: '指标名', Process: '流程名', Stage: '阶段名', Step: '步骤名',
                Capacity: '能力名', ServicePromise: '承诺名', Feedback: '反馈名', Improvement: '改进名'
            },
            title: '标题',
            owner: '负责人',
            performer: '执行者',
            standard: '标准',
            kpi: '指标',
            step: '步骤',
            formula: '计算公式',
            source: '数据来源',
            description: '服务说明'
        }
    }
};
