// An esbuild plugin for the bundles: changes to Langium's parsing for speed and garbage, each
// described where it is made. Langium's parser builder (langium/lib/parser/parser-builder-base.js)
// allocates, at every alternative, repetition, option and rule call the parser runs, fresh option objects
// and closures for Chevrotain; on 100k lines that is a tenth of `svc check`, in allocation and collection.
// Here a rule call without arguments (this grammar has no rule parameters) passes one shared empty argument
// object, and each alternative, repetition and option keeps what it built for the last argument object
// (Chevrotain only reads them): they are built once. Parsing is unchanged.
// A Langium whose code differs fails the build here, so that the patch is looked at again.
import { readFileSync } from 'node:fs';

const parserBuilderReplacements = [
    [
        'const predicate = ruleCall.arguments.length > 0 ? buildRuleCallPredicate(rule, ruleCall.arguments) : () => ({});',
        'const predicate = ruleCall.arguments.length > 0 ? buildRuleCallPredicate(rule, ruleCall.arguments) : () => NO_ARGUMENTS;'
    ],
    [
        `        return (args) => ctx.parser.alternatives(idx, methods.map(method => {
            const alt = {
                ALT: () => method.ALT(args)
            };
            const gate = method.GATE;
            if (gate) {
                alt.GATE = () => gate(args);
            }
            return alt;
        }));`,
        `        return reusedFor(args => methods.map(method => {
            const alt = {
                ALT: () => method.ALT(args)
            };
            const gate = method.GATE;
            if (gate) {
                alt.GATE = () => gate(args);
            }
            return alt;
        }), alts => ctx.parser.alternatives(idx, alts));`
    ],
    [
        '    return (args) => methods.forEach(method => method(args));',
        '    return (args) => { for (const method of methods) method(args); };'
    ],
    [
        `        return (args) => ctx.parser.many(idx, {
            DEF: () => method(args),
            GATE: gate ? () => gate(args) : undefined
        });`,
        `        return reusedFor(args => ({
            DEF: () => method(args),
            GATE: gate ? () => gate(args) : undefined
        }), options => ctx.parser.many(idx, options));`
    ],
    [
        `        return (args) => ctx.parser.optional(idx, {
            DEF: () => method(args),
            GATE: gate ? () => gate(args) : undefined
        });`,
        `        return reusedFor(args => ({
            DEF: () => method(args),
            GATE: gate ? () => gate(args) : undefined
        }), options => ctx.parser.optional(idx, options));`
    ]
];

const parserBuilderHelpers = `
const NO_ARGUMENTS = Object.freeze({});
/** A parser step whose Chevrotain options are built once per argument object. */
function reusedFor(build, run) {
    let lastArgs, built;
    return (args) => {
        if (built === undefined || args !== lastArgs) {
            lastArgs = args;
            built = build(args);
        }
        return run(built);
    };
}
`;

// In langium/lib/parser/langium-parser.js: a datatype rule called from a datatype rule (`Name` from
// `QualifiedName`, `NameOtherThanEnd` from `Name`) adds its tokens to the caller's value and CST node, as a
// fragment would, instead of building a composite CST node and a value of its own that the caller then
// appends: 88k of the 250k composite nodes of the 100-file bench workspace, ~6 % of `svc check`. Every
// token keeps its datatype node, assignment and AST node; the caller's value is the same as long as a
// datatype rule's conversion is the identity inside another (true of this grammar's string rules).
// An AST node starts with the `$` properties Langium adds later (CST node, container), so V8 gives them
// room in the object: added after parsing they grew each node's property store (~4 % of `svc check`).
// language-server/src/parser/langium-parser-patch.test.ts compares both parsers' trees and errors.
const langiumParserReplacements = [
    [
        `                const node = { $type };`,
        `                const node = { $type, $cstNode: undefined, $container: undefined, $containerProperty: undefined, $containerIndex: undefined };`
    ],
    [
        `            const createNode = !this.isRecording() && $type !== undefined;`,
        `            const createNode = !this.isRecording() && $type !== undefined && !this.inDatatypeRule();`
    ],
    [
        `    subrule(idx, rule, fragment, feature, args) {
        let cstNode;
        if (!this.isRecording() && !fragment) {`,
        `    inDatatypeRule() {
        return this.stack.length > 0 && isDataTypeNode(this.stack[this.stack.length - 1]);
    }
    subrule(idx, rule, fragment, feature, args) {
        fragment ||= !this.isRecording() && this.inDatatypeRule();
        let cstNode;
        if (!this.isRecording() && !fragment) {`
    ]
];

// In langium/lib/utils/ast-utils.js: the properties with a default value (lists, flags) that each new AST
// node is given, listed once per type instead of an `Object.values` of all its properties per node; and the
// link of each parsed node to its container without an `Object.entries` array and a closure per node (the
// same properties in the same order; ~3 % of svc check, mostly less garbage).
const astUtilsReplacements = [
    [
        `    for (const property of Object.values(typeMetaData.properties)) {`,
        `    for (const property of defaultedProperties(typeMetaData)) {`
    ],
    [
        `    for (const [name, value] of Object.entries(node)) {
        if (!name.startsWith('$')) {
            if (Array.isArray(value)) {
                value.forEach((item, index) => {
                    if (isAstNode(item)) {`,
        `    for (const name in node) {
        const value = node[name];
        if (name.charCodeAt(0) !== 36 && typeof value === 'object' && value !== null) {
            if (Array.isArray(value)) {
                for (let index = 0; index < value.length; index++) {
                    const item = value[index];
                    if (isAstNode(item)) {`
    ],
    [
        `                        if (options.deep) {
                            linkContentToContainer(item, options);
                        }
                    }
                });
            }`,
        `                        if (options.deep) {
                            linkContentToContainer(item, options);
                        }
                    }
                }
            }`
    ]
];

const astUtilsHelpers = `
const defaultedPropertyLists = new WeakMap();
function defaultedProperties(typeMetaData) {
    let list = defaultedPropertyLists.get(typeMetaData);
    if (!list) defaultedPropertyLists.set(typeMetaData, list = Object.values(typeMetaData.properties).filter(property => property.defaultValue !== undefined));
    return list;
}
`;

const patches = [
    { file: 'parser/parser-builder-base.js', replacements: parserBuilderReplacements, helpers: parserBuilderHelpers },
    { file: 'parser/langium-parser.js', replacements: langiumParserReplacements, helpers: '' },
    { file: 'utils/ast-utils.js', replacements: astUtilsReplacements, helpers: astUtilsHelpers }
];

/** The file's text with each replacement made; a Langium whose code differs fails the build. */
function patched(path, contents, pairs) {
    for (const [original, replacement] of pairs) {
        if (!contents.includes(original)) throw new Error(`${path} changed: the parser patch (esbuild-langium-parser.mjs) no longer applies`);
        contents = contents.replace(original, replacement);
    }
    return contents;
}

export const langiumParserPatch = {
    name: 'langium-parser-patch',
    setup(build) {
        for (const { file, replacements, helpers } of patches) {
            const filter = new RegExp(`[\\\\/]langium[\\\\/]lib[\\\\/]${file.replace('/', '[\\\\/]').replace('.', '\\.')}$`);
            build.onLoad({ filter }, ({ path }) => ({ contents: `${patched(path, readFileSync(path, 'utf-8'), replacements)}\n${helpers}`, loader: 'js' }));
        }
    }
};
