import { createHash } from 'node:crypto';
import type { Pool, QueryConfig } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { AppError } from '../common/errors';
import { message } from '../i18n/messages';

/** At most `points` in `seconds`. */
export interface Limit {
  points: number;
  seconds: number;
}

export interface ThrottleLimits {
  /** Sign-in attempts from one source address, whatever the account. */
  signInPerSource: Limit;
  /** Password checks for one account from one source address. */
  signInPerAccountSource: Limit;
  /** Password checks for one account from sources where it never signed in (strangers). */
  signInPerAccount: Limit;
  /** Password-reset and new-activation-link requests from one source address. */
  mailPerSource: Limit;
  /** Password-reset emails to one address. */
  resetPerEmail: Limit;
  /** Company registrations from one source address. */
  registrationPerSource: Limit;
  /** Invitations (new and sent again) from one source address. */
  invitationPerSource: Limit;
  /** Requests to join a company from one source address. */
  joinPerSource: Limit;
  /** Requests to join the company of one tax ID (registered or not: no difference). */
  joinPerTaxId: Limit;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;

export const THROTTLE_LIMITS: Readonly<ThrottleLimits> = {
  signInPerSource: { points: 30, seconds: 15 * MINUTE },
  signInPerAccountSource: { points: 5, seconds: 15 * MINUTE },
  signInPerAccount: { points: 20, seconds: 15 * MINUTE },
  mailPerSource: { points: 10, seconds: HOUR },
  resetPerEmail: { points: 3, seconds: HOUR },
  registrationPerSource: { points: 10, seconds: HOUR },
  invitationPerSource: { points: 30, seconds: HOUR },
  joinPerSource: { points: 5, seconds: HOUR },
  joinPerTaxId: { points: 10, seconds: 24 * HOUR },
};

/** A source where an account signed in is "known" to it for this long. */
const KNOWN_SOURCE_SECONDS = 30 * 24 * HOUR;

/** The table of every counter (migration RateLimit…); rows past `expire` are deleted hourly. */
export const RATE_LIMIT_TABLE = 'rate_limit';

/**
 * Keys are hashed: the table holds no email or address in clear, and a 254-character email
 * fits the key column.
 */
const keyOf = (...parts: string[]) =>
  createHash('sha256').update(parts.join('\n')).digest('base64url');

/**
 * Every counter lives in PostgreSQL (rate-limiter-flexible's RateLimiterPostgres), so all
 * processes share it, and a consume is one atomic INSERT … ON CONFLICT DO UPDATE … RETURNING:
 * thirty parallel attempts get thirty different counts, and exactly the first N pass.
 * The embedded database is PostgreSQL too, so it works the same there.
 */
export class Throttle {
  private readonly limits: ThrottleLimits;
  private readonly limiters = new Map<keyof ThrottleLimits, RateLimiterPostgres>();
  /** (account, source) pairs that signed in successfully: the account-wide cap spares them. */
  private readonly knownSources: RateLimiterPostgres;

  constructor(db: DataSource, limits: Partial<ThrottleLimits> = {}) {
    this.limits = { ...THROTTLE_LIMITS, ...limits };
    const store = unnamedStatements(db);
    const limiter = (keyPrefix: string, { points, seconds }: Limit) =>
      new RateLimiterPostgres({
        storeClient: store,
        storeType: 'pool',
        tableName: RATE_LIMIT_TABLE,
        tableCreated: true,
        clearExpiredByTimeout: false,
        keyPrefix,
        points,
        duration: seconds,
      });
    for (const name of Object.keys(this.limits) as Array<keyof ThrottleLimits>) {
      this.limiters.set(name, limiter(name, this.limits[name]));
    }
    this.knownSources = limiter('signInKnownSource', { points: 1, seconds: KNOWN_SOURCE_SECONDS });
  }

  /**
   * Before a password is checked, counts the attempt (never after: parallel attempts would
   * all read the same count). Refuses with TOO_MANY_ATTEMPTS when the source, the account
   * from this source, or the account from a source it never signed in from is over its limit.
   */
  async beforePasswordCheck(email: string, source: string, locale: string): Promise<void> {
    await this.consume('signInPerSource', keyOf(source), locale);
    const pair = keyOf(email, source);
    await this.consume('signInPerAccountSource', pair, locale);
    if (await this.knownSources.get(pair)) return;
    await this.consume('signInPerAccount', keyOf(email), locale);
  }

  /**
   * After a right password: this source becomes known to the account, its own count starts
   * over, and the account-wide count gives back the point this sign-in took (it was no guess).
   */
  async signedIn(email: string, source: string): Promise<void> {
    const pair = keyOf(email, source);
    const account = keyOf(email);
    const wasKnown = await this.knownSources.get(pair);
    await this.limiter('signInPerAccountSource').delete(pair);
    const counted = wasKnown ? null : await this.limiter('signInPerAccount').get(account);
    if (counted && counted.consumedPoints > 0) {
      await this.limiter('signInPerAccount').reward(account, 1);
    }
    await this.knownSources.set(pair, 1, KNOWN_SOURCE_SECONDS);
  }

  /** A password-reset request: per source and per address (known or not: no difference). */
  async beforeResetEmail(email: string, source: string, locale: string): Promise<void> {
    await this.consume('mailPerSource', keyOf(source), locale);
    await this.consume('resetPerEmail', keyOf(email), locale);
  }

  /** A new activation link (the token names the person): per source. */
  async beforeMailRequest(source: string, locale: string): Promise<void> {
    await this.consume('mailPerSource', keyOf(source), locale);
  }

  async beforeRegistration(source: string, locale: string): Promise<void> {
    await this.consume('registrationPerSource', keyOf(source), locale);
  }

  async beforeInvitation(source: string, locale: string): Promise<void> {
    await this.consume('invitationPerSource', keyOf(source), locale);
  }

  /** A request to join a company: per source and per tax ID, whether it is registered or not. */
  async beforeJoinRequest(
    taxKey: { country: string; taxId: string },
    source: string,
    locale: string,
  ): Promise<void> {
    await this.consume('joinPerSource', keyOf(source), locale);
    await this.consume('joinPerTaxId', keyOf(taxKey.country, taxKey.taxId), locale);
  }

  private limiter(name: keyof ThrottleLimits): RateLimiterPostgres {
    return this.limiters.get(name)!;
  }

  private async consume(name: keyof ThrottleLimits, key: string, locale: string): Promise<void> {
    try {
      await this.limiter(name).consume(key);
    } catch (res) {
      // The library rejects with a RateLimiterRes when over the limit, an Error when the store fails.
      if (!(res instanceof RateLimiterRes)) throw res;
      const ms = res.msBeforeNext > 0 ? res.msBeforeNext : 60_000;
      const minutes = Math.max(1, Math.ceil(ms / 60_000));
      throw new AppError('TOO_MANY_ATTEMPTS', message('TOO_MANY_ATTEMPTS', locale, { minutes }), {
        retryAfterSeconds: Math.ceil(ms / 1000),
      });
    }
  }
}

/**
 * The app's own pg pool (TypeORM's), without the library's named prepared statements: the
 * embedded database multiplexes every connection onto one backend, where a name prepared
 * by one connection already exists for the next ("prepared statement … already exists").
 */
function unnamedStatements(db: DataSource): Pick<Pool, 'query'> {
  const pool = () => (db.driver as unknown as { master: Pool }).master;
  return {
    query: ((q: QueryConfig) => pool().query({ text: q.text, values: q.values })) as Pool['query'],
  };
}
