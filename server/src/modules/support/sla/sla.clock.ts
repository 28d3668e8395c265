import type { BusinessClock } from '../../../../../shared/src/business-hours';
import type { SlaState } from '../../../../../shared/src/service-levels';
import type { Portal } from '../request-type/request-type.entity';
import { calendarOf } from '../ticket/calendar';
import type { TicketSla } from './sla.entity';

type ClockPortal = Pick<
  Portal,
  'calendarCountry' | 'timeZone' | 'businessDayStartMinute' | 'businessDayEndMinute'
>;

/** The portal's business hours: its calendar (holidays, time zone) and working window. */
export function clockOf(portal: ClockPortal): BusinessClock {
  return {
    ...calendarOf(portal),
    startMinute: portal.businessDayStartMinute,
    endMinute: portal.businessDayEndMinute,
  };
}

/** The stored row as the shared rule's state. */
export function stateOf(row: TicketSla): SlaState {
  return {
    openedAt: row.openedAt,
    firstResponseTargetSeconds: row.firstResponseTargetSeconds,
    resolutionTargetSeconds: row.resolutionTargetSeconds,
    pausedSeconds: row.pausedSeconds,
    pausedSince: row.pausedSince,
    firstResponseAt: row.firstResponseAt,
    firstResponseSeconds: row.firstResponseSeconds,
    resolutionSeconds: row.resolutionSeconds,
    firstResponseBreached: row.firstResponseBreached,
    resolutionBreached: row.resolutionBreached,
    stopped: row.stopped,
  };
}
