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
  ])('stops on %j naming the variable', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Configuration error: ${variable} `));
  });

  it('strips a trailing slash from APP_URL', () => {
    expect(loadConfig({ APP_URL: 'https://portal.example.com/' }).appUrl).toBe(
      'https://portal.example.com',
    );
  });
});
