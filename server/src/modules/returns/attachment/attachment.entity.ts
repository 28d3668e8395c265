import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../common/base.entity';

/**
 * RETURN_DRAFT: uploaded in the return wizard, owned by the representative until a submission
 * moves it onto an item (RETURN_ITEM: a photo; RETURN_PROOF: a service item's warranty proof).
 */
export type AttachmentOwner = 'RETURN_ITEM' | 'RETURN_PROOF' | 'RETURN_DRAFT' | 'TICKET';

/** A file a customer attached (photos of damaged goods, invoices); stored under DATA_DIR/uploads. */
@ObjectType('Attachment', { implements: BaseEntity })
@Entity('attachment')
@Index('IDX_attachment_owner', ['ownerType', 'ownerId', 'createdAt'])
export class Attachment extends BaseEntity {
  @Column({ type: 'uuid' })
  companyId: string;

  @Column({ type: 'varchar', length: 16 })
  ownerType: AttachmentOwner;

  @Column({ type: 'uuid' })
  ownerId: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 64 })
  contentType: string;

  @Field(() => Int, { description: 'Bytes.' })
  @Column({ type: 'int' })
  size: number;

  // A person's name, or their e-mail address when they have not given one (254).
  @Column({ type: 'varchar', length: 254 })
  uploadedBy: string;

  @Field(() => String, { description: 'Download address (needs the session cookie).' })
  get url(): string {
    return `/attachments/${this.id}`;
  }
}
