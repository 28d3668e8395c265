import { IsEmail, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ACCOUNT_LIMITS } from '../../../../../shared/src/accounts';
import { LOCALES } from '../../../../../shared/src/locales';
import { RepresentativeRole } from './representative.entity';

@InputType()
export class InviteRepresentativeInput {
  @Field(() => String)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(ACCOUNT_LIMITS.email)
  email: string;

  @Field(() => RepresentativeRole, { defaultValue: RepresentativeRole.MEMBER })
  role: RepresentativeRole;

  @Field(() => String, {
    nullable: true,
    description: "The invitation's language; defaults to yours.",
  })
  @IsOptional()
  @IsIn([...LOCALES])
  locale?: string;
}

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(ACCOUNT_LIMITS.personName.min, ACCOUNT_LIMITS.personName.max)
  name?: string;

  @Field(() => String, { nullable: true, description: 'en, uk, hu or pl' })
  @IsOptional()
  @IsIn([...LOCALES])
  locale?: string;
}
