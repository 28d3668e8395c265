import { In, type EntityManager } from 'typeorm';
import { audit } from '../../../audit/audit.service';
import { uniqueViolation } from '../../../common/db-errors';
import { BadUserInputError, ConflictError, NotFoundError } from '../../../common/errors';
import { isUuid } from '../../../common/ids';
import type { RequestContext } from '../../../context/request-context';
import { companyInScope, requireCompanyAdmin, tenantWhere } from '../../../context/viewer';
import { ADDRESS_LIMITS, normalizeAddress } from '../../../../../shared/src/addresses';
import { AddressKind, CompanyAddress } from './address.entity';
import { assertAddress, BillingAddressRequiredError } from './address.errors';
import type { AddressInput } from './address.inputs';

/** The billing address first, then the ship-to addresses in the order they were added. */
const ORDER = `CASE WHEN a.kind = 'BILLING' THEN 0 ELSE 1 END`;

/** A valid address in its stored form, or INVALID_POSTAL_CODE / BAD_USER_INPUT. */
export function checkedAddress(input: AddressInput, path = 'input') {
  const address = {
    attention: input.attention ?? null,
    street: input.street,
    postalCode: input.postalCode,
    city: input.city,
    country: input.country,
  };
  assertAddress(address, path);
  return normalizeAddress(address);
}

/** Writes the company's billing address (the first one, at registration or onboarding). */
export async function createBillingAddress(
  tx: EntityManager,
  companyId: string,
  input: AddressInput,
  path: string,
): Promise<CompanyAddress> {
  const repo = tx.getRepository(CompanyAddress);
  return repo.save(
    repo.create({ companyId, kind: AddressKind.BILLING, ...checkedAddress(input, path) }),
  );
}

/** The addresses of several companies at once (Company.addresses, Company.billingAddress). */
export function companyAddressesLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, CompanyAddress[]>('company.addresses', async (ids) => {
    const rows = await ctx.db
      .getRepository(CompanyAddress)
      .createQueryBuilder('a')
      .where({ companyId: In([...ids]) })
      .orderBy(ORDER)
      .addOrderBy('a.createdAt', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
    return ids.map((id) => rows.filter((r) => r.companyId === id));
  });
}

export class AddressService {
  /** The company's addresses: a representative's own company, or the one staff name. */
  async list(ctx: RequestContext, companyId?: string | null): Promise<CompanyAddress[]> {
    const id = companyInScope(ctx, companyId);
    if (!id) throw new BadUserInputError('companyId is required for staff.', 'companyId');
    return companyAddressesLoader(ctx).load(id);
  }

  /** One address of the viewer's company (staff: any); another company's is NOT_FOUND. */
  async get(tx: EntityManager, ctx: RequestContext, id: string): Promise<CompanyAddress> {
    const address = isUuid(id)
      ? await tx.getRepository(CompanyAddress).findOne({ where: { id, ...tenantWhere(ctx) } })
      : null;
    if (!address) throw new NotFoundError('Address');
    return address;
  }

  /** The administrator sets the billing address (creates it or changes the one there is). */
  async saveBilling(ctx: RequestContext, input: AddressInput): Promise<CompanyAddress> {
    const admin = requireCompanyAdmin(ctx, 'Only the company administrator can change addresses.');
    const fields = checkedAddress(input);
    try {
      return await ctx.transaction(async (tx) => {
        const repo = tx.getRepository(CompanyAddress);
        const existing = await repo.findOne({
          where: { companyId: admin.company.id, kind: AddressKind.BILLING },
        });
        const saved = await repo.save(
          existing
            ? Object.assign(existing, fields)
            : repo.create({ companyId: admin.company.id, kind: AddressKind.BILLING, ...fields }),
        );
        await this.audit(ctx, tx, saved, 'company.billing_address_saved');
        return saved;
      });
    } catch (err) {
      // Two administrators adding the first billing address at once: one of them wins.
      if (uniqueViolation(err) === 'UQ_company_address_billing')
        throw new ConflictError('The billing address was just added by a colleague; reload.');
      throw err;
    }
  }

  /** The administrator adds a ship-to address (at most ADDRESS_LIMITS.perCompany in all). */
  async addShipping(ctx: RequestContext, input: AddressInput): Promise<CompanyAddress> {
    const admin = requireCompanyAdmin(ctx, 'Only the company administrator can change addresses.');
    const fields = checkedAddress(input);
    return ctx.transaction(async (tx) => {
      const repo = tx.getRepository(CompanyAddress);
      const count = await repo.count({ where: { companyId: admin.company.id } });
      if (count >= ADDRESS_LIMITS.perCompany)
        throw new BadUserInputError(
          `A company keeps at most ${ADDRESS_LIMITS.perCompany} addresses.`,
          'input',
          'TOO_MANY_ADDRESSES',
        );
      const saved = await repo.save(
        repo.create({ companyId: admin.company.id, kind: AddressKind.SHIPPING, ...fields }),
      );
      await this.audit(ctx, tx, saved, 'company.address_added');
      return saved;
    });
  }

  /** The administrator changes one of the company's addresses. */
  async update(ctx: RequestContext, id: string, input: AddressInput): Promise<CompanyAddress> {
    requireCompanyAdmin(ctx, 'Only the company administrator can change addresses.');
    const fields = checkedAddress(input);
    return ctx.transaction(async (tx) => {
      const address = await this.get(tx, ctx, id);
      const saved = await tx.getRepository(CompanyAddress).save(Object.assign(address, fields));
      await this.audit(ctx, tx, saved, 'company.address_updated');
      return saved;
    });
  }

  /** The administrator deletes a ship-to address; the billing address is changed, not deleted. */
  async remove(ctx: RequestContext, id: string): Promise<boolean> {
    requireCompanyAdmin(ctx, 'Only the company administrator can change addresses.');
    return ctx.transaction(async (tx) => {
      const address = await this.get(tx, ctx, id);
      if (address.kind === AddressKind.BILLING) throw new BillingAddressRequiredError();
      await tx.getRepository(CompanyAddress).delete({ id: address.id });
      await this.audit(ctx, tx, address, 'company.address_deleted');
      return true;
    });
  }

  private audit(ctx: RequestContext, tx: EntityManager, a: CompanyAddress, action: string) {
    return audit(
      ctx,
      tx,
      action,
      { type: 'CompanyAddress', id: a.id, companyId: a.companyId },
      {
        kind: a.kind,
        street: a.street,
        postalCode: a.postalCode,
        city: a.city,
        country: a.country,
      },
    );
  }
}

/** The older flat fields of updateCompany (addressLine1 …), written to the billing address. */
export async function saveLegacyBillingFields(
  tx: EntityManager,
  company: { id: string; country: string },
  input: { addressLine1?: string; addressLine2?: string; postalCode?: string; city?: string },
): Promise<void> {
  const given = [input.addressLine1, input.addressLine2, input.postalCode, input.city];
  if (given.every((v) => v === undefined)) return;
  const repo = tx.getRepository(CompanyAddress);
  const existing = await repo.findOne({
    where: { companyId: company.id, kind: AddressKind.BILLING },
  });
  const fields = checkedAddress({
    street: input.addressLine1 ?? existing?.street ?? '',
    attention: input.addressLine2 ?? existing?.attention ?? null,
    postalCode: input.postalCode ?? existing?.postalCode ?? '',
    city: input.city ?? existing?.city ?? '',
    country: existing?.country ?? company.country,
  });
  await repo.save(
    existing
      ? Object.assign(existing, fields)
      : repo.create({ companyId: company.id, kind: AddressKind.BILLING, ...fields }),
  );
}
