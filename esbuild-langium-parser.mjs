// An esbuild plugin for the bundles: Langium's parser builder (langium/lib/parser/parser-builder-base.js)
// allocates, at every alternative, repetition, option and rule call the parser runs, fresh option objects
// and closures for Chevrotain; on 100k lines that is a tenth of `svc check`, in allocation and collection.
// Here a rule call without arguments (this grammar has no rule parameters) passes one shared empty argument
// object, and each alternative, repetition and option keeps what it built for the last argument object
// (Chevrotain only reads them): they are built once. Parsing is unchanged.
// A Langium whose code differs fails the build here, so that the patch is looked at again.
import { readFileSync } from 'node:fs';

const replacements = [
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

const helpers = `
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

export const langiumParserPatch = {
    name: 'langium-parser-patch',
    setup(build) {
        build.onLoad({ filter: /[\\/]langium[\\/]lib[\\/]parser[\\/]parser-builder-base\.js$/ }, ({ path }) => {
            let contents = readFileSync(path, 'utf-8');
            for (const [original, patched] of replacements) {
                if (!contents.includes(original)) throw new Error(`${path} changed: the parser patch (esbuild-langium-parser.mjs) no longer applies`);
                contents = contents.replace(original, patched);
            }
            return { contents: `${contents}\n${helpers}`, loader: 'js' };
        });
    }
};
