import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadUserInputError } from './errors';
import { isUuid } from './ids';
import { entitiesOf } from './raw-rows';

export const DEFAULT_PAGE_SIZE = 20;
/** The page size no list may exceed; connections validate `first` against it. */
export const MAX_PAGE_SIZE = 100;

@ObjectType('PageInfo', { simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
  })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/** XConnection and XEdge types for a node type (Relay connections). */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class EdgeType {
    @Field(() => String)
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionClass;
}

/**
 * Keyset cursors: the values of the ordering columns of a row (the last one unique), so a
 * page is found by an index seek, not an OFFSET: page 1,000 costs what page 1 costs.
 */
export function encodeCursor(values: Array<string | number>): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): Array<string | number> {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values as Array<string | number>;
    }
  } catch {
    // fall through
  }
  throw new BadUserInputError(
    'This cursor is not valid here; start again from the first page.',
    'after',
  );
}

export function pageSize(args: PageArgs): number {
  return args.first ?? DEFAULT_PAGE_SIZE;
}

/** Builds a connection from rows fetched with LIMIT size + 1. */
export function toConnection<T>(
  rows: T[],
  size: number,
  cursorOf: (row: T) => Array<string | number>,
): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** What a keyset column holds, so a cursor's values are checked before they reach SQL. */
export type KeyKind = 'text' | 'timestamp' | 'uuid';

export interface KeysetKey<T> {
  /** The column as the query builder names it, e.g. `t.lastActivityAt` or `o."createdAt"`. */
  column: string;
  kind: KeyKind;
  /** The row's value of that column. */
  value(row: T): string;
}

function checkCursorValue(value: string | number, kind: KeyKind): string {
  const text = String(value);
  const ok =
    kind === 'uuid'
      ? isUuid(text)
      : kind === 'timestamp'
        ? /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(text) && !Number.isNaN(Date.parse(text))
        : typeof value === 'string' && !text.includes('\0') && text.length <= 1000;
  if (!ok)
    throw new BadUserInputError(
      'This cursor is not valid here; start again from the first page.',
      'after',
    );
  return text;
}

/** The checked values of a cursor for keys of these kinds (for lists written in raw SQL). */
export function cursorValues(after: string, kinds: KeyKind[]): string[] {
  return decodeCursor(after, kinds.length).map((v, i) => checkCursorValue(v, kinds[i]!));
}

/**
 * One keyset page of a query: orders by the keys (the last one unique), seeks past the
 * cursor (checked value by value, so a forged cursor is BAD_USER_INPUT, never a SQL error),
 * fetches one row more than the page to know whether another page follows.
 */
export async function keysetPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
  keys: KeysetKey<T>[],
  direction: 'ASC' | 'DESC',
): Promise<Connection<T>> {
  const size = pageSize(args);
  if (args.after) {
    const values = decodeCursor(args.after, keys.length).map((v, i) =>
      checkCursorValue(v, keys[i]!.kind),
    );
    const params = Object.fromEntries(values.map((v, i) => [`keyset${i}`, v]));
    qb.andWhere(
      `(${keys.map((k) => k.column).join(', ')}) ${direction === 'ASC' ? '>' : '<'} (${keys
        .map((_, i) => `:keyset${i}`)
        .join(', ')})`,
      params,
    );
  }
  keys.forEach((k, i) =>
    i === 0 ? qb.orderBy(k.column, direction) : qb.addOrderBy(k.column, direction),
  );
  const rows = await entitiesOf(qb.limit(size + 1));
  return toConnection(rows, size, (row) => keys.map((k) => k.value(row)));
}

/** The usual keyset of a list in time order (either way): a timestamp column, then the id. */
export function timeThenId<T extends ObjectLiteral & { id: string }>(
  alias: string,
  column: string,
  value: (row: T) => Date,
): KeysetKey<T>[] {
  return [
    { column: `${alias}."${column}"`, kind: 'timestamp', value: (r) => value(r).toISOString() },
    { column: `${alias}.id`, kind: 'uuid', value: (r) => r.id },
  ];
}
