import { publishLive } from '../../../context/live-events';
import { IsNull, type EntityManager } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../../../common/errors';
import { ApiToken } from './api-token.entity';
import { hashToken, newToken } from './secrets';

/** A new token for an internal tool; the plain token is returned once and never stored. */
export async function createApiToken(
  tx: EntityManager,
  name: string,
): Promise<{ token: string; row: ApiToken }> {
  const clean = name.trim();
  if (!clean) throw new BadUserInputError('Name the token after the tool that uses it.', 'name');
  const token = `bcp_${newToken()}`;
  const repo = tx.getRepository(ApiToken);
  const row = await repo.save(
    repo.create({ name: clean, tokenHash: hashToken(token), lastUsedAt: null, revokedAt: null }),
  );
  return { token, row };
}

export async function revokeApiTokens(tx: EntityManager, name: string): Promise<number> {
  const result = await tx
    .getRepository(ApiToken)
    .update({ name: name.trim(), revokedAt: IsNull() }, { revokedAt: new Date() });
  if (!result.affected) throw new NotFoundError('Active API token');
  await publishLive(tx, { type: 'SESSIONS' });
  return result.affected;
}

export function listApiTokens(tx: EntityManager): Promise<ApiToken[]> {
  return tx.getRepository(ApiToken).find({ order: { createdAt: 'ASC' } });
}
