import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The fields named `name` among a selection set (inline fragments and fragment spreads included). */
function fieldsNamed(
  info: GraphQLResolveInfo,
  set: SelectionSetNode | undefined,
  name: string,
): SelectionSetNode[] {
  const found: Array<SelectionSetNode | undefined> = [];
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) {
      if (s.name.value === name) found.push(s.selectionSet);
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      found.push(...fieldsNamed(info, s.selectionSet, name));
    } else {
      found.push(...fieldsNamed(info, info.fragments[s.name.value]?.selectionSet, name));
    }
  }
  return found.filter((f): f is SelectionSetNode => f !== undefined);
}

/**
 * Whether the operation asks, under the resolved field, for the field at `path` (e.g. edges,
 * node, items): a list can then load that field for the whole page before graphql-js walks the
 * rows, instead of one promise per row. Directives (@skip, @include) are not evaluated: a
 * field they leave out is loaded for nothing, never missed.
 */
export function selects(info: GraphQLResolveInfo, path: string[]): boolean {
  let sets = info.fieldNodes
    .map((f) => f.selectionSet)
    .filter((s): s is SelectionSetNode => s !== undefined);
  for (const name of path) {
    sets = sets.flatMap((s) => fieldsNamed(info, s, name));
    if (!sets.length) return false;
  }
  return true;
}
