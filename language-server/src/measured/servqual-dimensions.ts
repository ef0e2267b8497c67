import type { Dimension } from '../generated/ast.js';
import { enumGlossary, enumValues } from '../i18n/domain-glossary.js';
import { parsed, problem, type Parsed } from './parse-result.js';
import { quoteCell } from './quote-cell.js';

const dimensions = enumValues('Dimension');
const chineseName = (dimension: Dimension) => enumGlossary.Dimension[dimension].term['zh-CN'];

/** Each dimension by its id and by its Chinese name (`有形性`), lower case. */
const dimensionByName = new Map<string, Dimension>(
    dimensions.flatMap(dimension => [[dimension, dimension], [chineseName(dimension), dimension]] as const));

/** The SERVQUAL dimension a survey's `dimension` cell names, by id or Chinese name, in any case. */
export function parseServqualDimension(text: string): Parsed<Dimension> {
    const dimension = dimensionByName.get(text.trim().toLowerCase());
    if (dimension) return parsed(dimension);
    const cell = quoteCell(text);
    return problem(
        `${cell.en} is not a SERVQUAL dimension: write one of ${dimensions.join(', ')} (or ${dimensions.map(chineseName).join(', ')}).`,
        `${cell.zh}不是 SERVQUAL 维度：请写以下之一：${dimensions.map(chineseName).join('、')}（或 ${dimensions.join('、')}）。`);
}
