import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context/request-context';
import { requestScope } from '../logger';
import type { Metrics } from '../observability/metrics';

/** An error code as the client sees it (`extensions.code`), or "ERROR" when it has none. */
const CODE = /^[A-Z][A-Z0-9_]{0,47}$/;

/**
 * Counts and times every GraphQL operation by name, type and outcome, and records how many SQL
 * statements it ran (the request's statement counter). A request that never parsed or validated
 * is counted as "(invalid)".
 */
export function operationMetrics(metrics: Metrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      let operation = '(invalid)';
      let type = 'unknown';
      return {
        async didResolveOperation({ operationName, operation: op }) {
          operation = operationName ?? '(anonymous)';
          type = op?.operation ?? 'unknown';
        },
        async willSendResponse({ response }) {
          const body = response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
          const code = errors?.[0]?.extensions?.code;
          const outcome = !errors?.length
            ? 'ok'
            : typeof code === 'string' && CODE.test(code)
              ? code
              : 'ERROR';
          metrics.graphqlOperation(
            { operation, type, outcome },
            {
              seconds: Number(process.hrtime.bigint() - started) / 1e9,
              sqlStatements: requestScope.getStore()?.sqlStatements ?? null,
            },
          );
        },
      };
    },
  };
}
