import { IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { PageArgs } from '../../../common/connection';
import { ACCOUNT_LIMITS, JOIN_LIMITS } from '../../../../../shared/src/accounts';
import { LOCALES } from '../../../../../shared/src/locales';

@InputType()
export class RequestToJoinCompanyInput {
  @Field(() => String, { description: 'The tax ID of the company, any formatting.' })
  @IsString()
  @Length(ACCOUNT_LIMITS.taxId.min, ACCOUNT_LIMITS.taxId.max)
  taxId: string;

  @Field(() => String, { description: 'ISO 3166 alpha-2, e.g. PL, HU, UA.' })
  @Matches(/^[A-Za-z]{2}$/, { message: 'country must be a two-letter ISO code' })
  country: string;

  @Field(() => String, { description: "The person's name, as the administrators will see it." })
  @IsString()
  @Length(ACCOUNT_LIMITS.personName.min, ACCOUNT_LIMITS.personName.max)
  name: string;

  @Field(() => String, { description: 'Confirmed by a link before anyone sees the request.' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(ACCOUNT_LIMITS.email)
  email: string;

  @Field(() => String, {
    nullable: true,
    description: 'en, uk, hu or pl: the language of the e-mails; defaults to the browser language.',
  })
  @IsOptional()
  @IsIn([...LOCALES])
  locale?: string;
}

@ArgsType()
export class JoinRequestsArgs extends PageArgs {}

@ArgsType()
export class DeclineJoinRequestArgs {
  @Field(() => String, { nullable: true, description: 'Told to the person in the e-mail.' })
  @IsOptional()
  @IsString()
  @MaxLength(JOIN_LIMITS.declineReason)
  reason?: string | null;
}
