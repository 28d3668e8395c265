import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../common/errors';
import { message } from '../i18n/messages';

/**
 * Sign-in and reset throttling. Every call counts, so attempts packed as aliases into one
 * GraphQL request count one by one. Counters live in this process (one app instance; see
 * docs/decisions/0006-accounts.md).
 */
export class Throttle {
  /** Failed sign-ins per account: 5 per 15 minutes. */
  private readonly perAccount = new RateLimiterMemory({ points: 5, duration: 15 * 60 });
  /** Sign-in attempts per address: 30 per 15 minutes. */
  private readonly perAddress = new RateLimiterMemory({ points: 30, duration: 15 * 60 });
  /** Reset and activation-link requests per address: 10 per hour. */
  private readonly perAddressMail = new RateLimiterMemory({ points: 10, duration: 60 * 60 });

  private static refuse(res: unknown, locale: string): never {
    const ms = res instanceof RateLimiterRes ? res.msBeforeNext : 60_000;
    const minutes = Math.max(1, Math.ceil(ms / 60_000));
    throw new AppError('TOO_MANY_ATTEMPTS', message('TOO_MANY_ATTEMPTS', locale, { minutes }), {
      retryAfterSeconds: Math.ceil(ms / 1000),
    });
  }

  /** Before checking a password: refuses when the account or the address is over its limit. */
  async beforeSignIn(email: string, ip: string, locale: string): Promise<void> {
    try {
      await this.perAddress.consume(ip);
    } catch (res) {
      Throttle.refuse(res, locale);
    }
    const account = await this.perAccount.get(email);
    if (account && account.consumedPoints >= 5) Throttle.refuse(account, locale);
  }

  async failedSignIn(email: string): Promise<void> {
    await this.perAccount.consume(email).catch(() => undefined);
  }

  async succeededSignIn(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }

  async beforeMailRequest(ip: string, locale: string): Promise<void> {
    try {
      await this.perAddressMail.consume(ip);
    } catch (res) {
      Throttle.refuse(res, locale);
    }
  }
}
