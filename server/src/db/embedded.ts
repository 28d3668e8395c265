import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * The embedded PostgreSQL: PGlite (real PostgreSQL compiled to WASM) served over the wire
 * protocol, so TypeORM, pg and pg-boss use it like any server. With the multiplexer on, a
 * connection's open transaction makes every other connection wait: run every query of a
 * transaction through its manager.
 */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** A folder for the data, or null for a throw-away in-memory database (tests). */
  dataPath: string | null;
  /** 0 picks a free port. */
  port?: number;
  maxConnections?: number;
}

export async function startEmbeddedDatabase(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  if (options.dataPath) fs.mkdirSync(options.dataPath, { recursive: true });
  const db = await PGlite.create({ dataDir: options.dataPath ?? 'memory://' });
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: options.port ?? 0,
    maxConnections: options.maxConnections ?? 24,
  });
  await server.start();
  const url = `postgres://postgres@${server.getServerConn()}/postgres`;
  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      // A clean close checkpoints the database, so the next start finds every row at once.
      await db.close();
    },
  };
}

/** The file where a running app publishes its embedded database's URL for `npm run admin`. */
export function embeddedUrlFile(dataDir: string): string {
  return path.join(dataDir, 'embedded-db.url');
}
