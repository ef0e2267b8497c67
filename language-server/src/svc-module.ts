import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices,
    type PartialLangiumSharedServices
} from 'langium/lsp';
import { SvcConfigProvider } from './config/config-provider.js';
import type { WorkspaceFiles } from './files/workspace-files.js';
import { SvcGeneratedModule, SvcGeneratedSharedModule } from './generated/module.js';
import { SvcCodeActionProvider } from './lsp/code-actions/svc-code-action-provider.js';
import { SvcLocale } from '#protocol/locale.js';
import { MeasuredData } from './measured/measured-data.js';
import { SvcCompletionProvider } from './lsp/completion/svc-completion-provider.js';
import { SvcFormatter } from './lsp/formatting/svc-formatter.js';
import { SvcHoverProvider } from './lsp/hover/svc-hover-provider.js';
import { SvcCodeLensProvider } from './lsp/code-lens/svc-code-lens-provider.js';
import { SvcInlayHintProvider } from './lsp/inlay-hints/svc-inlay-hint-provider.js';
import { SvcDefinitionProvider } from './lsp/navigation/svc-definition-provider.js';
import { SvcDocumentHighlightProvider } from './lsp/navigation/svc-document-highlight-provider.js';
import { SvcDocumentSymbolProvider } from './lsp/navigation/svc-document-symbol-provider.js';
import { SvcFoldingRangeProvider } from './lsp/navigation/svc-folding-range-provider.js';
import { SvcNodeKindProvider } from './lsp/navigation/svc-node-kind-provider.js';
import { SvcRenameProvider } from './lsp/navigation/svc-rename-provider.js';
import { SvcWorkspaceSymbolProvider } from './lsp/navigation/svc-workspace-symbol-provider.js';
import { SvcSemanticTokenProvider } from './lsp/semantic-tokens/svc-semantic-token-provider.js';
import { SvcLexerErrorMessageProvider, SvcParserErrorMessageProvider } from './parser/syntax-messages.js';
import { SvcValueConverter } from './parser/svc-value-converter.js';
import { SvcScopeComputation } from './scoping/svc-scope-computation.js';
import { SvcLinker } from './scoping/svc-linker.js';
import { SvcAstNodeDescriptionProvider } from './scoping/svc-node-descriptions.js';
import { SvcReferenceDescriptionProvider } from './scoping/svc-reference-descriptions.js';
import { SvcScopeProvider } from './scoping/svc-scope-provider.js';
import { SvcAstNodeLocator } from './scoping/svc-ast-node-locator.js';
import { SvcDocumentUpdateHandler } from './lsp/data-files/svc-document-update-handler.js';
import { SvcDocumentValidator } from './validation/svc-document-validator.js';
import { SvcWorkspaceManager } from './workspace/svc-workspace-manager.js';
import { SvcDocumentBuilder } from './workspace/svc-document-builder.js';
import { SvcDocumentFactory } from './workspace/svc-document-factory.js';
import { SvcIndexManager } from './workspace/svc-index-manager.js';
import { SvcValidator } from './validation/svc-validator.js';

export interface SvcAddedServices {
    files: {
        WorkspaceFiles: WorkspaceFiles;
    };
    config: {
        ConfigProvider: SvcConfigProvider;
    };
    i18n: {
        Locale: SvcLocale;
    };
    validation: {
        SvcValidator: SvcValidator;
    };
    measured: {
        MeasuredData: MeasuredData;
    };
}

export type SvcServices = LangiumServices & SvcAddedServices;

export const SvcModule: Module<SvcServices, PartialLangiumServices & Omit<SvcAddedServices, 'files'>> = {
    config: {
        ConfigProvider: services => new SvcConfigProvider(services.files.WorkspaceFiles)
    },
    i18n: {
        Locale: () => new SvcLocale()
    },
    measured: {
        MeasuredData: services => new MeasuredData(services.shared, services.config.ConfigProvider)
    },
    parser: {
        ValueConverter: () => new SvcValueConverter(),
        ParserErrorMessageProvider: services => new SvcParserErrorMessageProvider(services.i18n.Locale),
        LexerErrorMessageProvider: services => new SvcLexerErrorMessageProvider(services.i18n.Locale)
    },
    references: {
        ScopeComputation: services => new SvcScopeComputation(services),
        ScopeProvider: services => new SvcScopeProvider(services),
        Linker: services => new SvcLinker(services)
    },
    workspace: {
        AstNodeLocator: () => new SvcAstNodeLocator(),
        AstNodeDescriptionProvider: services => new SvcAstNodeDescriptionProvider(services),
        ReferenceDescriptionProvider: services => new SvcReferenceDescriptionProvider(services)
    },
    validation: {
        DocumentValidator: services => new SvcDocumentValidator(services),
        SvcValidator: services => new SvcValidator(services)
    },
    // Editor features (completion, hover, code actions, formatting, navigation, …).
    lsp: {
        CompletionProvider: services => new SvcCompletionProvider(services),
        HoverProvider: services => new SvcHoverProvider(services),
        SemanticTokenProvider: services => new SvcSemanticTokenProvider(services),
        DefinitionProvider: services => new SvcDefinitionProvider(services),
        RenameProvider: services => new SvcRenameProvider(services),
        DocumentHighlightProvider: services => new SvcDocumentHighlightProvider(services),
        DocumentSymbolProvider: services => new SvcDocumentSymbolProvider(services),
        FoldingRangeProvider: services => new SvcFoldingRangeProvider(services),
        InlayHintProvider: services => new SvcInlayHintProvider(services.i18n.Locale, services.measured.MeasuredData),
        CodeLensProvider: services => new SvcCodeLensProvider(services),
        CodeActionProvider: services => new SvcCodeActionProvider(services),
        Formatter: services => new SvcFormatter(services)
    }
};

/** Cross-file revalidation (see SvcDocumentBuilder). */
export const SvcSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        DocumentUpdateHandler: services => new SvcDocumentUpdateHandler(services),
        NodeKindProvider: () => new SvcNodeKindProvider(),
        WorkspaceSymbolProvider: services => new SvcWorkspaceSymbolProvider(services)
    },
    workspace: {
        IndexManager: services => new SvcIndexManager(services),
        DocumentBuilder: services => new SvcDocumentBuilder(services),
        WorkspaceManager: services => new SvcWorkspaceManager(services),
        LangiumDocumentFactory: services => new SvcDocumentFactory(services)
    }
};

/**
 * The shared services and the `.svc` language services, wired together; `files`
 * are where the checks read config and data files (the disk, or the editor's).
 */
export function createSvcServices(context: DefaultSharedModuleContext, files: WorkspaceFiles): { shared: LangiumSharedServices; Svc: SvcServices } {
    const shared = inject(createDefaultSharedModule(context), SvcGeneratedSharedModule, SvcSharedModule);
    const Svc = inject(createDefaultModule({ shared }), SvcGeneratedModule, SvcModule, { files: { WorkspaceFiles: () => files } });
    shared.ServiceRegistry.register(Svc);
    Svc.validation.SvcValidator.register(Svc.validation.ValidationRegistry);
    // Created now, so that it hears of the first build.
    void Svc.measured.MeasuredData;
    // Consultants expect the Problems panel to cover every spec of the folder, not only open ones.
    shared.workspace.WorkspaceManager.initialBuildOptions = { validation: true };
    if (!context.connection) {
        // Without a language client nobody configures the workspace; start at once.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Svc };
}
