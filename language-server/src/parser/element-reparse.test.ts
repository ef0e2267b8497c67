import { EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { syntaxTreeShape } from '../../../test/helpers/syntax-tree-kit.js';
import type { Model } from '../generated/ast.js';
import { createSvcServices } from '../svc-module.js';
import { reparseChangedElement } from './element-reparse.js';

const parser = createSvcServices(EmptyFileSystem).Svc.parser.LangiumParser;

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
    const reparsed = reparseChangedElement(previous, after, parser);
    const whole = parser.parse<Model>(after);
    return {
        reparsed,
        whole,
        /** How many top-level element objects of the old tree the new one kept. */
        kept: reparsed ? elementsBefore.filter(element => reparsed.value.elements.includes(element)).length : 0
    };
}

const elementCount = parser.parse<Model>(spec).value.elements.length;

describe('an edit strictly inside one top-level element parses only that element', () => {
    const inside: Array<[string, string]> = [
        ['a value inside a step', spec.replace('wait 5 min', 'wait 25 min')],
        ['lines added inside a service (the later elements move down)', spec.replace('      next Serve\n', '      next Serve\n      moment\n      duration 2 min\n')],
        ['lines removed inside a service', spec.replace('  // inside, before a member\n', '')],
        ['a CJK title lengthened', spec.replace('"到达"', '"到达柜台 𠀁"')],
        ['the first of two elements on one line edited (the second moves along the line)', spec.replace('actor 顾客 "顾客" customer', 'actor 顾客 "顾客 𠀀 很长的标题" customer')],
        ['a member added on the element\'s last line', spec.replace('  // last line inside\n}', '  // last line inside\n  actor Extra "Extra" backstage }')],
        ['a comment added inside', spec.replace('    bounds wait\n', '    bounds wait // the wait\n    /* block */\n')],
        ['the comment inside before the closing brace edited', spec.replace('// last line inside', '// 最后一行')],
        ['a member removed', spec.replace('    step Serve "Serve" by Clerk { duration 4 min next end }\n', '')],
        ['the last element edited (nothing after it moves)', spec.replace('target <= 10 min }', 'target <= 12 min kind soft }')]
    ];
    test.each(inside)('%s: the tree a whole parse gives, the other elements kept', (_label, after) => {
        const { reparsed, whole, kept } = edit(spec, after);
        expect(reparsed).toBeDefined();
        expect(syntaxTreeShape(reparsed!.value)).toEqual(syntaxTreeShape(whole.value));
        expect(reparsed!.value.$cstNode?.root.fullText).toBe(after);
        expect(kept).toBe(elementCount - 1);
    });
});

describe('any other edit is parsed whole', () => {
    const others: Array<[string, string]> = [
        ['an element created between two', spec.replace('system Ledger', 'actor New "New" support\nsystem Ledger')],
        ['an element removed', spec.replace('system Ledger "Ledger" support\n', '')],
        ['an edit across two elements', spec.replace('} // after the service\nsystem Ledger "Ledger"', '}\nsystem Books "Books"')],
        ['the first character of an element', spec.replace('system Ledger', 'System Ledger')],
        ['the closing brace removed', spec.replace('  // last line inside\n}', '  // last line inside\n')],
        ['a syntax error inside an element', spec.replace('bounds wait\n', 'bounds (((\n')],
        ['a block comment opened inside an element and never closed', spec.replace('wait 5 min', 'wait 5 min /* open')],
        ['a brace and a line comment that swallows the old closing brace, written before it', spec.replace('  // last line inside\n}', '  // last line inside\n} // }')],
        ['a second element written inside the first one\'s text', spec.replace('    bounds wait\n    target <= 15 min\n  }', '    bounds wait\n    target <= 15 min\n  }\n}\nservice Other {')],
        ['the last token changed: the lane of an actor', spec.replace('"柜员" frontstage', '"柜员" backstage')]
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
