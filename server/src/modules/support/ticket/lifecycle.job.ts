import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../../context/request-context';
import { createSystemContext } from '../../../context/system-context';
import type { JobDeps, ScheduledJob } from '../../../jobs/queue';
import type { BusinessCalendar } from '../../../../../shared/src/business-days';
import {
  AUTO_CLOSE_BUSINESS_DAYS,
  AUTO_RESOLVE_BUSINESS_DAYS,
  autoCloseAt,
  autoResolveAt,
  REMINDER_BUSINESS_DAYS,
  reminderAt,
} from '../../../../../shared/src/tickets';
import { Portal } from '../request-type/request-type.entity';
import { calendarOf } from './calendar';
import { TicketStatus } from './ticket.entity';
import { TicketLifecycle } from './ticket.lifecycle';

/** Ids read per query; the job loops until a batch comes back short. */
export const LIFECYCLE_BATCH_SIZE = 200;
const DAY_MS = 86_400_000;
const FIRST_ID = '00000000-0000-0000-0000-000000000000';

interface Candidate {
  id: string;
  portalKey: string;
  since: Date;
}

/**
 * One automatic step: which requests may be due (set-based SQL with a prefilter on the
 * timestamp), when exactly each is due (the shared deadline in its portal's calendar), and
 * the service call that takes the step.
 */
interface Rule {
  status: TicketStatus;
  column: 'waitingSince' | 'resolvedAt';
  /**
   * Business days are never fewer than calendar days, so nothing newer than this many days
   * can be due (a daylight-saving hour never matters: the clocks change on a Sunday, and a
   * span over a weekend is two days longer).
   */
  days: number;
  onlyUnreminded?: boolean;
  deadline(since: Date, calendar: BusinessCalendar): Date;
  take(lifecycle: TicketLifecycle, ctx: RequestContext, id: string, now: Date): Promise<boolean>;
}

const RULES: Rule[] = [
  {
    status: TicketStatus.RESOLVED,
    column: 'resolvedAt',
    days: AUTO_CLOSE_BUSINESS_DAYS,
    deadline: autoCloseAt,
    take: (l, ctx, id, now) => l.autoClose(ctx, id, now),
  },
  {
    status: TicketStatus.WAITING_FOR_CUSTOMER,
    column: 'waitingSince',
    days: AUTO_RESOLVE_BUSINESS_DAYS,
    deadline: autoResolveAt,
    take: (l, ctx, id, now) => l.autoResolve(ctx, id, now),
  },
  {
    status: TicketStatus.WAITING_FOR_CUSTOMER,
    column: 'waitingSince',
    days: REMINDER_BUSINESS_DAYS,
    onlyUnreminded: true,
    deadline: reminderAt,
    take: (l, ctx, id, now) => l.remind(ctx, id, now),
  },
];

/** The next batch of possibly due requests after `afterId`, by id. */
async function candidates(
  db: DataSource,
  rule: Rule,
  now: Date,
  afterId: string,
): Promise<Candidate[]> {
  const rows: Array<{ id: string; portalKey: string; since: Date }> = await db.query(
    `SELECT id, "portalKey", "${rule.column}" AS since
       FROM ticket
      WHERE status = $1
        AND "${rule.column}" <= $2
        ${rule.onlyUnreminded ? 'AND "reminderSentAt" IS NULL' : ''}
        AND id > $3
      ORDER BY id
      LIMIT ${LIFECYCLE_BATCH_SIZE}`,
    [rule.status, new Date(now.getTime() - rule.days * DAY_MS), afterId],
  );
  return rows.map((r) => ({ id: r.id, portalKey: r.portalKey, since: new Date(r.since) }));
}

/**
 * The automatic steps of the support lifecycle, in each portal's business days: CLOSED 4
 * business days after RESOLVED; RESOLVED after 4 business days waiting for the customer; a
 * reminder one business day before. The job only finds the due requests; each step is taken
 * by TicketLifecycle through the state machine, in its own transaction with a system
 * context, re-checked under a row lock (a concurrent change or a second run wins).
 */
export async function runTicketLifecycle(deps: JobDeps): Promise<{ changed: number }> {
  const now = deps.now();
  const ctx = createSystemContext(deps.config, deps.logger, deps.db, 'automatic');
  const lifecycle = new TicketLifecycle();
  const calendars = new Map(
    (await deps.db.getRepository(Portal).find()).map((p) => [p.key as string, calendarOf(p)]),
  );
  let changed = 0;
  for (const rule of RULES) {
    let afterId = FIRST_ID;
    for (;;) {
      const batch = await candidates(deps.db, rule, now, afterId);
      for (const c of batch) {
        const calendar = calendars.get(c.portalKey);
        if (!calendar || now < rule.deadline(c.since, calendar)) continue;
        if (await rule.take(lifecycle, ctx, c.id, now)) changed++;
      }
      if (batch.length < LIFECYCLE_BATCH_SIZE) break;
      afterId = batch.at(-1)!.id;
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
