import { IsNull, type EntityManager } from 'typeorm';
import { OneTimeToken, type OneTimeTokenPurpose } from './one-time-token.entity';
import { hashToken, newToken } from './secrets';

/** Issues a link token; earlier unused links of the same purpose stop working. */
export async function issueOneTimeToken(
  tx: EntityManager,
  purpose: OneTimeTokenPurpose,
  representativeId: string,
  ttlMs: number,
): Promise<{ token: string; expiresAt: Date }> {
  const repo = tx.getRepository(OneTimeToken);
  const now = new Date();
  await repo.update({ representativeId, purpose, usedAt: IsNull() }, { usedAt: now });
  const token = newToken();
  const expiresAt = new Date(now.getTime() + ttlMs);
  await repo.save(
    repo.create({
      tokenHash: hashToken(token),
      purpose,
      representativeId,
      expiresAt,
      usedAt: null,
    }),
  );
  return { token, expiresAt };
}

export type TokenState = 'VALID' | 'EXPIRED' | 'USED';

/** Finds a link token, locked for the rest of the transaction (single use under races). */
export async function findOneTimeToken(
  tx: EntityManager,
  token: string,
  purposes: OneTimeTokenPurpose[],
): Promise<{ row: OneTimeToken; state: TokenState } | null> {
  const row = await tx
    .getRepository(OneTimeToken)
    .createQueryBuilder('t')
    .where('t.tokenHash = :hash', { hash: hashToken(token) })
    .setLock('pessimistic_write')
    .getOne();
  if (!row || !purposes.includes(row.purpose)) return null;
  const state: TokenState = row.usedAt
    ? 'USED'
    : row.expiresAt.getTime() <= Date.now()
      ? 'EXPIRED'
      : 'VALID';
  return { row, state };
}
