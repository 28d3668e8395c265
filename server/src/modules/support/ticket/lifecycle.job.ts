import type { DataSource } from 'typeorm';
import { createSystemContext } from '../../../context/system-context';
import type { JobDeps, ScheduledJob } from '../../../jobs/queue';
import type { BusinessCalendar } from '../../../../../shared/src/business-days';
import { autoCloseAt, autoResolveAt, reminderAt } from '../../../../../shared/src/tickets';
import { Portal } from '../request-type/request-type.entity';
import { calendarOf } from './calendar';
import { TicketStatus } from './ticket.entity';
import { TicketLifecycle, type AutomaticStep, type DueWindow } from './ticket.lifecycle';

/** Ids read per query and changed per transaction; the job loops until a batch comes back short. */
export const LIFECYCLE_BATCH_SIZE = 250;
/** How far back the search for a cutoff starts: far more than any run of holidays. */
const SEARCH_BACK_S = 120 * 86_400;

/** One automatic step: the status it applies to, the timestamp it counts from, its deadline. */
interface Rule {
  step: AutomaticStep;
  status: TicketStatus;
  column: 'waitingSince' | 'resolvedAt';
  deadline(since: Date, calendar: BusinessCalendar): Date;
}

const RULES: Rule[] = [
  {
    step: 'AUTO_CLOSE',
    status: TicketStatus.RESOLVED,
    column: 'resolvedAt',
    deadline: autoCloseAt,
  },
  {
    step: 'AUTO_RESOLVE',
    status: TicketStatus.WAITING_FOR_CUSTOMER,
    column: 'waitingSince',
    deadline: autoResolveAt,
  },
  {
    step: 'REMIND',
    status: TicketStatus.WAITING_FOR_CUSTOMER,
    column: 'waitingSince',
    deadline: reminderAt,
  },
];

/**
 * The business-day arithmetic once per portal and run: the instant before which a timestamp
 * is due at `now`. A deadline is the same local time (to the second) on the N-th working day
 * after, so it grows with the timestamp and depends only on its whole second: a binary search
 * over seconds finds the latest due second S, and every timestamp before S + 1 s is due —
 * microseconds included.
 */
export function dueBefore(
  deadline: (since: Date, calendar: BusinessCalendar) => Date,
  calendar: BusinessCalendar,
  now: Date,
): Date {
  const nowS = Math.floor(now.getTime() / 1000);
  let lo = nowS - SEARCH_BACK_S; // due
  let hi = nowS; // not due: a deadline is always later than its start
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (deadline(new Date(mid * 1000), calendar) <= now) lo = mid;
    else hi = mid;
  }
  return new Date((lo + 1) * 1000);
}

/** Where a rule's walk through its partial index has got to: the last row's timestamp and id. */
interface DueCursor {
  /** The timestamp as PostgreSQL wrote it (text: microseconds kept, which a Date would drop). */
  at: string;
  id: string;
}

const START: DueCursor = { at: '-infinity', id: '00000000-0000-0000-0000-000000000000' };

/**
 * The next batch of due ids of a portal after `after`, in the order of the rule's partial
 * index (portalKey, timestamp, id): each batch reads only its own index entries, whatever
 * the table holds beyond the due range. Changed rows leave the index's status; the cursor
 * steps past those a batch skipped (locked elsewhere), which the next run finds.
 */
async function dueIds(
  db: DataSource,
  rule: Rule,
  portalKey: string,
  window: DueWindow,
  after: DueCursor,
): Promise<DueCursor[]> {
  const column = `"${rule.column}"`;
  return db.query(
    `SELECT id, ${column}::text AS at FROM ticket
      WHERE status = $1 AND "portalKey" = $2 AND ${column} < $3
        ${window.notBefore ? `AND ${column} >= $6` : ''}
        ${rule.step === 'REMIND' ? 'AND "reminderSentAt" IS NULL' : ''}
        AND (${column}, id) > ($4::timestamptz, $5::uuid)
      ORDER BY ${column}, id
      LIMIT ${LIFECYCLE_BATCH_SIZE}`,
    [
      rule.status,
      portalKey,
      window.before,
      after.at,
      after.id,
      ...(window.notBefore ? [window.notBefore] : []),
    ],
  );
}

/**
 * The automatic steps of the support lifecycle, in each portal's business days: CLOSED 4
 * business days after RESOLVED; RESOLVED after 4 business days waiting for the customer; a
 * reminder one business day before. Per portal the due cutoffs are computed once; the due
 * ids come from partial indexes in bounded batches; each batch is changed in one transaction
 * through the state machine (TicketLifecycle.takeDue: TicketStateMachine.applyToMany for
 * resolve and close, a bounded number of statements per batch), by id and status; the
 * event loop gets a turn between batches.
 */
export async function runTicketLifecycle(deps: JobDeps): Promise<{ changed: number }> {
  const now = deps.now();
  const ctx = createSystemContext(deps.config, deps.logger, deps.db, 'automatic');
  const lifecycle = new TicketLifecycle();
  const portals = await deps.db.getRepository(Portal).find();
  let changed = 0;
  for (const rule of RULES) {
    for (const portal of portals) {
      const calendar = calendarOf(portal);
      const window: DueWindow = {
        now,
        before: dueBefore(rule.deadline, calendar, now),
        // A reminder is for those not yet due to resolve (the resolve rule ran first).
        notBefore: rule.step === 'REMIND' ? dueBefore(autoResolveAt, calendar, now) : undefined,
      };
      let after = START;
      for (;;) {
        const due = await dueIds(deps.db, rule, portal.key, window, after);
        const ids = due.map((row) => row.id);
        changed += await lifecycle.takeDue(ctx, rule.step, ids, window);
        if (due.length < LIFECYCLE_BATCH_SIZE) break;
        after = due.at(-1)!;
        // Let HTTP requests in between batches.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  }
  return { changed };
}

export const ticketLifecycleJob: ScheduledJob = {
  name: 'ticket-lifecycle',
  cron: '*/10 * * * *',
  description: 'Remind, auto-resolve and auto-close support requests by business days.',
  run: runTicketLifecycle,
};
