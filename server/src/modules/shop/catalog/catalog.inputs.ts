import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { PageArgs } from '../../../common/connection';

@ArgsType()
export class ProductsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Words of the name or description, or (the start of) a SKU.',
  })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}

@InputType()
export class ProductInput {
  @Field(() => String)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._\-/]{1,63}$/, {
    message: 'sku must be 2-64 letters, digits, . _ - /',
  })
  sku: string;

  @Field(() => String)
  @IsString()
  @Length(1, 200)
  name: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(5000)
  description: string;

  @Field(() => String, { description: 'Net unit price, e.g. "129.90".' })
  @Matches(/^\d{1,8}([.,]\d{1,2})?$/, { message: 'price must be an amount such as 129.90' })
  price: string;

  @Field(() => String, { defaultValue: 'EUR' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR' })
  currency: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  stock: number;

  @Field(() => Boolean, { defaultValue: true })
  @IsBoolean()
  active: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'VAT rate in percent ("23", "5.5", "0"). Without it a new product gets 23 and an existing one keeps its rate.',
  })
  @IsOptional()
  @Matches(/^\d{1,3}([.,]\d{1,2})?%?$/, {
    message: 'vatRate must be a percentage such as 23 or 5.5',
  })
  vatRate?: string | null;
}

@InputType()
export class UpsertProductsInput {
  @Field(() => [ProductInput], { description: 'Up to 1,000 products per call, matched by SKU.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  products: ProductInput[];
}
