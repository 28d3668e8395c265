import type { ServiceLevelReportQuery } from '../../../gql/graphql';

export type ReportRow = ServiceLevelReportQuery['serviceLevelReport'][number];

/** The periods the page offers, in weeks. */
export const REPORT_WEEKS = [4, 12, 26, 52] as const;
export type ReportWeeks = (typeof REPORT_WEEKS)[number];

/** The whole weeks (Monday 00:00 local) that end with the current one: [from, to). */
export function reportPeriod(weeks: number, now = new Date()): { from: string; to: string } {
  const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  const from = new Date(monday);
  from.setDate(from.getDate() - (weeks - 1) * 7);
  const to = new Date(monday);
  to.setDate(to.getDate() + 7);
  return { from: from.toISOString(), to: to.toISOString() };
}

/** The address of the CSV download of the same figures (the server route). */
export function csvHref(
  csvPath: string,
  period: { from: string; to: string },
  portal: string | null,
) {
  const q = new URLSearchParams({ from: period.from, to: period.to });
  if (portal) q.set('portal', portal);
  return `${csvPath}?${q.toString()}`;
}

export interface WeekTotal {
  week: string;
  requests: number;
  breaches: number;
}

/** Volumes and breaches per week over every type (the figures that add up). */
export function weeklyTotals(rows: readonly ReportRow[]): WeekTotal[] {
  const byWeek = new Map<string, WeekTotal>();
  for (const r of rows) {
    const w = byWeek.get(r.week) ?? { week: r.week, requests: 0, breaches: 0 };
    w.requests += r.requests;
    w.breaches += r.breaches;
    byWeek.set(r.week, w);
  }
  return [...byWeek.values()].sort((a, b) => a.week.localeCompare(b.week));
}

/** The request types of the report, busiest first (for the duration charts). */
export function typesByVolume(rows: readonly ReportRow[]): Array<{ id: string; name: string }> {
  const volume = new Map<string, { id: string; name: string; n: number }>();
  for (const r of rows) {
    const v = volume.get(r.requestTypeId) ?? { id: r.requestTypeId, name: r.requestTypeName, n: 0 };
    v.n += r.requests;
    volume.set(r.requestTypeId, v);
  }
  return [...volume.values()].sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
}
