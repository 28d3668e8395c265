import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Hot reads written in raw SQL (the request list, the viewer) skip TypeORM's query building
 * and hydration: these build entities from the rows, and select a joined entity's columns
 * under a prefix so one statement can bring several entities. What each entity and alias
 * needs (its constructor, its columns) is worked out once, not per row.
 */

interface Shape {
  make: () => ObjectLiteral;
  /** The selectable columns' database names. */
  columns: string[];
  /** Per alias: the SELECT list and the row keys ("alias.column") with their column names. */
  aliases: Map<string, { select: string; keys: Array<[string, string]> }>;
}

const shapes = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, Shape>>();

function shapeOf(db: DataSource, target: EntityTarget<ObjectLiteral>): Shape {
  let byTarget = shapes.get(db);
  if (!byTarget) shapes.set(db, (byTarget = new Map()));
  let shape = byTarget.get(target);
  if (!shape) {
    const repository = db.getRepository(target);
    const metadata = db.getMetadata(target);
    shape = {
      make: () => repository.create() as ObjectLiteral,
      columns: metadata.columns.filter((c) => c.isSelect).map((c) => c.databaseName),
      aliases: new Map(),
    };
    byTarget.set(target, shape);
  }
  return shape;
}

function aliasOf(db: DataSource, target: EntityTarget<ObjectLiteral>, alias: string) {
  const shape = shapeOf(db, target);
  let found = shape.aliases.get(alias);
  if (!found) {
    found = {
      select: shape.columns.map((c) => `${alias}."${c}" AS "${alias}.${c}"`).join(', '),
      keys: shape.columns.map((c) => [`${alias}.${c}`, c]),
    };
    shape.aliases.set(alias, found);
  }
  return found;
}

/** An entity from the given columns of a row (the others stay unset). */
export function fromColumns<T extends ObjectLiteral>(
  db: DataSource,
  target: EntityTarget<T>,
  row: ObjectLiteral,
  columns: readonly string[],
): T {
  const entity = shapeOf(db, target).make();
  for (const c of columns) entity[c] = row[c];
  return entity as T;
}

/** A joined entity's selectable columns, aliased "prefix.column" (secrets stay out). */
export function prefixedColumns(
  db: DataSource,
  target: EntityTarget<ObjectLiteral>,
  alias: string,
): string {
  return aliasOf(db, target, alias).select;
}

/** The joined entity of a row selected with prefixedColumns, or null when the join found none. */
export function prefixedEntity<T extends ObjectLiteral>(
  db: DataSource,
  target: EntityTarget<T>,
  alias: string,
  row: ObjectLiteral,
): T | null {
  const id = row[`${alias}.id`] as unknown;
  if (id === null || id === undefined) return null;
  const entity = shapeOf(db, target).make();
  for (const [key, column] of aliasOf(db, target, alias).keys) entity[column] = row[key];
  return entity as T;
}
