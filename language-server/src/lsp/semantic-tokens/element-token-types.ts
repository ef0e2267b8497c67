import { SemanticTokenTypes } from 'vscode-languageserver';

/**
 * The standard LSP token type that colours each kind of element, at its
 * declaration (with the `declaration` modifier) and wherever it is named.
 * Standard types keep every colour theme working without configuration;
 * one type per kind lets a user recolour a kind with
 * `editor.semanticTokenColorCustomizations`.
 *
 * | element     | token type   | why                                                  |
 * |-------------|--------------|------------------------------------------------------|
 * | service     | namespace    | it qualifies its members: the `Bank` of `Bank.Fast`  |
 * | actor       | class        | a role: who acts                                     |
 * | system      | struct       | technology: what acts, not who                       |
 * | standard    | interface    | a contract that steps, processes and capacities meet |
 * | KPI         | variable     | a value measured over time                           |
 * | process     | function     | runs from its start step to its end                  |
 * | stage       | enum         | a named group of steps                               |
 * | step        | method       | one unit of work of a process                        |
 * | capacity    | property     | a property of the step it serves                     |
 * | promise     | enumMember   | a fixed value published to customers                 |
 * | feedback    | event        | a channel through which customers report             |
 * | improvement | decorator    | annotates the standards and KPIs it addresses        |
 * | measurements| parameter    | data handed to the spec from outside                 |
 * | survey      | typeParameter| answers handed to the spec from outside              |
 */
export const elementTokenTypes: Readonly<Record<string, SemanticTokenTypes>> = {
    Service: SemanticTokenTypes.namespace,
    Actor: SemanticTokenTypes.class,
    System: SemanticTokenTypes.struct,
    Standard: SemanticTokenTypes.interface,
    Kpi: SemanticTokenTypes.variable,
    Process: SemanticTokenTypes.function,
    Stage: SemanticTokenTypes.enum,
    Step: SemanticTokenTypes.method,
    Capacity: SemanticTokenTypes.property,
    ServicePromise: SemanticTokenTypes.enumMember,
    Feedback: SemanticTokenTypes.event,
    Improvement: SemanticTokenTypes.decorator,
    Measurements: SemanticTokenTypes.parameter,
    Survey: SemanticTokenTypes.typeParameter
};
