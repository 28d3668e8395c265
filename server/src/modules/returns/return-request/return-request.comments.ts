import type { RequestContext } from '../../../context/request-context';
import { audit } from '../../../audit/audit.service';
import type { ReturnRequest } from './return-request.entity';
import { refuseIfClosed } from './return-request.errors';
import type { ReturnCommentInput } from './return-request.inputs';
import { lockVisibleReturn } from './return-request.queries';
import { ReturnTimeline } from './return-request.timeline';

/** The conversation on a return's timeline: the customer and staff both comment; no status changes. */
export class ReturnCommentService {
  private readonly timeline = new ReturnTimeline();

  comment(ctx: RequestContext, input: ReturnCommentInput): Promise<ReturnRequest> {
    return ctx.transaction(async (tx) => {
      const request = await lockVisibleReturn(ctx, tx, input.returnRequestId);
      refuseIfClosed(request);
      await this.timeline.record(ctx, tx, request, {
        type: 'COMMENT',
        note: input.body.trim(),
        sku: null,
        statusAfter: request.status,
      });
      await audit(ctx, tx, 'return.commented', {
        type: 'ReturnRequest',
        id: request.id,
        companyId: request.companyId,
      });
      return request;
    });
  }
}
