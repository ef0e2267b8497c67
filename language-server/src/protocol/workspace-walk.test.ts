import { describe, expect, test } from 'vitest';
import { SvcLanguageMetaData } from '../generated/module.js';
import { isWalkedEntry, specFileExtension } from './workspace-walk.js';

describe('what opening a folder walks', () => {
    test('every folder but hidden ones, node_modules and out', () => {
        expect(['data', '数据', 'node_modules', 'out', '.git', '.vscode', 'output'].filter(name => isWalkedEntry(name, 'directory')))
            .toEqual(['data', '数据', 'output']);
    });

    test('the specs only: not hidden ones, not the config file, not data, not what is neither file nor folder', () => {
        expect(['a.svc', '门诊.svc', '.draft.svc', 'svc.config.json', 'k.csv', 'a.svc.bak', 'A.SVC'].filter(name => isWalkedEntry(name, 'file')))
            .toEqual(['a.svc', '门诊.svc']);
        expect(isWalkedEntry('fifo.svc', 'other')).toBe(false);
    });

    test('a spec is what the language is registered for', () => {
        expect(SvcLanguageMetaData.fileExtensions).toEqual([specFileExtension]);
    });
});
