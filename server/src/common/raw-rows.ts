import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Hot reads written in raw SQL (the request list, the viewer) skip TypeORM's query building
 * and hydration: these build entities from the rows, and select a joined entity's columns
 * under a prefix so one statement can bring several entities.
 */

/** Entities built from raw rows (the hot list skips TypeORM's query building and hydration). */
export function fromRow<T extends ObjectLiteral>(
  db: DataSource,
  target: EntityTarget<T>,
  row: ObjectLiteral,
): T {
  return Object.assign(db.getRepository(target).create(), row);
}

/** A joined entity's selectable columns, aliased "prefix.column" (secrets stay out). */
export function prefixedColumns(
  db: DataSource,
  target: EntityTarget<ObjectLiteral>,
  alias: string,
): string {
  return db
    .getMetadata(target)
    .columns.filter((c) => c.isSelect)
    .map((c) => `${alias}."${c.databaseName}" AS "${alias}.${c.databaseName}"`)
    .join(', ');
}

/** The joined entity of a row selected with prefixedColumns, or null when the join found none. */
export function prefixedEntity<T extends ObjectLiteral>(
  db: DataSource,
  target: EntityTarget<T>,
  alias: string,
  row: ObjectLiteral,
): T | null {
  if (row[`${alias}.id`] === null || row[`${alias}.id`] === undefined) return null;
  const values = Object.fromEntries(
    Object.entries(row)
      .filter(([k]) => k.startsWith(`${alias}.`))
      .map(([k, v]) => [k.slice(alias.length + 1), v as unknown]),
  );
  return fromRow(db, target, values);
}
