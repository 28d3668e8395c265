import { isoDate, localParts } from './business-days';
import { addBusinessMs, businessMsBetween, type BusinessClock } from './business-hours';
import type { TicketStatus } from './tickets';

/**
 * Service levels of support requests: per request type, a target for the time to the first
 * response and for the time to resolution, in business hours of the portal's calendar. The
 * clocks run from the request's creation and pause while the request waits for the customer
 * (and while it is resolved: a reopened request's clock goes on where it stopped).
 */
export interface ServiceLevelTargets {
  firstResponseHours: number;
  resolutionHours: number;
}

/** The targets of a request type nobody has set any for. */
export const DEFAULT_SERVICE_LEVEL_TARGETS: ServiceLevelTargets = {
  firstResponseHours: 8,
  resolutionHours: 40,
};

/** Targets staff may set: whole business hours, at most a business year. */
export const SERVICE_LEVEL_TARGET_LIMITS = { min: 1, max: 2000 } as const;

/** "Due within an hour": what the staff queue's filter means, in business time. */
export const DUE_SOON_BUSINESS_MS = 3_600_000;

/** The statuses in which the clocks stand still. */
export const PAUSED_STATUSES: readonly TicketStatus[] = ['WAITING_FOR_CUSTOMER', 'RESOLVED'];
/** The statuses in which the clocks have stopped for good. */
export const STOPPED_STATUSES: readonly TicketStatus[] = ['CLOSED', 'CANCELED'];

/**
 * The week a request counts in for the reports: the Monday (YYYY-MM-DD) of its opening's
 * local date in the portal's time zone.
 */
export function openingWeek(openedAt: Date, timeZone: string): string {
  const { year, month, day } = localParts(openedAt, timeZone);
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** What the server stores per request (table ticket_sla); durations in business seconds. */
export interface SlaState {
  openedAt: Date;
  firstResponseTargetSeconds: number;
  resolutionTargetSeconds: number;
  /** Business time of the pauses that have ended. */
  pausedSeconds: number;
  /** When the current pause started (null while the clock runs). */
  pausedSince: Date | null;
  firstResponseAt: Date | null;
  /** Business time from opening to the first response, pauses excluded. */
  firstResponseSeconds: number | null;
  /** Business time from opening to the (latest) resolution, pauses excluded; null while open. */
  resolutionSeconds: number | null;
  firstResponseBreached: boolean;
  resolutionBreached: boolean;
  stopped: boolean;
}

/** The step a request took, as the clocks see it. */
export interface SlaStep {
  from: TicketStatus;
  to: TicketStatus;
  /** An agent's public reply, resolution or status change: the first one is the first response. */
  agentResponse: boolean;
  at: Date;
}

const isPaused = (s: TicketStatus) => PAUSED_STATUSES.includes(s);
const seconds = (ms: number) => Math.round(ms / 1000);

export function openSla(openedAt: Date, targets: ServiceLevelTargets): SlaState {
  return {
    openedAt,
    firstResponseTargetSeconds: targets.firstResponseHours * 3600,
    resolutionTargetSeconds: targets.resolutionHours * 3600,
    pausedSeconds: 0,
    pausedSince: null,
    firstResponseAt: null,
    firstResponseSeconds: null,
    resolutionSeconds: null,
    firstResponseBreached: false,
    resolutionBreached: false,
    stopped: false,
  };
}

/** Business time the clocks have run by `at` (pauses excluded). */
export function elapsedSeconds(s: SlaState, at: Date, clock: BusinessClock): number {
  const until = s.pausedSince && s.pausedSince < at ? s.pausedSince : at;
  return Math.max(0, seconds(businessMsBetween(s.openedAt, until, clock)) - s.pausedSeconds);
}

/** The state after a step. Pure: the server stores what it returns. */
export function slaAfterStep(s: SlaState, step: SlaStep, clock: BusinessClock): SlaState {
  if (s.stopped) return s;
  const next = { ...s };
  const elapsed = elapsedSeconds(s, step.at, clock);
  if (step.agentResponse && !s.firstResponseAt) {
    next.firstResponseAt = step.at;
    next.firstResponseSeconds = elapsed;
  }
  if (!next.firstResponseAt && elapsed > s.firstResponseTargetSeconds)
    next.firstResponseBreached = true;
  if (
    next.firstResponseSeconds !== null &&
    next.firstResponseSeconds > s.firstResponseTargetSeconds
  )
    next.firstResponseBreached = true;
  if (elapsed > s.resolutionTargetSeconds) next.resolutionBreached = true;
  if (step.to === 'RESOLVED') next.resolutionSeconds = elapsed;
  if (step.from === 'RESOLVED' && step.to !== 'RESOLVED' && step.to !== 'CLOSED')
    next.resolutionSeconds = null;
  if (s.pausedSince && !isPaused(step.to)) {
    next.pausedSeconds =
      s.pausedSeconds + seconds(businessMsBetween(s.pausedSince, step.at, clock));
    next.pausedSince = null;
  }
  if (!s.pausedSince && isPaused(step.to)) next.pausedSince = step.at;
  if (STOPPED_STATUSES.includes(step.to)) next.stopped = true;
  return next;
}

/** What agents see of a request's service level at `now`. */
export interface SlaView {
  firstResponseDueAt: Date;
  firstResponseAt: Date | null;
  /** Null once resolved (or closed, or canceled). */
  resolutionDueAt: Date | null;
  breached: boolean;
  /** Whether the clocks stand still (waiting for the customer, resolved, closed). */
  paused: boolean;
  /** The earliest due time the running clocks head for; null while paused. */
  nextDueAt: Date | null;
}

/**
 * Due times: the opening plus the target plus the pauses so far (a pause still going on
 * counts up to `now`, so a waiting request's due times move with the clock).
 */
export function slaView(s: SlaState, now: Date, clock: BusinessClock): SlaView {
  const pausing = s.pausedSince
    ? seconds(businessMsBetween(s.pausedSince, now > s.pausedSince ? now : s.pausedSince, clock))
    : 0;
  const due = (target: number) =>
    addBusinessMs(s.openedAt, (target + s.pausedSeconds + pausing) * 1000, clock);
  const firstResponseDueAt = s.firstResponseAt
    ? addBusinessMs(
        s.openedAt,
        (s.firstResponseTargetSeconds + pausedBefore(s, s.firstResponseAt, clock)) * 1000,
        clock,
      )
    : due(s.firstResponseTargetSeconds);
  const open = !s.stopped && s.resolutionSeconds === null;
  const resolutionDueAt = open ? due(s.resolutionTargetSeconds) : null;
  const elapsed = elapsedSeconds(s, now, clock);
  const running = open && !s.pausedSince;
  const breached =
    s.firstResponseBreached ||
    s.resolutionBreached ||
    (running && !s.firstResponseAt && elapsed > s.firstResponseTargetSeconds) ||
    (running && elapsed > s.resolutionTargetSeconds);
  return {
    firstResponseDueAt,
    firstResponseAt: s.firstResponseAt,
    resolutionDueAt,
    breached,
    paused: !running,
    nextDueAt: running ? nextDue(s, resolutionDueAt!, firstResponseDueAt) : null,
  };
}

/** The pauses before the first response: its business time minus the clock's time. */
function pausedBefore(s: SlaState, respondedAt: Date, clock: BusinessClock): number {
  const total = seconds(businessMsBetween(s.openedAt, respondedAt, clock));
  return Math.max(0, total - (s.firstResponseSeconds ?? total));
}

function nextDue(s: SlaState, resolutionDueAt: Date, firstResponseDueAt: Date): Date {
  if (s.firstResponseAt || firstResponseDueAt > resolutionDueAt) return resolutionDueAt;
  return firstResponseDueAt;
}
