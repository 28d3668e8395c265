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
import { ReturnKind, ReturnReason, ReturnStatus } from './return-request.entity';

@InputType()
export class ReturnConditionsInput {
  @Field(() => Boolean, { description: 'Complete: all parts and accessories included.' })
  @IsBoolean()
  complete: boolean;
  @Field(() => Boolean, { description: 'No signs of use.' }) @IsBoolean() noSignsOfUse: boolean;
  @Field(() => Boolean, { description: 'Undamaged.' }) @IsBoolean() undamaged: boolean;
  @Field(() => Boolean, { description: 'In the original packaging.' })
  @IsBoolean()
  originalPackaging: boolean;
  @Field(() => Boolean, { description: 'Properly prepared for shipping.' })
  @IsBoolean()
  properlyPacked: boolean;
  @Field(() => Boolean, { description: 'In merchantable condition.' })
  @IsBoolean()
  merchantable: boolean;
  @Field(() => Boolean, {
    description: 'Disconnected: unplugged and detached from any installation.',
  })
  @IsBoolean()
  disconnected: boolean;
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

  @Field(() => ReturnReason)
  reason: ReturnReason;

  @Field(() => ReturnConditionsInput)
  @ValidateNested()
  conditions: ReturnConditionsInput;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  serialNumber?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Required for a service request: what is wrong.',
  })
  @IsOptional()
  @MaxLength(4000)
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
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  items: ReturnItemInput[];

  @Field(() => String, {
    nullable: true,
    description: 'Required when any product does not meet the return conditions.',
  })
  @IsOptional()
  @MaxLength(1000)
  returnAddress?: string;
}

@InputType()
export class ReturnRequestFilter {
  @Field(() => [ReturnStatus], { nullable: true })
  @IsOptional()
  statuses?: ReturnStatus[];

  @Field(() => ReturnKind, { nullable: true })
  @IsOptional()
  kind?: ReturnKind;

  @Field(() => ID, { nullable: true, description: 'Staff only: one company.' })
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
}

@ArgsType()
export class ReturnRequestsArgs extends PageArgs {
  @Field(() => ReturnRequestFilter, { nullable: true })
  filter?: ReturnRequestFilter;
}

@InputType()
export class ReturnCommentInput {
  @Field(() => ID)
  returnRequestId: string;

  @Field(() => String)
  @IsString()
  @Length(1, 4000)
  body: string;
}

export const CONDITION_KEYS = [
  'complete',
  'noSignsOfUse',
  'undamaged',
  'originalPackaging',
  'properlyPacked',
  'merchantable',
  'disconnected',
] as const;
