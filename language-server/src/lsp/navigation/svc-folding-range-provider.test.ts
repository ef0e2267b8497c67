import { EmptyFileSystem } from 'langium';
import { expectFoldings } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { FoldingRangeKind } from 'vscode-languageserver';
import { createNodeSvcServices } from '../../svc-node-services.js';

const services = () => createNodeSvcServices(EmptyFileSystem).Svc;

describe('folding ranges', () => {
    test('blocks of three lines or more fold up to the line before their closing brace', async () => {
        await expectFoldings(services())({
            text: `<|service 开户 {
  standard 快速 { target <= 5 min }
  <|process 主流程 {
    <|stage 到店 {
      <|step 取号 by 客户 {
        next end|>
      }|>
    }|>
  }|>
}`
        });
    });

    test('an element spread over lines without a block does not fold', async () => {
        await expectFoldings(services())({
            text: 'actor A\n  "title"\n  frontstage\n<|service S {\n  promise P\n    <=\n    20 min|>\n}'
        });
    });

    test('block comments and runs of two or more own-line comments fold as comments', async () => {
        await expectFoldings(services())({
            text: `/*
 * 个人开户
 */
// 第一行
// 第二行
service S { }
// alone

// a run
// continues
// ends here

actor A "t" frontstage // after code
// not joined to the comment after code`,
            assert: foldings => {
                expect(foldings.map(folding => [folding.startLine, folding.endLine, folding.kind])).toEqual([
                    [0, 1, FoldingRangeKind.Comment], [3, 4, FoldingRangeKind.Comment], [8, 10, FoldingRangeKind.Comment]
                ]);
            }
        });
    });
});
