import type { Dimension } from '../../generated/ast.js';
import { enumGlossary } from '../../i18n/domain-glossary.js';
import type { Locale } from '#protocol/locale.js';
import { isGapBelowThreshold, type DimensionGap } from '../../measured/servqual-gap.js';
import { formatNumber } from '../../model/format-quantity.js';
import { words } from '../message-format.js';
import { defineRule } from '../rule.js';

interface Args { survey: string; scale: number; gaps: DimensionGap[] }

export const servqualGap = defineRule<Args>({
    id: 'servqual-gap',
    severity: 'warn',
    description: {
        en: 'In a survey, customers perceive more than one point less than they expected in one or more SERVQUAL dimensions (gap 5).',
        'zh-CN': '问卷中，顾客在一个或多个 SERVQUAL 维度上的感知比期望低 1 分以上（差距 5）。'
    },
    message: {
        en: ({ survey, scale, gaps }) =>
            `Survey '${survey}' (scale 1 to ${scale}): customers perceive more than one point less than they expected in ${words(gaps.map(gap => dimensionGap(gap, 'en')), 'en')}.`,
        'zh-CN': ({ survey, scale, gaps }) =>
            `问卷“${survey}”（1 到 ${scale} 分）中，顾客感知比期望低 1 分以上的维度：${gaps.map(gap => dimensionGap(gap, 'zh-CN')).join('、')}。`
    },
    checks: {
        Survey: (survey, report, context) => {
            const data = context.measured.survey(survey);
            const gaps = data?.gaps.filter(gap => isGapBelowThreshold(gap.gap)) ?? [];
            if (data && gaps.length > 0) report({ node: survey, property: 'name' }, { survey: survey.name, scale: data.scale, gaps });
        }
    }
});

/** `reliability (mean expectation 4.67, mean perception 3.33, gap -1.33)`, `可靠性（平均期望 4.67，平均感知 3.33，差距 -1.33）` */
function dimensionGap({ dimension, meanExpectation, meanPerception, gap }: DimensionGap, locale: Locale): string {
    const [expectation, perception, difference] = [meanExpectation, meanPerception, gap].map(formatNumber);
    return locale === 'zh-CN'
        ? `${chineseName(dimension)}（平均期望 ${expectation}，平均感知 ${perception}，差距 ${difference}）`
        : `${dimension} (mean expectation ${expectation}, mean perception ${perception}, gap ${difference})`;
}

const chineseName = (dimension: Dimension) => enumGlossary.Dimension[dimension].term['zh-CN'];
