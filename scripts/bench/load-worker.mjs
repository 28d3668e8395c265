// A child process that runs autocannon programmatically, so the load generator's CPU is not
// counted in the CPU per request of the servers measured in the parent.
import { createRequire } from 'node:module';

/** @type {(options: Record<string, unknown>) => Promise<any>} */
const autocannon = createRequire(import.meta.url)('autocannon');

process.on('message', async (/** @type {any} */ options) => {
  const result = await autocannon({ ...options, method: 'POST' });
  process.send?.({
    rps: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  });
  process.exit(0);
});
