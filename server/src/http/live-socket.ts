import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ValidationRule,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import type { SubscribePayload, Context as WsContext } from 'graphql-ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { pickLocale } from '../../../shared/src/locales';
import { LIVE_CLOSE, LIVE_CONNECTIONS_PER_SESSION } from '../../../shared/src/live';
import {
  createRequestContext,
  type ContextDeps,
  type RequestContext,
  type Viewer,
} from '../context/request-context';
import { liveBusOf } from '../context/live-events';
import { viewerLocale } from '../context/viewer';
import { MAX_TOKENS, queryLimits } from '../graphql/limits';
import { createFormatError } from '../graphql/format-error';
import {
  resolveViewer,
  SESSION_COOKIE,
  stillValidCredentials,
} from '../modules/accounts/auth/session.service';
import { LiveSessions, type LiveCredentials } from './live-sessions';

/** How often open connections check that their session still counts (expiry, idle limit). */
export const LIVE_SESSION_CHECK_MS = 60_000;

export interface LiveSocketOptions {
  /** Check sessions this often (tests use less). */
  sessionCheckMs?: number;
}

type LiveFields = { live: LiveCredentials };
type Ctx = WsContext<Record<string, unknown> | undefined, Extra & Partial<LiveFields>>;

/**
 * GraphQL subscriptions over WebSocket at /graphql (graphql-ws on ws, beside Apollo's HTTP
 * handler on the same server). A connection is signed in like an HTTP request: the session
 * cookie of the upgrade request, or an API token (Authorization header, or `authorization` /
 * `token` in connectionParams). Refused without one (4401), from another site (4403), and
 * past LIVE_CONNECTIONS_PER_SESSION per session (4429); closed (4401) when the session ends.
 * Only subscriptions: queries and mutations go over HTTP.
 */
export function startLiveSocket(
  httpServer: http.Server,
  schema: GraphQLSchema,
  deps: ContextDeps,
  options: LiveSocketOptions = {},
): { dispose(): Promise<void> } {
  const { config, logger, db } = deps;
  const production = config.env === 'production';
  const formatError = createFormatError(logger, { production });
  const format = (errors: readonly GraphQLError[]): GraphQLFormattedError[] =>
    errors.map((e) => formatError(e.toJSON(), e));
  const rules = [...specifiedRules, ...queryLimits({ production }).validationRules];
  const sessions = new LiveSessions(
    (ids) => stillValidCredentials(db, config, ids),
    liveBusOf(db),
    logger,
    options.sessionCheckMs ?? LIVE_SESSION_CHECK_MS,
  );

  const contextFor = async (ctx: Ctx): Promise<RequestContext> => {
    const live = ctx.extra.live!;
    // Signed in again for each operation: a session ended meanwhile stops here.
    const viewer = await resolveViewer(db, config, live);
    if (!viewer) sessions.end(ctx.extra.socket, 'The session has ended.');
    return createRequestContext(deps, {
      requestId: `ws-${randomUUID()}`,
      viewer,
      locale: viewerLocale(viewer) ?? pickLocale(ctx.extra.request.headers['accept-language']),
      clientIp: ctx.extra.request.socket.remoteAddress ?? 'unknown',
      userAgent: ctx.extra.request.headers['user-agent'] ?? null,
      sessionCookie: { set: () => undefined, clear: () => undefined },
    });
  };

  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 1 << 20 });
  const server = useServer<Record<string, unknown> | undefined, LiveFields>(
    {
      schema,
      context: (ctx) => contextFor(ctx),
      async onConnect(ctx) {
        const { socket, request } = ctx.extra;
        if (!sameSite(request, config.appUrl))
          return refuse(socket, LIVE_CLOSE.FORBIDDEN_ORIGIN, 'Cross-site connection refused.');
        const credentials = credentialsOf(request, ctx.connectionParams);
        const viewer = await resolveViewer(db, config, credentials);
        if (!viewer)
          return refuse(socket, LIVE_CLOSE.UNAUTHORIZED, 'Sign in first (session or API token).');
        const live = { ...credentials, ...holderOf(viewer) };
        if (!sessions.add(socket, live))
          return refuse(
            socket,
            LIVE_CLOSE.TOO_MANY_CONNECTIONS,
            `At most ${LIVE_CONNECTIONS_PER_SESSION} live connections per session.`,
          );
        ctx.extra.live = live;
        return true;
      },
      onSubscribe: (_ctx, _id, payload) => subscriptionArgs(schema, rules, payload),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: format(result.errors) } : undefined,
      onError: (_ctx, _id, _payload, errors) => format(errors),
      onClose: (ctx) => sessions.remove(ctx.extra.socket),
    },
    wss,
  );
  return {
    async dispose() {
      sessions.stop();
      await server.dispose();
    },
  };
}

/**
 * Parses (with the HTTP token limit) and validates (with the HTTP query limits) an operation;
 * anything but a subscription is refused.
 */
function subscriptionArgs(
  schema: GraphQLSchema,
  rules: readonly ValidationRule[],
  payload: SubscribePayload,
): ExecutionArgs | readonly GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(payload.query, { maxTokens: MAX_TOKENS });
  } catch (err) {
    return [err as GraphQLError];
  }
  const errors = validate(schema, document, rules);
  if (errors.length) return errors;
  if (getOperationAST(document, payload.operationName)?.operation !== 'subscription')
    return [
      new GraphQLError('Only subscriptions here: send queries and mutations over HTTP.', {
        extensions: { code: 'BAD_REQUEST' },
      }),
    ];
  return {
    schema,
    document,
    operationName: payload.operationName,
    variableValues: payload.variables,
  };
}

/** Closes a connection at its start with a code and a reason, and tells graphql-ws not to go on. */
function refuse(socket: WebSocket, code: number, reason: string): false {
  socket.close(code, reason);
  return false;
}

/** The credentials of a connection: a token wins over the session cookie, as over HTTP. */
function credentialsOf(
  request: http.IncomingMessage,
  params: Record<string, unknown> | undefined,
): { bearer: string | null; sessionToken: string | null } {
  const header =
    request.headers.authorization ??
    (typeof params?.authorization === 'string' ? params.authorization : '');
  const bearer =
    /^Bearer\s+(\S+)$/i.exec(header)?.[1] ??
    (typeof params?.token === 'string' && params.token ? params.token : null);
  return { bearer, sessionToken: cookieValue(request.headers.cookie, SESSION_COOKIE) };
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) {
      try {
        return decodeURIComponent(part.slice(at + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** Whose connection it is: the session's, or the API token's. */
function holderOf(viewer: Viewer): Pick<LiveCredentials, 'holder' | 'holderKind'> {
  return viewer.kind === 'API_TOKEN'
    ? { holder: viewer.tokenId, holderKind: 'TOKEN' }
    : { holder: viewer.sessionId, holderKind: 'SESSION' };
}

/**
 * Browsers send Origin on a WebSocket upgrade, and the session cookie with it: a page of
 * another site must not listen with the visitor's session. Tools send no Origin.
 */
function sameSite(request: http.IncomingMessage, appUrl: string): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    const host = new URL(origin).host;
    return host === request.headers.host || host === new URL(appUrl).host;
  } catch {
    return false;
  }
}
