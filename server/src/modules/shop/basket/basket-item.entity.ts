import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../common/base.entity';

/** One product in a representative's basket (kept on the server, across devices). */
@Entity('basket_item')
@Index('UQ_basket_item_owner_product', ['representativeId', 'productId'], { unique: true })
export class BasketItem extends BaseEntity {
  @Column({ type: 'uuid' })
  representativeId: string;

  @Column({ type: 'uuid' })
  productId: string;

  @Column({ type: 'int' })
  quantity: number;
}
