import { distance } from 'fastest-levenshtein';
import type { AstNode, IndexManager } from 'langium';
import { isKpi, isService, type Kpi, type Service } from '../generated/ast.js';
import type { Localized } from '../i18n/locale.js';
import { serviceElements } from '../model/service-elements.js';

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
    /** The workspace's exported names (top-level names and `Service.Member`), each with its elements. */
    private readonly exported = new Map<string, AstNode[]>();
    private readonly inScope = new Map<Service | undefined, string[]>();

    constructor(index: IndexManager) {
        for (const description of index.allElements()) {
            const node = description.node;
            if (!node) continue;
            const nodes = this.exported.get(description.name);
            if (nodes) nodes.push(node); else this.exported.set(description.name, [node]);
        }
    }

    /** `service`: the service the data element stands in; undefined at the top level. */
    resolve(name: string, service: Service | undefined): KpiLookup {
        const found = (service && localNamed(service, name)) ?? this.exported.get(name)?.[0];
        if (isKpi(found)) return { ok: true, kpi: found };
        const suggestions = this.closest(name, service);
        return { ok: false, problem: found ? namesOther(name, found) : namesNothing(name, service, suggestions), suggestions };
    }

    /** KPI names as a data file of this scope writes them, nearest first. */
    private closest(name: string, service: Service | undefined): string[] {
        const folded = name.toLowerCase();
        return this.namesInScope(service)
            // `AvgWait` at the top level most likely means `Counter.AvgWait`.
            .map(candidate => ({ candidate, cost: candidate.toLowerCase().endsWith(`.${folded}`) ? 0.5 : distance(folded, candidate.toLowerCase()) }))
            .filter(({ candidate, cost }) => cost <= Math.max(2, Math.floor(candidate.length / 3)))
            .sort((a, b) => a.cost - b.cost || a.candidate.localeCompare(b.candidate))
            .slice(0, maxSuggestions)
            .map(({ candidate }) => candidate);
    }

    private namesInScope(service: Service | undefined): string[] {
        let names = this.inScope.get(service);
        if (!names) {
            const local = service ? serviceElements(service).filter(isKpi).map(kpi => kpi.name) : [];
            const exported = [...this.exported].filter(([, nodes]) => nodes.some(isKpi)).map(([exportedName]) => exportedName);
            names = [...new Set([...local, ...exported])];
            this.inScope.set(service, names);
        }
        return names;
    }
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
    return {
        en: `'${name}' names a ${found.$type.toLowerCase()}, not a KPI: the kpi column takes KPI names.`,
        'zh-CN': `“${name}”指向的是${chineseKind[found.$type] ?? found.$type}，不是 KPI：指标列只能写 KPI 的名称。`
    };
}

function namesNothing(name: string, service: Service | undefined, suggestions: readonly string[]): Localized {
    const where = service ? { en: `in service '${service.name}'`, zh: `在服务“${service.name}”中` } : { en: 'at the top level', zh: '在顶层' };
    const hint = suggestions.length > 0
        ? { en: ` Did you mean ${suggestions.map(candidate => `'${candidate}'`).join(' or ')}?`, zh: `是否要写 ${suggestions.map(candidate => `“${candidate}”`).join('或')}？` }
        : { en: ' Write a KPI name as a reference in the .svc file would (Service.Kpi for another service).', zh: '请按 .svc 文件中引用的写法填写 KPI 名称（其他服务的 KPI 写作“服务.KPI”）。' };
    return {
        en: `No KPI named '${name}' is in scope ${where.en}.${hint.en}`,
        'zh-CN': `${where.zh}找不到名为“${name}”的 KPI。${hint.zh}`
    };
}

const chineseKind: Record<string, string> = {
    Standard: '服务标准', Actor: '角色', System: '系统', Service: '服务', Process: '流程', Stage: '阶段', Step: '步骤',
    Capacity: '产能', ServicePromise: '服务承诺', Feedback: '反馈渠道', Improvement: '改进项', Measurements: '指标数据', Survey: '问卷'
};
