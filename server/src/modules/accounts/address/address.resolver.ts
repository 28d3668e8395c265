import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../../context/request-context';
import { Company } from '../company/company.entity';
import { CompanyAddress } from './address.entity';
import { AddressInput } from './address.inputs';
import { AddressService, companyAddressesLoader } from './address.service';

@Resolver(() => CompanyAddress)
export class AddressResolver {
  private readonly service = new AddressService();

  @Authorized()
  @Query(() => [CompanyAddress], {
    description:
      "The company's addresses, billing first (own company; staff name one with companyId).",
  })
  companyAddresses(
    @Ctx() ctx: RequestContext,
    @Arg('companyId', () => ID, { nullable: true }) companyId?: string | null,
  ): Promise<CompanyAddress[]> {
    return this.service.list(ctx, companyId);
  }

  @Authorized('ADMIN')
  @Mutation(() => CompanyAddress, {
    description:
      'Administrators: sets the billing address (creates or changes it). Errors: INVALID_POSTAL_CODE, BAD_USER_INPUT.',
  })
  saveBillingAddress(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AddressInput) input: AddressInput,
  ): Promise<CompanyAddress> {
    return this.service.saveBilling(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => CompanyAddress, {
    description:
      'Administrators: adds a ship-to address. Errors: INVALID_POSTAL_CODE, BAD_USER_INPUT (TOO_MANY_ADDRESSES).',
  })
  addShippingAddress(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AddressInput) input: AddressInput,
  ): Promise<CompanyAddress> {
    return this.service.addShipping(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => CompanyAddress, {
    description:
      "Administrators: changes one of the company's addresses. Errors: NOT_FOUND, INVALID_POSTAL_CODE.",
  })
  updateCompanyAddress(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => AddressInput) input: AddressInput,
  ): Promise<CompanyAddress> {
    return this.service.update(ctx, id, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Boolean, {
    description:
      'Administrators: deletes a ship-to address. Errors: NOT_FOUND, BILLING_ADDRESS_REQUIRED.',
  })
  deleteCompanyAddress(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
  ): Promise<boolean> {
    return this.service.remove(ctx, id);
  }
}

/** Company.addresses and Company.billingAddress, and the older flat address fields. */
@Resolver(() => Company)
export class CompanyAddressFieldsResolver {
  @FieldResolver(() => [CompanyAddress], { description: 'Billing first, then ship-to addresses.' })
  addresses(@Ctx() ctx: RequestContext, @Root() company: Company): Promise<CompanyAddress[]> {
    return companyAddressesLoader(ctx).load(company.id);
  }

  @FieldResolver(() => CompanyAddress, { nullable: true })
  async billingAddress(
    @Ctx() ctx: RequestContext,
    @Root() company: Company,
  ): Promise<CompanyAddress | null> {
    const all = await companyAddressesLoader(ctx).load(company.id);
    return all.find((a) => a.kind === 'BILLING') ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    deprecationReason: 'Use billingAddress.street.',
  })
  async addressLine1(@Ctx() ctx: RequestContext, @Root() company: Company) {
    return (await this.billingAddress(ctx, company))?.street ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    deprecationReason: 'Use billingAddress.attention.',
  })
  async addressLine2(@Ctx() ctx: RequestContext, @Root() company: Company) {
    return (await this.billingAddress(ctx, company))?.attention ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    deprecationReason: 'Use billingAddress.postalCode.',
  })
  async postalCode(@Ctx() ctx: RequestContext, @Root() company: Company) {
    return (await this.billingAddress(ctx, company))?.postalCode ?? null;
  }

  @FieldResolver(() => String, { nullable: true, deprecationReason: 'Use billingAddress.city.' })
  async city(@Ctx() ctx: RequestContext, @Root() company: Company) {
    return (await this.billingAddress(ctx, company))?.city ?? null;
  }
}
