import {
  Equals,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { AddressInput } from '../address/address.inputs';
import { LOCALES } from '../../../../../shared/src/locales';
import { ACCOUNT_LIMITS } from '../../../../../shared/src/accounts';

@InputType()
export class RegisterCompanyInput {
  @Field(() => String, {
    description: 'VAT number, NIP, adószám, Ukrainian tax number …; any formatting.',
  })
  @IsString()
  @Length(ACCOUNT_LIMITS.taxId.min, ACCOUNT_LIMITS.taxId.max)
  taxId: string;

  @Field(() => String, { description: 'ISO 3166 alpha-2, e.g. PL, HU, UA.' })
  @Matches(/^[A-Za-z]{2}$/, { message: 'country must be a two-letter ISO code' })
  country: string;

  @Field(() => String)
  @IsString()
  @Length(ACCOUNT_LIMITS.companyName.min, ACCOUNT_LIMITS.companyName.max)
  companyName: string;

  @Field(() => String)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(ACCOUNT_LIMITS.email)
  email: string;

  @Field(() => String)
  @IsString()
  @Length(ACCOUNT_LIMITS.password.min, ACCOUNT_LIMITS.password.max)
  password: string;

  @Field(() => String, { description: "The administrator's name." })
  @IsString()
  @Length(ACCOUNT_LIMITS.personName.min, ACCOUNT_LIMITS.personName.max)
  name: string;

  @Field(() => Boolean, {
    description: 'The shop is for resale only (article 3 of the terms): must be true.',
  })
  @Equals(true, { message: 'acceptResaleTerms must be accepted' })
  acceptResaleTerms: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'en, uk, hu or pl; defaults to the browser language.',
  })
  @IsOptional()
  @IsIn([...LOCALES])
  locale?: string;

  @Field(() => AddressInput, {
    nullable: true,
    description:
      'The billing address. The portal always asks for it; an API client may leave it out and add it later with saveBillingAddress.',
  })
  @IsOptional()
  @ValidateNested()
  billingAddress?: AddressInput | null;
}

@InputType()
export class OnboardCompanyInput {
  @Field(() => String)
  @IsString()
  @Length(ACCOUNT_LIMITS.taxId.min, ACCOUNT_LIMITS.taxId.max)
  taxId: string;

  @Field(() => String)
  @Matches(/^[A-Za-z]{2}$/, { message: 'country must be a two-letter ISO code' })
  country: string;

  @Field(() => String)
  @IsString()
  @Length(ACCOUNT_LIMITS.companyName.min, ACCOUNT_LIMITS.companyName.max)
  name: string;

  @Field(() => String, { description: 'The email the seller has on file for the first user.' })
  @IsEmail({}, { message: 'adminEmail must be an email address' })
  @MaxLength(ACCOUNT_LIMITS.email)
  adminEmail: string;

  @Field(() => Boolean, { defaultValue: true })
  contracted: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn([...LOCALES])
  locale?: string;

  @Field(() => AddressInput, { nullable: true, description: 'The billing address, if known.' })
  @IsOptional()
  @ValidateNested()
  billingAddress?: AddressInput | null;
}

@InputType()
export class UpdateCompanyInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(ACCOUNT_LIMITS.companyName.min, ACCOUNT_LIMITS.companyName.max)
  name?: string;

  @Field(() => String, { nullable: true, deprecationReason: 'Use saveBillingAddress.' })
  @IsOptional()
  @MaxLength(ACCOUNT_LIMITS.address.line)
  addressLine1?: string;

  @Field(() => String, { nullable: true, deprecationReason: 'Use saveBillingAddress.' })
  @IsOptional()
  @MaxLength(ACCOUNT_LIMITS.address.line)
  addressLine2?: string;

  @Field(() => String, { nullable: true, deprecationReason: 'Use saveBillingAddress.' })
  @IsOptional()
  @MaxLength(ACCOUNT_LIMITS.address.postalCode)
  postalCode?: string;

  @Field(() => String, { nullable: true, deprecationReason: 'Use saveBillingAddress.' })
  @IsOptional()
  @MaxLength(ACCOUNT_LIMITS.address.city)
  city?: string;
}
