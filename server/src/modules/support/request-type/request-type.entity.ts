import { registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { BaseEntity } from '../../../common/base.entity';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../../../shared/src/locales';

export enum PortalKey {
  CUSTOMER_SERVICE = 'CUSTOMER_SERVICE',
  TECHNICAL_ASSISTANCE = 'TECHNICAL_ASSISTANCE',
}
registerEnumType(PortalKey, {
  name: 'PortalKey',
  description: 'CUSTOMER_SERVICE for contracted customers; TECHNICAL_ASSISTANCE for everyone.',
});

/** A name in every language of the portal (shared LOCALES). */
export type Names = Record<Locale, string>;

/** The name in a locale, English where the locale is not one of ours. */
export const nameIn = (names: Names, locale: string): string =>
  names[isLocale(locale) ? locale : DEFAULT_LOCALE];

/** A support portal, with the business calendar its automatic deadlines count in. */
@Entity('portal')
export class Portal {
  @PrimaryColumn({ type: 'varchar', length: 24 })
  key: PortalKey;

  @Column({ type: 'varchar', length: 4 })
  keyPrefix: string;

  @Column({ type: 'jsonb' })
  names: Names;

  @Column({ type: 'char', length: 2 })
  calendarCountry: string;

  @Column({ type: 'varchar', length: 64 })
  timeZone: string;

  /** The working hours of its business days, minutes after local midnight (service levels). */
  @Column({ type: 'smallint', default: 480 })
  businessDayStartMinute: number;

  @Column({ type: 'smallint', default: 960 })
  businessDayEndMinute: number;
}

@Entity('request_type_group')
@Index('IDX_request_type_group_portal', ['portalKey', 'position'])
export class RequestTypeGroup extends BaseEntity {
  @Column({ type: 'varchar', length: 24 })
  portalKey: PortalKey;

  @Column({ type: 'jsonb' })
  names: Names;

  @Column({ type: 'int', default: 0 })
  position: number;
}

@Entity('request_type')
@Index('IDX_request_type_group', ['groupId', 'position'])
export class RequestType extends BaseEntity {
  @Column({ type: 'uuid' })
  groupId: string;

  /** Set for a sub-category. */
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ type: 'jsonb' })
  names: Names;

  @Column({ type: 'int', default: 0 })
  position: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}
