import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../context/request-context';
import { ReturnItem } from '../return-request/return-request.entity';
import { Ticket } from '../../support/ticket/ticket.entity';
import { Attachment } from './attachment.entity';
import { attachmentsLoader } from './attachment.service';

@Resolver(() => ReturnItem)
export class ReturnItemPhotosResolver {
  @FieldResolver(() => [Attachment], {
    description: 'Photos the customer attached (POST /returns/<rma>/items/<id>/photos).',
  })
  photos(@Root() item: ReturnItem, @Ctx() ctx: RequestContext): Promise<Attachment[]> {
    return attachmentsLoader(ctx, 'RETURN_ITEM').load(item.id);
  }

  @FieldResolver(() => [Attachment], {
    description: 'Service requests: the warranty proof or receipt uploaded in the wizard.',
  })
  warrantyProof(@Root() item: ReturnItem, @Ctx() ctx: RequestContext): Promise<Attachment[]> {
    return attachmentsLoader(ctx, 'RETURN_PROOF').load(item.id);
  }
}

@Resolver(() => Ticket)
export class TicketAttachmentsResolver {
  @FieldResolver(() => [Attachment], {
    description: 'Files attached to the request (POST /requests/<key>/attachments).',
  })
  attachments(@Root() ticket: Ticket, @Ctx() ctx: RequestContext): Promise<Attachment[]> {
    return attachmentsLoader(ctx, 'TICKET').load(ticket.id);
  }
}
