import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Span } from '@opentelemetry/api';

/** The span attribute that carries the request id (the X-Request-Id the response echoes). */
export const REQUEST_ID_ATTRIBUTE = 'request.id';

export interface Tracing {
  /** Sends what is buffered and stops. */
  shutdown(): Promise<void>;
}

function tagRequestId(span: Span, response: IncomingMessage | ServerResponse): void {
  const id = 'getHeader' in response ? response.getHeader('x-request-id') : undefined;
  if (typeof id === 'string') span.setAttribute(REQUEST_ID_ATTRIBUTE, id);
}

/**
 * OpenTelemetry traces of HTTP, Express, GraphQL and PostgreSQL, exported over OTLP/HTTP to
 * `<endpoint>/v1/traces`. Called by main.ts only when OTEL_EXPORTER_OTLP_ENDPOINT is set, and
 * before the rest of the server is loaded (the instrumentations patch modules as they are
 * required). Without the variable this file is never imported: tracing costs nothing.
 * The SDK reads the other standard variables itself (OTEL_SERVICE_NAME, OTEL_BSP_*,
 * OTEL_EXPORTER_OTLP_HEADERS, OTEL_TRACES_SAMPLER …).
 */
export async function startTracing(endpoint: string, version: string): Promise<Tracing> {
  const [sdkNode, otlp, http, express, graphql, pg] = await Promise.all([
    import('@opentelemetry/sdk-node'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/instrumentation-http'),
    import('@opentelemetry/instrumentation-express'),
    import('@opentelemetry/instrumentation-graphql'),
    import('@opentelemetry/instrumentation-pg'),
  ]);
  const sdk = new sdkNode.NodeSDK({
    serviceName: 'b2b-portal',
    resource: sdkNode.resources.resourceFromAttributes({ 'service.version': version }),
    traceExporter: new otlp.OTLPTraceExporter({ url: `${endpoint}/v1/traces` }),
    // Traces only: metrics are Prometheus's (/metrics), logs go to stdout.
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new http.HttpInstrumentation({
        applyCustomAttributesOnSpan: (span, _request, response) => tagRequestId(span, response),
      }),
      new express.ExpressInstrumentation(),
      new graphql.GraphQLInstrumentation({ mergeItems: true, ignoreTrivialResolveSpans: true }),
      // Statements inside a traced request only: the job queue's polling would flood the traces.
      new pg.PgInstrumentation({ requireParentSpan: true }),
    ],
  });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}
