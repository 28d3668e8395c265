import type http from 'node:http';
import { refuseUnsafeStrings } from './safe-strings';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { RequestContext } from '../context/request-context';
import { compiledQueries } from './compiled-queries';
import { createFormatError } from './format-error';
import { requestScope } from '../logger';
import { MAX_TOKENS, queryLimits } from './limits';
import { operationMetrics } from './operation-metrics';
import type { Metrics } from '../observability/metrics';

export function createApolloServer(
  schema: GraphQLSchema,
  httpServer: http.Server,
  config: Config,
  logger: Logger,
  metrics: Metrics,
  liveSocket?: { dispose(): Promise<void> },
): ApolloServer<RequestContext> {
  const production = config.env === 'production';
  const limits = queryLimits({ production });
  return new ApolloServer<RequestContext>({
    // The schema, with repeated queries run compiled (compiled-queries.ts).
    gateway: compiledQueries(schema, {
      compile: !config.otelEndpoint,
      counted: (run) => metrics.graphqlExecution(run),
    }),
    // Refuses text/plain POSTs and GETs without a preflight header (cross-site requests).
    // main.ts owns the signals: it stops HTTP, jobs and the database in order.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    // One operation per request: batching would multiply every limit below.
    allowBatchedHttpRequests: false,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: limits.validationRules,
    formatError: createFormatError(logger, { production }),
    plugins: [
      ...limits.plugins,
      refuseUnsafeStrings,
      operationMetrics(metrics),
      {
        // Outside production, every response says how many SQL statements it took.
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
              const scope = requestScope.getStore();
              if (!production && scope)
                response.http.headers.set('x-sql-statements', String(scope.sqlStatements));
            },
          };
        },
      },
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        // Stopping closes the live (WebSocket) connections too, as Apollo's docs show.
        async serverWillStart() {
          return {
            async drainServer() {
              await liveSocket?.dispose();
            },
          };
        },
      },
      // The explorer lives at /graphiql, built into our own bundle (no CDN).
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of GraphQL answers: the cache-control plugin's per-field hook
      // (willResolveField on every field of every row) only cost CPU.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
}
