import type {
  GatewayExecutor,
  GatewayInterface,
  GatewayGraphQLRequestContext,
} from '@apollo/server-gateway-interface';
import { execute, printSchema, type DocumentNode, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Queries run as compiled JavaScript (graphql-jit) once they are asked for a second time.
 *
 * Why (issue 11): a request list of 50 rows spent about 14% of the server's CPU in graphql-js's
 * field-by-field interpretation (getArgumentValues builds an object for every field of every row,
 * executeFields, completeValue) and more in the garbage it leaves. A compiled query resolves the
 * same fields with the same resolvers, without the interpretation (docs/decisions/0013).
 *
 * What stays with graphql-js, so nothing a client sees changes:
 * - mutations and subscriptions (few fields, and their order of writes is the spec's);
 * - a document's first run: a query sent once (a hostile or one-off one) is never compiled;
 * - any run with an error: a compiled run that ends with an error is run again by graphql-js,
 *   whose errors (messages, paths, codes, partial data) are the ones the API documents. A query
 *   only reads, so the second run changes nothing but the answer's shape.
 */
export function compiledQueries(schema: GraphQLSchema, options: ExecutorOptions): GatewayInterface {
  const executor = compiledExecutor(schema, options);
  return {
    // Apollo's "gateway" interface is how it takes another executor for one fixed schema.
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async load() {
      return { schema, executor };
    },
    async stop() {},
  };
}

/** The run of a document that compiles it: a query sent once is never compiled. */
const COMPILE_AT_RUN = 2;

export type ExecutionRun = 'interpreted' | 'compiled' | 'rerun';

export interface ExecutorOptions {
  /**
   * False: every run interpreted. A traced process (OTEL_EXPORTER_OTLP_ENDPOINT) keeps
   * graphql-js, whose execute() the OpenTelemetry GraphQL instrumentation wraps in its spans.
   */
  compile: boolean;
  /** Told how each run went (the metric portal_graphql_executions_total). */
  counted: (run: ExecutionRun) => void;
}

interface Seen {
  runs: number;
  compiled: CompiledQuery | null;
}

export function compiledExecutor(
  schema: GraphQLSchema,
  { compile, counted }: ExecutorOptions,
): GatewayExecutor {
  // Apollo keeps one parsed document per query text (its LRU document store), so a document
  // dropped from there is dropped from here too.
  const seen = new WeakMap<DocumentNode, Map<string, Seen>>();

  const interpreted = (rc: GatewayGraphQLRequestContext) =>
    execute({
      schema,
      document: rc.document,
      contextValue: rc.context,
      variableValues: rc.request.variables,
      operationName: rc.request.operationName,
    });

  const compiledFor = (rc: GatewayGraphQLRequestContext): CompiledQuery | null => {
    if (!compile || rc.operation.operation !== 'query') return null;
    let byName = seen.get(rc.document);
    if (!byName) seen.set(rc.document, (byName = new Map()));
    const name = rc.operationName ?? '';
    let entry = byName.get(name);
    if (!entry) byName.set(name, (entry = { runs: 0, compiled: null }));
    entry.runs += 1;
    if (entry.runs === COMPILE_AT_RUN) {
      const result = compileQuery(schema, rc.document, rc.operationName ?? undefined);
      entry.compiled = isCompiledQuery(result) ? result : null;
    }
    return entry.compiled;
  };

  return async (rc) => {
    const compiled = compiledFor(rc);
    if (!compiled) {
      counted('interpreted');
      return interpreted(rc);
    }
    const result = await compiled.query(undefined, rc.context, rc.request.variables ?? {});
    if (!result.errors?.length) {
      counted('compiled');
      return result;
    }
    // graphql-jit words some errors its own way (a variable's bad value becomes an internal
    // error, not BAD_USER_INPUT): graphql-js answers every failing run.
    counted('rerun');
    return interpreted(rc);
  };
}
