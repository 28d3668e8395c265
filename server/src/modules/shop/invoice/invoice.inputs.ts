import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

@InputType()
export class ImportInvoiceLineInput {
  @Field(() => String)
  @IsString()
  @Length(1, 64)
  sku: string;

  @Field(() => String)
  @IsString()
  @Length(1, 200)
  name: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quantity: number;

  @Field(() => String, { description: 'Net unit price, e.g. "129.90".' })
  @Matches(/^\d{1,8}([.,]\d{1,2})?$/, { message: 'unitPrice must be an amount such as 129.90' })
  unitPrice: string;

  @Field(() => String, {
    nullable: true,
    description:
      'VAT rate in percent ("23", "5.5", "0"); without it, the rate of the product with this SKU, else 23.',
  })
  @IsOptional()
  @Matches(/^\d{1,3}([.,]\d{1,2})?%?$/, {
    message: 'vatRate must be a percentage such as 23 or 5.5',
  })
  vatRate?: string | null;
}

@InputType()
export class ImportInvoiceInput {
  @Field(() => String, {
    description: "The buyer's tax ID, any formatting, with or without the country's VAT prefix.",
  })
  @IsString()
  @Length(4, 40)
  companyTaxId: string;

  @Field(() => String, {
    description: 'The invoice number from the ERP; importing it again changes nothing.',
  })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9/_.-]{0,39}$/, {
    message: 'number must be 1-40 letters, digits, / _ . -',
  })
  number: string;

  @Field(() => Date)
  issuedAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When payment is due; without it, issuedAt plus PAYMENT_TERMS_DAYS.',
  })
  @IsOptional()
  dueAt?: Date | null;

  @Field(() => String, { defaultValue: 'EUR' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR' })
  currency: string;

  @Field(() => [ImportInvoiceLineInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  lines: ImportInvoiceLineInput[];

  @Field(() => String, {
    description:
      "The buyer's country of registration, ISO 3166 alpha-2 (PL, HU, UA …): matched with the tax ID exactly.",
  })
  @Matches(/^[A-Za-z]{2}$/, { message: 'country must be a two-letter ISO code' })
  country: string;
}
