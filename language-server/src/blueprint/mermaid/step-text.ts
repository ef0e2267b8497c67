import type { StepModel } from '#protocol/blueprint-schema.js';
import type { StyleClass } from './styles.js';
import type { DiagramTexts } from './texts.js';

/** The step's title, or its name when it has none, with ★ for a moment of truth and ⚠ for a fail point. */
export function stepHeading(step: StepModel): string {
    const marks = `${step.moment ? '★' : ''}${step.fails.length > 0 ? '⚠' : ''}`;
    const name = displayName(step);
    return marks ? `${marks} ${name}` : name;
}

/** A title if it says something, else the name (identifiers are never empty). */
export function displayName(element: { name: string; title?: string }): string {
    return element.title?.trim() ? element.title : element.name;
}

/** `⏱ 12 min wait`, `takes 4 min`, amounts as written in the spec. */
export function stepTimes(step: StepModel, texts: DiagramTexts): string[] {
    return [
        isWaitPoint(step) && step.wait ? texts.wait(step.wait) : undefined,
        step.duration ? texts.duration(step.duration) : undefined
    ].filter((text): text is string => text !== undefined);
}

/** The classes that make fail points, wait points and moments of truth stand out. */
export function stepClasses(step: StepModel): StyleClass[] {
    const classes: StyleClass[] = [];
    if (step.fails.length > 0) classes.push('fail');
    if (isWaitPoint(step)) classes.push('wait');
    if (step.moment) classes.push('moment');
    return classes;
}

/** A stated wait of zero is no wait point. */
function isWaitPoint(step: StepModel): boolean {
    return step.wait !== undefined && step.waitMinutes !== 0;
}
