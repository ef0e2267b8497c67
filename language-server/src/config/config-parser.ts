import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { configMessages, type ConfigProblem } from './config-errors.js';
import { svcConfigSchema, type SvcConfig } from './config-schema.js';

export interface ParsedConfig {
    config: SvcConfig;
    problems: ConfigProblem[];
}

/** Parses and validates the text of `svc.config.json`; never throws. */
export function parseConfig(text: string): ParsedConfig {
    const errors: ParseError[] = [];
    const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    if (errors.length > 0 || !tree) {
        const problems = errors.map(error => ({
            offset: error.offset,
            length: Math.max(error.length, 1),
            message: configMessages.malformed(describeJsonError(printParseErrorCode(error.error)))
        }));
        if (problems.length === 0) problems.push({ offset: 0, length: 1, message: configMessages.malformed('the file is empty') });
        return { config: {}, problems };
    }
    const value: unknown = JSON.parse(text);
    const result = svcConfigSchema.safeParse(value);
    if (result.success) return { config: result.data, problems: [] };
    const problems: ConfigProblem[] = [];
    for (const issue of result.error.issues) {
        const path = issue.path.map(String);
        if (issue.code === 'unrecognized_keys') {
            for (const key of issue.keys) {
                const place = keyNode(tree, [...path, key]);
                const message = path[0] === 'rules' ? configMessages.unknownRule(key) : configMessages.unknownSetting(key);
                problems.push({ ...span(place), message });
            }
            continue;
        }
        const place = findNodeAtLocation(tree, path);
        const shown = place ? text.substring(place.offset, place.offset + place.length) : '';
        if (issue.code === 'invalid_value' && path[0] === 'rules') {
            problems.push({ ...span(place), message: configMessages.badSeverity(path[1], shown) });
        } else if (issue.code === 'invalid_value' && path[0] === 'locale') {
            problems.push({ ...span(place), message: configMessages.badLocale(shown) });
        } else {
            const expected = issue.code === 'invalid_type' ? issue.expected === 'object' || issue.expected === 'record' ? 'an object' : `a ${issue.expected}` : 'valid';
            problems.push({ ...span(place ?? tree), message: configMessages.wrongType(path.join('.'), expected) });
        }
    }
    return { config: {}, problems };
}

/** The key of a property, so an unknown id is underlined itself. */
function keyNode(tree: Node, path: string[]): Node | undefined {
    return findNodeAtLocation(tree, path)?.parent?.children?.[0];
}

function span(node: Node | undefined): { offset: number; length: number } {
    return node ? { offset: node.offset, length: node.length } : { offset: 0, length: 1 };
}

function describeJsonError(code: string): string {
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
