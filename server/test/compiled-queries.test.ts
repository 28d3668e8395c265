import { registerCompany, type Registered } from './accounts-helpers';
import { startTestApp, type TestApp } from './harness';

/**
 * A query asked again runs compiled (graphql-jit, server/src/graphql/compiled-queries.ts). What a
 * client sees must not change: the same answer as the first, interpreted run, and for anything
 * that fails, graphql-js's own errors and codes. /metrics counts how each run went.
 */

let app: TestApp;
let a: Registered;
let b: Registered;

const PORTALS = '{ portals { key requestTypeGroups { types { id } } } }';
const CREATE = 'mutation C($input: CreateTicketInput!) { createTicket(input: $input) { id key } }';
const LIST = `query List($filter: TicketFilter, $first: Int, $after: String) {
  tickets(filter: $filter, first: $first, after: $after) {
    edges { cursor node { __typename id key portalKey status subject createdAt lastActivityAt
      requestType { id name fullName } reporter { id name email } } }
    pageInfo { hasNextPage endCursor } } }`;
const TICKET = `query One($key: String!) { ticket(key: $key) { id key subject
  comments { body authorType } } }`;
const ALL = ['WAITING_FOR_SUPPORT', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER', 'RESOLVED', 'CLOSED'];

/** How many executions ran each way so far (portal_graphql_executions_total by run). */
async function runs(): Promise<Record<'interpreted' | 'compiled' | 'rerun', number>> {
  const { body } = await app.metrics.text();
  const count = (run: string) =>
    Number(
      new RegExp(`^portal_graphql_executions_total\\{run="${run}"\\} (\\d+)$`, 'm').exec(
        body,
      )?.[1] ?? 0,
    );
  return { interpreted: count('interpreted'), compiled: count('compiled'), rerun: count('rerun') };
}

const since = async (before: Awaited<ReturnType<typeof runs>>) => {
  const now = await runs();
  return {
    interpreted: now.interpreted - before.interpreted,
    compiled: now.compiled - before.compiled,
    rerun: now.rerun - before.rerun,
  };
};

let keys: string[] = [];
let firstId = '';

beforeAll(async () => {
  app = await startTestApp();
  a = await registerCompany(app);
  b = await registerCompany(app);
  const portals = await a.browser.gql<{
    portals: Array<{ key: string; requestTypeGroups: Array<{ types: Array<{ id: string }> }> }>;
  }>(PORTALS);
  const ta = portals.data!.portals.find((p) => p.key === 'TECHNICAL_ASSISTANCE')!;
  keys = [];
  for (const subject of ['Relay K3 clicks but does not switch', 'Display shows E-17 on start']) {
    const res = await a.browser.gql<{ createTicket: { id: string; key: string } }>(CREATE, {
      input: {
        portalKey: 'TECHNICAL_ASSISTANCE',
        requestTypeId: ta.requestTypeGroups[0]!.types[0]!.id,
        subject,
        description: 'Seen after the firmware update of last week; the serial is on the label.',
      },
    });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    keys.push(res.data.createTicket.key);
    firstId ||= res.data.createTicket.id;
  }
}, 180_000);
afterAll(() => app?.close());

describe('a repeated query', () => {
  it('is answered compiled, exactly as its first, interpreted run was', async () => {
    const variables = { filter: { statuses: ALL }, first: 1 };
    const before = await runs();
    const first = await a.browser.gql(LIST, variables);
    expect(await since(before)).toEqual({ interpreted: 1, compiled: 0, rerun: 0 });

    const again = await a.browser.gql(LIST, variables);
    const third = await a.browser.gql(LIST, variables);
    expect(await since(before)).toEqual({ interpreted: 1, compiled: 2, rerun: 0 });
    expect(again.status).toBe(200);
    expect(again.errors).toBeUndefined();
    expect(JSON.stringify(again.data)).toBe(JSON.stringify(first.data));
    expect(JSON.stringify(third.data)).toBe(JSON.stringify(first.data));

    // The rows themselves, nested objects and scalars as graphql-js serialises them.
    const list = first.data as {
      tickets: {
        edges: Array<{ node: Record<string, unknown> }>;
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const [edge] = list.tickets.edges;
    expect(edge?.node).toMatchObject({
      __typename: 'Ticket',
      key: keys[1],
      status: 'WAITING_FOR_SUPPORT',
      subject: 'Display shows E-17 on start',
      reporter: { email: a.email },
    });
    expect(edge?.node.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(list.tickets.pageInfo.hasNextPage).toBe(true);

    // Other variables, the same compiled query: the next page.
    const next = await a.browser.gql<typeof list>(LIST, {
      ...variables,
      after: list.tickets.pageInfo.endCursor,
    });
    expect(next.data?.tickets.edges.map((e) => e.node.key)).toEqual([keys[0]]);
    expect(await since(before)).toEqual({ interpreted: 1, compiled: 3, rerun: 0 });
  });

  it('answers introspection (GraphiQL, codegen) compiled as graphql-js did', async () => {
    const INTROSPECT = `query Types { __schema { queryType { name } types { name kind
      fields { name type { name kind ofType { name kind } } } } } }`;
    const before = await runs();
    const first = await a.browser.gql(INTROSPECT);
    const again = await a.browser.gql(INTROSPECT);
    expect(await since(before)).toEqual({ interpreted: 1, compiled: 1, rerun: 0 });
    expect(JSON.stringify(again.data)).toBe(JSON.stringify(first.data));
    expect(JSON.stringify(first.data)).toContain('"name":"TicketConnection"');
  });

  it("answers another company's request with graphql-js's NOT_FOUND every time, nothing of it", async () => {
    const before = await runs();
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await b.browser.gql(TICKET, { key: keys[0] }));
    for (const res of answers) {
      expect(res.status).toBe(200);
      expect(res.data).toEqual({ ticket: null });
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
      expect(JSON.stringify(res)).not.toContain('Relay K3');
    }
    expect(JSON.stringify(answers[2]?.errors)).toBe(JSON.stringify(answers[0]?.errors));
    // The first run interpreted; the next two compiled, failed, and were answered by graphql-js.
    expect(await since(before)).toEqual({ interpreted: 1, compiled: 0, rerun: 2 });
  });

  it('answers bad variables with BAD_USER_INPUT every time, never a 500', async () => {
    const answers = [];
    for (let i = 0; i < 3; i++)
      answers.push(await a.browser.gql(LIST, { filter: { statuses: ['LOST'] }, first: 'ten' }));
    for (const res of answers) {
      expect(res.status).toBe(400);
      expect(res.data).toBeUndefined();
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(JSON.stringify(answers[2]?.errors)).toBe(JSON.stringify(answers[0]?.errors));
  });

  it('leaves mutations to graphql-js', async () => {
    const before = await runs();
    const COMMENT =
      'mutation Comment($id: ID!, $body: String!) { commentOnTicket(ticketId: $id, body: $body) { key } }';
    for (const body of ['It clicks twice now.', 'And once more after a restart.']) {
      const res = await a.browser.gql(COMMENT, { id: firstId, body });
      expect(res.data).toEqual({ commentOnTicket: { key: keys[0] } });
    }
    expect(await since(before)).toEqual({ interpreted: 2, compiled: 0, rerun: 0 });
  });
});
