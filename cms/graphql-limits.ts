import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode, type ValidationRule } from 'graphql';

/**
 * What one GraphQL request may ask for at its top: each field there is a read of a collection (with
 * its count) or an operation, and aliases repeat them. Payload's complexity limit (1,000) bounds a
 * query's size, not its reads: 333 aliased `Articles(limit: 1)` fit under it and took 8 s of the
 * server, every reader's page waiting seconds behind them. No client of ours asks for more than a
 * few at once.
 */
export const MAX_TOP_FIELDS = 10;

/** The fields an operation's selection asks for at its own level, through its fragments (each field once per alias). */
function topFields(selectionSet: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>, seen: Set<string>): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += selection.name.value === '__typename' ? 0 : 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += topFields(selection.selectionSet, fragments, seen);
    else {
      const fragment = fragments.get(selection.name.value);
      // A fragment spread twice is counted each time; one that spreads itself is another rule's to refuse.
      if (!fragment || seen.has(fragment.name.value)) continue;
      count += topFields(fragment.selectionSet, fragments, new Set([...seen, fragment.name.value]));
    }
  }
  return count;
}

export const topFieldLimit: ValidationRule = (context) => {
  const fragments = new Map(
    context
      .getDocument()
      .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return {
    OperationDefinition(node) {
      const count = topFields(node.selectionSet, fragments, new Set());
      if (count > MAX_TOP_FIELDS) {
        context.reportError(new GraphQLError(`the request asks for ${count} fields at its top: ${MAX_TOP_FIELDS} at most`, { nodes: [node] }));
      }
    },
  };
};
