import { IsNull, MoreThan, type DataSource, type EntityManager } from 'typeorm';
import type { Config } from '../../../config';
import type { Viewer } from '../../../context/request-context';
import { Agent } from '../agent/agent.entity';
import { Company } from '../company/company.entity';
import { Representative, RepresentativeStatus } from '../representative/representative.entity';
import { ApiToken } from './api-token.entity';
import { hashToken, newToken } from './secrets';
import { Session, type PrincipalType } from './session.entity';

export const SESSION_COOKIE = 'portal_session';

/** Starts a session: a fresh random id every sign-in (no fixation). */
export async function createSession(
  tx: EntityManager,
  config: Config,
  principal: { type: PrincipalType; id: string },
  userAgent: string | null,
): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const token = newToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + config.sessionMaxHours * 3_600_000);
  const session = await tx.getRepository(Session).save(
    tx.getRepository(Session).create({
      tokenHash: hashToken(token),
      principalType: principal.type,
      principalId: principal.id,
      lastSeenAt: now,
      expiresAt,
      userAgent: userAgent?.slice(0, 300) ?? null,
    }),
  );
  return { token, sessionId: session.id, expiresAt };
}

/** Ends every session of a person (sign-out everywhere, disabling, password change). */
export async function endSessions(
  tx: EntityManager,
  principal: { type: PrincipalType; id: string },
  exceptSessionId?: string,
): Promise<void> {
  const qb = tx
    .getRepository(Session)
    .createQueryBuilder()
    .delete()
    .where('"principalType" = :type AND "principalId" = :id', principal);
  if (exceptSessionId) qb.andWhere('id <> :except', { except: exceptSessionId });
  await qb.execute();
}

/**
 * The viewer of a request: a Bearer API token, else the session cookie. A session counts only
 * while its person is active, it was used within the idle limit, and it is before its absolute
 * end, so disabling someone or an expiry takes effect on the very next request.
 */
export async function resolveViewer(
  db: DataSource,
  config: Config,
  credentials: { bearer?: string | null; sessionToken?: string | null },
): Promise<Viewer | null> {
  const now = new Date();
  if (credentials.bearer) {
    const token = await db.getRepository(ApiToken).findOne({
      where: { tokenHash: hashToken(credentials.bearer), revokedAt: IsNull() },
    });
    if (!token) return null;
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
      await db.getRepository(ApiToken).update({ id: token.id }, { lastUsedAt: now });
    }
    return { kind: 'API_TOKEN', tokenId: token.id, tokenName: token.name };
  }
  if (!credentials.sessionToken) return null;
  const idleLimit = new Date(now.getTime() - config.sessionIdleMinutes * 60_000);
  const session = await db.getRepository(Session).findOne({
    where: {
      tokenHash: hashToken(credentials.sessionToken),
      expiresAt: MoreThan(now),
      lastSeenAt: MoreThan(idleLimit),
    },
  });
  if (!session) return null;
  let viewer: Viewer | null = null;
  if (session.principalType === 'REPRESENTATIVE') {
    const representative = await db.getRepository(Representative).findOne({
      where: { id: session.principalId, status: RepresentativeStatus.ACTIVE },
    });
    const company = representative
      ? await db.getRepository(Company).findOne({ where: { id: representative.companyId } })
      : null;
    if (representative && company)
      viewer = { kind: 'REPRESENTATIVE', representative, company, sessionId: session.id };
  } else {
    const agent = await db
      .getRepository(Agent)
      .findOne({ where: { id: session.principalId, active: true } });
    if (agent) viewer = { kind: 'AGENT', agent, sessionId: session.id };
  }
  if (!viewer) return null;
  // Sliding idle expiry, written at most once a minute.
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
    await db.getRepository(Session).update({ id: session.id }, { lastSeenAt: now });
  }
  return viewer;
}
