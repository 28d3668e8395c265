import 'reflect-metadata';
import fs from 'node:fs';
import net from 'node:net';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from './config';
import { createDataSource } from './db/data-source';
import { openDatabase } from './db/database';
import { embeddedUrlFile } from './db/embedded';
import { scheduledJobs } from './jobs';
import { JobQueue } from './jobs/queue';
import { createLogger, type Logger } from './logger';
import type { DataSource } from 'typeorm';

/**
 * Operator commands: `npm run admin -- <command> [options]`. They use the same environment as
 * the server. With the embedded database they reach the running app's database through the
 * URL it publishes in DATA_DIR/embedded-db.url, and open the database themselves otherwise.
 */
interface Command {
  summary: string;
  usage: string;
  options: Record<string, { type: 'string' | 'boolean'; description: string }>;
  run(ctx: CliContext, values: Record<string, string | boolean | undefined>): Promise<void>;
}

interface CliContext {
  config: Config;
  logger: Logger;
  url: string;
  db: DataSource;
  out: (line: string) => void;
}

const commands: Record<string, Command> = {
  migrate: {
    summary: 'Apply the committed database migrations that have not run yet.',
    usage: 'migrate',
    options: {},
    async run({ db, out }) {
      const ran = await db.runMigrations({ transaction: 'each' });
      out(
        ran.length ? `Applied ${ran.map((m) => m.name).join(', ')}` : 'The database is up to date.',
      );
    },
  },
  'run-jobs': {
    summary: 'Run all due scheduled work once (auto-resolve, auto-close, mail …) and exit.',
    usage: 'run-jobs',
    options: {},
    async run({ config, logger, url, db, out }) {
      const queue = new JobQueue(url, { config, logger, db, now: () => new Date() }, scheduledJobs);
      const results = await queue.runAllOnce();
      for (const r of results) out(`${r.name}: ${r.changed} changed`);
      out(`Ran ${results.length} scheduled job${results.length === 1 ? '' : 's'}.`);
    },
  },
};

function help(): string {
  const lines = [
    'Usage: npm run admin -- <command> [options]',
    '',
    'Commands:',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(20)} ${c.summary}`),
    '',
    'Run `npm run admin -- <command> --help` for the options of one command.',
    'Environment: DATABASE_URL, DATA_DIR and the rest as for `npm start` (see README).',
  ];
  return lines.join('\n');
}

function commandHelp(name: string, c: Command): string {
  const opts = Object.entries(c.options).map(
    ([o, d]) => `  --${o}${d.type === 'string' ? ' <value>' : ''}`.padEnd(26) + d.description,
  );
  return [
    `Usage: npm run admin -- ${c.usage}`,
    '',
    c.summary,
    ...(opts.length ? ['', 'Options:', ...opts] : []),
  ].join('\n');
}

/** The running app's embedded database, when its published URL answers. */
async function runningEmbeddedUrl(config: Config): Promise<string | null> {
  const file = embeddedUrlFile(config.dataDir);
  if (!fs.existsSync(file)) return null;
  const url = fs.readFileSync(file, 'utf8').trim();
  const { hostname, port } = new URL(url);
  const answers = await new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) }, () => {
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

export async function runCli(
  argv: string[],
  out: (line: string) => void = console.log,
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out(help());
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    out(`Unknown command "${name}".\n\n${help()}`);
    return 1;
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: 'boolean' } },
      strict: true,
    }).values;
  } catch (err) {
    out(`${(err as Error).message}\n\n${commandHelp(name, command)}`);
    return 1;
  }
  if (values.help) {
    out(commandHelp(name, command));
    return 0;
  }

  const config = loadConfig();
  // Commands print their own results; the log shows only warnings unless LOG_LEVEL asks for more.
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const shared = config.databaseUrl ? null : await runningEmbeddedUrl(config);
  if (shared) {
    const db = createDataSource(shared, { poolSize: 2 });
    await db.initialize();
    try {
      await command.run({ config, logger, url: shared, db, out }, values);
    } finally {
      await db.destroy();
    }
  } else {
    const database = await openDatabase(config, logger, { runMigrations: name !== 'migrate' });
    try {
      await command.run(
        { config, logger, url: database.url, db: database.dataSource, out },
        values,
      );
    } finally {
      await database.close();
    }
  }
  return 0;
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      if (err instanceof ConfigError) console.error(err.message);
      else console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
