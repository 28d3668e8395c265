import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Runs `work` and settles (resolves or throws) no sooner than `ms` after it started. For
 * answers whose duration would otherwise tell whether an address or tax ID exists: the
 * floor is set well above what the longer path takes, so both paths answer at the floor.
 */
export async function takingAtLeast<T>(ms: number, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    const left = ms - (performance.now() - started);
    if (left > 0) await sleep(left);
  }
}
