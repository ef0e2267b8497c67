import type { AstNode } from 'langium';
import { serviceElements } from '../../model/service-elements.js';
import { defineRule } from '../rule.js';

interface Args { name: string; service?: string }

export const duplicateName = defineRule<Args>({
    id: 'duplicate-name',
    severity: 'error',
    description: {
        en: 'Two elements share a name in one scope (a service, or the workspace for top-level elements).',
        'zh-CN': '同一作用域（服务内，或顶层元素所在的整个工作区）中有两个元素同名。'
    },
    message: {
        en: ({ name, service }) => service
            ? `Name '${name}' is declared more than once in service '${service}'; names must be unique within a service.`
            : `Name '${name}' is declared more than once in the workspace; top-level names must be unique.`,
        'zh-CN': ({ name, service }) => service
            ? `名称“${name}”在服务“${service}”中重复声明；服务内的名称必须唯一。`
            : `名称“${name}”在工作区中重复声明；顶层元素的名称必须唯一。`
    },
    beforeLinking: true,
    checks: {
        Model: (model, report, context) => {
            for (const element of model.elements) {
                if (element.name && context.topLevelNameCount(element.name) > 1) {
                    report({ node: element, property: 'name' }, { name: element.name });
                }
            }
        },
        Service: (service, report) => {
            const byName = new Map<string, AstNode[]>();
            for (const node of serviceElements(service)) {
                const name = node.name;
                if (!name) continue;
                const list = byName.get(name);
                if (list) list.push(node); else byName.set(name, [node]);
            }
            for (const [name, nodes] of byName) {
                if (nodes.length < 2) continue;
                for (const node of nodes) report({ node, property: 'name' }, { name, service: service.name });
            }
        }
    }
});

