import type { EntityManager } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../../../common/errors';
import { escapeLike, isUuid } from '../../../common/ids';
import type { RequestContext } from '../../../context/request-context';
import { requireRepresentative } from '../../../context/viewer';
import {
  DOCUMENT_LINK_KINDS,
  MAX_DOCUMENT_LINKS,
  type DocumentLinkKind,
} from '../../../../../shared/src/document-links';
import { normalizeForSearch } from '../../../../../shared/src/search';
import { type DocumentLink, TicketLink } from './ticket-link.entity';
import type { DocumentLinkInput } from './ticket-link.inputs';
import { LINKABLE_SQL, OWN_DOCUMENTS_SQL } from './ticket-link.sql';

/** What the error says was not found, per kind. */
const KIND_NAMES: Record<DocumentLinkKind, string> = {
  ORDER: 'Order',
  INVOICE: 'Invoice',
  RETURN_REQUEST: 'Return',
  PRODUCT: 'Product',
};

/** The distinct links asked for, each a well-formed id (anything else is not found). */
function distinctLinks(links: DocumentLinkInput[]): DocumentLinkInput[] {
  if (links.length > MAX_DOCUMENT_LINKS)
    throw new BadUserInputError(`At most ${MAX_DOCUMENT_LINKS} documents.`, 'links');
  const seen = new Map<string, DocumentLinkInput>();
  for (const link of links) {
    if (!isUuid(link.id)) throw new NotFoundError(KIND_NAMES[link.kind]);
    seen.set(`${link.kind}:${link.id.toLowerCase()}`, {
      kind: link.kind,
      id: link.id.toLowerCase(),
    });
  }
  return [...seen.values()];
}

/** Documents tied to support requests: linking them when a request is raised, the picker. */
export class TicketLinkService {
  /**
   * Ties the new request to documents of its company (products: any active one), in the
   * request's transaction and in two statements; another company's document or an unknown id
   * is NOT_FOUND, and nothing is created.
   */
  async link(
    tx: EntityManager,
    ticket: { id: string; companyId: string },
    links: DocumentLinkInput[] | null | undefined,
  ): Promise<void> {
    const wanted = distinctLinks(links ?? []);
    if (!wanted.length) return;
    const ids = DOCUMENT_LINK_KINDS.map((kind) =>
      wanted.filter((l) => l.kind === kind).map((l) => l.id),
    );
    const found: Array<{ kind: DocumentLinkKind; id: string; reference: string }> = await tx.query(
      OWN_DOCUMENTS_SQL,
      [ticket.companyId, ...ids],
    );
    const missing = wanted.find((l) => !found.some((f) => f.kind === l.kind && f.id === l.id));
    if (missing) throw new NotFoundError(KIND_NAMES[missing.kind]);
    await tx.getRepository(TicketLink).insert(
      found.map((f) => ({
        ticketId: ticket.id,
        companyId: ticket.companyId,
        kind: f.kind,
        documentId: f.id,
        reference: f.reference,
      })),
    );
  }

  /**
   * The picker of the new-request form: the company's own documents (and active products)
   * whose number contains what was typed, however it is written; newest first.
   */
  async linkable(
    ctx: RequestContext,
    args: {
      search: string | null | undefined;
      kinds: DocumentLinkKind[] | null | undefined;
      first: number;
    },
  ): Promise<DocumentLink[]> {
    const rep = requireRepresentative(ctx);
    const pattern = `%${escapeLike(normalizeForSearch(args.search ?? ''))}%`;
    const kinds = args.kinds?.length ? args.kinds : [...DOCUMENT_LINK_KINDS];
    const rows: DocumentLink[] = await ctx.db.query(LINKABLE_SQL, [
      rep.companyId,
      pattern,
      args.first,
      kinds,
    ]);
    return rows;
  }
}
