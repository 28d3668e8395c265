import { useRef } from 'react';
import { useStaffQueueUpdatedSubscription, type StaffQueue } from '../gql/graphql';
import { useViewer } from './session';

/**
 * A staff queue (requests or returns) reads its list again when something in it changes,
 * without a reload: new requests, status changes, replies, assignments. Agents only; the
 * subscription's first message (the queues as they are) is skipped, the list just loaded.
 */
export function useStaffQueueUpdates(queue: Exclude<StaffQueue, 'ALL'>, refetch: () => unknown) {
  const { agent } = useViewer();
  const started = useRef(false);
  useStaffQueueUpdatedSubscription({
    skip: !agent,
    onData: ({ data }) => {
      const update = data.data?.staffQueueUpdated;
      if (!update) return;
      const first = !started.current;
      started.current = true;
      if (first && update.queue === 'ALL') return;
      if (update.queue === queue || update.queue === 'ALL') refetch();
    },
  });
}
