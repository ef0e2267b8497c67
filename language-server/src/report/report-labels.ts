import type { Localized } from '#protocol/locale.js';

/** Every fixed word of the report, in each language. */
export interface ReportLabels {
    /** Between a label and its value. */
    colon: string;
    /** `Title (Name)`. */
    titled: (title: string, name: string) => string;
    /** A standard with its target: `WaitMax15 (≤ 15 min)`. */
    withTarget: (name: string, target: string) => string;
    /** Joins references in one cell. */
    listSeparator: string;
    none: string;
    reportKind: string;
    generatedOn: (date: string) => string;
    sourceFile: (file: string) => string;
    syntaxErrors: (count: number) => string;
    /** The printed footer around the page number and the page count: `Page 3 of 12`. */
    pageNumber: { before: string; of: string; after: string };

    headings: Record<'summary' | 'blueprint' | 'standards' | 'kpis' | 'performance' | 'capacity' | 'leadTime' | 'promises' | 'feedback' | 'improvements' | 'diagnostics', string>;

    summary: Record<'description' | 'documentation' | 'owner' | 'version' | 'performers' | 'standards' | 'kpis' | 'processes' | 'steps' | 'moments' | 'failPoints', string>;
    performerCounts: (actors: number, systems: number) => string;

    blueprintMissing: string;
    stepsOf: (process: string) => string;
    stepColumns: string[];
    yes: string;
    recoveredBy: (fail: string, step: string) => string;

    standardColumns: string[];
    kpiColumns: string[];

    performance: PerformanceLabels;

    capacityColumns: string[];
    capacityMethod: string;
    unbounded: string;
    overloaded: string;
    met: string;
    notMet: string;
    noWaitStandard: string;
    noTimeTarget: string;
    missingData: string;

    leadTimeColumns: string[];
    leadTimeMethod: string;
    noLeadTimeStandard: string;

    promiseColumns: string[];
    kept: string;
    notKept: string;

    feedbackColumns: string[];
    improvementColumns: string[];
    diagnosticColumns: string[];

    empty: Record<'standards' | 'kpis' | 'processes' | 'capacities' | 'promises' | 'feedback' | 'improvements' | 'diagnostics', string>;
}

/** The measured-performance section: the service as delivered, from its data files. */
export interface PerformanceLabels {
    kpiCaption: string;
    kpiColumns: string[];
    standing: Record<'onTarget' | 'offTarget' | 'atWarning', string>;
    /** `↑ worse`, `↓ better, …`; the judgement is absent for a KPI without `direction`. */
    trend: (arrow: string, judgement: string | undefined, worsening: boolean) => string;
    judgement: Record<'better' | 'worse' | 'unchanged', string>;
    kpisWithoutData: (kpis: string) => string;
    standardsCaption: string;
    standardColumns: string[];
    /** `AvgWait 18 min (2026-10) does not satisfy ≤ 15 min`. */
    notSatisfied: (kpi: string, value: string, period: string, target: string) => string;
    /** The standards compared with measured data, when none is broken. */
    allStandardsMet: (standards: string) => string;
    gapMethod: string;
    gapCaption: (survey: string, answers: number, scale: number) => string;
    gapColumns: string[];
    importanceColumn: string;
    surveyUnanswered: (survey: string) => string;
    chartsMissing: string;
    noValidData: string;
}

export const reportLabels: Localized<ReportLabels> = {
    en: {
        colon: ': ',
        titled: (title, name) => `${title} (${name})`,
        withTarget: (name, target) => `${name} (${target})`,
        listSeparator: ', ',
        none: '—',
        reportKind: 'Service specification report',
        pageNumber: { before: 'Page ', of: ' of ', after: '' },
        generatedOn: date => `Generated ${date}`,
        sourceFile: file => `Source: ${file}`,
        syntaxErrors: count => `The specification has ${count} syntax error${count === 1 ? '' : 's'}; the figures below may be incomplete until ${count === 1 ? 'it is' : 'they are'} fixed.`,
        headings: {
            summary: 'Service summary',
            blueprint: 'Service blueprint',
            standards: 'Service standards',
            kpis: 'Key performance indicators',
            performance: 'Measured performance',
            capacity: 'Capacity analysis',
            leadTime: 'Lead time per process',
            promises: 'Promises to customers',
            feedback: 'Feedback channels',
            improvements: 'Improvement actions',
            diagnostics: 'Open diagnostics'
        },
        summary: {
            description: 'Description',
            documentation: 'Notes',
            owner: 'Owner',
            version: 'Version',
            performers: 'Actors / systems',
            standards: 'Standards',
            kpis: 'KPIs',
            processes: 'Processes',
            steps: 'Steps',
            moments: 'Moments of truth',
            failPoints: 'Fail points'
        },
        performerCounts: (actors, systems) => `${actors} / ${systems}`,
        blueprintMissing: 'No rendered blueprint diagram is included; the steps of each process are listed below, lane by lane.',
        stepsOf: process => `Steps of ${process}`,
        stepColumns: ['Stage', 'Step', 'Lane', 'Performed by', 'Physical evidence', 'Wait', 'Duration', 'Standards', 'Moment of truth', 'Fail points → recovery'],
        yes: 'yes',
        recoveredBy: (fail, step) => `${fail} → ${step}`,
        standardColumns: ['Name', 'Title', 'SERVQUAL dimension', 'Kind', 'Target', 'Tolerance', 'Method', 'Frequency', 'Owner', 'Measured by'],
        kpiColumns: ['Name', 'Title', 'Formula', 'Unit', 'Direction', 'Baseline', 'Target', 'Warning', 'Period', 'Source', 'Owner', 'Measures'],
        performance: {
            kpiCaption: 'KPIs: latest measured values',
            kpiColumns: ['KPI', 'Latest value', 'Period', 'Target', 'Warning', 'Status', 'Trend'],
            standing: { onTarget: 'on target', offTarget: 'off target', atWarning: 'at warning' },
            trend: (arrow, judgement, worsening) => [arrow, judgement].filter(Boolean).join(' ') + (worsening ? ', worsening three periods in a row' : ''),
            judgement: { better: 'better', worse: 'worse', unchanged: 'unchanged' },
            kpisWithoutData: kpis => `No valid value yet for ${kpis}.`,
            standardsCaption: 'Standards not met',
            standardColumns: ['Standard', 'Shown by'],
            notSatisfied: (kpi, value, period, target) => `${kpi} ${value} (${period}) does not satisfy ${target}`,
            allStandardsMet: standards => `Every standard compared with measured data is met: ${standards}.`,
            gapMethod: 'Gap = mean perception − mean expectation on each SERVQUAL dimension: a negative gap means customers received less than they expected. '
                + 'Dimensions are ranked by gap, the largest shortfall first.',
            gapCaption: (survey, answers, scale) => `SERVQUAL gaps — ${survey}: ${answers} answered row${answers === 1 ? '' : 's'}, scale 1–${scale}`,
            gapColumns: ['Dimension', 'Mean expectation E', 'Mean perception P', 'Gap P − E'],
            importanceColumn: 'Mean importance',
            surveyUnanswered: survey => `${survey}: no answered rows yet.`,
            chartsMissing: 'No rendered chart is included; the tables above give the figures.',
            noValidData: 'Data files are bound to this service, but none holds a valid value yet; the open diagnostics say why.'
        },
        capacityColumns: ['Capacity', 'Served step', 'Demand λ', 'Servers c', 'Service time', 'Utilisation ρ', 'Mean wait Wq', 'Wait standard', 'Result'],
        capacityMethod: 'λ is the arrival rate, μ = 1 / the service time of the served step and c the number of parallel servers; utilisation ρ = λ / (c·μ). '
            + 'For ρ < 1 the mean wait Wq is the Erlang C (M/M/c) value; ρ ≥ 1 means the capacity is overloaded and the queue grows without bound. '
            + 'The wait standard is the capacity\'s own standard, else the wait standards of the served step.',
        unbounded: 'unbounded',
        overloaded: 'overloaded (ρ ≥ 100 %)',
        met: 'met',
        notMet: 'not met',
        noWaitStandard: 'no wait standard',
        noTimeTarget: 'no time target',
        missingData: 'demand, servers or service time missing',
        leadTimeColumns: ['Process', 'Lead time', 'Critical path', 'Lead-time standard', 'Result'],
        leadTimeMethod: 'Lead time is the largest sum of wait and duration along the next steps from the first step; loops are cut and recovery paths are left out. '
            + 'The critical path is the sequence of steps that gives it.',
        noLeadTimeStandard: 'no lead-time standard',
        promiseColumns: ['Name', 'Title', 'Promise', 'Longest lead time', 'Result'],
        kept: 'kept',
        notKept: 'not kept: the process takes longer',
        feedbackColumns: ['Name', 'Title', 'Channel', 'Feeds KPIs'],
        improvementColumns: ['Name', 'Title', 'Addresses', 'PDCA phase', 'Owner', 'Due'],
        diagnosticColumns: ['Severity', 'Rule', 'Line', 'Message'],
        empty: {
            standards: 'The service has no standards.',
            kpis: 'The service has no KPIs.',
            processes: 'The service has no processes.',
            capacities: 'No capacity is modelled.',
            promises: 'No promise is published.',
            feedback: 'The service has no feedback channel.',
            improvements: 'No improvement action is planned.',
            diagnostics: 'There are no open diagnostics: the specification passes every check.'
        }
    },
    'zh-CN': {
        colon: '：',
        titled: (title, name) => `${title}（${name}）`,
        withTarget: (name, target) => `${name}（${target}）`,
        listSeparator: '、',
        none: '—',
        reportKind: '服务规范报告',
        pageNumber: { before: '第 ', of: ' 页，共 ', after: ' 页' },
        generatedOn: date => `生成日期：${date}`,
        sourceFile: file => `源文件：${file}`,
        syntaxErrors: count => `规范中有 ${count} 处语法错误；修正之前，以下数据可能不完整。`,
        headings: {
            summary: '服务概况',
            blueprint: '服务蓝图',
            standards: '服务标准',
            kpis: '关键绩效指标（KPI）',
            performance: '实测绩效',
            capacity: '服务能力分析',
            leadTime: '各流程总时长',
            promises: '对外服务承诺',
            feedback: '反馈渠道',
            improvements: '改进措施',
            diagnostics: '待处理的检查问题'
        },
        summary: {
            description: '服务描述',
            documentation: '说明',
            owner: '负责人',
            version: '版本',
            performers: '角色 / 系统',
            standards: '服务标准',
            kpis: '关键绩效指标',
            processes: '流程',
            steps: '步骤',
            moments: '关键时刻',
            failPoints: '失误点'
        },
        performerCounts: (actors, systems) => `${actors} / ${systems}`,
        blueprintMissing: '本报告未附蓝图图形；以下按泳道逐一列出各流程的步骤。',
        stepsOf: process => `${process}的步骤`,
        stepColumns: ['阶段', '步骤', '泳道', '执行者', '有形展示', '等候', '时长', '服务标准', '关键时刻', '失误点 → 补救'],
        yes: '是',
        recoveredBy: (fail, step) => `${fail} → ${step}`,
        standardColumns: ['名称', '标题', 'SERVQUAL 维度', '类型', '目标值', '容差', '测量方法', '测量频次', '负责人', '衡量指标'],
        kpiColumns: ['名称', '标题', '计算公式', '单位', '方向', '基线值', '目标值', '预警值', '统计周期', '数据来源', '负责人', '衡量的标准'],
        performance: {
            kpiCaption: 'KPI 最新实测值',
            kpiColumns: ['KPI', '最新实测值', '期间', '目标值', '预警值', '状态', '趋势'],
            standing: { onTarget: '达标', offTarget: '未达目标', atWarning: '达到预警' },
            trend: (arrow, judgement, worsening) => [arrow, judgement].filter(Boolean).join(' ') + (worsening ? '，连续三期恶化' : ''),
            judgement: { better: '变好', worse: '变差', unchanged: '持平' },
            kpisWithoutData: kpis => `以下 KPI 尚无有效实测值：${kpis}。`,
            standardsCaption: '未达标的服务标准',
            standardColumns: ['服务标准', '实测依据'],
            notSatisfied: (kpi, value, period, target) => `${kpi} ${value}（${period}）未满足 ${target}`,
            allStandardsMet: standards => `与实测数据比对的服务标准全部达标：${standards}。`,
            gapMethod: '差距 = 各 SERVQUAL 维度的平均感知 − 平均期望：差距为负，表示顾客实际感受低于期望。各维度按差距排序，差距最大（最负）的在前。',
            gapCaption: (survey, answers, scale) => `SERVQUAL 差距——${survey}：有效作答 ${answers} 行，量表 1–${scale}`,
            gapColumns: ['维度', '平均期望 E', '平均感知 P', '差距 P − E'],
            importanceColumn: '平均重要性',
            surveyUnanswered: survey => `${survey}：尚无有效作答。`,
            chartsMissing: '本报告未附实测图表；各项数据见上表。',
            noValidData: '本服务已绑定数据文件，但其中尚无有效数据；原因见待处理的检查问题。'
        },
        capacityColumns: ['服务能力', '服务步骤', '到达率 λ', '服务台数 c', '服务时长', '利用率 ρ', '平均等候 Wq', '等候标准', '结论'],
        capacityMethod: 'λ 为到达率，μ = 1 / 所服务步骤的服务时长，c 为并行服务台（窗口、坐席）数；利用率 ρ = λ / (c·μ)。'
            + 'ρ < 1 时，平均等候时间 Wq 按 Erlang C（M/M/c）模型计算；ρ ≥ 1 表示超负荷，队列将无限增长。'
            + '等候标准取该服务能力自身的标准，未指定时取所服务步骤的等候标准。',
        unbounded: '无上限',
        overloaded: '超负荷（ρ ≥ 100 %）',
        met: '达标',
        notMet: '未达标',
        noWaitStandard: '无等候标准',
        noTimeTarget: '无时间目标值',
        missingData: '缺少到达率、服务台数或服务时长',
        leadTimeColumns: ['流程', '总时长', '关键路径', '总时长标准', '结论'],
        leadTimeMethod: '总时长为从首个步骤沿 next 走到结束时，等候与办理时长之和的最大值；循环被截断，补救路径不计入。关键路径即取得该最大值的步骤序列。',
        noLeadTimeStandard: '无总时长标准',
        promiseColumns: ['名称', '标题', '承诺', '最长流程总时长', '结论'],
        kept: '可兑现',
        notKept: '无法兑现：流程耗时更长',
        feedbackColumns: ['名称', '标题', '渠道', '对应 KPI'],
        improvementColumns: ['名称', '标题', '针对', 'PDCA 阶段', '负责人', '完成期限'],
        diagnosticColumns: ['级别', '规则', '行', '说明'],
        empty: {
            standards: '本服务没有服务标准。',
            kpis: '本服务没有关键绩效指标。',
            processes: '本服务没有流程。',
            capacities: '未建模服务能力。',
            promises: '未发布对外服务承诺。',
            feedback: '本服务没有反馈渠道。',
            improvements: '没有计划中的改进措施。',
            diagnostics: '没有待处理的问题：规范通过了全部检查。'
        }
    }
};
