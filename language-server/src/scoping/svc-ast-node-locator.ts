import { DefaultAstNodeLocator, type AstNode } from 'langium';

/**
 * Langium's node paths (`/elements@3/processes@0`), joined in one go: Langium concatenates
 * them level by level, and V8 keeps each such string as a tree of pieces; the index holds
 * one path per named element and two per reference (about 30 MB of pieces for 100k lines).
 */
export class SvcAstNodeLocator extends DefaultAstNodeLocator {
    override getAstNodePath(node: AstNode): string {
        const segments: string[] = [];
        for (let current = node; current.$container; current = current.$container) segments.push(this.getPathSegment(current));
        if (segments.length === 0) return '';
        segments.push('');
        return segments.reverse().join(this.segmentSeparator);
    }
}
