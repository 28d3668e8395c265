import { LOCALES, type Locale } from '../../../../../shared/src/locales';
import { currentLocale } from '../../../lib/locale';
import type { StaffRequestTypeFieldsFragment, StaffRequestTypesQuery } from '../../../gql/graphql';

export type Portal = StaffRequestTypesQuery['portals'][number];
export type TypeGroup = Portal['requestTypeGroups'][number];
export type RequestType = StaffRequestTypeFieldsFragment;
export type Names = Record<Locale, string>;

/** What the names dialog is for: a new type, a new sub-category, or renaming one. */
export type Edit =
  | { kind: 'addType'; group: TypeGroup }
  | { kind: 'addSub'; group: TypeGroup; parent: RequestType }
  | { kind: 'rename'; type: RequestType };

export const EMPTY_NAMES = Object.fromEntries(LOCALES.map((l) => [l, ''])) as Names;

/**
 * A group's or type's name in the UI language. `name` follows the account's saved language,
 * which for staff may differ from the language the page is shown in.
 */
export const nameOf = (entry: { name: string; names: Names }) =>
  entry.names[currentLocale()] || entry.name;
