import { EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { exampleSpecs, randomSpecEdits } from '../../../test/helpers/spec-edits.js';
import { syntaxTreeShape } from '../../../test/helpers/syntax-tree-kit.js';
import type { Model } from '../generated/ast.js';
import { createNodeSvcServices } from '../svc-node-services.js';
import { reparseChangedElements } from './element-reparse.js';

const parser = createNodeSvcServices(EmptyFileSystem).Svc.parser.LangiumParser;

// Comments between and inside elements, two elements on one line, CJK names and titles (two code units each for 𠀀).
const spec = `// 柜台服务 — header comment
actor 顾客 "顾客" customer actor Clerk "柜员" frontstage
/* a block comment
   between elements */
service 柜台 "柜台 𠀀" {
  // inside, before a member
  standard WaitMax "Short wait" {
    bounds wait
    target <= 15 min
  }
  process Visit "Visit" {
    step Arrive "到达" by 顾客 {
      wait 5 min
      next Serve
    }
    step Serve "Serve" by Clerk { duration 4 min next end }
  } /* after the process */
  // last line inside
} // after the service
system Ledger "Ledger" support
standard Quick "Quick answer" { bounds wait target <= 10 min }
`;

/** Parses `before`, reads every range of its tree (as diagnostics do: composite nodes cache them), then edits it to `after`. */
function edit(before: string, after: string) {
    const previous = parser.parse<Model>(before);
    syntaxTreeShape(previous.value);
    const elementsBefore = [...previous.value.elements];
    const reparsed = reparseChangedElements(previous, after, parser);
    const whole = parser.parse<Model>(after);
    return {
        reparsed,
        whole,
        /** How many top-level element objects of the old tree the new one kept. */
        kept: reparsed ? elementsBefore.filter(element => reparsed.value.elements.includes(element)).length : 0
    };
}

const elementCount = parser.parse<Model>(spec).value.elements.length;

describe('an edit parses again only the top-level elements it spans', () => {
    // [what, the edited text, how many elements it replaces]
    const spanned: Array<[string, string, number]> = [
        ['a value inside a step', spec.replace('wait 5 min', 'wait 25 min'), 1],
        ['lines added inside a service (the later elements move down)', spec.replace('      next Serve\n', '      next Serve\n      moment\n      duration 2 min\n'), 1],
        ['lines removed inside a service', spec.replace('  // inside, before a member\n', ''), 1],
        ['a CJK title lengthened', spec.replace('"到达"', '"到达柜台 𠀁"'), 1],
        ['the first of two elements on one line edited (the second moves along the line)', spec.replace('actor 顾客 "顾客" customer', 'actor 顾客 "顾客 𠀀 很长的标题" customer'), 1],
        ['the second of two elements on one line edited (it begins inside the line)', spec.replace('actor Clerk "柜员" frontstage', 'actor Clerk "柜员 𠀀" frontstage'), 1],
        ['a member added on the element\'s last line', spec.replace('  // last line inside\n}', '  // last line inside\n  actor Extra "Extra" backstage }'), 1],
        ['a comment added inside', spec.replace('    bounds wait\n', '    bounds wait // the wait\n    /* block */\n'), 1],
        ['the comment inside before the closing brace edited', spec.replace('// last line inside', '// 最后一行'), 1],
        ['a member removed', spec.replace('    step Serve "Serve" by Clerk { duration 4 min next end }\n', ''), 1],
        ['the last element edited (nothing after it moves)', spec.replace('target <= 10 min }', 'target <= 12 min kind soft }'), 1],
        ['two elements edited at once', spec.replace('wait 5 min', 'wait 6 min').replace('"Quick answer"', '"快速答复"'), 3],
        ['an element created between two', spec.replace('system Ledger', 'actor New "New" support\nsystem Ledger'), 2],
        ['an element removed', spec.replace('system Ledger "Ledger" support\n', ''), 2],
        ['an edit across two elements', spec.replace('} // after the service\nsystem Ledger "Ledger"', '}\nsystem Books "Books"'), 2],
        ['a line break inserted right after an element\'s closing brace', spec.replace('} // after the service', '}\n // after the service'), 2],
        ['an element created after the last (the span runs to the end of the file)', `${spec}actor Last "Last" customer\n`, 1],
        ['a comment typed at the end of the file', `${spec}// 结束`, 1],
        ['the last element removed, up to the end of the file', spec.replace('standard Quick "Quick answer" { bounds wait target <= 10 min }\n', ''), 2],
        ['the comment between two elements edited', spec.replace('} // after the service', '} // } after the service'), 2],
        ['a second element written inside the first one\'s text', spec.replace('    bounds wait\n    target <= 15 min\n  }', '    bounds wait\n    target <= 15 min\n  }\n}\nservice Other {'), 1]
    ];
    test.each(spanned)('%s: the tree a whole parse gives, the other elements kept', (_label, after, replaced) => {
        const { reparsed, whole, kept } = edit(spec, after);
        expect(reparsed).toBeDefined();
        expect(syntaxTreeShape(reparsed!.value)).toEqual(syntaxTreeShape(whole.value));
        expect(reparsed!.value.$cstNode?.root.fullText).toBe(after);
        expect(kept).toBe(elementCount - replaced);
    });
});

describe('any other edit is parsed whole', () => {
    const others: Array<[string, string]> = [
        ['an element created before the first', `actor First "First" customer\n${spec.replace('// 柜台服务 — header comment\n', '')}`],
        ['the first character of an element', spec.replace('system Ledger', 'System Ledger')],
        ['the closing brace removed', spec.replace('  // last line inside\n}', '  // last line inside\n')],
        ['a syntax error inside an element', spec.replace('bounds wait\n', 'bounds (((\n')],
        ['a block comment opened inside an element and never closed', spec.replace('wait 5 min', 'wait 5 min /* open')],
        ['the last token changed: the lane of an actor', spec.replace('"柜员" frontstage', '"柜员" backstage')],
        ['an element written at the end of the file, unfinished', `${spec}service New {`]
    ];
    test.each(others)('%s', (_label, after) => {
        const { reparsed } = edit(spec, after);
        expect(reparsed).toBeUndefined();
    });

    test('an edit after a syntax error in another element: the error\'s recovery may depend on the whole file', () => {
        const broken = spec.replace('system Ledger "Ledger" support', 'system Ledger "Ledger" (((');
        expect(edit(broken, broken.replace('wait 5 min', 'wait 6 min')).reparsed).toBeUndefined();
    });
});

describe('random edits of the examples', () => {
    test('whenever the changed span is parsed alone, the tree is the one a whole parse gives', () => {
        let reparsedCount = 0;
        for (const { before, after } of randomSpecEdits(exampleSpecs(), 400, 7)) {
            const { reparsed, whole } = edit(before, after);
            if (!reparsed) continue;
            reparsedCount++;
            expect(whole.lexerErrors.length + whole.parserErrors.length).toBe(0);
            expect(syntaxTreeShape(reparsed.value)).toEqual(syntaxTreeShape(whole.value));
        }
        expect(reparsedCount).toBeGreaterThanOrEqual(30);
    });
});
