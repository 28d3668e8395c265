import { getMetadataStorage } from 'class-validator';

type Storage = ReturnType<typeof getMetadataStorage>;
type Lookup = Storage['getTargetValidationMetadatas'];
type Group = Storage['groupByPropertyName'];

const MEMOIZED = Symbol('portal.memoizedValidationMetadata');

/**
 * class-validator works out a class's rules on every `validate` (class-validator 0.15): it tests
 * every class that has rules for being an ancestor (`prototype instanceof`; upstream issue
 * typestack/class-validator#2686), then groups the rules by property into a new object.
 * type-graphql validates every input and args class of every operation, nested ones included,
 * so each request did both, and the search grows with the API. In the profile of a request list
 * (issue 11) the grouping of the nested filter's rules alone took 0.06 ms of each request.
 *
 * A class's own and inherited rules are all registered when its module loads, before anything
 * can validate it, and a class loaded later registers only its own: the answer for a class and
 * options never changes once asked. This keeps the rules per class (a WeakMap, so a class that
 * goes away takes its entry along) and options, and their grouping per list of rules; the
 * executor only reads both. Installed once on the process's one storage; calling it again does
 * nothing.
 */
export function memoizeValidationMetadata(storage: Storage = getMetadataStorage()): void {
  const marked = storage as Storage & { [MEMOIZED]?: true };
  if (marked[MEMOIZED]) return;
  const lookup: Lookup = storage.getTargetValidationMetadatas.bind(storage);
  const byTarget = new WeakMap<object, Map<string, ReturnType<Lookup>>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    let byOptions = byTarget.get(target);
    if (!byOptions) byTarget.set(target, (byOptions = new Map()));
    const key = JSON.stringify([schema, always, strictGroups, groups ?? null]);
    let found = byOptions.get(key);
    if (!found) byOptions.set(key, (found = lookup(target, schema, always, strictGroups, groups)));
    return found;
  };
  const group: Group = storage.groupByPropertyName.bind(storage);
  const grouped = new WeakMap<object, ReturnType<Group>>();
  storage.groupByPropertyName = (metadata) => {
    let found = grouped.get(metadata);
    if (!found) grouped.set(metadata, (found = group(metadata)));
    return found;
  };
  marked[MEMOIZED] = true;
}
