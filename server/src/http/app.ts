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
import { contextFromRequest } from './request-context';
import type { Throttle } from '../context/throttle';
import { requestId } from './request-id';
import { errorHandler } from './errors';
import { securityHeaders } from './security-headers';

export interface HttpDeps {
  config: Config;
  logger: Logger;
  db: DataSource;
  apollo: ApolloServer<RequestContext>;
  throttle: Throttle;
  nudgeMail: () => void;
}

/**
 * The one HTTP app: /graphql, /graphiql (the explorer from our own build), /healthz, and the
 * built SPA with history fallback.
 */
export function createHttpApp(deps: HttpDeps): Express {
  const { config, logger, db, apollo } = deps;
  const production = config.env === 'production';
  const app = express();
  app.disable('x-powered-by');
  // req.ip (throttling, logs) believes X-Forwarded-For from a proxy on this machine only.
  // Access decisions (/dev/mailbox) look at the socket itself, never at that header.
  app.set('trust proxy', 'loopback');
  // GraphQL answers, pages and anything not precompressed: gzip/brotli when the client accepts it.
  app.use(compression());
  app.use(requestId);
  app.use(securityHeaders({ production }));

  app.get('/healthz', async (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        db.query('SELECT 1'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('database timeout')), 3_000);
        }),
      ]);
      res.status(200).json({ status: 'ok', database: 'ok' });
    } catch (err) {
      logger.warn({ err }, 'health check failed');
      res.status(503).json({ status: 'unavailable', database: 'unreachable' });
    } finally {
      clearTimeout(timer);
    }
  });

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
  if (!production) app.use('/dev/mailbox', mailboxRouter(db));

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
  app.get(/.*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    sendPage('index.html')(req, res, next);
  });

  app.use((_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });
  app.use(errorHandler(logger));
  return app;
}
