import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from './config';
import { createDataSource } from './db/data-source';
import { openDatabase, withSetUpLock } from './db/database';
import { restoreBackup, writeBackup } from './db/backup';
import { runningEmbeddedUrl } from './db/embedded';
import { scheduledJobs } from './jobs';
import { JobQueue } from './jobs/queue';
import { createLogger, type Logger } from './logger';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AppError } from './common/errors';
import { createSystemContext } from './context/system-context';
import { attachLiveBus } from './context/live-events';
import { createAgent } from './modules/accounts/agent/agent.service';
import {
  createApiToken,
  listApiTokens,
  revokeApiTokens,
} from './modules/accounts/auth/api-token.service';
import { CompanyService } from './modules/accounts/company/company.service';

/**
 * Operator commands: `npm run admin -- <command> [options]`. They use the same environment as
 * the server. With the embedded database they reach the running app's database through the
 * URL it publishes in DATA_DIR/embedded-db.url, and open the database themselves otherwise.
 */
interface Command {
  summary: string;
  usage: string;
  options: Record<string, { type: 'string' | 'boolean'; description: string }>;
  /** Names of the positional arguments, all required (e.g. ['file']). */
  arguments?: string[];
  /**
   * "migrated" (default): pending migrations run when the command opens the database.
   * "as-is": the command runs them itself. "own-as-is": the same, and it refuses a database a
   * running app is serving (restore).
   */
  database?: 'migrated' | 'as-is' | 'own-as-is';
  run(
    ctx: CliContext,
    values: Record<string, string | boolean | undefined>,
    args: string[],
  ): Promise<void>;
}

interface CliContext {
  config: Config;
  logger: Logger;
  url: string;
  db: DataSource;
  out: (line: string) => void;
}

const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : '');
function required(values: Record<string, string | boolean | undefined>, ...names: string[]): void {
  const missing = names.filter((n) => !str(values[n]));
  if (missing.length) throw new UsageError(`Missing ${missing.map((m) => `--${m}`).join(', ')}.`);
}

class UsageError extends Error {}

const commands: Record<string, Command> = {
  'create-agent': {
    summary: 'Create a staff account (agents sign in on the same page and land in the staff area).',
    usage: 'create-agent --email E --name N [--password P] [--locale en|uk|hu|pl]',
    options: {
      email: { type: 'string', description: "the agent's email (their sign-in)" },
      name: { type: 'string', description: 'the name customers see' },
      password: { type: 'string', description: 'omit it to get a generated one, printed once' },
      locale: { type: 'string', description: 'language of the portal and emails (default en)' },
    },
    async run({ db, out }, values) {
      required(values, 'email', 'name');
      const password = str(values.password) || randomBytes(12).toString('base64url');
      const agent = await db.transaction((tx) =>
        createAgent(tx, {
          email: str(values.email),
          name: str(values.name),
          password,
          locale: str(values.locale) || undefined,
        }),
      );
      out(`Agent ${agent.name} <${agent.email}> created.`);
      if (!values.password) out(`Password (shown once): ${password}`);
    },
  },
  'create-api-token': {
    summary:
      'Create an API token for an internal tool; printed once (send it as Authorization: Bearer).',
    usage: 'create-api-token --name N',
    options: { name: { type: 'string', description: 'the tool that uses it, e.g. "ERP sync"' } },
    async run({ db, out }, values) {
      required(values, 'name');
      const { token, row } = await db.transaction((tx) => createApiToken(tx, str(values.name)));
      out(`API token "${row.name}" created. Store it now; it is not shown again:`);
      out(token);
    },
  },
  'revoke-api-token': {
    summary: 'Revoke every active API token with this name.',
    usage: 'revoke-api-token --name N',
    options: { name: { type: 'string', description: 'the token name' } },
    async run({ db, out }, values) {
      required(values, 'name');
      const n = await db.transaction((tx) => revokeApiTokens(tx, str(values.name)));
      out(`Revoked ${n} token${n === 1 ? '' : 's'} named "${str(values.name)}".`);
    },
  },
  'list-api-tokens': {
    summary: 'List API tokens: name, created, last used, revoked.',
    usage: 'list-api-tokens',
    options: {},
    async run({ db, out }) {
      const tokens = await db.transaction((tx) => listApiTokens(tx));
      if (!tokens.length) out('No API tokens.');
      for (const t of tokens) {
        const d = (x: Date | null) => (x ? x.toISOString().slice(0, 16).replace('T', ' ') : '-');
        out(
          `${t.name.padEnd(30)} created ${d(t.createdAt)}  last used ${d(t.lastUsedAt)}  ${t.revokedAt ? `revoked ${d(t.revokedAt)}` : 'active'}`,
        );
      }
    },
  },
  'onboard-company': {
    summary: 'Create a contracted company with an invited administrator (activation email).',
    usage:
      'onboard-company --tax-id T --country CC --name N --admin-email E [--contracted] [--locale L]',
    options: {
      'tax-id': { type: 'string', description: 'tax ID / VAT number, any formatting' },
      country: { type: 'string', description: 'ISO 3166 alpha-2, e.g. PL' },
      name: { type: 'string', description: 'company name' },
      'admin-email': { type: 'string', description: 'the email the seller has on file' },
      contracted: {
        type: 'boolean',
        description: 'a contracted customer (Customer service portal)',
      },
      locale: { type: 'string', description: "the administrator's language (default en)" },
    },
    async run({ config, logger, db, out }, values) {
      required(values, 'tax-id', 'country', 'name', 'admin-email');
      const ctx = createSystemContext(config, logger, db);
      const company = await new CompanyService().onboard(ctx, {
        taxId: str(values['tax-id']),
        country: str(values.country),
        name: str(values.name),
        adminEmail: str(values['admin-email']),
        contracted: values.contracted === true,
        locale: str(values.locale) || undefined,
      });
      out(
        `Company ${company.name} (${company.country} ${company.taxId}) created; invitation written for ${str(values['admin-email'])}.`,
      );
      out('It is delivered by the mail job of the running app, or by `npm run admin -- run-jobs`.');
    },
  },
  migrate: {
    summary: 'Apply the committed database migrations that have not run yet.',
    usage: 'migrate',
    options: {},
    database: 'as-is',
    async run({ config, db, out }) {
      // Under the same lock as the server's start-up: a process starting now waits for us.
      const migrate = () => db.runMigrations({ transaction: 'each' });
      const ran = await setUpLock(config)(migrate);
      out(
        ran.length ? `Applied ${ran.map((m) => m.name).join(', ')}` : 'The database is up to date.',
      );
    },
  },
  backup: {
    summary: 'Write every row of the database to a file (PostgreSQL SQL; restore with `restore`).',
    usage: 'backup <file>',
    options: {},
    arguments: ['file'],
    async run({ url, out }, _values, [file]) {
      const { tables, rows } = await writeBackup(url, file!);
      out(`Backed up ${rows} rows of ${tables} tables to ${file}.`);
      out('Uploaded files are not in it: copy DATA_DIR/uploads beside it (docs/operations.md).');
    },
  },
  restore: {
    summary: 'Load a backup into an empty database (a fresh DATA_DIR, or an empty DATABASE_URL).',
    usage: 'restore <file>',
    options: {},
    arguments: ['file'],
    database: 'own-as-is',
    async run({ config, url, out }, _values, [file]) {
      const { statements, migrationsAfter } = await restoreBackup(url, file!, setUpLock(config));
      out(`Restored ${file} (${statements} statements).`);
      if (migrationsAfter.length) out(`Then applied ${migrationsAfter.join(', ')}.`);
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

/** The set-up lock of an external database (on its direct URL); the embedded one needs none. */
function setUpLock(config: Config): <T>(fn: () => Promise<T>) => Promise<T> {
  const direct = config.databaseDirectUrl;
  return direct ? (fn) => withSetUpLock(direct, fn) : (fn) => fn();
}

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
  let args: string[];
  try {
    ({ values, positionals: args } = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: 'boolean' } },
      strict: true,
      allowPositionals: true,
    }));
    const wanted = command.arguments ?? [];
    if (!values.help && args.length !== wanted.length) {
      throw new UsageError(
        wanted.length
          ? `Expected ${wanted.map((w) => `<${w}>`).join(' ')}.`
          : `Unexpected "${args[0]}".`,
      );
    }
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
  await withDatabase(config, logger, command, (url, db) =>
    command.run({ config, logger, url, db, out }, values, args),
  );
  return 0;
}

/**
 * Runs fn on the database: the running app's embedded one through the URL it publishes, or
 * opened here (DATABASE_URL, or the embedded one under DATA_DIR).
 */
async function withDatabase(
  config: Config,
  logger: Logger,
  command: Command,
  fn: (url: string, db: DataSource) => Promise<void>,
): Promise<void> {
  const shared = config.databaseUrl ? null : await runningEmbeddedUrl(config.dataDir);
  const mode = command.database ?? 'migrated';
  if (shared && mode === 'own-as-is') {
    throw new UsageError(
      `The portal is running on ${config.dataDir}: stop it first, or restore into a fresh DATA_DIR.`,
    );
  }
  if (shared) {
    const db = createDataSource(shared, { poolSize: 2 });
    await db.initialize();
    try {
      await fn(shared, db);
    } finally {
      await db.destroy();
    }
    return;
  }
  const database = await openDatabase(config, logger, { runMigrations: mode === 'migrated' });
  // On PostgreSQL, what a command changes (run-jobs, a revoked token) reaches the servers' live pages.
  attachLiveBus(database.dataSource, { crossProcess: !database.embedded });
  try {
    await fn(database.url, database.dataSource);
  } finally {
    await database.close();
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      if (err instanceof ConfigError || err instanceof UsageError) console.error(err.message);
      else if (err instanceof AppError) console.error(`${err.code}: ${err.message}`);
      else console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
