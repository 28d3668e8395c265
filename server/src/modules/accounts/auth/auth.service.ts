import type { EntityManager } from 'typeorm';
import { normalizeEmail } from '../../../../../shared/src/accounts';
import { activatePath, resetPasswordPath } from '../../../../../shared/src/routes';
import type { RequestContext, Viewer } from '../../../context/request-context';
import { requireRepresentative } from '../../../context/viewer';
import { formatWhen, queueEmail } from '../../../mail/mail.service';
import { Agent } from '../agent/agent.entity';
import { Company } from '../company/company.entity';
import { Representative, RepresentativeStatus } from '../representative/representative.entity';
import { InvalidCredentialsError, InvalidTokenError, TokenExpiredError } from './auth.errors';
import { findOneTimeToken, issueOneTimeToken } from './one-time-token.service';
import { burnVerifyTime, checkPasswordPolicy, hashPassword, verifyPassword } from './passwords';
import { audit } from '../../../audit/audit.service';
import { createSession, endSession, endSessions } from './session.service';
import { takingAtLeast } from './even-time';

/** A reset request answers after this long, whether the address has an account or not. */
export const RESET_ANSWER_MS = 300;

export interface LinkInfo {
  state: 'VALID' | 'EXPIRED' | 'USED';
  email: string;
  companyName: string;
}

export class AuthService {
  /** The same answer for an unknown email and a wrong password, in the same time. */
  async logIn(ctx: RequestContext, rawEmail: string, password: string): Promise<Viewer> {
    const email = normalizeEmail(rawEmail);
    await ctx.throttle.beforePasswordCheck(email, ctx.clientIp, ctx.locale);
    const rep = await ctx.db
      .getRepository(Representative)
      .createQueryBuilder('r')
      .addSelect('r.passwordHash')
      .where('r.email = :email', { email })
      .getOne();
    const agent = rep
      ? null
      : await ctx.db
          .getRepository(Agent)
          .createQueryBuilder('a')
          .addSelect('a.passwordHash')
          .where('a.email = :email', { email })
          .getOne();
    const principal = rep ?? agent;
    const active = rep ? rep.status === RepresentativeStatus.ACTIVE : !!agent?.active;
    const ok =
      principal?.passwordHash && active
        ? await verifyPassword(principal.passwordHash, password)
        : (await burnVerifyTime(password), false);
    if (!ok || !principal) throw new InvalidCredentialsError(ctx.locale);
    await ctx.throttle.signedIn(email, ctx.clientIp);
    const type = rep ? 'REPRESENTATIVE' : 'AGENT';
    const session = await ctx.transaction((tx) =>
      createSession(tx, ctx.config, { type, id: principal.id }, ctx.userAgent),
    );
    ctx.sessionCookie.set(session.token, session.expiresAt);
    if (rep) {
      const company = await ctx.db
        .getRepository(Company)
        .findOneOrFail({ where: { id: rep.companyId } });
      return { kind: 'REPRESENTATIVE', representative: rep, company, sessionId: session.sessionId };
    }
    return { kind: 'AGENT', agent: agent!, sessionId: session.sessionId };
  }

  async logOut(ctx: RequestContext): Promise<boolean> {
    const viewer = ctx.viewer;
    if (viewer && viewer.kind !== 'API_TOKEN') {
      await ctx.transaction((tx) => endSession(tx, viewer.sessionId));
    }
    ctx.sessionCookie.clear();
    return true;
  }

  /**
   * Always true, and in the same time: nobody learns which addresses have an account. The
   * throttle counts the address whether it exists or not (3 an hour), and the answer waits
   * for a floor above what writing the link and the email takes.
   */
  async requestPasswordReset(ctx: RequestContext, rawEmail: string): Promise<boolean> {
    const email = normalizeEmail(rawEmail);
    await ctx.throttle.beforeResetEmail(email, ctx.clientIp, ctx.locale);
    await takingAtLeast(RESET_ANSWER_MS, () => this.writeResetLink(ctx, email));
    return true;
  }

  private async writeResetLink(ctx: RequestContext, email: string): Promise<void> {
    await ctx.transaction(async (tx) => {
      const rep = await tx.getRepository(Representative).findOne({ where: { email } });
      if (!rep || rep.status === RepresentativeStatus.DISABLED) return;
      const { token } = await issueOneTimeToken(
        tx,
        'PASSWORD_RESET',
        rep.id,
        ctx.config.passwordResetMinutes * 60_000,
      );
      await queueEmail(ctx, tx, {
        to: rep.email,
        template: 'PASSWORD_RESET',
        locale: rep.locale,
        params: { email: rep.email, minutes: String(ctx.config.passwordResetMinutes) },
        linkPath: resetPasswordPath(token),
        companyId: rep.companyId,
      });
    });
  }

  /**
   * Sets a new password from a reset link. An invited person (a contracted customer whose
   * account staff created) becomes active this way, as the Hungarian portal describes.
   */
  async resetPassword(ctx: RequestContext, token: string, password: string): Promise<boolean> {
    await ctx.transaction(async (tx) => {
      const found = await findOneTimeToken(tx, token, ['PASSWORD_RESET']);
      if (!found || found.state === 'USED') throw new InvalidTokenError(ctx.locale);
      if (found.state === 'EXPIRED') throw new TokenExpiredError(ctx.locale);
      const repo = tx.getRepository(Representative);
      const rep = await repo.findOneOrFail({ where: { id: found.row.representativeId } });
      if (rep.status === RepresentativeStatus.DISABLED) throw new InvalidTokenError(ctx.locale);
      checkPasswordPolicy(password, rep.email);
      const now = new Date();
      await repo.update(
        { id: rep.id },
        {
          passwordHash: await hashPassword(password),
          ...(rep.status === RepresentativeStatus.INVITED
            ? { status: RepresentativeStatus.ACTIVE, activatedAt: now }
            : {}),
        },
      );
      found.row.usedAt = now;
      await tx.save(found.row);
      await audit(ctx, tx, 'representative.password_reset', {
        type: 'Representative',
        id: rep.id,
        companyId: rep.companyId,
      });
      await endSessions(tx, { type: 'REPRESENTATIVE', id: rep.id });
      await queueEmail(ctx, tx, {
        to: rep.email,
        template: 'PASSWORD_CHANGED',
        locale: rep.locale,
        params: { email: rep.email, when: formatWhen(now, rep.locale) },
        companyId: rep.companyId,
      });
    });
    return true;
  }

  /** What an activation or reset link is, so the page can say "expired" before the form. */
  async linkInfo(ctx: RequestContext, token: string): Promise<LinkInfo | null> {
    return ctx.transaction(async (tx) => {
      const found = await findOneTimeToken(tx, token, ['ACTIVATION', 'PASSWORD_RESET']);
      if (!found) return null;
      const rep = await tx
        .getRepository(Representative)
        .findOneOrFail({ where: { id: found.row.representativeId } });
      const company = await tx
        .getRepository(Company)
        .findOneOrFail({ where: { id: rep.companyId } });
      return { state: found.state, email: rep.email, companyName: company.name };
    });
  }

  async activate(
    ctx: RequestContext,
    token: string,
    password: string,
    name: string,
  ): Promise<Viewer> {
    const result = await ctx.transaction(async (tx) => {
      const found = await findOneTimeToken(tx, token, ['ACTIVATION']);
      if (!found || found.state === 'USED') throw new InvalidTokenError(ctx.locale);
      if (found.state === 'EXPIRED') throw new TokenExpiredError(ctx.locale);
      const repo = tx.getRepository(Representative);
      const rep = await repo.findOneOrFail({ where: { id: found.row.representativeId } });
      if (rep.status !== RepresentativeStatus.INVITED) throw new InvalidTokenError(ctx.locale);
      checkPasswordPolicy(password, rep.email);
      const now = new Date();
      Object.assign(rep, {
        passwordHash: await hashPassword(password),
        name: name.trim(),
        status: RepresentativeStatus.ACTIVE,
        activatedAt: now,
      });
      await repo.save(rep);
      found.row.usedAt = now;
      await tx.save(found.row);
      await audit(ctx, tx, 'representative.activated', {
        type: 'Representative',
        id: rep.id,
        companyId: rep.companyId,
      });
      const session = await createSession(
        tx,
        ctx.config,
        { type: 'REPRESENTATIVE', id: rep.id },
        ctx.userAgent,
      );
      const company = await tx
        .getRepository(Company)
        .findOneOrFail({ where: { id: rep.companyId } });
      return { rep, company, session };
    });
    ctx.sessionCookie.set(result.session.token, result.session.expiresAt);
    return {
      kind: 'REPRESENTATIVE',
      representative: result.rep,
      company: result.company,
      sessionId: result.session.sessionId,
    };
  }

  /** A new activation email for an expired link, as long as the invitation still stands. */
  async requestNewActivationLink(ctx: RequestContext, token: string): Promise<boolean> {
    await ctx.throttle.beforeMailRequest(ctx.clientIp, ctx.locale);
    await ctx.transaction(async (tx) => {
      const found = await findOneTimeToken(tx, token, ['ACTIVATION']);
      if (!found) return;
      const rep = await tx
        .getRepository(Representative)
        .findOneOrFail({ where: { id: found.row.representativeId } });
      if (rep.status !== RepresentativeStatus.INVITED) return;
      const company = await tx
        .getRepository(Company)
        .findOneOrFail({ where: { id: rep.companyId } });
      await sendInvitation(ctx, tx, rep, company, company.name);
    });
    return true;
  }

  async changePassword(
    ctx: RequestContext,
    currentPassword: string,
    newPassword: string,
  ): Promise<boolean> {
    const viewer = requireRepresentative(ctx);
    await ctx.transaction(async (tx) => {
      const repo = tx.getRepository(Representative);
      const rep = await repo
        .createQueryBuilder('r')
        .addSelect('r.passwordHash')
        .where('r.id = :id', { id: viewer.representative.id })
        .getOneOrFail();
      if (!rep.passwordHash || !(await verifyPassword(rep.passwordHash, currentPassword))) {
        throw new InvalidCredentialsError(ctx.locale);
      }
      checkPasswordPolicy(newPassword, rep.email);
      await repo.update({ id: rep.id }, { passwordHash: await hashPassword(newPassword) });
      await audit(ctx, tx, 'representative.password_changed', {
        type: 'Representative',
        id: rep.id,
        companyId: rep.companyId,
      });
      await endSessions(tx, { type: 'REPRESENTATIVE', id: rep.id }, viewer.sessionId);
      await queueEmail(ctx, tx, {
        to: rep.email,
        template: 'PASSWORD_CHANGED',
        locale: rep.locale,
        params: { email: rep.email, when: formatWhen(new Date(), rep.locale) },
        companyId: rep.companyId,
      });
    });
    return true;
  }
}

/** Issues an activation link and writes the invitation email (inside the caller's transaction). */
export async function sendInvitation(
  ctx: RequestContext,
  tx: EntityManager,
  rep: Representative,
  company: Company,
  inviterName: string,
): Promise<void> {
  const ttl = ctx.config.invitationDays * 86_400_000;
  const { token, expiresAt } = await issueOneTimeToken(tx, 'ACTIVATION', rep.id, ttl);
  await tx.getRepository(Representative).update({ id: rep.id }, { invitedAt: new Date() });
  await queueEmail(ctx, tx, {
    to: rep.email,
    template: 'INVITATION',
    locale: rep.locale,
    params: {
      company: company.name,
      inviter: inviterName,
      expires: formatWhen(expiresAt, rep.locale),
    },
    linkPath: activatePath(token),
    companyId: company.id,
  });
}
