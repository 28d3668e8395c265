import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
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
  // pg_trgm: the trigram indexes of search (a migration runs CREATE EXTENSION).
  const db = await PGlite.create({
    dataDir: options.dataPath ?? 'memory://',
    extensions: { pg_trgm },
  });
  keepExtendedQueriesTogether(db);
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

/**
 * pglite-socket's multiplexer queues connections' messages one by one and keeps to one
 * connection only while a transaction is open. node-postgres sends a parameterized query as
 * Parse/Bind/Describe/Execute/Sync, so two connections' sequences could interleave and one
 * would run the other's unnamed portal ("portal \"\" does not exist", seen under 20
 * concurrent orders). The queue asks db.isInTransaction() to decide whether to stay with the
 * last connection: answering true from the first extended-protocol message to its Sync keeps
 * each sequence whole.
 */
function keepExtendedQueriesTogether(db: PGlite): void {
  const EXTENDED = new Set(['P', 'B', 'D', 'E', 'C', 'H', 'F'].map((c) => c.charCodeAt(0)));
  const SYNC = 'S'.charCodeAt(0);
  const QUERY = 'Q'.charCodeAt(0);
  let midSequence = false;
  const inTransaction = db.isInTransaction.bind(db);
  const exec = db.execProtocolRawStream.bind(db);
  db.isInTransaction = () => inTransaction() || midSequence;
  db.execProtocolRawStream = (message, options) => {
    const type = message[0];
    if (type !== undefined && EXTENDED.has(type)) midSequence = true;
    else if (type === SYNC || type === QUERY) midSequence = false;
    return exec(message, options);
  };
}

/** The URL published by a running app on this DATA_DIR, if its server answers. */
export async function runningEmbeddedUrl(dataDir: string): Promise<string | null> {
  const file = embeddedUrlFile(dataDir);
  if (!fs.existsSync(file)) return null;
  const url = fs.readFileSync(file, 'utf8').trim();
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return null;
  }
  const answers = await new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: target.hostname, port: Number(target.port) }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
    socket.setTimeout(1_000, () => {
      socket.destroy();
      resolve(false);
    });
  });
  return answers ? url : null;
}
