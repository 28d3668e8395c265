import { Equals, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { PageArgs } from '../../../common/connection';

@InputType()
export class PlaceOrderInput {
  @Field(() => String, {
    description:
      'Chosen by the client for this checkout (e.g. a UUID): sending it again returns the same order.',
  })
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, {
    message: 'idempotencyKey must be 8-64 letters, digits, _ or -',
  })
  idempotencyKey: string;

  @Field(() => String, {
    nullable: true,
    description: 'Your purchase order number or other reference.',
  })
  @IsOptional()
  @MaxLength(64)
  reference?: string;

  @Field(() => Boolean, {
    description: 'Goods are bought for resale (article 3 of the terms): must be true.',
  })
  @Equals(true, { message: 'acceptResaleTerms must be accepted' })
  acceptResaleTerms: boolean;
}

@InputType()
export class DocumentFilter {
  @Field(() => Date, { nullable: true, description: 'From this moment (inclusive).' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Before this moment.' })
  to?: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'Part of the number, whatever its case, spaces or separators: "000123", "zam 2026 123".',
  })
  @IsOptional()
  @MaxLength(40)
  number?: string;
}

@ArgsType()
export class DocumentsArgs extends PageArgs {
  @Field(() => DocumentFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: DocumentFilter;
}
