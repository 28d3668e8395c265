import type {
  DataSource,
  EntityMetadata,
  EntityTarget,
  ObjectLiteral,
  SelectQueryBuilder,
} from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils';

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
    const metadata = db.getMetadata(target);
    shape = {
      // As TypeORM builds an entity it loads (the prototype, no constructor run).
      make: () => metadata.create(undefined, { fromDeserializer: true }) as ObjectLiteral,
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
  /**
   * The fields an operation reads of the joined entity (`selectedFieldNames`): only their
   * columns and the id are selected, when every one of them is a column of the entity (any
   * other field may read any column: then all are selected, as without `fields`).
   */
  fields?: ReadonlySet<string>,
): string {
  const all = aliasOf(db, target, alias).select;
  if (!fields) return all;
  const columns = db.getMetadata(target).columns.filter((c) => c.isSelect);
  const wanted = new Set([...fields].filter((f) => f !== '__typename'));
  const byProperty = new Map(columns.map((c) => [c.propertyName, c.databaseName]));
  if ([...wanted].some((f) => !byProperty.has(f))) return all;
  wanted.add('id');
  return columns
    .filter((c) => wanted.has(c.propertyName))
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
  const id = row[`${alias}.id`] as unknown;
  if (id === null || id === undefined) return null;
  const entity = shapeOf(db, target).make();
  for (const [key, column] of aliasOf(db, target, alias).keys) entity[column] = row[key];
  return entity as T;
}

type Hydrate = (row: ObjectLiteral) => ObjectLiteral | undefined;
const hydrators = new WeakMap<EntityMetadata, Map<string, Hydrate>>();

/**
 * How TypeORM's getMany turns a row of a plain query builder into an entity (its column
 * aliases, the driver's value conversions, no constructor), worked out once per entity and
 * alias; null when the query is not plain: joins, relation ids, partial selects,
 * inheritance, lazy relations or load listeners (getMany does those).
 */
function hydratorOf(qb: SelectQueryBuilder<ObjectLiteral>): Hydrate | null {
  const map = qb.expressionMap;
  const alias = map.mainAlias;
  if (!alias?.hasMetadata) return null;
  const metadata = alias.metadata;
  const db = qb.connection;
  const plain =
    map.joinAttributes.length === 0 &&
    map.relationIdAttributes.length === 0 &&
    map.selects.length === 1 &&
    map.selects[0]!.selection === alias.name &&
    metadata.tableType !== 'view' &&
    metadata.relationIds.length === 0 &&
    metadata.lazyRelations.length === 0 &&
    metadata.afterLoadListeners.length === 0 &&
    metadata.embeddeds.length === 0 &&
    !metadata.discriminatorColumn &&
    metadata.childEntityMetadatas.length === 0 &&
    !db.options.typename &&
    !db.subscribers.some((s) => typeof s.afterLoad === 'function');
  if (!plain) return null;
  let byAlias = hydrators.get(metadata);
  if (!byAlias) hydrators.set(metadata, (byAlias = new Map()));
  let hydrate = byAlias.get(alias.name);
  if (!hydrate) {
    const driver = db.driver;
    const columns = metadata.columns
      .filter((c) => !c.isVirtual)
      .map(
        (c) => [DriverUtils.buildAlias(driver, undefined, alias.name, c.databaseName), c] as const,
      );
    hydrate = (row) => {
      const entity = metadata.create(undefined, { fromDeserializer: true }) as ObjectLiteral;
      let hasData = false;
      for (const [key, column] of columns) {
        const value = row[key] as unknown;
        if (value === undefined) continue;
        if (value !== null && !column.isVirtualProperty) hasData = true;
        column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
      }
      return hasData ? entity : undefined;
    };
    byAlias.set(alias.name, hydrate);
  }
  return hydrate;
}

/**
 * `qb.getMany()` for the hot lists, the same entities without TypeORM's general transformer
 * (grouping rows by primary key, joins, relation ids): the same SQL through getRawMany, the
 * rows hydrated as getMany would. Any query that is not plain goes through getMany.
 */
export async function entitiesOf<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<T[]> {
  const hydrate = hydratorOf(qb as SelectQueryBuilder<ObjectLiteral>);
  if (!hydrate) return qb.getMany();
  const rows: ObjectLiteral[] = await qb.getRawMany();
  const entities: T[] = [];
  for (const row of rows) {
    const entity = hydrate(row);
    if (entity) entities.push(entity as T);
  }
  return entities;
}
