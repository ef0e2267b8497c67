import { distance } from 'fastest-levenshtein';
import type { AstNode, IndexManager } from 'langium';
import { isKpi, isService, type Kpi, type Service } from '../generated/ast.js';
import type { Localized } from '#protocol/locale.js';
import { serviceElements } from '../model/service-elements.js';
import { quoteCell } from './quote-cell.js';

/** What a `kpi` cell names: a KPI, or why none, with the closest names in scope (for a quick fix). */
export type KpiLookup =
    | { ok: true; kpi: Kpi }
    | { ok: false; problem: Localized; suggestions: string[] };

/** The most names a problem suggests. */
const maxSuggestions = 3;

/**
 * Resolves KPI names in data files as a reference written where the data
 * element stands would resolve (LANGUAGE.md, "Data files"): inside a service,
 * its members by name, then top-level names and `Service.Member`; at the top
 * level, top-level names and `Service.Member`.
 */
export class KpiNames {
    private exportedNames: Map<string, AstNode[]> | undefined;
    private readonly inScope = new Map<Service | undefined, string[]>();
    /** What each name resolves to in each scope: a file names its few KPIs on every row, and a data file's edit resolves them again. */
    private readonly resolved = new Map<Service | undefined, Map<string, KpiLookup>>();

    constructor(private readonly index: IndexManager) {}

    /** The workspace's exported names (top-level names and `Service.Member`), each with its elements; built when first needed. */
    private get exported(): Map<string, AstNode[]> {
        if (!this.exportedNames) {
            this.exportedNames = new Map();
            for (const description of this.index.allElements()) {
                const node = description.node;
                if (!node) continue;
                const nodes = this.exportedNames.get(description.name);
                if (nodes) nodes.push(node); else this.exportedNames.set(description.name, [node]);
            }
        }
        return this.exportedNames;
    }

    /** `service`: the service the data element stands in; undefined at the top level. */
    resolve(name: string, service: Service | undefined): KpiLookup {
        let inService = this.resolved.get(service);
        if (!inService) this.resolved.set(service, inService = new Map());
        let lookup = inService.get(name);
        if (!lookup) inService.set(name, lookup = this.lookUp(name, service));
        return lookup;
    }

    private lookUp(name: string, service: Service | undefined): KpiLookup {
        const found = (service && localNamed(service, name)) ?? this.exported.get(name)?.[0];
        if (isKpi(found)) return { ok: true, kpi: found };
        const suggestions = this.closest(name, service);
        return { ok: false, problem: found ? namesOther(name, found) : namesNothing(name, service, suggestions), suggestions };
    }

    /** KPI names as a data file of this scope writes them, nearest first. */
    private closest(name: string, service: Service | undefined): string[] {
        const folded = name.toLowerCase();
        return this.namesInScope(service)
            .map(candidate => ({ candidate, ...nearness(folded, candidate) }))
            .filter(({ cost, allowed }) => cost <= allowed)
            .sort((a, b) => a.cost - b.cost || a.candidate.localeCompare(b.candidate))
            .slice(0, maxSuggestions)
            .map(({ candidate }) => candidate);
    }

    /** The names that resolve to a KPI in this scope, each KPI once: the service's own by name, not as `Service.Member` (suggestions, completion). */
    namesInScope(service: Service | undefined): string[] {
        let names = this.inScope.get(service);
        if (!names) {
            const local = service ? serviceElements(service) : [];
            const localKpis = new Set<AstNode>(local.filter(isKpi));
            const hidden = new Set(local.map(element => element.name));
            const exported = [...this.exported]
                .filter(([exportedName, [node]]) => !hidden.has(exportedName) && isKpi(node) && !localKpis.has(node))
                .map(([exportedName]) => exportedName);
            names = [...local.filter(isKpi).map(kpi => kpi.name), ...exported];
            this.inScope.set(service, names);
        }
        return names;
    }
}

/**
 * How far `folded` (lower case) is from a candidate name, and how far a
 * suggestion may be. A qualified name is also compared by its member's name,
 * a little further: `AvgWait` or `AvgWiat` at the top level most likely means `Counter.AvgWait`.
 */
function nearness(folded: string, candidate: string): { cost: number; allowed: number } {
    const member = candidate.slice(candidate.lastIndexOf('.') + 1);
    const allowed = Math.max(2, Math.floor(member.length / 3));
    // The distance is at least the difference in length: a long cell is far from every name without comparing it.
    if (folded.length > candidate.length + allowed) return { cost: Infinity, allowed };
    const whole = distance(folded, candidate.toLowerCase());
    return { cost: member === candidate ? whole : Math.min(whole, distance(folded, member.toLowerCase()) + 0.5), allowed };
}

/** The element a data element's scope gives `name` inside `service`, before the workspace's names. */
function localNamed(service: Service, name: string): AstNode | undefined {
    return serviceElements(service).find(element => element.name === name);
}

/** The service a data element stands in, if any. */
export function enclosingService(node: AstNode): Service | undefined {
    return isService(node.$container) ? node.$container : undefined;
}

function namesOther(name: string, found: AstNode): Localized {
    const cell = quoteCell(name);
    return {
        en: `${cell.en} names ${englishKind[found.$type] ?? found.$type}, not a KPI: the kpi column takes KPI names.`,
        'zh-CN': `${cell.zh}指向的是${chineseKind[found.$type] ?? found.$type}，不是 KPI：指标列只能写 KPI 的名称。`
    };
}

function namesNothing(name: string, service: Service | undefined, suggestions: readonly string[]): Localized {
    const where = service ? { en: `in service '${service.name}'`, zh: `在服务“${service.name}”中` } : { en: 'at the top level', zh: '在顶层' };
    const hint = suggestions.length > 0
        ? { en: ` Did you mean ${suggestions.map(candidate => `'${candidate}'`).join(' or ')}?`, zh: `是否要写 ${suggestions.map(candidate => `“${candidate}”`).join('或')}？` }
        : { en: ' Write a KPI name as a reference in the .svc file would (Service.Kpi for another service).', zh: '请按 .svc 文件中引用的写法填写 KPI 名称（其他服务的 KPI 写作“服务.KPI”）。' };
    const cell = quoteCell(name);
    return {
        en: `No KPI named ${cell.en} is in scope ${where.en}.${hint.en}`,
        'zh-CN': `${where.zh}找不到名为${cell.zh}的 KPI。${hint.zh}`
    };
}

const englishKind: Record<string, string> = {
    Standard: 'a standard', Actor: 'an actor', System: 'a system', Service: 'a service', Process: 'a process', Stage: 'a stage', Step: 'a step',
    Capacity: 'a capacity', ServicePromise: 'a promise', Feedback: 'a feedback channel', Improvement: 'an improvement',
    Measurements: 'a measurements element', Survey: 'a survey'
};

const chineseKind: Record<string, string> = {
    Standard: '服务标准', Actor: '角色', System: '系统', Service: '服务', Process: '流程', Stage: '阶段', Step: '步骤',
    Capacity: '产能', ServicePromise: '服务承诺', Feedback: '反馈渠道', Improvement: '改进项', Measurements: '指标数据', Survey: '问卷'
};
