import { likePattern } from '../../../common/ids';
/**
 * The SQL of the request list, written for the indexes (issue 11): every way a row can match
 * (reporter or participant for "Mine"; key, words or fragment for search) is its own
 * keyset-limited branch that one index drives, and the branches are merged by UNION and
 * limited again. An OR across them would defeat every index and scan the company.
 */

/** The columns a list shows or needs (no description: the detail page loads it). */
export const TICKET_LIST_COLUMNS = [
  'id',
  'createdAt',
  'updatedAt',
  'companyId',
  'key',
  'portalKey',
  'requestTypeId',
  'subject',
  'status',
  'reporterId',
  'assigneeId',
  'lastActivityAt',
  'waitingSince',
  'reminderSentAt',
  'resolvedAt',
  'closedAt',
] as const;

/** Positional parameters ($1, $2, …) collected while the SQL is written. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** One way a row can match: extra joins and conditions on top of the common filters. */
export interface Branch {
  join?: string;
  where: string[];
  /**
   * Found through its own index (full text, trigrams): the branch's matches are fetched by
   * that index and sorted, instead of letting the activity index drive a filtered walk
   * (which PostgreSQL prefers when it overestimates the matches of a rare word).
   */
  matchedByIndex?: true;
}

/** The branches of the search text: the key exactly, the words, fragments by trigrams. */
export function searchBranches(params: SqlParams, text: string | undefined): Branch[] {
  const search = text?.trim();
  if (!search) return [{ where: [] }];
  const branches: Branch[] = [{ where: [`t.key = upper(${params.add(search)})`] }];
  const words = search
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  if (words.length) {
    const tsq = params.add(words.map((w) => `${w}:*`).join(' & '));
    branches.push({
      where: [`t."searchVector" @@ to_tsquery('simple', ${tsq})`],
      matchedByIndex: true,
    });
  }
  // Trigrams need three characters; shorter fragments are found as words or not at all.
  if (search.length >= 3) {
    const like = params.add(likePattern(search));
    branches.push(
      { where: [`t.subject ILIKE ${like}`], matchedByIndex: true },
      { where: [`t.description ILIKE ${like}`], matchedByIndex: true },
    );
  }
  return branches;
}

/** Every combination of the scope's and the search's branches. */
export function combine(scope: Branch[], search: Branch[]): Branch[] {
  return scope.flatMap((a) =>
    search.map((b) => ({
      join: [a.join, b.join].filter(Boolean).join(' '),
      where: [...a.where, ...b.where],
      ...(a.matchedByIndex || b.matchedByIndex ? { matchedByIndex: true as const } : {}),
    })),
  );
}

/**
 * What a page is ordered by: a timestamp expression (then the id) and the join it needs.
 * Every page row carries it as "sortKey" for the cursor.
 */
export interface ListOrder {
  expr: string;
  join: string;
  direction: 'ASC' | 'DESC';
}

/** The default: last activity, newest first. */
export const BY_ACTIVITY: ListOrder = { expr: 't."lastActivityAt"', join: '', direction: 'DESC' };

/** The page's SQL: each branch ordered and limited by the keyset, then merged. */
export function listSql(
  branches: Branch[],
  common: string[],
  order: { seek: string | null; limit: number; by?: ListOrder },
): string {
  const by = order.by ?? BY_ACTIVITY;
  const cols = TICKET_LIST_COLUMNS.map((c) => `t."${c}"`).join(', ');
  const dir = by.direction;
  const tail = `ORDER BY "sortKey" ${dir}, id ${dir} LIMIT ${order.limit}`;
  const parts = branches.map((b) => {
    const where = [...common, ...b.where, ...(order.seek ? [order.seek] : [])];
    // `+ interval '0'` keeps the activity index from driving a branch its own index finds.
    const key = b.matchedByIndex ? `(${by.expr} + interval '0')` : by.expr;
    return `SELECT ${cols}, ${by.expr} AS "sortKey" FROM ticket t ${by.join} ${b.join ?? ''} WHERE ${where.join(' AND ')} ORDER BY ${key} ${dir}, t.id ${dir} LIMIT ${order.limit}`;
  });
  if (parts.length === 1) return parts[0]!;
  return `SELECT * FROM (${parts.map((p) => `(${p})`).join(' UNION ')}) u ${tail}`;
}
