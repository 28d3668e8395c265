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

/** The selection sets at `path` under the resolved field (every occurrence, fragments included). */
function setsAt(info: GraphQLResolveInfo, path: string[]): SelectionSetNode[] {
  let sets = info.fieldNodes
    .map((f) => f.selectionSet)
    .filter((s): s is SelectionSetNode => s !== undefined);
  for (const name of path) {
    sets = sets.flatMap((s) => fieldsNamed(info, s, name));
    if (!sets.length) return [];
  }
  return sets;
}

/**
 * Whether the operation asks, under the resolved field, for the field at `path` (e.g. edges,
 * node, items): a list can then load that field for the whole page before graphql-js walks the
 * rows, instead of one promise per row. Directives (@skip, @include) are not evaluated: a
 * field they leave out is loaded for nothing, never missed.
 */
export function selects(info: GraphQLResolveInfo, path: string[]): boolean {
  return setsAt(info, path).length > 0;
}

/**
 * The names of the fields the operation asks for inside the field at `path` (aliases resolved
 * to the field names, fragments included; directives not evaluated, as in `selects`): what a
 * joined entity must carry. Empty when the field at `path` is not asked for.
 */
export function selectedFieldNames(info: GraphQLResolveInfo, path: string[]): Set<string> {
  const names = new Set<string>();
  const collect = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) names.add(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) collect(s.selectionSet);
      else collect(info.fragments[s.name.value]?.selectionSet);
    }
  };
  for (const set of setsAt(info, path)) collect(set);
  return names;
}
