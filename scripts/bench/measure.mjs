// One scenario: the same JSON from both (deep-equal), SQL statements per operation, then load
// at 1, 8 and 32 connections, product and raw alternating (which goes first flips each time).
import { deepStrictEqual } from 'node:assert';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { load, statementsOf } from './load.mjs';
import { masked, UNIQUE } from './writes.mjs';

export const CONNECTIONS = [1, 8, 32];
/** The write scenarios run at 1 and 8 connections. */
export const WRITE_CONNECTIONS = [1, 8];

/** @typedef {import('./scenarios.mjs').Scenario} Scenario */

/** @param {string} url @param {string} body @param {string} cookie */
async function post(url, body, cookie) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: body.replaceAll(UNIQUE, randomUUID()),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/** The RSS of this process (both servers) once warmed up and idle. */
export async function idleRss(
  /** @type {string} */ productUrl,
  /** @type {string} */ rawUrl,
  /** @type {string} */ cookie,
  /** @type {Scenario[]} */ scenarios,
) {
  for (const s of scenarios) {
    const body = JSON.stringify({ query: s.query, variables: s.variables });
    for (let i = 0; i < 10; i++) {
      await post(`${productUrl}/graphql`, body, cookie);
      await post(`${rawUrl}/${s.kind}`, body, cookie);
    }
  }
  global.gc?.();
  await new Promise((r) => setTimeout(r, 1000));
  return process.memoryUsage.rss();
}

/**
 * `profileDir`: where each run's CPU profile goes (BENCH_CPU_PROFILE), `<scenario>-<conns>-<server>.cpuprofile`.
 * @param {{ scenario: Scenario, productUrl: string, rawUrl: string, cookie: string, duration: number, flip: boolean, heapGrowth: number, profileDir?: string }} o
 */
export async function measureScenario(o) {
  const s = o.scenario;
  const body = JSON.stringify({ query: s.query, variables: s.variables });
  const productUrl = `${o.productUrl}/graphql`;
  const rawUrl = `${o.rawUrl}/${s.kind}`;
  const fromProduct = await post(productUrl, body, o.cookie);
  const fromRaw = await post(rawUrl, body, o.cookie);
  let equal = 'yes';
  try {
    if (fromProduct.errors) throw new Error(JSON.stringify(fromProduct.errors).slice(0, 300));
    // A write's ids, keys and numbers differ by nature: compared masked.
    if (s.write) deepStrictEqual(masked(fromRaw), masked(fromProduct));
    else deepStrictEqual(fromRaw, fromProduct);
  } catch (err) {
    equal = `NO: ${String(/** @type {Error} */ (err).message)
      .split('\n')
      .slice(0, 12)
      .join(' ')}`;
    console.log(`  ${s.name}: the JSON differs\n${String(err).slice(0, 2000)}`);
  }
  const edges =
    fromProduct.data?.tickets?.edges ??
    fromProduct.data?.returnRequests?.edges ??
    fromProduct.data?.products?.edges;
  // Counted process-wide: requests of the previous load run may still be finishing, so
  // after a pause, the fewest of three.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const fewest = async (/** @type {string} */ url) => {
    let best = await statementsOf(() => post(url, body, o.cookie));
    for (let i = 0; i < 2; i++) {
      const again = await statementsOf(() => post(url, body, o.cookie));
      if (again.length < best.length) best = again;
    }
    return best;
  };
  const productSql = await fewest(productUrl);
  const rawSql = await fewest(rawUrl);
  for (const q of productSql) console.log('  SQL', q.text.replace(/\s+/g, ' ').slice(0, 160));
  const runs = [];
  for (const [i, connections] of (s.write ? WRITE_CONNECTIONS : CONNECTIONS).entries()) {
    const productFirst = (i % 2 === 0) !== o.flip;
    const opts = {
      body,
      cookie: o.cookie,
      cookies: s.cookies,
      connections,
      duration: o.duration,
      unique: UNIQUE,
    };
    const profile = (/** @type {string} */ server) =>
      o.profileDir
        ? path.join(
            o.profileDir,
            `${s.name.replaceAll(' ', '-')}-${connections}-${server}.cpuprofile`,
          )
        : undefined;
    const product = {
      ...opts,
      url: productUrl,
      heapGrowth: o.heapGrowth,
      profile: profile('product'),
    };
    const raw = { ...opts, url: rawUrl, profile: profile('raw') };
    const a = await load(productFirst ? product : raw);
    const b = await load(productFirst ? raw : product);
    runs.push({ connections, product: productFirst ? a : b, raw: productFirst ? b : a });
  }
  return {
    scenario: s,
    equal,
    rows: Array.isArray(edges) ? edges.length : fromProduct.data?.ticket || s.write ? 1 : 0,
    productSql,
    rawSql,
    runs,
  };
}
