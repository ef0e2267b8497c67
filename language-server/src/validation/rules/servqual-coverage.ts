import type { Dimension } from '../../generated/ast.js';
import { enumGlossary } from '../../i18n/domain-glossary.js';
import { standardsOfService } from '../../model/standards.js';
import { words } from '../message-format.js';
import { defineRule } from '../rule.js';

interface Args { service: string; missing: Dimension[] }

const servqualDimensions: Dimension[] = ['reliability', 'responsiveness', 'assurance', 'empathy', 'tangibles'];

/** `可靠性（reliability）`: the consultant's word, as hovers show it, and what to write after `dimension`. */
const chineseName = (dimension: Dimension) => `${enumGlossary.Dimension[dimension].term['zh-CN']}（${dimension}）`;

export const servqualCoverage = defineRule<Args>({
    id: 'servqual-coverage',
    severity: 'info',
    description: {
        en: "The service's standards miss SERVQUAL dimensions.",
        'zh-CN': '服务的标准没有覆盖全部 SERVQUAL 维度。'
    },
    message: {
        en: ({ service, missing }) => `Service '${service}' has no standard for the SERVQUAL ${missing.length === 1 ? 'dimension' : 'dimensions'} ${words(missing, 'en')}.`,
        'zh-CN': ({ service, missing }) => `服务“${service}”没有覆盖 SERVQUAL 维度：${words(missing.map(chineseName), 'zh-CN')}。`
    },
    beforeLinking: true,
    checks: {
        Service: (service, report) => {
            const covered = new Set(standardsOfService(service).map(standard => standard.dimension));
            const missing = servqualDimensions.filter(dimension => !covered.has(dimension));
            if (missing.length > 0) report({ node: service, property: 'name' }, { service: service.name, missing });
        }
    }
});
