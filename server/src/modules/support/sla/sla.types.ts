import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsInt, Max, Min } from 'class-validator';
import { SERVICE_LEVEL_TARGET_LIMITS } from '../../../../../shared/src/service-levels';
import { PortalKey } from '../request-type/request-type.entity';

export enum SlaFilter {
  BREACHED = 'BREACHED',
  DUE_SOON = 'DUE_SOON',
}
registerEnumType(SlaFilter, {
  name: 'SlaFilter',
  description:
    'Staff: BREACHED, a running service-level clock past its due time; DUE_SOON, due within the next business hour.',
});

export enum TicketOrder {
  LAST_ACTIVITY = 'LAST_ACTIVITY',
  SLA_DUE = 'SLA_DUE',
}
registerEnumType(TicketOrder, {
  name: 'TicketOrder',
  description:
    'LAST_ACTIVITY, newest first (default); staff: SLA_DUE, the running service-level clocks soonest due first.',
});

@ObjectType('TicketServiceLevel', {
  description: "A request's service-level clocks (business hours of its portal's calendar).",
})
export class TicketServiceLevelType {
  @Field(() => Date, { description: 'Moves with the pauses while none has come.' })
  firstResponseDueAt: Date;

  @Field(() => Date, { nullable: true, description: "The first agent's public answer." })
  firstResponseAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Null once resolved, closed or canceled.' })
  resolutionDueAt: Date | null;

  @Field(() => Boolean, { description: 'A target missed (first response or resolution).' })
  breached: boolean;

  @Field(() => Boolean, {
    description: 'The clocks stand still: waiting for the customer, resolved or closed.',
  })
  paused: boolean;
}

@ObjectType('ServiceLevelTargets', { description: 'Business hours.' })
export class ServiceLevelTargetsType {
  @Field(() => Int)
  firstResponseHours: number;

  @Field(() => Int)
  resolutionHours: number;

  @Field(() => Boolean, { description: 'False: the defaults (or the parent type’s targets).' })
  own: boolean;
}

@InputType()
export class ServiceLevelTargetsInput {
  @Field(() => Int)
  @IsInt()
  @Min(SERVICE_LEVEL_TARGET_LIMITS.min)
  @Max(SERVICE_LEVEL_TARGET_LIMITS.max)
  firstResponseHours: number;

  @Field(() => Int)
  @IsInt()
  @Min(SERVICE_LEVEL_TARGET_LIMITS.min)
  @Max(SERVICE_LEVEL_TARGET_LIMITS.max)
  resolutionHours: number;
}

@ObjectType('ServiceLevelWeek', {
  description: 'One week (Monday, portal time) of one request type: durations in business hours.',
})
export class ServiceLevelWeekType {
  @Field(() => String, { description: 'The Monday of the week, YYYY-MM-DD.' })
  week: string;

  @Field(() => PortalKey)
  portalKey: PortalKey;

  @Field(() => ID)
  requestTypeId: string;

  @Field(() => String)
  requestTypeName: string;

  @Field(() => Int, { description: 'Requests opened that week.' })
  requests: number;

  @Field(() => Float, { nullable: true })
  firstResponseMedianHours: number | null;

  @Field(() => Float, { nullable: true })
  firstResponseP90Hours: number | null;

  @Field(() => Float, { nullable: true })
  resolutionMedianHours: number | null;

  @Field(() => Float, { nullable: true })
  resolutionP90Hours: number | null;

  @Field(() => Int, { description: 'Requests with a missed target.' })
  breaches: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Satisfaction, 1 to 5; null without ratings.',
  })
  averageRating: number | null;
}
