import { AstUtils, GrammarAST } from 'langium';
import { SvcGrammar } from '../generated/grammar.js';
import type { Bound, Channel, Comparator, Dimension, Direction, Frequency, Lane, Method, Phase, StandardKind, Unit } from '../generated/ast.js';
import type { Localized } from '#protocol/locale.js';

/**
 * The words of the language explained once, for completion and hover alike:
 * every enum value of the grammar, every structural keyword, and the lines of
 * the service blueprint.
 */
export interface GlossaryEntry {
    /** What a consultant calls it (`响应性` for `responsiveness`). */
    term: Localized;
    /** One or two sentences; Markdown code spans allowed. */
    explanation: Localized;
}

/** The enum rules of the grammar (data-type rules made of keywords only) and their values. */
interface EnumValues {
    Lane: Lane;
    Dimension: Dimension;
    StandardKind: StandardKind;
    Bound: Bound;
    Method: Method;
    Frequency: Frequency;
    Channel: Channel;
    Phase: Phase;
    Direction: Direction;
    Comparator: Comparator;
    Unit: Unit;
}

export type EnumRuleName = keyof EnumValues;

type EnumGlossary = { [Rule in EnumRuleName]: Record<EnumValues[Rule], GlossaryEntry> };

const entry = (en: string, zh: string, explanationEn: string, explanationZh: string): GlossaryEntry => ({
    term: { en, 'zh-CN': zh },
    explanation: { en: explanationEn, 'zh-CN': explanationZh }
});

export const enumGlossary: EnumGlossary = {
    Lane: {
        customer: entry('Customer actions', '顾客行为',
            'What the customer does: a step performed by this role is a customer step, drawn above the line of interaction.',
            '顾客自己完成的行为：由该角色执行的步骤是顾客步骤，位于互动线之上。'),
        frontstage: entry('Frontstage', '前台',
            'Contact employees or self-service technology the customer sees and deals with directly; between the line of interaction and the line of visibility.',
            '顾客能看到并直接接触的服务人员或自助设备；位于互动线与可视线之间。'),
        backstage: entry('Backstage', '后台',
            'Employee actions the customer does not see, preparing or completing the frontstage work; between the line of visibility and the line of internal interaction.',
            '顾客看不到的员工行为，为前台工作做准备或收尾；位于可视线与内部互动线之间。'),
        support: entry('Support processes', '支持过程',
            'Internal services, departments and IT systems that support the contact staff; below the line of internal interaction.',
            '支撑服务人员的内部服务、部门与信息系统；位于内部互动线之下。')
    },
    Dimension: {
        reliability: entry('Reliability', '可靠性',
            'SERVQUAL: performing the promised service dependably and accurately — right the first time.',
            'SERVQUAL：可靠、准确地履行服务承诺——第一次就做对。'),
        responsiveness: entry('Responsiveness', '响应性',
            'SERVQUAL: willingness to help customers and to serve them promptly — waits and response times.',
            'SERVQUAL：帮助顾客并迅速提供服务的意愿——等候与响应时间。'),
        assurance: entry('Assurance', '保证性',
            'SERVQUAL: knowledge and courtesy of employees and their ability to inspire trust and confidence.',
            'SERVQUAL：员工的专业知识、礼貌以及让顾客信任和放心的能力。'),
        empathy: entry('Empathy', '移情性',
            'SERVQUAL: caring, individual attention to each customer.',
            'SERVQUAL：对每位顾客的关心和个性化关注。'),
        tangibles: entry('Tangibles', '有形性',
            'SERVQUAL: appearance of facilities, equipment, staff and written materials.',
            'SERVQUAL：设施、设备、人员仪表和书面材料的外观。')
    },
    StandardKind: {
        hard: entry('Hard standard', '硬性标准',
            'Counted or timed by the organisation (e.g. wait ≤ 15 min), measured by system log, observation or audit.',
            '由组织计数或计时（如等候 ≤ 15 分钟），通过系统日志、现场观察或审核检查测量。'),
        soft: entry('Soft standard', '软性标准',
            'Perceived by the customer (courtesy, care); measured by asking customers — survey or mystery shopper — never by system log.',
            '由顾客感知（礼貌、关怀）；通过问卷调查或神秘顾客询问顾客来测量，不能用系统日志。')
    },
    Bound: {
        wait: entry('Wait', '等候时间',
            'The target limits the `wait` before a step starts.',
            '目标限定步骤开始前的等候时间（`wait`）。'),
        duration: entry('Duration', '办理时长',
            'The target limits the `duration` (service time) of a step.',
            '目标限定步骤的办理时长（`duration`）。'),
        'lead-time': entry('Lead time', '流程总时长',
            'The target limits the lead time of a process: the longest path of wait + duration from its start.',
            '目标限定流程总时长：从起点开始等候与办理时长之和最长的路径。')
    },
    Method: {
        observation: entry('Observation', '现场观察',
            'Observers watch and time the service on site.',
            '由观察员在现场观察并计时。'),
        survey: entry('Survey', '问卷调查',
            'Customers are asked, by questionnaire or rating after the service.',
            '通过问卷或服务后评价询问顾客。'),
        'system-log': entry('System log', '系统日志',
            'Counted automatically from system records such as queue tickets and timestamps.',
            '根据排队叫号、时间戳等系统记录自动统计。'),
        'mystery-shopper': entry('Mystery shopper', '神秘顾客',
            'Trained testers pose as customers and rate the service.',
            '经过培训的测评人员扮作顾客体验并评价服务。'),
        audit: entry('Audit', '审核检查',
            'Records, files or facilities are checked against the standard.',
            '对照标准检查记录、档案或设施。')
    },
    Frequency: {
        daily: entry('Daily', '每日', 'Measured or reported every day.', '每天测量或报告一次。'),
        weekly: entry('Weekly', '每周', 'Measured or reported every week.', '每周测量或报告一次。'),
        monthly: entry('Monthly', '每月', 'Measured or reported every month.', '每月测量或报告一次。'),
        quarterly: entry('Quarterly', '每季度', 'Measured or reported every quarter.', '每季度测量或报告一次。'),
        yearly: entry('Yearly', '每年', 'Measured or reported every year.', '每年测量或报告一次。')
    },
    Channel: {
        counter: entry('Counter', '柜台/窗口', 'A rating device or comment card at the counter or window.', '柜台或窗口的评价器、意见卡。'),
        phone: entry('Phone', '电话', 'Hotline calls and call-backs.', '热线来电与回访电话。'),
        web: entry('Web', '网站', 'A form or rating on the website.', '网站上的表单或评价。'),
        app: entry('App', '移动应用', 'Ratings and feedback in the mobile app.', '移动应用内的评价与反馈。'),
        survey: entry('Survey', '问卷调查', 'A survey sent after the service.', '服务后发送的调查问卷。'),
        social: entry('Social media', '社交媒体', 'Posts and reviews on social media.', '社交媒体上的帖子与点评。'),
        email: entry('Email', '电子邮件', 'Feedback received by email.', '通过电子邮件收到的反馈。')
    },
    Phase: {
        plan: entry('Plan', '计划', 'PDCA: analyse the gap and decide what to change.', 'PDCA：分析差距，确定改什么。'),
        do: entry('Do', '执行', 'PDCA: carry out the change, on a small scale first.', 'PDCA：实施改进，先小范围试行。'),
        check: entry('Check', '检查', 'PDCA: measure the effect against the KPI or standard.', 'PDCA：对照 KPI 或标准检查效果。'),
        act: entry('Act', '处理', 'PDCA: adopt the change as the new standard, or start another cycle.', 'PDCA：把有效做法固化为新标准，或开始下一轮循环。')
    },
    Direction: {
        lower: entry('Lower is better', '越低越好',
            'Lower values are better (waits, complaints); the warning lies above the target.',
            '数值越低越好（等候时间、投诉量）；预警值应高于目标值。'),
        higher: entry('Higher is better', '越高越好',
            'Higher values are better (satisfaction, first-time-right rate); the warning lies below the target.',
            '数值越高越好（满意度、一次办结率）；预警值应低于目标值。')
    },
    Comparator: {
        '<': entry('Less than', '小于', 'Met only by values strictly below the target.', '只有严格低于目标值才满足。'),
        '<=': entry('At most', '不超过', 'Met by values below or equal to the target.', '低于或等于目标值即满足。'),
        '=': entry('Equal to', '等于', 'Met only by the target value itself.', '只有等于目标值才满足。'),
        '>=': entry('At least', '不低于', 'Met by values above or equal to the target.', '高于或等于目标值即满足。'),
        '>': entry('More than', '大于', 'Met only by values strictly above the target.', '只有严格高于目标值才满足。')
    },
    Unit: {
        s: entry('Seconds', '秒', 'Time; 60 s = 1 min.', '时间；60 秒 = 1 分钟。'),
        min: entry('Minutes', '分钟', 'Time; 60 min = 1 h.', '时间；60 分钟 = 1 小时。'),
        h: entry('Hours', '小时', 'Time; 24 h = 1 d.', '时间；24 小时 = 1 天。'),
        d: entry('Days', '天', 'Time; 1 d = 24 h.', '时间；1 天 = 24 小时。'),
        '%': entry('Percent', '百分比', 'A ratio such as a compliance rate; a KPI in % may measure standards of any unit.', '比率，如达标率；以 % 为单位的 KPI 可以测量任何单位的标准。'),
        count: entry('Count', '数量', 'A number of things: tickets, complaints, visits.', '计数：号票、投诉、来访次数等。'),
        score: entry('Score', '分值', 'A score on a rating scale, such as satisfaction 1–5 or NPS.', '评分量表上的分值，如 1–5 分满意度或 NPS。'),
        CNY: entry('Yuan (CNY)', '人民币（元）', 'An amount of money in Chinese yuan.', '以人民币元计的金额。')
    }
};

/** Structural keywords (all keywords with letters outside the enum rules), by keyword. */
export const keywordGlossary: Record<string, GlossaryEntry> = {
    service: entry('Service', '服务',
        'One service: its actors, standards, KPIs, processes, capacity, promises, feedback and improvements.',
        '一项服务：包含其角色、服务标准、KPI、流程、服务能力、承诺、反馈渠道和改进措施。'),
    version: entry('Version', '版本', 'Version of this specification, as a string.', '本规范的版本号（字符串）。'),
    owner: entry('Owner', '负责人', 'The actor or system accountable for this element.', '对该元素负责的角色或系统。'),
    description: entry('Description', '描述', 'What the service is, in a sentence.', '用一句话说明这项服务。'),
    actor: entry('Actor', '角色',
        'A role (never a person\'s name) and the blueprint lane it works in: `actor NAME "title" LANE`.',
        '一个岗位角色（不要写人名）及其所在的蓝图泳道：`actor 名称 "标题" 泳道`。'),
    system: entry('System', '系统',
        'Technology — IT system, kiosk, app — and the blueprint lane it works in.',
        '技术手段（信息系统、自助机、应用）及其所在的蓝图泳道。'),
    standard: entry('Service standard', '服务标准',
        'A measurable promise tied to a SERVQUAL dimension, with target, method, frequency and owner. In a process, step or capacity, `standard` names the standards that apply there.',
        '可测量的服务承诺，对应一个 SERVQUAL 维度，包含目标值、测量方法、频率和负责人。在流程、步骤或服务能力中，`standard` 引用适用的标准。'),
    dimension: entry('SERVQUAL dimension', 'SERVQUAL 维度',
        'The quality dimension the standard serves: reliability, responsiveness, assurance, empathy or tangibles.',
        '标准所对应的服务质量维度：可靠性、响应性、保证性、移情性或有形性。'),
    kind: entry('Kind of standard', '标准类型',
        '`hard`: counted or timed by the organisation; `soft`: perceived by the customer and measured by asking customers.',
        '`hard`（硬性）：由组织计数或计时；`soft`（软性）：由顾客感知，需要询问顾客来测量。'),
    bounds: entry('Bounds', '约束对象',
        'What the target limits — a step\'s `wait` or `duration`, or a process\'s `lead-time`; the time rules compare against it.',
        '目标值所限定的对象——步骤的 `wait` 或 `duration`，或流程的 `lead-time`；时间类规则据此比较。'),
    target: entry('Target', '目标值',
        'The value to reach: in a standard a comparator and a quantity (`target <= 30 s`), in a KPI a number in the KPI\'s unit.',
        '要达到的值：在服务标准中是比较符加数量（`target <= 30 s`），在 KPI 中是以 KPI 单位表示的数值。'),
    tolerance: entry('Tolerance', '容差',
        'Acceptable deviation from the target; for information only, no rule uses it.',
        '允许偏离目标值的范围；仅供参考，规则不使用它。'),
    method: entry('Measuring method', '测量方法',
        'How the standard is measured: observation, survey, system-log, mystery-shopper or audit.',
        '标准的测量方式：现场观察、问卷调查、系统日志、神秘顾客或审核检查。'),
    frequency: entry('Measuring frequency', '测量频率', 'How often the standard is measured.', '标准多久测量一次。'),
    kpi: entry('KPI', '关键绩效指标', 'A key performance indicator that measures one or more standards.', '测量一个或多个服务标准的关键绩效指标。'),
    measures: entry('Measures', '测量的标准', 'The standards this KPI measures, comma separated.', '该 KPI 测量的服务标准，用逗号分隔。'),
    formula: entry('Formula', '计算公式', 'How the KPI is calculated, as text.', 'KPI 的计算方法（文字）。'),
    unit: entry('Unit', '单位', 'The KPI\'s unit; its bare numbers are read in this unit.', 'KPI 的单位；其中不带单位的数值按此单位理解。'),
    direction: entry('Direction', '改进方向',
        'Which way is better, `lower` or `higher`; it decides on which side of the target the warning lies.',
        '哪个方向更好：`lower`（越低越好）或 `higher`（越高越好）；决定预警值位于目标值的哪一侧。'),
    baseline: entry('Baseline', '基线值', 'The value before improvement: the starting point.', '改进前的数值，即起点。'),
    warning: entry('Warning', '预警值',
        'The threshold at which the KPI is flagged; worse than the target (above it for `lower`, below it for `higher`).',
        '触发预警的阈值；应比目标值差（`lower` 时高于目标值，`higher` 时低于目标值）。'),
    period: entry('Reporting period', '统计周期', 'How often the KPI is reported.', 'KPI 多久统计报告一次。'),
    source: entry('Data source', '数据来源', 'Where the KPI\'s data comes from.', 'KPI 数据从哪里来。'),
    process: entry('Process', '服务流程',
        'Stages and steps; the first step is the start. Its lead time is the longest path of wait + duration.',
        '由阶段和步骤组成，第一个步骤是起点。流程总时长是等候与办理时长之和最长的路径。'),
    stage: entry('Stage', '阶段',
        'Steps the customer experiences as one phase (arrive, handle, leave); it should hold a customer step.',
        '顾客体验中的一个阶段（到达、办理、离开），其中应包含顾客步骤。'),
    step: entry('Step', '步骤',
        'One activity, performed `by` an actor or system whose lane places it in the blueprint.',
        '一项活动，由某个角色或系统执行（`by`），执行者的泳道决定它在蓝图中的位置。'),
    by: entry('Performed by', '执行者',
        'The actor or system performing the step; the step\'s lane is the performer\'s lane.',
        '执行该步骤的角色或系统；步骤的泳道即执行者的泳道。'),
    evidence: entry('Physical evidence', '有形展示',
        'What the customer sees, touches or receives at this step (forms, signs, receipts); drawn in the physical-evidence lane at the top of the blueprint.',
        '顾客在该步骤看到、接触或拿到的有形物（表单、标识、回执）；画在服务蓝图最上方的有形展示泳道中。'),
    wait: entry('Wait', '等候时间',
        'Expected wait before the step starts; needs a time unit and counts towards the lead time.',
        '步骤开始前的预计等候时间；需要时间单位，计入流程总时长。'),
    duration: entry('Duration', '办理时长',
        'Service time of the step; needs a time unit. A capacity serving the step uses it as service time.',
        '步骤的服务时间；需要时间单位。服务该步骤的服务能力以它作为服务时间。'),
    moment: entry('Moment of truth', '关键时刻',
        'A step that decides the customer\'s impression; it needs a standard that a KPI measures.',
        '决定顾客印象的步骤；需要有被 KPI 测量的服务标准。'),
    fail: entry('Fail point', '失误点',
        'What can go wrong at this step, with `recover STEP` naming the recovery.',
        '该步骤可能出错的地方，用 `recover 步骤` 指定补救步骤。'),
    recover: entry('Recovery', '补救步骤', 'The step that recovers from the fail point.', '从失误中补救的步骤。'),
    next: entry('Next steps', '后续步骤',
        'The steps that follow, each with an optional `when "condition"`; `next end` ends the process.',
        '接下来的步骤，可带 `when "条件"`；`next end` 表示流程在此结束。'),
    when: entry('Condition', '条件', 'When this successor is taken.', '走向该后续步骤的条件。'),
    end: entry('End of process', '流程结束', 'After `next`: the process ends here.', '用在 `next` 之后：流程在此结束。'),
    capacity: entry('Capacity', '服务能力',
        'A queue at a step (windows, counters, agents): demand, servers and the served step\'s duration give utilisation ρ and the Erlang C mean wait Wq.',
        '某个步骤处的排队（窗口、柜台、坐席）：由到达量、服务台数和所服务步骤的办理时长得出利用率 ρ 和 Erlang C 平均等候时间 Wq。'),
    serves: entry('Serves', '服务的步骤', 'The step whose duration is the service time of this queue.', '其办理时长即该队列服务时间的步骤。'),
    demand: entry('Demand', '到达量', 'Arrivals per time unit: `demand 40 per h`.', '单位时间的到达数：`demand 40 per h`。'),
    per: entry('Per', '每', 'The time unit of the rate.', '到达率的时间单位。'),
    servers: entry('Servers', '服务台数', 'Number of parallel servers: counters, windows, agents.', '并行服务台的数量：柜台、窗口、坐席。'),
    promise: entry('Service promise', '服务承诺',
        'What is published to customers (`promise X <= 20 min`); it must not be stricter than the process lead time (gap 4).',
        '对顾客公开的承诺（`promise X <= 20 min`）；不能比流程总时长更严格（差距 4）。'),
    feedback: entry('Feedback channel', '反馈渠道', 'How customers give feedback, and the KPIs it feeds.', '顾客反馈的渠道，以及它提供数据的 KPI。'),
    channel: entry('Channel', '渠道', 'The kind of feedback channel.', '反馈渠道的类型。'),
    feeds: entry('Feeds', '数据供给', 'The KPIs this feedback supplies data to.', '该反馈渠道为哪些 KPI 提供数据。'),
    improvement: entry('Improvement', '改进措施', 'An improvement action (PDCA) addressing KPIs or standards.', '针对 KPI 或服务标准的改进措施（PDCA）。'),
    addresses: entry('Addresses', '改进对象', 'The KPIs or standards the improvement targets.', '改进措施针对的 KPI 或服务标准。'),
    phase: entry('PDCA phase', 'PDCA 阶段', 'Where the improvement stands in the plan-do-check-act cycle.', '改进措施处于“计划—执行—检查—处理”循环的哪个阶段。'),
    due: entry('Due date', '截止日期', 'When the improvement is due, as `YYYY-MM-DD`.', '改进措施的完成期限，格式为 `YYYY-MM-DD`。'),
    measurements: entry('Measurements', '实测数据',
        'KPI values per period from a CSV file the client exports (columns kpi, period, value): `measurements NAME "title" from "PATH"`.',
        '客户导出的 CSV 文件中按期间记录的 KPI 数值（列：kpi/指标、period/期间、value/数值）：`measurements 名称 "标题" from "路径"`。'),
    survey: entry('SERVQUAL survey', 'SERVQUAL 问卷',
        'Customers\' expectations and perceptions per SERVQUAL dimension from a CSV file (columns dimension, expectation, perception): `survey NAME "title" from "PATH" scale N`.',
        '来自 CSV 文件的顾客按 SERVQUAL 维度的期望与感知（列：dimension/维度、expectation/期望、perception/感知）：`survey 名称 "标题" from "路径" scale N`。'),
    from: entry('Data file', '数据文件',
        'The CSV file, relative to the .svc file with `/`, inside the data root (the folder of the nearest svc.config.json).',
        'CSV 文件路径，相对于 .svc 文件、用 `/` 分隔，必须位于数据根目录（最近的 svc.config.json 所在文件夹）之内。'),
    scale: entry('Answer scale', '评分量表', 'Answers run from 1 to this number; 7 (the SERVQUAL scale) if omitted.', '答案取值为 1 到该数；省略时为 7（SERVQUAL 量表）。')
};

export type BlueprintLine = 'interaction' | 'visibility' | 'internalInteraction';

export const blueprintLineGlossary: Record<BlueprintLine, GlossaryEntry> = {
    interaction: entry('Line of interaction', '互动线',
        'Separates customer actions from the frontstage: every step crossing it is a direct contact between customer and organisation.',
        '分隔顾客行为与前台：跨越它的每一步都是顾客与组织的直接接触。'),
    visibility: entry('Line of visibility', '可视线',
        'Separates what the customer sees (frontstage) from what they do not (backstage); a customer step should not lead straight to a backstage step.',
        '分隔顾客看得到的（前台）与看不到的（后台）；顾客步骤不应直接连到后台步骤。'),
    internalInteraction: entry('Line of internal interaction', '内部互动线',
        'Separates backstage from support processes: crossing it hands work over to internal services or systems.',
        '分隔后台与支持过程：跨越它意味着把工作交给内部服务或系统。')
};

/** The blueprint lines that bound each lane. */
export const linesAroundLane: Record<Lane, { above?: BlueprintLine; below?: BlueprintLine }> = {
    customer: { below: 'interaction' },
    frontstage: { above: 'interaction', below: 'visibility' },
    backstage: { above: 'visibility', below: 'internalInteraction' },
    support: { above: 'internalInteraction' }
};

export function isEnumRuleName(name: string): name is EnumRuleName {
    return Object.hasOwn(enumGlossary, name);
}

/** The values of an enum rule in the order of the grammar. */
export function enumValues<Rule extends EnumRuleName>(rule: Rule): Array<EnumValues[Rule]> {
    return Object.keys(enumGlossary[rule]) as Array<EnumValues[Rule]>;
}

export function enumEntry(rule: EnumRuleName, value: string): GlossaryEntry | undefined {
    const values: Record<string, GlossaryEntry> = enumGlossary[rule];
    return Object.hasOwn(values, value) ? values[value] : undefined;
}

/** The parser rule that a keyword of the grammar belongs to. */
export function ruleOfKeyword(keyword: GrammarAST.Keyword): GrammarAST.ParserRule | undefined {
    return AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
}

/**
 * What a keyword of the grammar means where it stands: `survey` as a method
 * or as a channel, `wait` as a property or as what a standard bounds.
 * Keywords that only serve as names have no entry.
 */
export function glossaryEntryOfKeyword(keyword: GrammarAST.Keyword): GlossaryEntry | undefined {
    const rule = ruleOfKeyword(keyword);
    if (!rule) return undefined;
    if (isEnumRuleName(rule.name)) return enumEntry(rule.name, keyword.value);
    if (rule.dataType) return undefined;
    return Object.hasOwn(keywordGlossary, keyword.value) ? keywordGlossary[keyword.value] : undefined;
}

/** The keyword a rule starts with (`step` for Step), if it starts with one. */
export function leadingKeyword(rule: GrammarAST.AbstractRule | undefined): GrammarAST.Keyword | undefined {
    if (!GrammarAST.isParserRule(rule) || !GrammarAST.isGroup(rule.definition)) return undefined;
    const first = rule.definition.elements[0];
    return GrammarAST.isKeyword(first) ? first : undefined;
}

/** What an element is (`Actor`, `角色`): the term of the keyword that declares it. */
export function elementKindTerm(type: string): Localized | undefined {
    const keyword = leadingKeyword(SvcGrammar().rules.find(rule => rule.name === type));
    return keyword && Object.hasOwn(keywordGlossary, keyword.value) ? keywordGlossary[keyword.value].term : undefined;
}
