import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import express, { type Express, type Request, type Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { RequestContext } from '../context/request-context';
import type { Logger } from '../logger';
import { mailboxRouter } from '../mail/mailbox.http';
import { documentsRouter } from './documents';
import { serviceLevelsRouter } from './service-levels';
import { uploadsRouter } from './uploads';
import { spaPage } from './spa-page';
import { contextFromRequest } from './request-context';
import type { Throttle } from '../context/throttle';
import { requestId } from './request-id';
import { errorHandler } from './errors';
import { securityHeaders } from './security-headers';
import { healthRouter, requestMetrics, type Lifecycle } from './health';
import type { Metrics } from '../observability/metrics';

export interface HttpDeps {
  config: Config;
  logger: Logger;
  db: DataSource;
  apollo: ApolloServer<RequestContext>;
  throttle: Throttle;
  nudgeMail: () => void;
  metrics: Metrics;
  /** Where the process is: /readyz answers 503 unless "ready". */
  lifecycle: () => Lifecycle;
}

/**
 * The one HTTP app: /graphql, /graphiql (the explorer from our own build), /livez, /readyz,
 * /healthz, /metrics, and the built SPA with history fallback.
 */
export function createHttpApp(deps: HttpDeps): Express {
  const { config, logger, db, apollo } = deps;
  const production = config.env === 'production';
  const app = express();
  app.disable('x-powered-by');
  // No ETag on what res.send answers (GraphQL, JSON errors): one user's data, never revalidated,
  // and a SHA-1 of every body. An ETag function that gives none does that and keeps the setting
  // on, so files keep theirs (sendFile and express.static make them from the file's stat).
  app.set('etag', () => undefined);
  // req.ip (throttling, logs) believes X-Forwarded-For from the proxies of TRUST_PROXY only
  // (default: this machine). Access decisions (/dev/mailbox, /metrics without a token) look at
  // the socket itself, never at that header.
  app.set('trust proxy', config.trustProxy);
  // GraphQL answers, pages and anything not precompressed: gzip/brotli when the client accepts it.
  app.use(compression());
  app.use(requestId);
  app.use(requestMetrics(deps.metrics));
  app.use(securityHeaders({ production }));

  app.use(
    healthRouter({
      db,
      logger,
      metrics: deps.metrics,
      metricsToken: config.metricsToken,
      lifecycle: deps.lifecycle,
    }),
  );

  const contextFor = (req: Request, res: Response) => contextFromRequest(deps, req, res);

  app.use(
    '/graphql',
    cookieParser(),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: ({ req, res }) => contextFor(req, res) }),
  );

  app.use(
    cookieParser(),
    documentsRouter(contextFor),
    uploadsRouter(contextFor),
    serviceLevelsRouter(contextFor),
  );
  if (!production) app.use('/dev/mailbox', mailboxRouter(db, config));

  const clientDir = config.clientDir;
  const page = (file: string) => path.join(clientDir, file);
  const sendPage =
    (file: string): express.RequestHandler =>
    (_req, res) => {
      if (!fs.existsSync(page(file))) {
        res
          .status(503)
          .type('text/plain')
          .send(`The web app is not built (missing ${page(file)}). Run "npm run build".`);
        return;
      }
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(page(file));
    };

  app.get(['/graphiql', '/graphiql/'], sendPage('graphiql.html'));
  // Hashed assets: the build writes .br and .gz copies beside each text file; the best one the
  // browser accepts is sent as it is (no compression work per request), cached for a year.
  app.use(
    '/assets',
    expressStaticGzip(path.join(clientDir, 'assets'), {
      enableBrotli: true,
      orderPreference: ['br', 'gz'],
      index: false,
      serveStatic: { immutable: true, maxAge: '365d', index: false },
    }),
  );
  app.use(express.static(clientDir, { index: false }));
  // History fallback: any other GET that wants a page gets the SPA, which routes it.
  const spa = spaPage({ clientDir, plainPage: sendPage('index.html'), apollo, contextFor, logger });
  app.get(/.*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    spa(req, res, next);
  });

  app.use((_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });
  app.use(errorHandler(logger));
  return app;
}
