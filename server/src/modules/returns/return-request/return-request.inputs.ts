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
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../../../common/connection';
import { AddressInput } from '../../accounts/address/address.inputs';
import {
  RETURN_CONDITIONS,
  RETURN_LIMITS,
  type ReturnCondition,
  type ReturnConditions,
} from '../../../../../shared/src/rma';
import { ReturnKind, ReturnReason, ReturnStatus } from './return-request.enums';

/** What each condition means, as the API documents it: one entry per shared condition. */
const CONDITION_DESCRIPTIONS: Record<ReturnCondition, string> = {
  complete: 'Complete: all parts and accessories included.',
  noSignsOfUse: 'No signs of use.',
  undamaged: 'Undamaged.',
  originalPackaging: 'In the original packaging.',
  properlyPacked: 'Properly prepared for shipping.',
  merchantable: 'In merchantable condition.',
  disconnected: 'Disconnected: unplugged and detached from any installation.',
};

/** The seven conditions as input: one required Boolean per entry of the shared RETURN_CONDITIONS. */
@InputType()
export class ReturnConditionsInput {}
for (const name of RETURN_CONDITIONS) {
  Field(() => Boolean, { description: CONDITION_DESCRIPTIONS[name] })(
    ReturnConditionsInput.prototype,
    name,
  );
  IsBoolean()(ReturnConditionsInput.prototype, name);
}

@InputType()
export class ReturnItemInput {
  @Field(() => ID, { description: 'An invoice line from checkInvoice.' })
  @IsString()
  invoiceLineId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(100_000)
  quantity: number;

  @Field(() => ReturnReason, {
    nullable: true,
    description: 'Required for a return; a service request gives none.',
  })
  @IsOptional()
  reason?: ReturnReason | null;

  @Field(() => ReturnConditionsInput, {
    nullable: true,
    description: 'Required for a return; a service request has no return conditions.',
  })
  @IsOptional()
  @ValidateNested()
  conditions?: ReturnConditions | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(RETURN_LIMITS.serialNumber)
  serialNumber?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Service requests: the date of purchase, YYYY-MM-DD (or give warrantyProofId).',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'purchaseDate is a date such as 2026-03-31' })
  purchaseDate?: string;

  @Field(() => String, { nullable: true, description: 'Service requests: accessories sent along.' })
  @IsOptional()
  @MaxLength(RETURN_LIMITS.accessories)
  accessories?: string;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Photos uploaded in the wizard (POST /returns/drafts/files), required for DEFECTIVE and DAMAGED_IN_TRANSIT returns (without: PHOTOS_REQUIRED).',
  })
  @IsOptional()
  @ArrayMaxSize(RETURN_LIMITS.photosPerItem)
  @IsString({ each: true })
  photoIds?: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'Service requests: a warranty proof or purchase receipt uploaded in the wizard.',
  })
  @IsOptional()
  @IsString()
  warrantyProofId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Required for a service request: what is wrong.',
  })
  @IsOptional()
  @MaxLength(RETURN_LIMITS.faultDescription)
  faultDescription?: string;
}

@InputType()
export class SubmitReturnRequestInput {
  @Field(() => ReturnKind)
  kind: ReturnKind;

  @Field(() => String, {
    description: 'Chosen by the client per wizard run: a retried submission returns the same RMA.',
  })
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, {
    message: 'idempotencyKey must be 8-64 letters, digits, _ or -',
  })
  idempotencyKey: string;

  @Field(() => [ReturnItemInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(RETURN_LIMITS.items)
  @ValidateNested({ each: true })
  items: ReturnItemInput[];

  @Field(() => ID, {
    nullable: true,
    description:
      "Where goods are shipped back, one of the company's addresses (companyAddresses). Required (this, newReturnAddress or the older returnAddress) for a service request, and for a return when any product does not meet the return conditions.",
  })
  @IsOptional()
  returnAddressId?: string | null;

  @Field(() => AddressInput, {
    nullable: true,
    description:
      "Where goods are shipped back, a new address (not one of the company's). Errors: INVALID_POSTAL_CODE.",
  })
  @IsOptional()
  @ValidateNested()
  newReturnAddress?: AddressInput | null;

  @Field(() => String, {
    nullable: true,
    deprecationReason:
      'Send returnAddressId or newReturnAddress. Still accepted from API clients as free text, printed as sent.',
  })
  @IsOptional()
  @MaxLength(RETURN_LIMITS.returnAddress)
  returnAddress?: string;
}

@InputType()
export class ReturnRequestFilter {
  @Field(() => [ReturnStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  statuses?: ReturnStatus[];

  @Field(() => ReturnKind, { nullable: true })
  @IsOptional()
  kind?: ReturnKind;

  @Field(() => ID, {
    nullable: true,
    description: 'Staff only: one company (pick it with the companies(search) type-ahead).',
  })
  @IsOptional()
  companyId?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Created at least this many days ago (the age of the queue).',
  })
  @IsOptional()
  @Min(0)
  @Max(3650)
  olderThanDays?: number;

  @Field(() => String, { nullable: true, description: 'Part of the RMA number.' })
  @IsOptional()
  @MaxLength(20)
  rmaNumber?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Three characters or more of the RMA number, an invoice number, a SKU or a serial number, whatever their case, spaces or separators.',
  })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class ReturnRequestsArgs extends PageArgs {
  @Field(() => ReturnRequestFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ReturnRequestFilter;
}

@InputType()
export class ReturnCommentInput {
  @Field(() => ID)
  returnRequestId: string;

  @Field(() => String)
  @IsString()
  @Length(1, RETURN_LIMITS.comment)
  body: string;
}
