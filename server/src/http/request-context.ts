import type { Request, Response } from 'express';
import { isLocale, PAGE_LOCALE_HEADER, pickLocale } from '../../../shared/src/locales';
import {
  createRequestContext,
  type ContextDeps,
  type RequestContext,
} from '../context/request-context';
import { viewerLocale } from '../context/viewer';
import { currentRequestId } from '../logger';
import { resolveViewer, SESSION_COOKIE } from '../modules/accounts/auth/session.service';

/** The request context of an HTTP request: its viewer (Bearer token or session cookie) and language. */
export async function contextFromRequest(
  deps: ContextDeps,
  req: Request,
  res: Response,
): Promise<RequestContext> {
  const { config, db } = deps;
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.header('authorization') ?? '')?.[1] ?? null;
  const sessionToken =
    (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE] ?? null;
  const viewer = await resolveViewer(db, config, { bearer, sessionToken });
  const page = req.header(PAGE_LOCALE_HEADER);
  const locale = isLocale(page)
    ? page
    : (viewerLocale(viewer) ?? pickLocale(req.header('accept-language')));
  const cookie = {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.env === 'production',
    path: '/',
  };
  return createRequestContext(deps, {
    requestId: currentRequestId() ?? 'none',
    viewer,
    locale,
    clientIp: req.ip ?? 'unknown',
    userAgent: req.header('user-agent') ?? null,
    sessionCookie: {
      set: (token, expires) => res.cookie(SESSION_COOKIE, token, { ...cookie, expires }),
      clear: () => res.clearCookie(SESSION_COOKIE, cookie),
    },
  });
}
