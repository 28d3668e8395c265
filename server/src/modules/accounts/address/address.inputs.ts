import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ADDRESS_LIMITS } from '../../../../../shared/src/addresses';

/**
 * A postal address as entered. Lengths are checked here; the country-aware postal-code check
 * (INVALID_POSTAL_CODE) is the shared `addressProblems`, applied by the service.
 */
@InputType()
export class AddressInput {
  @Field(() => String, { nullable: true, description: 'Recipient, department or attention line.' })
  @IsOptional()
  @IsString()
  @MaxLength(ADDRESS_LIMITS.attention)
  attention?: string | null;

  @Field(() => String)
  @IsString()
  @MinLength(1)
  @MaxLength(ADDRESS_LIMITS.street)
  street: string;

  @Field(() => String, { description: "In the country's format, e.g. PL 00-950, HU 1051." })
  @IsString()
  @MaxLength(ADDRESS_LIMITS.postalCode)
  postalCode: string;

  @Field(() => String)
  @IsString()
  @MinLength(1)
  @MaxLength(ADDRESS_LIMITS.city)
  city: string;

  @Field(() => String, { description: 'ISO 3166 alpha-2, e.g. PL, HU, UA.' })
  @Matches(/^[A-Za-z]{2}$/, { message: 'country must be a two-letter ISO code' })
  country: string;
}
