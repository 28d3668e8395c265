import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { Throttle } from './throttle';
import { SYSTEM_TOKEN_ID } from './viewer';
import { createRequestContext, type RequestContext } from './request-context';

/** A context for operator commands and seeding: acts with staff rights, no HTTP. */
export function createSystemContext(
  config: Config,
  logger: Logger,
  db: DataSource,
  actor = 'npm run admin',
): RequestContext {
  return createRequestContext(
    { config, logger, db, throttle: new Throttle(db), nudgeMail: () => undefined },
    {
      requestId: `system-${Date.now()}`,
      viewer: { kind: 'API_TOKEN', tokenId: SYSTEM_TOKEN_ID, tokenName: actor },
      locale: 'en',
      clientIp: 'local',
      userAgent: actor,
      sessionCookie: { set: () => undefined, clear: () => undefined },
    },
  );
}
