import type { AstNode } from 'langium';
import { isActor, isSystem, type Actor, type Lane, type System } from '../../generated/ast.js';
import { codeStyleAt, nameInStyle, titleInStyle } from './code-style.js';
import type { DocumentEdit } from './document-edits.js';
import { insertMember, scopeContainer } from './element-insertion.js';
import { uniqueName } from './unique-names.js';
import { plainlyVisible } from './visible-elements.js';

/** What a new performer of a lane is called when the spec has none. */
const newPerformer: Partial<Record<Lane, { name: { en: string; 'zh-CN': string }; title: { en: string; 'zh-CN': string } }>> = {
    customer: { name: { en: 'Customer', 'zh-CN': '顾客' }, title: { en: 'Customer', 'zh-CN': '顾客' } },
    frontstage: { name: { en: 'Staff', 'zh-CN': '服务人员' }, title: { en: 'Front-line staff', 'zh-CN': '一线服务人员' } }
};

/**
 * Who performs a new step of `lane` near `node`: the first actor (else system) of that lane
 * it can name plainly; else a new actor of that lane, declared among the actors (its name then taken).
 */
export function performerForLane(node: AstNode, lane: 'customer' | 'frontstage', taken: Set<string>): { name: string; edits: DocumentEdit[] } {
    const performers = plainlyVisible(node).filter((element): element is Actor | System => (isActor(element) || isSystem(element)) && element.lane === lane);
    const existing = performers.find(isActor) ?? performers[0];
    if (existing) return { name: existing.name, edits: [] };
    const style = codeStyleAt(node);
    const { name: names, title } = newPerformer[lane]!;
    const name = uniqueName(nameInStyle(names, style), taken);
    taken.add(name);
    const actor = { keyword: 'actor', name, title: titleInStyle(title, style), tail: lane };
    return { name, edits: [insertMember(scopeContainer(node), 'Actor', [actor])] };
}
