import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices,
    type PartialLangiumSharedServices
} from 'langium/lsp';
import { SvcConfigProvider } from './config/config-provider.js';
import { SvcGeneratedModule, SvcGeneratedSharedModule } from './generated/module.js';
import { SvcLocale } from './i18n/locale.js';
import { SvcLexerErrorMessageProvider, SvcParserErrorMessageProvider } from './parser/syntax-messages.js';
import { SvcScopeComputation } from './scoping/svc-scope-computation.js';
import { SvcDocumentValidator } from './validation/svc-document-validator.js';
import { SvcDocumentBuilder } from './workspace/svc-document-builder.js';
import { SvcIndexManager } from './workspace/svc-index-manager.js';
import { SvcValidator } from './validation/svc-validator.js';

export interface SvcAddedServices {
    config: {
        ConfigProvider: SvcConfigProvider;
    };
    i18n: {
        Locale: SvcLocale;
    };
    validation: {
        SvcValidator: SvcValidator;
    };
}

export type SvcServices = LangiumServices & SvcAddedServices;

export const SvcModule: Module<SvcServices, PartialLangiumServices & SvcAddedServices> = {
    config: {
        ConfigProvider: () => new SvcConfigProvider()
    },
    i18n: {
        Locale: () => new SvcLocale()
    },
    parser: {
        ParserErrorMessageProvider: services => new SvcParserErrorMessageProvider(services.i18n.Locale),
        LexerErrorMessageProvider: services => new SvcLexerErrorMessageProvider(services.i18n.Locale)
    },
    references: {
        ScopeComputation: services => new SvcScopeComputation(services)
    },
    validation: {
        DocumentValidator: services => new SvcDocumentValidator(services),
        SvcValidator: services => new SvcValidator(services)
    }
};

/** Cross-file revalidation (see SvcDocumentBuilder). */
export const SvcSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        IndexManager: services => new SvcIndexManager(services),
        DocumentBuilder: services => new SvcDocumentBuilder(services)
    }
};

/** The shared services and the `.svc` language services, wired together. */
export function createSvcServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Svc: SvcServices } {
    const shared = inject(createDefaultSharedModule(context), SvcGeneratedSharedModule, SvcSharedModule);
    const Svc = inject(createDefaultModule({ shared }), SvcGeneratedModule, SvcModule);
    shared.ServiceRegistry.register(Svc);
    Svc.validation.SvcValidator.register(Svc.validation.ValidationRegistry);
    // Consultants expect the Problems panel to cover every spec of the folder, not only open ones.
    shared.workspace.WorkspaceManager.initialBuildOptions = { validation: true };
    if (!context.connection) {
        // Without a language client nobody configures the workspace; start at once.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Svc };
}
