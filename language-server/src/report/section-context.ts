import type { ServiceModel } from '#protocol/blueprint-schema.js';
import type { Locale } from '#protocol/locale.js';
import { reportLabels, type ReportLabels } from './report-labels.js';
import type { ReportInput } from './report-input.js';
import { term, type VocabularyName } from './report-vocabulary.js';
import { ServiceLookup } from './service-lookup.js';

/** What every section builder needs: the input, the reader's words and lookups into the service. */
export class SectionContext {
    readonly service: ServiceModel;
    readonly locale: Locale;
    readonly labels: ReportLabels;
    readonly lookup: ServiceLookup;

    constructor(readonly input: ReportInput) {
        this.service = input.service;
        this.locale = input.locale;
        this.labels = reportLabels[input.locale];
        this.lookup = new ServiceLookup(input.service);
    }

    /** A language keyword in the reader's words, or the blank mark. */
    term(vocabulary: VocabularyName, keyword: string | undefined): string {
        return this.text(term(vocabulary, keyword, this.locale));
    }

    /** The value, or the blank mark when it is missing or empty. */
    text(value: string | number | undefined): string {
        return value === undefined || value === '' ? this.labels.none : String(value);
    }

    /** References in one cell, or the blank mark. */
    list(values: readonly string[]): string {
        return values.length > 0 ? values.join(this.labels.listSeparator) : this.labels.none;
    }

    /** An element as `Title (Name)`, or its name alone when it has no title of its own. */
    titled(element: { name: string; title?: string }): string {
        return element.title && element.title !== element.name ? this.labels.titled(element.title, element.name) : element.name;
    }

    performer(reference: string | undefined): string {
        return this.text(this.lookup.performer(reference, this.labels.titled));
    }
}
