import v8 from 'node:v8';

/**
 * Tells V8 how far the old generation may grow past what survived the last full collection
 * before it collects again (HEAP_GROWTH_PERCENT, docs/decisions/0015). 0 gives the choice back
 * to V8, which under a steady load of short requests lets the heap reach about four times what
 * it keeps: the garbage of requests that were still in flight at two young collections.
 *
 * V8 reads the factor at each full collection, so a running process takes it from the next one.
 */
export function setHeapGrowth(percent: number): void {
  if (!Number.isInteger(percent) || percent < 0) throw new RangeError(`heap growth ${percent}`);
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
