import { describe, expect, test } from 'vitest';
import { ErrorCodes, type Message } from 'vscode-languageserver/node';
import { LifecycleGate } from './lifecycle-gate.js';

const request = (id: number, method: string, params?: object): Message => ({ jsonrpc: '2.0', id, method, params } as Message);
const notification = (method: string): Message => ({ jsonrpc: '2.0', method } as Message);
const hover = (position: unknown) => request(9, 'textDocument/hover', { textDocument: { uri: 'file:///a.svc' }, position });

describe('the lifecycle gate', () => {
    test('before initialize: requests refused with ServerNotInitialized, notifications dropped but exit', () => {
        const gate = new LifecycleGate();
        expect(gate.check(hover({ line: 0, character: 0 }))?.error?.code).toBe(ErrorCodes.ServerNotInitialized);
        expect(gate.check(notification('textDocument/didOpen'))).toBeNull();
        expect(gate.check(notification('exit'))).toBeUndefined();
        expect(gate.check(request(1, 'initialize', {}))).toBeUndefined();
        expect(gate.check(notification('initialized'))).toBeUndefined();
        expect(gate.check(request(2, 'initialize', {}))?.error?.code).toBe(ErrorCodes.InvalidRequest);
    });

    test('after shutdown: requests refused with InvalidRequest; shutdownReceived for the exit code', () => {
        const gate = new LifecycleGate();
        gate.check(request(1, 'initialize', {}));
        expect(gate.shutdownReceived).toBe(false);
        expect(gate.check(request(2, 'shutdown'))).toBeUndefined();
        expect(gate.shutdownReceived).toBe(true);
        expect(gate.check(hover({ line: 0, character: 0 }))?.error?.code).toBe(ErrorCodes.InvalidRequest);
        expect(gate.check(notification('exit'))).toBeUndefined();
    });

    test('positions and ranges must be whole numbers from 0; the message follows the locale', () => {
        let locale: 'en' | 'zh-CN' = 'en';
        const gate = new LifecycleGate(() => locale);
        gate.check(request(1, 'initialize', {}));
        expect(gate.check(hover({ line: 3, character: 18 }))).toBeUndefined();
        expect(gate.check(hover({ line: 99_999, character: 0 }))).toBeUndefined();
        for (const bad of [undefined, null, { line: '3', character: 1 }, { line: -1, character: 0 }, { line: 0.5, character: 0 }, { line: 0 }]) {
            expect(gate.check(hover(bad))?.error?.code, JSON.stringify(bad)).toBe(ErrorCodes.InvalidParams);
        }
        expect(gate.check(request(3, 'textDocument/inlayHint', { textDocument: { uri: 'u' }, range: { start: { line: 0, character: 0 } } }))?.error?.code)
            .toBe(ErrorCodes.InvalidParams);
        expect(gate.check(request(4, 'svc/blueprint', { position: 'anything' }))).toBeUndefined();
        locale = 'zh-CN';
        expect(gate.check(hover({ line: -1, character: 0 }))?.error?.message).toContain('不是有效的位置');
    });
});
