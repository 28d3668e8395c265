import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ConnectionType, type Connection } from '../../../common/connection';
import { selects } from '../../../common/selection';
import { parseAmount } from '../../../common/money';
import type { RequestContext } from '../../../context/request-context';
import { freshReads, liveEvents } from '../../../context/live-events';
import { returnPath } from '../../../../../shared/src/routes';
import { Invoice, InvoiceLine } from '../../shop/invoice/invoice.entity';
import { ReturnEvent, ReturnItem, ReturnRequest } from './return-request.entity';
import { ReturnItemDecision, ReturnResolution, ServiceStage } from './return-request.enums';
import {
  ReturnCommentInput,
  ReturnRequestsArgs,
  SubmitReturnRequestInput,
} from './return-request.inputs';
import { ReturnCommentService } from './return-request.comments';
import {
  itemsOf,
  loadPageItems,
  returnableLoader,
  returnEventsLoader,
} from './return-request.loaders';
import { ReturnRequestQueries } from './return-request.queries';
import { ReturnStateMachine } from './return-request.state-machine';
import { ReturnSubmissionService } from './return-request.submission';

export const ReturnRequestConnection = ConnectionType(ReturnRequest, 'ReturnRequest');

const submission = new ReturnSubmissionService();
const queries = new ReturnRequestQueries();
const comments = new ReturnCommentService();
const machine = new ReturnStateMachine();

@Resolver(() => ReturnRequest)
export class ReturnRequestResolver {
  @Authorized('REPRESENTATIVE')
  @Query(() => Invoice, {
    description:
      "Your company's invoice by number, with what can still be returned. Anything else: NOT_FOUND.",
  })
  checkInvoice(
    @Ctx() ctx: RequestContext,
    @Arg('number', () => String) number: string,
  ): Promise<Invoice> {
    return submission.checkInvoice(ctx, number);
  }

  @Authorized('REPRESENTATIVE')
  @Mutation(() => ReturnRequest, {
    description:
      'Errors: QUANTITY_EXCEEDS_RETURNABLE, RETURN_ADDRESS_REQUIRED, NOT_FOUND, BAD_USER_INPUT.',
  })
  submitReturnRequest(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SubmitReturnRequestInput) input: SubmitReturnRequestInput,
  ): Promise<ReturnRequest> {
    return submission.submit(ctx, input);
  }

  @Authorized()
  @Query(() => ReturnRequestConnection, {
    description: "Returns, newest first: your company's, or (staff) everyone's.",
  })
  async returnRequests(
    @Ctx() ctx: RequestContext,
    @Args(() => ReturnRequestsArgs) args: ReturnRequestsArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<ReturnRequest>> {
    const page = await queries.list(ctx, args);
    // The items of the whole page in the loader's one statement, before graphql-js walks the rows.
    if (selects(info, ['edges', 'node', 'items']))
      await loadPageItems(
        ctx,
        page.edges.map((e) => e.node),
      );
    return page;
  }

  @Authorized()
  @Query(() => ReturnRequest, {
    nullable: true,
    description: "One return by RMA number; NOT_FOUND for anyone else's.",
  })
  returnRequest(
    @Ctx() ctx: RequestContext,
    @Arg('rmaNumber', () => String) rmaNumber: string,
  ): Promise<ReturnRequest> {
    return queries.get(ctx, rmaNumber);
  }

  @Authorized()
  @Subscription(() => ReturnRequest, {
    description:
      'The return again, each time its timeline (and so its status) changes (graphql-ws at ' +
      "/graphql). Anyone else's return: NOT_FOUND, as the returnRequest query.",
    subscribe: async ({ args, context }) => {
      const ctx = context as RequestContext;
      const request = await queries.get(ctx, String(args.rmaNumber));
      return liveEvents(ctx, (e) => e.type === 'RETURN' && e.id === request.id);
    },
  })
  returnRequestUpdated(
    @Ctx() ctx: RequestContext,
    @Arg('rmaNumber', () => String) rmaNumber: string,
  ): Promise<ReturnRequest> {
    freshReads(ctx);
    return queries.get(ctx, rmaNumber);
  }

  @Authorized()
  @Mutation(() => ReturnRequest, {
    description: 'A comment on the timeline, from the customer or staff.',
  })
  commentOnReturn(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReturnCommentInput) input: ReturnCommentInput,
  ): Promise<ReturnRequest> {
    return comments.comment(ctx, input);
  }

  @Authorized('STAFF')
  @Mutation(() => ReturnRequest, {
    description: 'Authorizes every pending item. Error: ILLEGAL_TRANSITION.',
  })
  authorizeReturnRequest(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<ReturnRequest> {
    return machine.apply(ctx, { type: 'AUTHORIZE', returnRequestId: id, note: note ?? null });
  }

  @Authorized('STAFF')
  @Mutation(() => ReturnRequest, { description: 'Denies every pending item, with the reason.' })
  denyReturnRequest(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String) note: string,
  ): Promise<ReturnRequest> {
    return machine.apply(ctx, { type: 'DENY', returnRequestId: id, note });
  }

  @Authorized('STAFF')
  @Mutation(() => ReturnRequest, {
    description: 'The parcel arrived: authorized items become RECEIVED.',
  })
  receiveReturnRequest(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<ReturnRequest> {
    return machine.apply(ctx, { type: 'RECEIVE', returnRequestId: id, note: note ?? null });
  }

  @Authorized('STAFF')
  @Mutation(() => ReturnRequest, {
    description: 'Approves (REFUND, REPLACE, REPAIR) or rejects (SHIP_BACK) a received item.',
  })
  decideReturnItem(
    @Ctx() ctx: RequestContext,
    @Arg('itemId', () => ID) itemId: string,
    @Arg('decision', () => ReturnItemDecision) decision: ReturnItemDecision,
    @Arg('resolution', () => ReturnResolution, { nullable: true })
    resolution?: ReturnResolution | null,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
    @Arg('amount', () => String, {
      nullable: true,
      description:
        'REFUND: the amount refunded or credited, e.g. "49.90"; default the invoiced value.',
    })
    amount?: string | null,
  ): Promise<ReturnRequest> {
    return machine.apply(ctx, {
      type: 'DECIDE_ITEM',
      itemId,
      decision,
      resolution: resolution ?? null,
      note: note ?? null,
      creditMinor: amount ? parseAmount(amount, 'amount') : null,
    });
  }

  @Authorized('STAFF')
  @Mutation(() => ReturnRequest, {
    description:
      'Service requests: moves an item to the next workshop stage (RECEIVED, DIAGNOSIS, then REPAIR | REPLACEMENT | NOT_REPAIRABLE, which decides the item, then SHIPPED_BACK with carrier and trackingNumber). Error: ILLEGAL_TRANSITION.',
  })
  advanceServiceStage(
    @Ctx() ctx: RequestContext,
    @Arg('itemId', () => ID) itemId: string,
    @Arg('stage', () => ServiceStage) stage: ServiceStage,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
    @Arg('carrier', () => String, { nullable: true }) carrier?: string | null,
    @Arg('trackingNumber', () => String, { nullable: true }) trackingNumber?: string | null,
  ): Promise<ReturnRequest> {
    return machine.apply(ctx, {
      type: 'ADVANCE_SERVICE',
      itemId,
      stage,
      note: note ?? null,
      carrier: carrier ?? null,
      trackingNumber: trackingNumber ?? null,
    });
  }

  @Authorized('STAFF')
  @Mutation(() => ReturnRequest, { description: 'Closes a return whose items are all settled.' })
  closeReturnRequest(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
  ): Promise<ReturnRequest> {
    return machine.apply(ctx, { type: 'CLOSE', returnRequestId: id });
  }

  @FieldResolver(() => [ReturnItem])
  items(
    @Root() r: ReturnRequest,
    @Ctx() ctx: RequestContext,
  ): ReturnItem[] | Promise<ReturnItem[]> {
    return itemsOf(ctx, r);
  }

  @FieldResolver(() => [ReturnEvent], { description: 'The timeline, oldest first.' })
  events(@Root() r: ReturnRequest, @Ctx() ctx: RequestContext): Promise<ReturnEvent[]> {
    return returnEventsLoader(ctx).load(r.id);
  }

  @FieldResolver(() => String, { description: 'The label to print and stick on the parcel (PDF).' })
  labelUrl(@Root() r: ReturnRequest): string {
    return `${returnPath(r.rmaNumber)}/label.pdf`;
  }
}

@Resolver(() => InvoiceLine)
export class InvoiceLineReturnsResolver {
  @FieldResolver(() => Int, {
    description: 'Invoiced minus what is in returns not denied or rejected.',
  })
  returnableQuantity(@Root() line: InvoiceLine, @Ctx() ctx: RequestContext): Promise<number> {
    return returnableLoader(ctx).load(line.id);
  }
}
