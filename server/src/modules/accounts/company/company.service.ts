import { uniqueViolation } from '../../../common/db-errors';
import type { RequestContext, Viewer } from '../../../context/request-context';
import { actorOf, requireCompanyAdmin, requireStaff } from '../../../context/viewer';
import { isUuid } from '../../../common/ids';
import { NotFoundError } from '../../../common/errors';
import { isLocale } from '../../../../../shared/src/locales';
import { sendInvitation } from '../auth/auth.service';
import { normalizeEmail } from '../../../../../shared/src/accounts';
import { checkPasswordPolicy, hashPassword } from '../auth/passwords';
import { createSession } from '../auth/session.service';
import { takingAtLeast } from '../auth/even-time';
import {
  Representative,
  RepresentativeRole,
  RepresentativeStatus,
} from '../representative/representative.entity';
import { EmailAlreadyRegisteredError, TaxIdAlreadyRegisteredError } from './company.errors';
import { Company } from './company.entity';
import type {
  OnboardCompanyInput,
  RegisterCompanyInput,
  UpdateCompanyInput,
} from './company.inputs';
import { normalizeCountry, normalizeTaxId } from './tax-id';
import { audit } from '../../../audit/audit.service';
import {
  checkedAddress,
  createBillingAddress,
  saveLegacyBillingFields,
} from '../address/address.service';
import type { EntityManager } from 'typeorm';

/** A registration answers after this long, whether its tax ID or email is taken or not. */
export const REGISTER_ANSWER_MS = 400;

interface Registration {
  input: RegisterCompanyInput;
  country: string;
  taxId: string;
  email: string;
  locale: string;
  passwordHash: string;
}

export class CompanyService {
  /**
   * Self-registration. The first representative becomes the administrator and is signed in.
   * Safe under races: the unique index on (country, taxId) decides, and its violation is
   * answered like the ordinary duplicate. Throttled per source address; the answer comes
   * after the same floor whether the tax ID or the email already exists or not.
   */
  async register(ctx: RequestContext, input: RegisterCompanyInput): Promise<Viewer> {
    const country = normalizeCountry(input.country);
    const taxId = normalizeTaxId(country, input.taxId);
    const email = normalizeEmail(input.email);
    const locale = input.locale && isLocale(input.locale) ? input.locale : ctx.locale;
    checkPasswordPolicy(input.password, email);
    if (input.billingAddress) checkedAddress(input.billingAddress, 'input.billingAddress');
    await ctx.throttle.beforeRegistration(ctx.clientIp, locale);
    const result = await takingAtLeast(REGISTER_ANSWER_MS, async () => {
      const passwordHash = await hashPassword(input.password);
      return this.createRegistered(ctx, { input, country, taxId, email, locale, passwordHash });
    });
    ctx.sessionCookie.set(result.session.token, result.session.expiresAt);
    return {
      kind: 'REPRESENTATIVE',
      representative: result.representative,
      company: result.company,
      sessionId: result.session.sessionId,
    };
  }

  private createRegistered(ctx: RequestContext, r: Registration) {
    const { input, country, taxId, email, locale, passwordHash } = r;
    return this.guardDuplicates(ctx, locale, (tx) =>
      (async () => {
        await this.assertFree(ctx, tx, locale, country, taxId, email);
        const company = await tx
          .getRepository(Company)
          .save(
            tx
              .getRepository(Company)
              .create({ name: input.companyName.trim(), country, taxId, contracted: false }),
          );
        if (input.billingAddress)
          await createBillingAddress(tx, company.id, input.billingAddress, 'input.billingAddress');
        const representative = await tx.getRepository(Representative).save(
          tx.getRepository(Representative).create({
            companyId: company.id,
            email,
            name: input.name.trim(),
            role: RepresentativeRole.ADMIN,
            status: RepresentativeStatus.ACTIVE,
            locale,
            passwordHash,
            activatedAt: new Date(),
          }),
        );
        const session = await createSession(
          tx,
          ctx.config,
          { type: 'REPRESENTATIVE', id: representative.id },
          ctx.userAgent,
        );
        await audit(
          ctx,
          tx,
          'company.registered',
          { type: 'Company', id: company.id, companyId: company.id },
          { country, taxId, admin: email },
        );
        return { company, representative, session };
      })(),
    );
  }

  /**
   * A contracted customer, created by staff or a tool: the company and an invited
   * administrator, who gets an activation email (or sets a password with "forgot password").
   */
  async onboard(ctx: RequestContext, input: OnboardCompanyInput): Promise<Company> {
    const country = normalizeCountry(input.country);
    const taxId = normalizeTaxId(country, input.taxId);
    const email = normalizeEmail(input.adminEmail);
    const locale = input.locale && isLocale(input.locale) ? input.locale : 'en';
    return this.guardDuplicates(ctx, ctx.locale, async (tx) => {
      await this.assertFree(ctx, tx, ctx.locale, country, taxId, email);
      const company = await tx.getRepository(Company).save(
        tx.getRepository(Company).create({
          name: input.name.trim(),
          country,
          taxId,
          contracted: input.contracted,
          // The seller (ERP, contract onboarding) vouches for who this tax ID belongs to.
          taxIdConfirmedAt: new Date(),
          taxIdConfirmedBy: actorOf(ctx).name,
        }),
      );
      if (input.billingAddress)
        await createBillingAddress(tx, company.id, input.billingAddress, 'input.billingAddress');
      const admin = await tx.getRepository(Representative).save(
        tx.getRepository(Representative).create({
          companyId: company.id,
          email,
          name: null,
          role: RepresentativeRole.ADMIN,
          status: RepresentativeStatus.INVITED,
          locale,
          passwordHash: null,
        }),
      );
      await sendInvitation(ctx, tx, admin, company, company.name);
      await audit(
        ctx,
        tx,
        'company.onboarded',
        { type: 'Company', id: company.id, companyId: company.id },
        { country, taxId, admin: email, contracted: input.contracted },
      );
      return company;
    });
  }

  async update(ctx: RequestContext, input: UpdateCompanyInput): Promise<Company> {
    const viewer = requireCompanyAdmin(
      ctx,
      'Only the company administrator can change the company details.',
    );
    return ctx.transaction(async (tx) => {
      const repo = tx.getRepository(Company);
      const company = await repo.findOneOrFail({ where: { id: viewer.company.id } });
      const name = input.name?.trim();
      if (name) company.name = name;
      await saveLegacyBillingFields(tx, company, input);
      await audit(
        ctx,
        tx,
        'company.updated',
        { type: 'Company', id: company.id, companyId: company.id },
        { ...input },
      );
      return repo.save(company);
    });
  }

  /**
   * Staff: confirms that the company's tax ID is really theirs (checked outside the portal),
   * under a lock of the company row; confirming again changes nothing. The caller routes the
   * documents that waited for it in the same transaction.
   */
  async confirmTaxId(ctx: RequestContext, tx: EntityManager, companyId: string): Promise<Company> {
    requireStaff(ctx);
    const company = isUuid(companyId)
      ? await tx
          .getRepository(Company)
          .createQueryBuilder('c')
          .where('c.id = :companyId', { companyId })
          .setLock('pessimistic_write')
          .getOne()
      : null;
    if (!company) throw new NotFoundError('Company');
    if (company.taxIdConfirmedAt) return company;
    company.taxIdConfirmedAt = new Date();
    company.taxIdConfirmedBy = actorOf(ctx).name;
    await tx
      .getRepository(Company)
      .update(
        { id: company.id },
        { taxIdConfirmedAt: company.taxIdConfirmedAt, taxIdConfirmedBy: company.taxIdConfirmedBy },
      );
    await audit(
      ctx,
      tx,
      'company.tax_id_confirmed',
      { type: 'Company', id: company.id, companyId: company.id },
      { country: company.country, taxId: company.taxId },
    );
    return company;
  }

  private async assertFree(
    ctx: RequestContext,
    tx: EntityManager,
    locale: string,
    country: string,
    taxId: string,
    email: string,
  ): Promise<void> {
    if (await tx.getRepository(Company).exists({ where: { country, taxId } })) {
      throw new TaxIdAlreadyRegisteredError(locale, ctx.config.supportEmail);
    }
    if (await tx.getRepository(Representative).exists({ where: { email } })) {
      throw new EmailAlreadyRegisteredError(locale);
    }
  }

  private async guardDuplicates<T>(
    ctx: RequestContext,
    locale: string,
    fn: (tx: EntityManager) => Promise<T>,
  ): Promise<T> {
    try {
      return await ctx.transaction(fn);
    } catch (err) {
      const constraint = uniqueViolation(err);
      if (constraint === 'UQ_company_country_tax_id')
        throw new TaxIdAlreadyRegisteredError(locale, ctx.config.supportEmail);
      if (constraint === 'UQ_representative_email') throw new EmailAlreadyRegisteredError(locale);
      throw err;
    }
  }
}
