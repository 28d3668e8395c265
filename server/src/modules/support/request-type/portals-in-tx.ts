import { In, type EntityManager } from 'typeorm';
import { Portal, type PortalKey } from './request-type.entity';

const MEMO = 'portalsInTransaction';

function memoOf(tx: EntityManager): Map<string, Portal> | null {
  const data = tx.queryRunner?.data as Record<string, unknown> | undefined;
  if (!data) return null;
  data[MEMO] ??= new Map<string, Portal>();
  return data[MEMO] as Map<string, Portal>;
}

/** A portal the transaction already read (e.g. with the request it created), for `portalsIn`. */
export function rememberPortal(tx: EntityManager, portal: Portal): void {
  memoOf(tx)?.set(portal.key, portal);
}

/**
 * The portals of these keys (business hours, time zone), read once per transaction: a step
 * needs its request's portal for the clocks, the deadlines and the e-mails' dates.
 */
export async function portalsIn(
  tx: EntityManager,
  keys: readonly string[],
): Promise<Map<string, Portal>> {
  const memo = memoOf(tx) ?? new Map<string, Portal>();
  const missing = [...new Set(keys)].filter((k) => !memo.has(k));
  if (missing.length)
    for (const p of await tx.getRepository(Portal).find({ where: { key: In(missing) } }))
      memo.set(p.key, p);
  return new Map(keys.flatMap((k) => (memo.has(k) ? [[k, memo.get(k)!] as const] : [])));
}

/** `portalsIn` for one portal, which must exist. */
export async function portalIn(tx: EntityManager, key: PortalKey | string): Promise<Portal> {
  const portal = (await portalsIn(tx, [key])).get(key);
  if (!portal) throw new Error(`Portal ${key} does not exist`);
  return portal;
}
