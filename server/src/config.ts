import path from 'node:path';

/**
 * The environment, parsed and validated once. Nothing else in the server reads process.env:
 * everything it needs arrives through this object.
 */
export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  /** A PostgreSQL URL, or null for the embedded database under dataDir. */
  databaseUrl: string | null;
  /**
   * DATABASE_DIRECT_URL: where connections that need a session of their own go (advisory
   * locks, LISTEN/NOTIFY) when DATABASE_URL points at a transaction pooler such as PgBouncer.
   * null: the same as databaseUrl.
   */
  databaseDirectUrl: string | null;
  dataDir: string;
  /** null: emails are written as .eml files under dataDir/mail. */
  smtpUrl: string | null;
  /**
   * How long a claimed email is the sender's (MAIL_LEASE_SECONDS, 300): longer than one SMTP
   * send may take. A sender that died is replaced after it; the one email it had in flight
   * may then go out twice, with the same Message-ID.
   */
  mailLeaseSeconds: number;
  appUrl: string;
  seedDemo: boolean;
  supportEmail: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Where the built SPA lives (index.html, graphiql.html, assets/). */
  clientDir: string;
  /** A session ends after this many minutes without a request … */
  sessionIdleMinutes: number;
  /** … and this many hours after sign-in, whatever the activity. */
  sessionMaxHours: number;
  passwordResetMinutes: number;
  invitationDays: number;
  /** The seller's name on invoices and labels. */
  sellerName: string;
  /** Where returned goods go (printed on RMA labels). */
  warehouseAddress: string;
  /**
   * INBOUND_SMTP_PORT: the port of the SMTP listener that receives replies to the portal's
   * e-mails (0: any free port, for tests). null: no listener.
   */
  inboundSmtpPort: number | null;
  /** INBOUND_IMAP_URL (imaps://user:pass@host/INBOX): a mailbox polled for replies. null: none. */
  inboundImapUrl: string | null;
  /** How often the IMAP mailbox is polled (INBOUND_IMAP_POLL_SECONDS, 60). */
  inboundImapPollSeconds: number;
  /**
   * METRICS_TOKEN: /metrics answers a request with `Authorization: Bearer <token>`. null: it
   * answers connections from this machine's loopback interface only.
   */
  metricsToken: string | null;
  /**
   * OTEL_EXPORTER_OTLP_ENDPOINT (the OpenTelemetry standard): traces go to <endpoint>/v1/traces
   * over OTLP/HTTP. null: tracing is off and its packages are never loaded.
   */
  otelEndpoint: string | null;
  /**
   * SHUTDOWN_DELAY_SECONDS (0): on SIGTERM, /readyz answers 503 this long while requests are
   * still served, so a load balancer stops sending new ones before the listener closes.
   */
  shutdownDelaySeconds: number;
  /**
   * HEAP_GROWTH_PERCENT (50): how far V8's old generation may grow past what survived its last
   * full collection before the next one, in percent (docs/decisions/0015). 0: V8's own choice,
   * which lets a busy server's heap grow to about four times what it keeps.
   */
  heapGrowthPercent: number;
  /**
   * TRUST_PROXY ("loopback"): the proxies whose X-Forwarded-For is believed for the client's
   * address (throttling, logs), as Express's "trust proxy" takes them: addresses, CIDR ranges or
   * loopback / linklocal / uniquelocal, comma-separated. Behind a reverse proxy in another
   * container: "loopback, uniquelocal".
   */
  trustProxy: string;
  /** The seller's registered address on invoices (parts separated by commas). */
  sellerAddress: string;
  /** The seller's tax ID on invoices, with its country prefix (e.g. PL5213000000). */
  sellerTaxId: string;
  /** The seller's bank account for payment by transfer, printed in the payment terms. */
  sellerBankAccount: string;
  /** Days from issue to due date on the portal's invoices (and ERP invoices without one). */
  paymentTermsDays: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Configuration error: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function value(env: Env, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

function parsePort(env: Env, name: string, fallback: number): number {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) > 65535) {
    throw new ConfigError(name, `must be a port number from 0 to 65535, got "${raw}"`);
  }
  return Number(raw);
}

function parseUrl(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = value(env, name);
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a valid URL: "${raw}"`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(
      name,
      `must start with ${protocols.map((p) => `${p}//`).join(' or ')}, got "${url.protocol}//"`,
    );
  }
  return raw;
}

function parsePositiveInt(env: Env, name: string, fallback: number): number {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) {
    throw new ConfigError(name, `must be a whole number of at least 1, got "${raw}"`);
  }
  return Number(raw);
}

/** A whole number from 0 to max (what it counts goes in `unit`, for the error). */
function parseWhole(env: Env, name: string, fallback: number, max: number, unit: string): number {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) > max) {
    throw new ConfigError(name, `must be a whole number of ${unit} from 0 to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

function parseToken(env: Env, name: string): string | null {
  const raw = value(env, name);
  if (raw === undefined) return null;
  if (raw.length < 16 || !/^[\x21-\x7e]+$/.test(raw)) {
    throw new ConfigError(name, 'must be at least 16 printable characters without spaces');
  }
  return raw;
}

const PROXY_RANGE = /^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/;

function parseTrustProxy(env: Env): string {
  const raw = value(env, 'TRUST_PROXY') ?? 'loopback';
  const parts = raw.split(',').map((p) => p.trim());
  const wrong = parts.find((p) => !PROXY_RANGE.test(p));
  if (wrong !== undefined) {
    throw new ConfigError(
      'TRUST_PROXY',
      `must list addresses, CIDR ranges, loopback, linklocal or uniquelocal, got "${wrong}"`,
    );
  }
  return parts.join(', ');
}

function parseFlag(env: Env, name: string): boolean | undefined {
  const raw = value(env, name);
  if (raw === undefined) return undefined;
  if (raw === '1' || raw.toLowerCase() === 'true') return true;
  if (raw === '0' || raw.toLowerCase() === 'false') return false;
  throw new ConfigError(name, `must be 1 or 0, got "${raw}"`);
}

export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const nodeEnv = value(env, 'NODE_ENV') ?? 'development';
  if (nodeEnv !== 'development' && nodeEnv !== 'production' && nodeEnv !== 'test') {
    throw new ConfigError('NODE_ENV', `must be development, production or test, got "${nodeEnv}"`);
  }
  const port = parsePort(env, 'PORT', 4000);
  const databaseUrl = parseUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']) ?? null;
  const databaseDirectUrl =
    parseUrl(env, 'DATABASE_DIRECT_URL', ['postgres:', 'postgresql:']) ?? databaseUrl;
  const dataDir = path.resolve(cwd, value(env, 'DATA_DIR') ?? '.data');
  const smtpUrl = parseUrl(env, 'SMTP_URL', ['smtp:', 'smtps:']) ?? null;
  const appUrl = (
    parseUrl(env, 'APP_URL', ['http:', 'https:']) ?? `http://localhost:${port}`
  ).replace(/\/+$/, '');
  const seedDemo = parseFlag(env, 'SEED_DEMO') ?? databaseUrl === null;
  const supportEmail = value(env, 'SUPPORT_EMAIL') ?? 'support@example.com';
  if (!EMAIL.test(supportEmail)) {
    throw new ConfigError('SUPPORT_EMAIL', `must be an email address, got "${supportEmail}"`);
  }
  const logLevel = value(env, 'LOG_LEVEL') ?? (nodeEnv === 'test' ? 'silent' : 'info');
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError(
      'LOG_LEVEL',
      `must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`,
    );
  }
  const clientDir = path.resolve(cwd, value(env, 'CLIENT_DIR') ?? 'dist/client');

  return {
    env: nodeEnv,
    port,
    databaseUrl,
    databaseDirectUrl,
    dataDir,
    smtpUrl,
    mailLeaseSeconds: parsePositiveInt(env, 'MAIL_LEASE_SECONDS', 300),
    appUrl,
    seedDemo,
    supportEmail,
    logLevel: logLevel as Config['logLevel'],
    clientDir,
    sessionIdleMinutes: parsePositiveInt(env, 'SESSION_IDLE_MINUTES', 120),
    sessionMaxHours: parsePositiveInt(env, 'SESSION_MAX_HOURS', 24 * 14),
    passwordResetMinutes: parsePositiveInt(env, 'PASSWORD_RESET_MINUTES', 30),
    invitationDays: parsePositiveInt(env, 'INVITATION_DAYS', 7),
    sellerName: value(env, 'SELLER_NAME') ?? 'Volt Electronics Distribution S.A.',
    warehouseAddress:
      value(env, 'WAREHOUSE_ADDRESS') ??
      'Returns Department, ul. Magazynowa 5, 05-800 Pruszków, Poland',
    inboundSmtpPort:
      value(env, 'INBOUND_SMTP_PORT') === undefined ? null : parsePort(env, 'INBOUND_SMTP_PORT', 0),
    inboundImapUrl: parseUrl(env, 'INBOUND_IMAP_URL', ['imap:', 'imaps:']) ?? null,
    inboundImapPollSeconds: parsePositiveInt(env, 'INBOUND_IMAP_POLL_SECONDS', 60),
    metricsToken: parseToken(env, 'METRICS_TOKEN'),
    otelEndpoint:
      parseUrl(env, 'OTEL_EXPORTER_OTLP_ENDPOINT', ['http:', 'https:'])?.replace(/\/+$/, '') ??
      null,
    shutdownDelaySeconds: parseWhole(env, 'SHUTDOWN_DELAY_SECONDS', 0, 30, 'seconds'),
    heapGrowthPercent: parseWhole(env, 'HEAP_GROWTH_PERCENT', 50, 400, 'percent'),
    trustProxy: parseTrustProxy(env),
    sellerAddress: value(env, 'SELLER_ADDRESS') ?? 'ul. Magazynowa 5, 05-800 Pruszków, PL',
    sellerTaxId: value(env, 'SELLER_TAX_ID') ?? 'PL5213000000',
    sellerBankAccount: value(env, 'SELLER_BANK_ACCOUNT') ?? 'PL61 1090 1014 0000 0712 1981 2874',
    paymentTermsDays: parsePositiveInt(env, 'PAYMENT_TERMS_DAYS', 14),
  };
}
