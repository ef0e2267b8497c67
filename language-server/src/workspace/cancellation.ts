/**
 * How many syntax-tree nodes the linker, the reference index and the rules
 * handle between two looks at cancellation. Langium awaits a look at every
 * node, a pause that costs more than handling most nodes; a few hundred nodes
 * take well under a millisecond, so an edit still cancels a build at once.
 */
export const nodesBetweenCancellationChecks = 500;
