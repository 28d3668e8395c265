import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
  type CounterConfiguration,
  type HistogramConfiguration,
} from 'prom-client';
import { withTimeout } from '../common/timeout';

/** What the pool of the application's database connections holds right now. */
export interface PoolState {
  total: number;
  idle: number;
  waiting: number;
}

/** The outbox: emails not yet sent (PENDING or SENDING), and how long the oldest has waited. */
export interface OutboxState {
  backlog: number;
  oldestSeconds: number;
}

/** Where the gauges read on each scrape. */
export interface MetricsSources {
  pool: () => PoolState | null;
  outbox: () => Promise<OutboxState>;
}

/** A scrape waits this long for the outbox query, then shows the last values it had. */
const SOURCE_TIMEOUT_MS = 2_000;
/** GraphQL operation names seen beyond this many are counted as "(other)": a bounded series set. */
const MAX_OPERATION_NAMES = 300;

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const STATEMENTS = [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89];
const JOB_SECONDS = [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300];

/**
 * The process's Prometheus metrics (prom-client), one registry per running app: HTTP requests
 * and GraphQL operations by name and outcome with their durations, SQL statements per
 * operation, the connection pool, job runs and failures, the outbox backlog, and Node's
 * defaults (event-loop lag, memory, CPU, handles). Served at /metrics.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private sources: MetricsSources | null = null;
  private lastOutbox: OutboxState = { backlog: 0, oldestSeconds: 0 };
  private outboxRead: Promise<OutboxState> | null = null;

  private readonly httpRequests = this.counter({
    name: 'portal_http_requests_total',
    help: 'HTTP requests answered, by method, route and status code.',
    labelNames: ['method', 'route', 'status'],
  });
  private readonly httpDuration = this.histogram({
    name: 'portal_http_request_duration_seconds',
    help: 'Time from the request to the end of the response, by method, route and status code.',
    labelNames: ['method', 'route', 'status'],
    buckets: SECONDS,
  });
  private readonly operations = this.counter({
    name: 'portal_graphql_operations_total',
    help: 'GraphQL operations, by operation name, type and outcome ("ok" or the first error code).',
    labelNames: ['operation', 'type', 'outcome'],
  });
  private readonly operationDuration = this.histogram({
    name: 'portal_graphql_operation_duration_seconds',
    help: 'Time to answer a GraphQL operation, by operation name, type and outcome.',
    labelNames: ['operation', 'type', 'outcome'],
    buckets: SECONDS,
  });
  private readonly operationStatements = this.histogram({
    name: 'portal_graphql_operation_sql_statements',
    help: 'SQL statements one GraphQL operation ran, by operation name.',
    labelNames: ['operation'],
    buckets: STATEMENTS,
  });
  private readonly executions = this.counter({
    name: 'portal_graphql_executions_total',
    help: 'GraphQL executions by how they ran: "interpreted" (graphql-js), "compiled" (a repeated query, graphql-jit), "rerun" (a compiled run with an error, answered by graphql-js).',
    labelNames: ['run'],
  });
  private readonly jobRuns = this.counter({
    name: 'portal_job_runs_total',
    help: 'Scheduled job runs in this process, by job name (failed runs included).',
    labelNames: ['job'],
  });
  private readonly jobFailures = this.counter({
    name: 'portal_job_failures_total',
    help: 'Scheduled job runs that failed, by job name.',
    labelNames: ['job'],
  });
  private readonly jobDuration = this.histogram({
    name: 'portal_job_duration_seconds',
    help: 'Time one run of a scheduled job took, by job name.',
    labelNames: ['job'],
    buckets: JOB_SECONDS,
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    this.poolGauges();
    this.outboxGauges();
  }

  /** Tells the gauges where to read (the app's pool and outbox), once both exist. */
  attach(sources: MetricsSources): void {
    this.sources = sources;
  }

  httpRequest(labels: { method: string; route: string; status: number }, seconds: number): void {
    const l = { ...labels, status: String(labels.status) };
    this.httpRequests.inc(l);
    this.httpDuration.observe(l, seconds);
  }

  graphqlOperation(
    labels: { operation: string; type: string; outcome: string },
    observed: { seconds: number; sqlStatements: number | null },
  ): void {
    const l = { ...labels, operation: this.operationLabel(labels.operation) };
    this.operations.inc(l);
    this.operationDuration.observe(l, observed.seconds);
    if (observed.sqlStatements !== null)
      this.operationStatements.observe({ operation: l.operation }, observed.sqlStatements);
  }

  graphqlExecution(run: 'interpreted' | 'compiled' | 'rerun'): void {
    this.executions.inc({ run });
  }

  jobRan(job: string, seconds: number): void {
    this.jobRuns.inc({ job });
    this.jobDuration.observe({ job }, seconds);
  }

  jobFailed(job: string, seconds: number): void {
    this.jobRan(job, seconds);
    this.jobFailures.inc({ job });
  }

  /** The Prometheus text exposition of every series. */
  async text(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  private operationLabel(name: string): string {
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return '(other)';
    this.operationNames.add(name);
    return name;
  }

  private counter<T extends string>(config: CounterConfiguration<T>): Counter<T> {
    return new Counter({ ...config, registers: [this.registry] });
  }

  private histogram<T extends string>(config: HistogramConfiguration<T>): Histogram<T> {
    return new Histogram({ ...config, registers: [this.registry] });
  }

  private poolGauges(): void {
    const gauge = (name: string, help: string, pick: (p: PoolState) => number) => {
      const g: Gauge = new Gauge({
        name,
        help,
        registers: [this.registry],
        collect: () => {
          const pool = this.sources?.pool();
          if (pool) g.set(pick(pool));
        },
      });
    };
    gauge('portal_db_pool_connections', 'Open connections in the pool.', (p) => p.total);
    gauge(
      'portal_db_pool_in_use',
      'Pool connections running a query now.',
      (p) => p.total - p.idle,
    );
    gauge(
      'portal_db_pool_waiting',
      'Queries waiting for a free pool connection.',
      (p) => p.waiting,
    );
  }

  private outboxGauges(): void {
    const gauge = (name: string, help: string, pick: (o: OutboxState) => number) => {
      const g: Gauge = new Gauge({
        name,
        help,
        registers: [this.registry],
        collect: async () => g.set(pick(await this.readOutbox())),
      });
    };
    gauge(
      'portal_outbox_backlog',
      'Emails written but not yet sent (PENDING or SENDING).',
      (o) => o.backlog,
    );
    gauge(
      'portal_outbox_oldest_age_seconds',
      'How long the oldest email not yet sent has waited (0 when none waits).',
      (o) => o.oldestSeconds,
    );
  }

  /** One query per scrape, shared by both outbox gauges (prom-client collects them in parallel). */
  private readOutbox(): Promise<OutboxState> {
    const sources = this.sources;
    if (!sources) return Promise.resolve(this.lastOutbox);
    this.outboxRead ??= withTimeout(sources.outbox(), SOURCE_TIMEOUT_MS, 'outbox query timeout')
      .then(
        (state) => (this.lastOutbox = state),
        () => this.lastOutbox,
      )
      .finally(() => (this.outboxRead = null));
    return this.outboxRead;
  }
}
