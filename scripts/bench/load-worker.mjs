// A child process that runs autocannon programmatically, so the load generator's CPU is not
// counted in the CPU per request of the servers measured in the parent.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';

/** @type {(options: Record<string, unknown>) => Promise<any>} */
const autocannon = createRequire(import.meta.url)('autocannon');

process.on('message', async (/** @type {any} */ message) => {
  const { unique, cookies, ...options } = message;
  // A placeholder in the body (idempotency keys) becomes a new UUID on every request; with
  // several cookies, the requests take them in turn (several people at once).
  const body = String(options.body);
  let turn = 0;
  const requests =
    (unique && body.includes(unique)) || cookies?.length
      ? [
          {
            setupRequest: (/** @type {any} */ req) => ({
              ...req,
              body: unique ? body.replaceAll(unique, randomUUID()) : body,
              headers: cookies?.length
                ? { ...req.headers, cookie: cookies[turn++ % cookies.length] }
                : req.headers,
            }),
          },
        ]
      : undefined;
  const result = await autocannon({
    ...options,
    method: 'POST',
    ...(requests ? { requests } : {}),
  });
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
