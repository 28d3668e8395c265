import { IsNull, type DataSource, type EntityManager, type ObjectLiteral } from 'typeorm';
import type { Config } from '../../../config';
import type { Viewer } from '../../../context/request-context';
import { publishLive } from '../../../context/live-events';
import { Agent } from '../agent/agent.entity';
import { Company } from '../company/company.entity';
import { Representative, RepresentativeStatus } from '../representative/representative.entity';
import { ApiToken } from './api-token.entity';
import { prefixedColumns, prefixedEntity } from '../../../common/raw-rows';
import { hashToken, newToken } from './secrets';
import { viewerCacheOf, VIEWER_CACHE_MS, type CachedViewer } from './viewer-cache';
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
  // Their open live connections (any process) close once this commits.
  await publishLive(tx, { type: 'SESSIONS' });
}

/** Ends one session (sign-out); its live connections close once this commits. */
export async function endSession(tx: EntityManager, sessionId: string): Promise<void> {
  await tx.getRepository(Session).delete({ id: sessionId });
  await publishLive(tx, { type: 'SESSIONS' });
}

/**
 * Of the sessions and API tokens behind open live connections, those still valid: the session
 * exists (not signed out or ended), is before its absolute end and within the idle limit, and
 * the token is not revoked. One statement, however many connections.
 */
export async function stillValidCredentials(
  db: DataSource,
  config: Config,
  ids: { sessionIds: string[]; tokenIds: string[] },
): Promise<Set<string>> {
  const now = new Date();
  const idleLimit = new Date(now.getTime() - config.sessionIdleMinutes * 60_000);
  const rows: Array<{ id: string }> = await db.query(
    `SELECT id FROM session WHERE id = ANY($1::uuid[]) AND "expiresAt" > $3 AND "lastSeenAt" > $4
     UNION ALL
     SELECT id FROM api_token WHERE id = ANY($2::uuid[]) AND "revokedAt" IS NULL`,
    [ids.sessionIds, ids.tokenIds, now, idleLimit],
  );
  return new Set(rows.map((r) => r.id));
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
  const tokenHash = hashToken(credentials.sessionToken);
  const cache = viewerCacheOf(db);
  const idleLimit = new Date(now.getTime() - config.sessionIdleMinutes * 60_000);
  let found = cache.get(tokenHash, now.getTime());
  if (!found || found.lastSeenAt <= idleLimit) {
    found = await cache.loadOnce(tokenHash, () =>
      loadSessionViewer(db, tokenHash, { now, idleLimit }),
    );
    if (!found) return null;
  }
  // Sliding idle expiry, written at most once a minute: by the first of the requests that
  // share this entry (claimed before the write, so the others do not queue on the same row).
  if (now.getTime() - found.lastSeenAt.getTime() > 60_000) {
    const before = found.lastSeenAt;
    found.lastSeenAt = now;
    try {
      await db.getRepository(Session).update({ id: found.sessionId }, { lastSeenAt: now });
    } catch (error) {
      found.lastSeenAt = before;
      throw error;
    }
  }
  return ownCopy(found.viewer);
}

/** A request's own copy of a cached viewer: nothing a request changes reaches another one. */
function ownCopy(viewer: Viewer): Viewer {
  if (viewer.kind === 'REPRESENTATIVE')
    return {
      ...viewer,
      representative: Object.assign(new Representative(), viewer.representative),
      company: Object.assign(new Company(), viewer.company),
    };
  if (viewer.kind === 'AGENT')
    return { ...viewer, agent: Object.assign(new Agent(), viewer.agent) };
  return viewer;
}

/**
 * The session with its active person and company (or agent) in one statement. A session
 * counts only while its person is active, within the idle limit and before its absolute end.
 */
async function loadSessionViewer(
  db: DataSource,
  tokenHash: string,
  at: { now: Date; idleLimit: Date },
): Promise<CachedViewer | null> {
  const rows: ObjectLiteral[] = await db.query(
    `SELECT s.id AS "sessionId", s."lastSeenAt", s."expiresAt",
            ${prefixedColumns(db, Representative, 'r')}, ${prefixedColumns(db, Company, 'c')},
            ${prefixedColumns(db, Agent, 'a')}
       FROM session s
       LEFT JOIN representative r
         ON s."principalType" = 'REPRESENTATIVE' AND r.id = s."principalId" AND r.status = $4
       LEFT JOIN company c ON c.id = r."companyId"
       LEFT JOIN agent a ON s."principalType" = 'AGENT' AND a.id = s."principalId" AND a.active
      WHERE s."tokenHash" = $1 AND s."expiresAt" > $2 AND s."lastSeenAt" > $3`,
    [tokenHash, at.now, at.idleLimit, RepresentativeStatus.ACTIVE],
  );
  const row = rows[0];
  if (!row) return null;
  const sessionId = row.sessionId as string;
  const representative = prefixedEntity(db, Representative, 'r', row);
  const company = prefixedEntity(db, Company, 'c', row);
  const agent = prefixedEntity(db, Agent, 'a', row);
  const viewer: Viewer | null =
    representative && company
      ? { kind: 'REPRESENTATIVE', representative, company, sessionId }
      : agent
        ? { kind: 'AGENT', agent, sessionId }
        : null;
  if (!viewer) return null;
  return {
    viewer,
    sessionId,
    lastSeenAt: row.lastSeenAt as Date,
    expiresAt: row.expiresAt as Date,
    until: at.now.getTime() + VIEWER_CACHE_MS,
  };
}
