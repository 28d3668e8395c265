import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../common/base.entity';
import {
  DOCUMENT_LINK_KINDS,
  type DocumentLinkKind as DocumentLinkKindValue,
} from '../../../../../shared/src/document-links';

/** The GraphQL enum DocumentLinkKind, built from the shared list (one definition). */
export const DocumentLinkKind = Object.fromEntries(DOCUMENT_LINK_KINDS.map((k) => [k, k])) as {
  [K in DocumentLinkKindValue]: K;
};
export type DocumentLinkKind = DocumentLinkKindValue;
registerEnumType(DocumentLinkKind, {
  name: 'DocumentLinkKind',
  description:
    "What a request is about: one of the company's orders, invoices or returns, or a product.",
});

/**
 * A document a support request is about. `reference` keeps the document's number (the product's
 * SKU) as it was when linked: search finds the request by it (trigram index on its normalized
 * form, IDX_ticket_link_reference_trgm).
 */
@Entity('ticket_link')
@Index('UQ_ticket_link', ['ticketId', 'kind', 'documentId'], { unique: true })
@Index('IDX_ticket_link_document', ['documentId', 'kind'])
@Index('IDX_ticket_link_reference_trgm', { synchronize: false })
export class TicketLink extends BaseEntity {
  @Column({ type: 'uuid' })
  ticketId: string;

  /** The request's company (the documents' company; products are the catalogue's). */
  @Column({ type: 'uuid' })
  companyId: string;

  @Column({ type: 'varchar', length: 16 })
  kind: DocumentLinkKind;

  @Column({ type: 'uuid' })
  documentId: string;

  @Column({ type: 'varchar', length: 64 })
  reference: string;
}

/** A linked document as a request shows it. */
@ObjectType('DocumentLink', { description: 'A document a request is about.' })
export class DocumentLink {
  @Field(() => DocumentLinkKind)
  kind: DocumentLinkKind;

  @Field(() => ID, { description: "The document's id (order, invoice, return or product)." })
  id: string;

  @Field(() => String, {
    description: 'The document number (ZAM/…, FV/…, RMA-…), or a product\'s "SKU — name".',
  })
  label: string;

  @Field(() => String, {
    description: "The number, RMA number or SKU the document's page is addressed by.",
  })
  number: string;

  @Field(() => String, {
    nullable: true,
    description: "A return's status (ReturnStatus); a product's ACTIVE or INACTIVE; else null.",
  })
  status: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the order was placed, the invoice issued, the return submitted (products: null).',
  })
  date: Date | null;
}
