import { BadUserInputError } from '../../../common/errors';
import type { RequestContext } from '../../../context/request-context';
import { requireStaff } from '../../../context/viewer';
import { nameIn, type PortalKey, RequestType } from '../request-type/request-type.entity';
import type { ServiceLevelWeekType } from './sla.types';

/** The longest period one report covers. */
export const REPORT_MAX_DAYS = 371;

/** Where the satisfaction rating comes from: the reporter's rating of the request, if any. */
export const RATING_SOURCE = {
  join: 'LEFT JOIN ticket_satisfaction r ON r."ticketId" = s."ticketId"',
  rating: 'r.rating',
};

/**
 * The figures per week (the Monday of the opening in the portal's time zone), portal and
 * request type, in SQL: volumes, median and 90th percentile (percentile_cont) of the business
 * time to the first response and to resolution, breaches (a missed target, or a running clock
 * past due at `now`) and the average rating. The period is of opening times, [$1, $2). It
 * reads the covering index IDX_ticket_sla_report in group order: no sort, no other table.
 */
export const REPORT_SQL = `
  SELECT to_char(s."openedWeek", 'YYYY-MM-DD') AS week, s."portalKey", s."requestTypeId",
         count(*)::int AS requests,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY s."firstResponseSeconds") / 3600 AS "firstResponseMedianHours",
         percentile_cont(0.9) WITHIN GROUP (ORDER BY s."firstResponseSeconds") / 3600 AS "firstResponseP90Hours",
         percentile_cont(0.5) WITHIN GROUP (ORDER BY s."resolutionSeconds") / 3600 AS "resolutionMedianHours",
         percentile_cont(0.9) WITHIN GROUP (ORDER BY s."resolutionSeconds") / 3600 AS "resolutionP90Hours",
         count(*) FILTER (WHERE s."firstResponseBreached" OR s."resolutionBreached" OR s."nextDueAt" <= $3)::int AS breaches,
         avg(${RATING_SOURCE.rating})::float8 AS "averageRating"
    FROM ticket_sla s
    ${RATING_SOURCE.join}
   WHERE s."openedWeek" >= ($1::timestamptz - interval '7 days')::date
     AND s."openedWeek" <= ($2::timestamptz + interval '7 days')::date
     AND s."openedAt" >= $1 AND s."openedAt" < $2
     AND ($4::varchar IS NULL OR s."portalKey" = $4)
   GROUP BY s."openedWeek", s."portalKey", s."requestTypeId"
   ORDER BY s."openedWeek", s."portalKey", s."requestTypeId"`;

export interface ReportPeriod {
  from: Date;
  to: Date;
  portalKey: PortalKey | null;
}

type Row = Omit<ServiceLevelWeekType, 'requestTypeName'>;

const round = (hours: number | null) => (hours === null ? null : Math.round(hours * 100) / 100);

/** Staff: the service-level report of a period (at most REPORT_MAX_DAYS). */
export async function serviceLevelReport(
  ctx: RequestContext,
  period: ReportPeriod,
): Promise<ServiceLevelWeekType[]> {
  requireStaff(ctx);
  const { from, to } = period;
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || !(to > from))
    throw new BadUserInputError('The period must end after it starts.', 'to');
  if (to.getTime() - from.getTime() > REPORT_MAX_DAYS * 86_400_000)
    throw new BadUserInputError(`At most ${REPORT_MAX_DAYS} days at a time.`, 'from');
  const rows: Row[] = await ctx.db.query(REPORT_SQL, [from, to, new Date(), period.portalKey]);
  const types = await ctx.db.getRepository(RequestType).find();
  const byId = new Map(types.map((t) => [t.id, t]));
  const nameOf = (id: string) => {
    const type = byId.get(id);
    if (!type) return '';
    const parent = type.parentId ? byId.get(type.parentId) : undefined;
    const name = nameIn(type.names, ctx.locale);
    return parent ? `${nameIn(parent.names, ctx.locale)} › ${name}` : name;
  };
  return rows.map((r) => ({
    ...r,
    requestTypeName: nameOf(r.requestTypeId),
    firstResponseMedianHours: round(r.firstResponseMedianHours),
    firstResponseP90Hours: round(r.firstResponseP90Hours),
    resolutionMedianHours: round(r.resolutionMedianHours),
    resolutionP90Hours: round(r.resolutionP90Hours),
    averageRating: round(r.averageRating),
  }));
}
