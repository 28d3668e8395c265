import { isUuid } from '../../../common/ids';
import type { EntityManager } from 'typeorm';
import {
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
} from '../../../common/errors';
import { uniqueViolation } from '../../../common/db-errors';
import type { RequestContext } from '../../../context/request-context';
import {
  companyInScope,
  requireCompanyAdmin,
  requireRepresentative,
} from '../../../context/viewer';
import { sendInvitation } from '../auth/auth.service';
import { normalizeEmail } from '../../../../../shared/src/accounts';
import { endSessions } from '../auth/session.service';
import { EmailAlreadyRegisteredError } from '../company/company.errors';
import { Company } from '../company/company.entity';
import { OneTimeToken } from '../auth/one-time-token.entity';
import { Representative, RepresentativeRole, RepresentativeStatus } from './representative.entity';
import { audit } from '../../../audit/audit.service';

const subject = (rep: Representative) => ({
  type: 'Representative',
  id: rep.id,
  companyId: rep.companyId,
});
import { LastAdministratorError, NotInvitedError } from './representative.errors';
import type { InviteRepresentativeInput, UpdateProfileInput } from './representative.inputs';

/** Who is invited: the address (normalized), the role, the e-mail's language, a name if known. */
export interface Invitee {
  email: string;
  role: RepresentativeRole;
  locale: string;
  name?: string | null;
}

/**
 * The usual invitation, inside the caller's transaction: an INVITED representative of the
 * company, an activation link e-mailed in their language, the audit event. An address that
 * already has an account: EMAIL_ALREADY_REGISTERED (the caller maps a racing duplicate's
 * unique violation the same way).
 */
export async function inviteIntoCompany(
  ctx: RequestContext,
  tx: EntityManager,
  company: Company,
  invitee: Invitee,
  inviterName: string,
): Promise<Representative> {
  const repo = tx.getRepository(Representative);
  if (await repo.exists({ where: { email: invitee.email } })) {
    throw new EmailAlreadyRegisteredError(ctx.locale);
  }
  const rep = await repo.save(
    repo.create({
      companyId: company.id,
      email: invitee.email,
      name: invitee.name ?? null,
      role: invitee.role,
      status: RepresentativeStatus.INVITED,
      locale: invitee.locale,
      passwordHash: null,
    }),
  );
  await sendInvitation(ctx, tx, rep, company, inviterName);
  await audit(ctx, tx, 'representative.invited', subject(rep), {
    email: invitee.email,
    role: invitee.role,
  });
  return rep;
}

/** Who may manage a company's people: its administrators, and the seller's staff. */
type Manager = { companyId: string | null; name: string; selfId: string | null };

export class RepresentativeService {
  /** The viewer's own company; staff may name any company. */
  async list(ctx: RequestContext, companyId?: string | null): Promise<Representative[]> {
    const scope = this.readScope(ctx, companyId);
    return ctx.db.getRepository(Representative).find({
      where: { companyId: scope },
      order: { status: 'ASC', name: 'ASC', email: 'ASC' },
    });
  }

  async invite(ctx: RequestContext, input: InviteRepresentativeInput): Promise<Representative> {
    const viewer = requireCompanyAdmin(ctx, 'Only the company administrator can add employees.');
    const email = normalizeEmail(input.email);
    await ctx.throttle.beforeInvitation(ctx.clientIp, ctx.locale);
    try {
      return await ctx.transaction(async (tx) => {
        const rep = await inviteIntoCompany(
          ctx,
          tx,
          viewer.company,
          { email, role: input.role, locale: input.locale ?? viewer.representative.locale },
          viewer.representative.name ?? viewer.representative.email,
        );
        return tx.getRepository(Representative).findOneOrFail({ where: { id: rep.id } });
      });
    } catch (err) {
      if (uniqueViolation(err) === 'UQ_representative_email')
        throw new EmailAlreadyRegisteredError(ctx.locale);
      throw err;
    }
  }

  async resendInvitation(ctx: RequestContext, id: string): Promise<Representative> {
    const manager = this.manager(ctx);
    await ctx.throttle.beforeInvitation(ctx.clientIp, ctx.locale);
    return ctx.transaction(async (tx) => {
      const rep = await this.findManaged(tx, manager, id);
      if (rep.status !== RepresentativeStatus.INVITED) throw new NotInvitedError();
      const company = await tx
        .getRepository(Company)
        .findOneOrFail({ where: { id: rep.companyId } });
      await sendInvitation(ctx, tx, rep, company, manager.name);
      await audit(ctx, tx, 'representative.invitation_resent', subject(rep));
      return tx.getRepository(Representative).findOneOrFail({ where: { id } });
    });
  }

  /** Withdraws an invitation that was not accepted: the person and their links are removed. */
  async revokeInvitation(ctx: RequestContext, id: string): Promise<boolean> {
    const manager = this.manager(ctx);
    return ctx.transaction(async (tx) => {
      const rep = await this.findManaged(tx, manager, id);
      if (rep.status !== RepresentativeStatus.INVITED) throw new NotInvitedError();
      if (rep.role === RepresentativeRole.ADMIN) await this.assertAnotherAdmin(tx, rep);
      await tx.getRepository(OneTimeToken).delete({ representativeId: rep.id });
      await audit(ctx, tx, 'representative.invitation_revoked', subject(rep), { email: rep.email });
      await tx.getRepository(Representative).delete({ id: rep.id });
      return true;
    });
  }

  async changeRole(
    ctx: RequestContext,
    id: string,
    role: RepresentativeRole,
  ): Promise<Representative> {
    const manager = this.manager(ctx);
    return ctx.transaction(async (tx) => {
      const rep = await this.findManaged(tx, manager, id, { lock: true });
      if (rep.role === role) return rep;
      if (rep.role === RepresentativeRole.ADMIN) await this.assertAnotherAdmin(tx, rep);
      await audit(ctx, tx, 'representative.role_changed', subject(rep), {
        from: rep.role,
        to: role,
      });
      rep.role = role;
      return tx.getRepository(Representative).save(rep);
    });
  }

  /** Disabling ends the person's sessions at once; they cannot sign in until enabled. */
  async disable(ctx: RequestContext, id: string): Promise<Representative> {
    const manager = this.manager(ctx);
    return ctx.transaction(async (tx) => {
      const rep = await this.findManaged(tx, manager, id, { lock: true });
      if (rep.status === RepresentativeStatus.INVITED) {
        throw new BadUserInputError(
          'Revoke the invitation instead: this person has not activated the account.',
        );
      }
      if (rep.role === RepresentativeRole.ADMIN) await this.assertAnotherAdmin(tx, rep);
      rep.status = RepresentativeStatus.DISABLED;
      await endSessions(tx, { type: 'REPRESENTATIVE', id: rep.id });
      await audit(ctx, tx, 'representative.disabled', subject(rep));
      return tx.getRepository(Representative).save(rep);
    });
  }

  /** A disabled person can sign in again. */
  async enable(ctx: RequestContext, id: string): Promise<Representative> {
    const manager = this.manager(ctx);
    return ctx.transaction(async (tx) => {
      const rep = await this.findManaged(tx, manager, id, { lock: true });
      if (rep.status === RepresentativeStatus.DISABLED) rep.status = RepresentativeStatus.ACTIVE;
      await audit(ctx, tx, 'representative.enabled', subject(rep));
      return tx.getRepository(Representative).save(rep);
    });
  }

  async updateProfile(ctx: RequestContext, input: UpdateProfileInput): Promise<Representative> {
    const viewer = requireRepresentative(ctx);
    return ctx.transaction(async (tx) => {
      const repo = tx.getRepository(Representative);
      const rep = await repo.findOneOrFail({ where: { id: viewer.id } });
      if (input.name !== undefined) {
        const name = input.name?.trim();
        if (!name) throw new BadUserInputError('Enter your name.', 'name');
        rep.name = name;
      }
      if (input.locale) rep.locale = input.locale;
      return repo.save(rep);
    });
  }

  private readScope(ctx: RequestContext, companyId?: string | null): string {
    const scoped = companyInScope(ctx, companyId);
    if (scoped) return scoped;
    if (ctx.viewer) throw new BadUserInputError('Name the company (companyId).', 'companyId');
    throw new UnauthenticatedError();
  }

  private manager(ctx: RequestContext): Manager {
    const viewer = ctx.viewer;
    if (!viewer) throw new UnauthenticatedError();
    if (viewer.kind === 'REPRESENTATIVE') {
      if (viewer.representative.role !== RepresentativeRole.ADMIN) {
        throw new ForbiddenError('Only the company administrator can manage employees.');
      }
      const r = viewer.representative;
      return { companyId: viewer.company.id, name: r.name ?? r.email, selfId: r.id };
    }
    return {
      companyId: null,
      name: viewer.kind === 'AGENT' ? viewer.agent.name : viewer.tokenName,
      selfId: null,
    };
  }

  /** Another company's person answers NOT_FOUND, exactly like an unknown id. */
  private async findManaged(
    tx: EntityManager,
    manager: Manager,
    id: string,
    { lock }: { lock?: boolean } = {},
  ): Promise<Representative> {
    const qb = tx.getRepository(Representative).createQueryBuilder('r').where('r.id = :id', { id });
    if (manager.companyId)
      qb.andWhere('r.companyId = :companyId', { companyId: manager.companyId });
    if (lock) qb.setLock('pessimistic_write');
    const rep = isUuid(id) ? await qb.getOne() : null;
    if (!rep) throw new NotFoundError('Representative');
    return rep;
  }

  /** Locks the company's administrators and refuses to remove the last active one. */
  private async assertAnotherAdmin(tx: EntityManager, rep: Representative): Promise<void> {
    const admins = await tx
      .getRepository(Representative)
      .createQueryBuilder('r')
      .where('r.companyId = :companyId AND r.role = :role', {
        companyId: rep.companyId,
        role: RepresentativeRole.ADMIN,
      })
      .setLock('pessimistic_write')
      .getMany();
    const others = admins.filter(
      (a) => a.id !== rep.id && a.status === RepresentativeStatus.ACTIVE,
    );
    if (others.length === 0) throw new LastAdministratorError();
  }
}
