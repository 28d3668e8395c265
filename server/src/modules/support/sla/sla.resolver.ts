import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../../context/request-context';
import { PortalKey } from '../request-type/request-type.entity';
import { requestTypeView } from '../request-type/request-type.service';
import { RequestTypeType } from '../request-type/request-type.types';
import { Ticket } from '../ticket/ticket.entity';
import { serviceLevelReport } from './sla.report';
import { ServiceLevelService } from './sla.service';
import {
  ServiceLevelTargetsInput,
  ServiceLevelTargetsType,
  ServiceLevelWeekType,
  TicketServiceLevelType,
} from './sla.types';

const service = new ServiceLevelService();

@Resolver(() => Ticket)
export class TicketServiceLevelResolver {
  @Authorized('STAFF')
  @FieldResolver(() => TicketServiceLevelType, {
    nullable: true,
    description:
      'Staff: the service-level clocks (null for a request opened before service levels).',
  })
  sla(@Root() t: Ticket, @Ctx() ctx: RequestContext): Promise<TicketServiceLevelType | null> {
    return service.ofTicket(ctx, t);
  }

  @Authorized('STAFF')
  @Query(() => [ServiceLevelWeekType], {
    description:
      'Staff: per week, portal and request type: volumes, median and 90th percentile of the business hours to first response and to resolution, breaches, average rating. The period [from, to) of opening times, at most 371 days. Also as CSV: GET /staff/service-levels.csv?from=…&to=…&portal=….',
  })
  serviceLevelReport(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Arg('portalKey', () => PortalKey, { nullable: true }) portalKey?: PortalKey | null,
  ): Promise<ServiceLevelWeekType[]> {
    return serviceLevelReport(ctx, { from, to, portalKey: portalKey ?? null });
  }
}

@Resolver(() => RequestTypeType)
export class RequestTypeServiceLevelResolver {
  @Authorized('STAFF')
  @FieldResolver(() => ServiceLevelTargetsType, {
    description: 'Staff: the service-level targets of requests of this type.',
  })
  serviceLevels(
    @Root() type: RequestTypeType,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceLevelTargetsType> {
    return service.targets(ctx, type);
  }

  @Authorized('STAFF')
  @Mutation(() => RequestTypeType, {
    description:
      'Staff: the targets (business hours) for new requests of a type and its sub-categories without their own.',
  })
  async setServiceLevelTargets(
    @Ctx() ctx: RequestContext,
    @Arg('requestTypeId', () => ID) requestTypeId: string,
    @Arg('targets', () => ServiceLevelTargetsInput) targets: ServiceLevelTargetsInput,
  ): Promise<RequestTypeType> {
    return requestTypeView(ctx, await service.setTargets(ctx, requestTypeId, targets));
  }
}
