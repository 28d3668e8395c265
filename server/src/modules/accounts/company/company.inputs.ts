import {
  Equals,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { LOCALES } from '../../../../../shared/src/locales';
import { PASSWORD_MAX, PASSWORD_MIN } from '../auth/passwords';

@InputType()
export class RegisterCompanyInput {
  @Field(() => String, {
    description: 'VAT number, NIP, adószám, Ukrainian tax number …; any formatting.',
  })
  @IsString()
  @Length(4, 40)
  taxId: string;

  @Field(() => String, { description: 'ISO 3166 alpha-2, e.g. PL, HU, UA.' })
  @Matches(/^[A-Za-z]{2}$/, { message: 'country must be a two-letter ISO code' })
  country: string;

  @Field(() => String)
  @IsString()
  @Length(2, 200)
  companyName: string;

  @Field(() => String)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @Field(() => String)
  @IsString()
  @Length(PASSWORD_MIN, PASSWORD_MAX)
  password: string;

  @Field(() => String, { description: "The administrator's name." })
  @IsString()
  @Length(1, 120)
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
}

@InputType()
export class OnboardCompanyInput {
  @Field(() => String)
  @IsString()
  @Length(4, 40)
  taxId: string;

  @Field(() => String)
  @Matches(/^[A-Za-z]{2}$/, { message: 'country must be a two-letter ISO code' })
  country: string;

  @Field(() => String)
  @IsString()
  @Length(2, 200)
  name: string;

  @Field(() => String, { description: 'The email the seller has on file for the first user.' })
  @IsEmail({}, { message: 'adminEmail must be an email address' })
  @MaxLength(254)
  adminEmail: string;

  @Field(() => Boolean, { defaultValue: true })
  contracted: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn([...LOCALES])
  locale?: string;
}

@InputType()
export class UpdateCompanyInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  addressLine1?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  addressLine2?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  postalCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  city?: string;
}
