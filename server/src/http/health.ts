import { timingSafeEqual } from 'node:crypto';
import { Router, type Request, type RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import { withTimeout } from '../common/timeout';
import type { Logger } from '../logger';
import { fromLoopback } from '../mail/mailbox.http';
import type { Metrics } from '../observability/metrics';

/** Where the process is in its life: /readyz is 200 only while "ready". */
export type Lifecycle = 'starting' | 'ready' | 'draining';

export interface HealthDeps {
  db: DataSource;
  logger: Logger;
  metrics: Metrics;
  metricsToken: string | null;
  lifecycle: () => Lifecycle;
}

/** A database check that does not answer within this long counts as unreachable. */
const CHECK_TIMEOUT_MS = 3_000;

const within = <T>(work: Promise<T>) => withTimeout(work, CHECK_TIMEOUT_MS, 'database timeout');

/** `Authorization: Bearer <METRICS_TOKEN>`, compared in constant time; no token: loopback only. */
function mayReadMetrics(req: Request, token: string | null): boolean {
  if (token === null) return fromLoopback(req.socket.remoteAddress);
  const given = /^Bearer (\S+)$/.exec(req.header('authorization') ?? '')?.[1];
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * /livez: the process answers (restart it when this fails). /readyz: send it traffic (the
 * database answers, every migration has run, and the process is neither starting nor
 * draining). /healthz: the database answers (as before). /metrics: Prometheus text.
 */
export function healthRouter(deps: HealthDeps): Router {
  const { db, logger, metrics } = deps;
  const router = Router();

  router.get('/livez', (_req, res) => {
    res.status(200).json({ status: 'ok' });
  });

  router.get('/healthz', async (_req, res) => {
    try {
      await within(db.query('SELECT 1'));
      res.status(200).json({ status: 'ok', database: 'ok' });
    } catch (err) {
      logger.warn({ err }, 'health check failed');
      res.status(503).json({ status: 'unavailable', database: 'unreachable' });
    }
  });

  router.get('/readyz', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const state = deps.lifecycle();
    if (state !== 'ready') {
      res.status(503).json({ status: state });
      return;
    }
    try {
      const pending = await within(db.showMigrations());
      if (pending) {
        res.status(503).json({ status: 'migrations pending', database: 'ok' });
        return;
      }
      res.status(200).json({ status: 'ready', database: 'ok', migrations: 'applied' });
    } catch (err) {
      logger.warn({ err }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable', database: 'unreachable' });
    }
  });

  router.get('/metrics', async (req, res) => {
    if (!mayReadMetrics(req, deps.metricsToken)) {
      res.status(deps.metricsToken === null ? 404 : 401);
      if (deps.metricsToken !== null) res.setHeader('WWW-Authenticate', 'Bearer');
      res.type('text/plain').send(deps.metricsToken === null ? 'Not found' : 'Unauthorized');
      return;
    }
    const { contentType, body } = await metrics.text();
    res.setHeader('Cache-Control', 'no-store');
    res.type(contentType).send(body);
  });

  return router;
}

/** The route label of a request: a fixed set, so a scan of random paths adds no series. */
const ROUTES = [
  '/graphql',
  '/graphiql',
  '/healthz',
  '/livez',
  '/readyz',
  '/metrics',
  '/assets',
  '/invoices',
  '/returns',
  '/requests',
  '/attachments',
  '/dev/mailbox',
];

export function routeLabel(path: string): string {
  return ROUTES.find((r) => path === r || path.startsWith(`${r}/`)) ?? 'other';
}

/** Counts every answered request and times it, once the response is finished. */
export function requestMetrics(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeLabel(req.originalUrl.split('?')[0] ?? '');
      metrics.httpRequest({ method: req.method, route, status: res.statusCode }, seconds);
    });
    next();
  };
}
