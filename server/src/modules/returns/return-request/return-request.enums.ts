import { registerEnumType } from 'type-graphql';
import {
  RETURN_ITEM_DECISIONS,
  RETURN_ITEM_STATUSES,
  RETURN_KINDS,
  RETURN_REASONS,
  RETURN_RESOLUTIONS,
  RETURN_STATUSES,
  SERVICE_STAGES,
} from '../../../../../shared/src/rma';

/**
 * The GraphQL enums of returns, built from the arrays in shared/src/rma.ts, so the API, the
 * server's rules and the SPA name the same values. `ReturnKind.SERVICE` is the string
 * 'SERVICE', typed as the shared union.
 */
function enumOf<const T extends string>(values: readonly T[]): { readonly [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const ReturnKind = enumOf(RETURN_KINDS);
export type ReturnKind = (typeof RETURN_KINDS)[number];
registerEnumType(ReturnKind, {
  name: 'ReturnKind',
  description: 'RETURN: goods sent back; SERVICE: warranty or repair.',
});

export const ReturnStatus = enumOf(RETURN_STATUSES);
export type ReturnStatus = (typeof RETURN_STATUSES)[number];
registerEnumType(ReturnStatus, {
  name: 'ReturnStatus',
  description: 'Derived from the items (shared/src/rma.ts).',
});

export const ReturnItemStatus = enumOf(RETURN_ITEM_STATUSES);
export type ReturnItemStatus = (typeof RETURN_ITEM_STATUSES)[number];
registerEnumType(ReturnItemStatus, { name: 'ReturnItemStatus' });

export const ReturnItemDecision = enumOf(RETURN_ITEM_DECISIONS);
export type ReturnItemDecision = (typeof RETURN_ITEM_DECISIONS)[number];
registerEnumType(ReturnItemDecision, { name: 'ReturnItemDecision' });

export const ReturnResolution = enumOf(RETURN_RESOLUTIONS);
export type ReturnResolution = (typeof RETURN_RESOLUTIONS)[number];
registerEnumType(ReturnResolution, { name: 'ReturnResolution' });

export const ReturnReason = enumOf(RETURN_REASONS);
export type ReturnReason = (typeof RETURN_REASONS)[number];
registerEnumType(ReturnReason, { name: 'ReturnReason' });

export const ServiceStage = enumOf(SERVICE_STAGES);
export type ServiceStage = (typeof SERVICE_STAGES)[number];
registerEnumType(ServiceStage, {
  name: 'ServiceStage',
  description: 'Workshop stages of a service item.',
});

export { RETURN_EVENT_TYPES, type ReturnEventType } from '../../../../../shared/src/rma';
