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
