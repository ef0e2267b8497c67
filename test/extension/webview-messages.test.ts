import { describe, expect, it } from 'vitest';
import { parseWebviewMessage } from '../../extension/src/preview/webview-messages.js';

const view = { scale: 0.42, part: 0, parts: 6, drawing: { left: 12, top: 12, right: 688, bottom: 400.5 }, viewport: { width: 700, height: 900 } };

describe('messages from the webview', () => {
    it.each([
        { type: 'ready' },
        { type: 'reveal', stepId: '受理申请' },
        { type: 'rendered', renderKey: 'abc-def-12', diagrams: 2, pending: 0, nodes: 14, failed: 0, view },
        { type: 'selectView', view: 'standards' },
        { type: 'selectService', service: 'ReturnRefund' },
        { type: 'selectProcess', process: 'Refund' },
        { type: 'selectProcess', process: null },
        { type: 'export', format: 'html' },
        { type: 'exportImages', requestId: 3, format: 'png', images: [{ title: 'Refund', data: 'iVBORw0KGgo=' }] },
        { type: 'exportFailed', requestId: 3, message: 'boom' }
    ])('accepts $type', message => {
        expect(parseWebviewMessage(message)).toEqual(message);
    });

    it.each([
        ['nothing', undefined],
        ['a string', 'reveal'],
        ['an array', [{ type: 'ready' }]],
        ['an unknown type', { type: 'runCommand', command: 'workbench.action.terminal.new' }],
        ['no type', { stepId: 'A' }],
        ['an extra field', { type: 'reveal', stepId: 'A', command: 'x' }],
        ['an empty step id', { type: 'reveal', stepId: '' }],
        ['a step id that is not a string', { type: 'reveal', stepId: { toString: 'A' } }],
        ['an unknown view', { type: 'selectView', view: 'gantt' }],
        ['an unknown export format', { type: 'export', format: 'pdf' }],
        ['negative counts', { type: 'rendered', renderKey: 'k', diagrams: -1, pending: 0, nodes: 0, failed: 0, view }],
        ['fractional counts', { type: 'rendered', renderKey: 'k', diagrams: 1.5, pending: 0, nodes: 0, failed: 0, view }],
        ['a drawing without its count of diagrams still to draw', { type: 'rendered', renderKey: 'k', diagrams: 1, nodes: 0, failed: 0, view }],
        ['a negative count of diagrams still to draw', { type: 'rendered', renderKey: 'k', diagrams: 1, pending: -1, nodes: 0, failed: 0, view }],
        ['a drawing without its view', { type: 'rendered', renderKey: 'k', diagrams: 1, pending: 0, nodes: 0, failed: 0 }],
        ['a zero scale', { type: 'rendered', renderKey: 'k', diagrams: 1, pending: 0, nodes: 0, failed: 0, view: { ...view, scale: 0 } }],
        ['a position that is not a number', { type: 'rendered', renderKey: 'k', diagrams: 1, pending: 0, nodes: 0, failed: 0, view: { ...view, drawing: { ...view.drawing, left: null } } }],
        ['export images without a request id', { type: 'exportImages', format: 'svg', images: [] }],
        ['export images of a text format', { type: 'exportImages', requestId: 1, format: 'markdown', images: [] }],
        ['an image that is not text', { type: 'exportImages', requestId: 1, format: 'svg', images: [{ title: 't', data: 42 }] }],
        ['an oversized step id', { type: 'reveal', stepId: 'x'.repeat(1_001) }],
        ['a prototype trick', JSON.parse('{"type":"ready","__proto__":{"polluted":true}}')]
    ])('rejects %s', (_, message) => {
        expect(parseWebviewMessage(message)).toBeUndefined();
    });
});
