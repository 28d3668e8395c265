import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../context/request-context';
import { ReturnRequest } from './return-request.entity';
import { ReturnStateMachine } from './return-request.state-machine';

const machine = new ReturnStateMachine();

/** The customer's cancel, staff's item-by-item authorization and the ERP's credit note. */
@Resolver(() => ReturnRequest)
export class ReturnStepsResolver {
  @Authorized('REPRESENTATIVE')
  @Mutation(() => ReturnRequest, {
    description:
      'The customer withdraws a return until it is authorized. Errors: RETURN_ALREADY_AUTHORIZED, RETURN_CLOSED, NOT_FOUND.',
  })
  cancelReturnRequest(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
  ): Promise<ReturnRequest> {
    return machine.cancel(ctx, id);
  }

  @Authorized('STAFF')
  @Mutation(() => ReturnRequest, {
    description: 'Authorizes one pending item. Error: ILLEGAL_TRANSITION.',
  })
  authorizeReturnItem(
    @Ctx() ctx: RequestContext,
    @Arg('itemId', () => ID) itemId: string,
  ): Promise<ReturnRequest> {
    return machine.apply(ctx, { type: 'AUTHORIZE_ITEM', itemId, note: null });
  }

  @Authorized('STAFF')
  @Mutation(() => ReturnRequest, {
    description: 'Denies one pending item with the reason the customer sees.',
  })
  denyReturnItem(
    @Ctx() ctx: RequestContext,
    @Arg('itemId', () => ID) itemId: string,
    @Arg('note', () => String) note: string,
  ): Promise<ReturnRequest> {
    return machine.apply(ctx, { type: 'DENY_ITEM', itemId, note });
  }

  @Authorized('STAFF')
  @Mutation(() => ReturnRequest, {
    description:
      'The ERP records the credit note it issued for a refunded return; shown to the customer. Error: ILLEGAL_TRANSITION before a refund is approved.',
  })
  recordCreditNote(
    @Ctx() ctx: RequestContext,
    @Arg('rmaNumber', () => String) rmaNumber: string,
    @Arg('creditNoteNumber', () => String) creditNoteNumber: string,
  ): Promise<ReturnRequest> {
    return machine.recordCreditNote(ctx, rmaNumber, creditNoteNumber);
  }
}
