import path from 'node:path';
import { ConfigError, loadConfig } from '../config';

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    const c = loadConfig({}, '/srv/portal');
    expect(c).toMatchObject({
      env: 'development',
      port: 4000,
      databaseUrl: null,
      dataDir: path.resolve('/srv/portal/.data'),
      smtpUrl: null,
      appUrl: 'http://localhost:4000',
      seedDemo: true,
    });
  });

  it('starts no inbound channel unless INBOUND_SMTP_PORT or INBOUND_IMAP_URL is set', () => {
    expect(loadConfig({})).toMatchObject({ inboundSmtpPort: null, inboundImapUrl: null });
    const c = loadConfig({
      INBOUND_SMTP_PORT: '2525',
      INBOUND_IMAP_URL: 'imaps://replies:secret@imap.example.com/INBOX',
    });
    expect(c.inboundSmtpPort).toBe(2525);
    expect(c.inboundImapUrl).toBe('imaps://replies:secret@imap.example.com/INBOX');
    expect(c.inboundImapPollSeconds).toBe(60);
  });

  it('derives APP_URL from PORT and turns demo data off with an external database', () => {
    const c = loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://u@db:5432/portal' }, '/srv');
    expect(c.appUrl).toBe('http://localhost:8080');
    expect(c.seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/x', SEED_DEMO: '1' }).seedDemo).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://db/x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ SMTP_URL: 'http://mail' }, 'SMTP_URL'],
    [{ INBOUND_SMTP_PORT: 'smtp' }, 'INBOUND_SMTP_PORT'],
    [{ INBOUND_IMAP_URL: 'pop3://u:p@mail/INBOX' }, 'INBOUND_IMAP_URL'],
    [{ INBOUND_IMAP_POLL_SECONDS: '0' }, 'INBOUND_IMAP_POLL_SECONDS'],
    [{ APP_URL: 'ftp://portal' }, 'APP_URL'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ SUPPORT_EMAIL: 'nobody' }, 'SUPPORT_EMAIL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DATABASE_DIRECT_URL: 'http://db/x' }, 'DATABASE_DIRECT_URL'],
    [{ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN'],
    [{ METRICS_TOKEN: 'has a space in the middle!' }, 'METRICS_TOKEN'],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'grpc://collector:4317' }, 'OTEL_EXPORTER_OTLP_ENDPOINT'],
    [{ SHUTDOWN_DELAY_SECONDS: '31' }, 'SHUTDOWN_DELAY_SECONDS'],
    [{ SHUTDOWN_DELAY_SECONDS: '-1' }, 'SHUTDOWN_DELAY_SECONDS'],
    [{ HEAP_GROWTH_PERCENT: '401' }, 'HEAP_GROWTH_PERCENT'],
    [{ HEAP_GROWTH_PERCENT: '1.5' }, 'HEAP_GROWTH_PERCENT'],
    [{ TRUST_PROXY: 'everyone' }, 'TRUST_PROXY'],
  ])('stops on %j naming the variable', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Configuration error: ${variable} `));
  });

  it('strips a trailing slash from APP_URL', () => {
    expect(loadConfig({ APP_URL: 'https://portal.example.com/' }).appUrl).toBe(
      'https://portal.example.com',
    );
  });

  it('reads the operations settings: metrics token, traces, shutdown delay, proxies, heap', () => {
    expect(loadConfig({})).toMatchObject({
      databaseDirectUrl: null,
      metricsToken: null,
      otelEndpoint: null,
      shutdownDelaySeconds: 0,
      heapGrowthPercent: 50,
      trustProxy: 'loopback',
    });
    const c = loadConfig({
      DATABASE_URL: 'postgres://u@pgbouncer:6432/portal',
      DATABASE_DIRECT_URL: 'postgres://u@postgres:5432/portal',
      METRICS_TOKEN: 'a-long-enough-metrics-token',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/',
      SHUTDOWN_DELAY_SECONDS: '5',
      HEAP_GROWTH_PERCENT: '0',
      TRUST_PROXY: 'loopback,uniquelocal, 203.0.113.0/24',
    });
    expect(c).toMatchObject({
      databaseDirectUrl: 'postgres://u@postgres:5432/portal',
      metricsToken: 'a-long-enough-metrics-token',
      otelEndpoint: 'http://collector:4318',
      shutdownDelaySeconds: 5,
      heapGrowthPercent: 0,
      trustProxy: 'loopback, uniquelocal, 203.0.113.0/24',
    });
    // Without DATABASE_DIRECT_URL, session-level connections go where DATABASE_URL points.
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db/x' }).databaseDirectUrl).toBe(
      'postgres://u@db/x',
    );
  });
});
