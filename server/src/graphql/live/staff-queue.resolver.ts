import {
  Authorized,
  Ctx,
  Field,
  ObjectType,
  registerEnumType,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { RequestContext } from '../../context/request-context';
import { liveEvents, type LiveEvent } from '../../context/live-events';

/** Which staff queue a change concerns; ALL after a gap in the events (re-read every queue). */
export enum StaffQueue {
  REQUESTS = 'REQUESTS',
  RETURNS = 'RETURNS',
  ALL = 'ALL',
}
registerEnumType(StaffQueue, { name: 'StaffQueue' });

@ObjectType('StaffQueueUpdate', {
  description: 'A request or a return changed: the staff queues that show it should re-read.',
})
export class StaffQueueUpdate {
  @Field(() => StaffQueue)
  queue: StaffQueue;

  @Field(() => String, {
    nullable: true,
    description: 'The request key or RMA number that changed; null with ALL.',
  })
  key: string | null;
}

/** A live event as the queues see it (SESSIONS is not theirs). */
function queueUpdate(e: LiveEvent): StaffQueueUpdate {
  switch (e.type) {
    case 'TICKET':
      return { queue: StaffQueue.REQUESTS, key: e.key };
    case 'RETURN':
      return { queue: StaffQueue.RETURNS, key: e.rmaNumber };
    default:
      return { queue: StaffQueue.ALL, key: null };
  }
}

@Resolver()
export class StaffQueueResolver {
  @Authorized('STAFF')
  @Subscription(() => StaffQueueUpdate, {
    description:
      'Staff: every change to any request or return (new, status, reply, assignment), so the ' +
      'queues re-read without a reload. Customers: FORBIDDEN.',
    subscribe: ({ context }) =>
      liveEvents(context as RequestContext, (e) => e.type === 'TICKET' || e.type === 'RETURN'),
  })
  staffQueueUpdated(@Root() event: LiveEvent, @Ctx() _ctx: RequestContext): StaffQueueUpdate {
    return queueUpdate(event);
  }
}
