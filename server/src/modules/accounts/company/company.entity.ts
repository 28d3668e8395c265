import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../common/base.entity';

/** A customer company: the tenant every representative, order, return and request belongs to. */
@ObjectType('Company', { implements: BaseEntity })
@Entity('company')
@Index('UQ_company_country_tax_id', ['country', 'taxId'], { unique: true })
// Staff's company type-ahead: any fragment of the name (gin_trgm_ops), tax-ID prefixes, by name.
@Index('IDX_company_name_trgm', { synchronize: false })
@Index('IDX_company_tax_id_prefix', { synchronize: false })
@Index('IDX_company_name_id', ['name', 'id'])
export class Company extends BaseEntity {
  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => String, { description: 'ISO 3166 alpha-2 country of registration.' })
  @Column({ type: 'char', length: 2 })
  country: string;

  @Field(() => String, {
    description:
      'The tax ID, normalized: no spaces, dots or dashes, upper case, no country prefix.',
  })
  @Column({ type: 'varchar', length: 32 })
  taxId: string;

  @Field(() => Boolean, {
    description: 'Signed a contract with the seller (Customer service portal).',
  })
  @Column({ type: 'boolean', default: false })
  contracted: boolean;

  /**
   * When the tax ID was confirmed as this company's: by an agent (confirmCompanyTaxId), by the
   * ERP or contract onboarding (onboardCompany). ERP documents reach a company only after it.
   */
  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  taxIdConfirmedAt: Date | null;

  /** Who confirmed it: the agent's or API token's name (audit has the details). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  taxIdConfirmedBy: string | null;

  @Field(() => Boolean, {
    description:
      "The tax ID is confirmed as this company's; until then the ERP's documents (invoices) for it wait for an agent.",
  })
  get taxIdConfirmed(): boolean {
    return this.taxIdConfirmedAt !== null;
  }
}
