import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../common/base.entity';
import {
  ADDRESS_KINDS,
  ADDRESS_LIMITS,
  type AddressKind as AddressKindValue,
  type PostalAddress,
} from '../../../../../shared/src/addresses';

export const AddressKind = Object.fromEntries(ADDRESS_KINDS.map((k) => [k, k])) as {
  readonly [K in AddressKindValue]: K;
};
export type AddressKind = AddressKindValue;
registerEnumType(AddressKind, {
  name: 'AddressKind',
  description: 'BILLING: the one address invoices are issued to; SHIPPING: a ship-to address.',
});

/** The fields every postal address has, as GraphQL shows them. */
@ObjectType('PostalAddress', {
  description:
    'A postal address: street, postal code, city, country and an optional attention line.',
})
export class PostalAddressType implements PostalAddress {
  @Field(() => String, { nullable: true, description: 'Recipient, department or attention line.' })
  attention: string | null;

  @Field(() => String)
  street: string;

  @Field(() => String)
  postalCode: string;

  @Field(() => String)
  city: string;

  @Field(() => String, { description: 'ISO 3166 alpha-2.' })
  country: string;
}

/**
 * One of a company's addresses: its billing address (at most one, the partial unique index
 * decides) and any number of ship-to addresses (up to ADDRESS_LIMITS.perCompany in all).
 */
@ObjectType('CompanyAddress', { implements: BaseEntity })
@Entity('company_address')
@Index('IDX_company_address_company', ['companyId', 'createdAt'])
@Index('UQ_company_address_billing', ['companyId'], {
  unique: true,
  where: `"kind" = 'BILLING'`,
})
export class CompanyAddress extends BaseEntity implements PostalAddress {
  @Column({ type: 'uuid' })
  companyId: string;

  @Field(() => AddressKind)
  @Column({ type: 'varchar', length: 8 })
  kind: AddressKind;

  @Field(() => String, { nullable: true, description: 'Recipient, department or attention line.' })
  @Column({ type: 'varchar', length: ADDRESS_LIMITS.attention, nullable: true })
  attention: string | null;

  @Field(() => String)
  @Column({ type: 'varchar', length: ADDRESS_LIMITS.street })
  street: string;

  @Field(() => String, { description: 'Normalized: upper case, single spaces.' })
  @Column({ type: 'varchar', length: ADDRESS_LIMITS.postalCode })
  postalCode: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: ADDRESS_LIMITS.city })
  city: string;

  @Field(() => String, { description: 'ISO 3166 alpha-2.' })
  @Column({ type: 'char', length: 2 })
  country: string;
}

/** The address as stored on another record (a return's snapshot): the fields, no identity. */
export function snapshotOf(address: PostalAddress): PostalAddress {
  return {
    attention: address.attention ?? null,
    street: address.street,
    postalCode: address.postalCode,
    city: address.city,
    country: address.country,
  };
}
