import { parse } from 'parse5';

/*
 * HTML read as a browser reads it (parse5 implements the WHATWG parser), so a
 * test sees the elements and attributes a browser would create — not what a
 * regular expression guesses.
 */

interface Node {
    nodeName: string;
    tagName?: string;
    attrs?: Array<{ name: string; value: string }>;
    childNodes?: Node[];
    content?: Node;
}

export interface Element {
    tagName: string;
    attrs: Map<string, string>;
}

/** Every element of the page, `<template>` contents included. */
export function elementsOf(html: string): Element[] {
    const elements: Element[] = [];
    const visit = (node: Node) => {
        if (node.tagName) elements.push({ tagName: node.tagName.toLowerCase(), attrs: new Map((node.attrs ?? []).map(attr => [attr.name.toLowerCase(), attr.value])) });
        for (const child of node.childNodes ?? []) visit(child);
        if (node.content) visit(node.content);
    };
    visit(parse(html) as unknown as Node);
    return elements;
}

/** Elements that run or embed something, whatever their attributes. */
const activeElements = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'applet', 'base', 'form', 'link', 'img', 'video', 'audio', 'source']);
const urlAttributes = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'poster', 'srcdoc']);

/**
 * What could run script or reach out in this page: script-like elements
 * (besides `allowed`), event-handler attributes, `javascript:`/`data:text/html`
 * URLs (as browsers strip blanks and controls before the scheme).
 */
export function activeContent(html: string, allowed: ReadonlySet<string> = new Set()): string[] {
    const found: string[] = [];
    for (const element of elementsOf(html)) {
        if (activeElements.has(element.tagName) && !allowed.has(element.tagName)) found.push(`<${element.tagName}>`);
        if (element.tagName === 'meta' && element.attrs.get('http-equiv')?.toLowerCase() === 'refresh') found.push('<meta refresh>');
        for (const [name, value] of element.attrs) {
            if (name.startsWith('on')) found.push(`<${element.tagName} ${name}>`);
            const url = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
            if (urlAttributes.has(name) && (url.startsWith('javascript:') || url.startsWith('vbscript:') || url.startsWith('data:text/html'))) {
                found.push(`<${element.tagName} ${name}="${value}">`);
            }
            if (name === 'style' && /javascript:|expression\(|url\(/i.test(value)) found.push(`<${element.tagName} style>`);
        }
    }
    return found;
}

/** The text a reader sees: all text nodes, entities decoded. */
export function textOf(html: string): string {
    const parts: string[] = [];
    const visit = (node: Node & { value?: string }) => {
        if (node.nodeName === '#text' && node.value) parts.push(node.value);
        for (const child of node.childNodes ?? []) visit(child);
    };
    visit(parse(html) as unknown as Node);
    return parts.join('');
}
