import type { ObjectLiteral } from 'typeorm';
import { fromColumns } from '../../../common/raw-rows';
import type { RequestContext } from '../../../context/request-context';
import { tenantScope } from '../../../context/viewer';
import {
  DOCUMENT_LINK_KINDS,
  type DocumentLinkKind,
} from '../../../../../shared/src/document-links';
import { allowedPortals } from '../request-type/request-type.service';
import { Ticket } from '../ticket/ticket.entity';
import { TICKET_LIST_COLUMNS } from '../ticket/ticket.list-sql';
import type { DocumentLink } from './ticket-link.entity';
import { LINK_VIEW_COLUMNS, LINK_VIEW_JOINS } from './ticket-link.sql';

/** Rows grouped by one of their columns, in the order of the keys asked for. */
function groupBy<T extends ObjectLiteral>(
  keys: readonly string[],
  rows: T[],
  by: (row: T) => string,
) {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(by(row));
    if (group) group.push(row);
    else groups.set(by(row), [row]);
  }
  return keys.map((k) => groups.get(k) ?? []);
}

/**
 * Per-request DataLoaders of linked documents: one statement per field and page, whatever
 * the page size (Ticket.links; Order/Invoice/ReturnRequest.tickets).
 */
export const ticketLinkLoaders = {
  /**
   * The documents of each request (orders, invoices, returns, products, each by number) with
   * their status and date; the request itself was found within the viewer's scope.
   */
  links(ctx: RequestContext) {
    return ctx.loaders.get<string, DocumentLink[]>('ticket.links', async (ticketIds) => {
      const rows: Array<DocumentLink & { ticketId: string }> = await ctx.db.query(
        `SELECT ${LINK_VIEW_COLUMNS} FROM ticket_link l ${LINK_VIEW_JOINS}
          WHERE l."ticketId" = ANY($1)
          ORDER BY array_position($2::varchar[], l.kind), label, l.id`,
        [[...ticketIds], DOCUMENT_LINK_KINDS],
      );
      return groupBy(ticketIds, rows, (r) => r.ticketId);
    });
  },

  /**
   * The requests about each document of a kind that the viewer may see: their own company's
   * (in the portals they use), every company's for staff. Newest first.
   */
  tickets(ctx: RequestContext, kind: DocumentLinkKind) {
    return ctx.loaders.get<string, Ticket[]>(`${kind}.tickets`, async (documentIds) => {
      const companyId = tenantScope(ctx);
      const cols = TICKET_LIST_COLUMNS.map((c) => `t."${c}"`).join(', ');
      const rows: ObjectLiteral[] = await ctx.db.query(
        `SELECT l."documentId", ${cols} FROM ticket_link l JOIN ticket t ON t.id = l."ticketId"
          WHERE l.kind = $1 AND l."documentId" = ANY($2) AND t."portalKey" = ANY($3)
            AND ($4::uuid IS NULL OR l."companyId" = $4)
          ORDER BY t."createdAt" DESC, t.id DESC`,
        [kind, [...documentIds], allowedPortals(ctx), companyId],
      );
      return groupBy(documentIds, rows, (r) => r.documentId as string).map((group) =>
        group.map((row) => fromColumns(ctx.db, Ticket, row, TICKET_LIST_COLUMNS)),
      );
    });
  },
};
