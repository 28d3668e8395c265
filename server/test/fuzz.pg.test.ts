import fc from 'fast-check';
import {
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  type GraphQLScalarType,
  isLeafType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { buildAppSchema } from '../src/graphql/schema';
import { createAgent } from '../src/modules/accounts/agent/agent.service';
import { createApiToken } from '../src/modules/accounts/auth/api-token.service';
import { newEmail, PASSWORD, registerCompany, signIn } from './accounts-helpers';
import { startTestApp, type TestApp } from './harness';
import { requireRealPostgres } from './real-postgres';

requireRealPostgres();

/**
 * Every query and mutation, every argument leaf, hostile values, four kinds of caller, in
 * development and in production: nothing may answer 500 or INTERNAL_SERVER_ERROR, and no
 * answer may leak SQL or a stack.
 */
const SEED = 20261130;
const RUNS_PER_OPERATION = 12;
const CHUNK = 8;
const LEAKS = [
  'SELECT',
  'INSERT',
  'UPDATE ',
  'at Object.',
  'node_modules',
  'QueryFailedError',
  'stack',
];
/** Signed-in callers skip what would end their own session. */
const ANONYMOUS_ONLY = new Set(['logOut']);

const b64 = (s: string) => Buffer.from(s).toString('base64url');
const ZERO_UUID = '0'.repeat(8) + '-0000-0000-0000-' + '0'.repeat(12);
const HOSTILE_STRINGS = [
  '',
  ' ',
  '0'.repeat(36),
  '-'.repeat(36),
  ZERO_UUID,
  'NUL\u0000x',
  'lone \ud800 surrogate',
  '\udc00',
  'x'.repeat(10_000),
  "' OR 1=1 --",
  '%_\\',
  '🦄👩‍💻 émoji',
  'a@b.co',
  '99999999.99',
  '99999.99',
  '0.01',
];
const HOSTILE_CURSORS = ['Zm9v!!', b64('[1,2]'), b64(`["x","${ZERO_UUID}"]`), b64('{}'), b64('[')];
const INTS = [0, -1, 1, 2 ** 31 - 1, -(2 ** 31), 99_999];
const FLOATS = [1e308, -0, 0.5, -1e308];
const DATES = [
  '',
  'not a date',
  '0000-00-00',
  '9999-12-31T23:59:59Z',
  '-271821-04-20T00:00:00Z',
  8.64e15,
];

interface Known {
  ids: string[];
  strings: string[];
}

function leafArb(type: GraphQLScalarType | GraphQLEnumType, argName: string, known: Known) {
  if (type instanceof GraphQLEnumType)
    return fc.constantFrom(...type.getValues().map((v) => v.name));
  switch (type.name) {
    case 'Int':
      return fc.constantFrom(...INTS);
    case 'Float':
      return fc.constantFrom(...FLOATS);
    case 'Boolean':
      return fc.boolean();
    case 'DateTimeISO':
      return fc.constantFrom(...DATES);
    default: {
      // Real ids and values weigh as much as hostile ones: the checks behind a found record run too.
      const real = [...known.strings, ...(type.name === 'ID' ? known.ids : [])];
      const cursors = argName === 'after' ? HOSTILE_CURSORS : [];
      return fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS, ...cursors) },
        { weight: 2, arbitrary: fc.constantFrom(...real) },
        { weight: 1, arbitrary: fc.uuid() },
      );
    }
  }
}

function inputArb(type: GraphQLInputType, name: string, known: Known): fc.Arbitrary<unknown> {
  if (type instanceof GraphQLNonNull) return valueArb(type.ofType, name, known);
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 4, arbitrary: valueArb(type, name, known) },
  );
}

function valueArb(type: GraphQLInputType, name: string, known: Known): fc.Arbitrary<unknown> {
  if (type instanceof GraphQLList)
    return fc.array(inputArb(type.ofType, name, known), { maxLength: 3 });
  if (type instanceof GraphQLInputObjectType) {
    const fields = Object.values(type.getFields());
    return fc.record(
      Object.fromEntries(fields.map((f) => [f.name, inputArb(f.type, f.name, known)])),
    );
  }
  return leafArb(type as GraphQLScalarType | GraphQLEnumType, name, known);
}

function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (isLeafType(type)) return '';
  if (!(type instanceof GraphQLObjectType)) return '{ __typename }';
  const leaves = Object.values(type.getFields())
    .filter(
      (f) =>
        isLeafType(getNamedType(f.type)) &&
        f.args.every((a) => !(a.type instanceof GraphQLNonNull)),
    )
    .map((f) => f.name);
  return `{ __typename ${leaves.join(' ')} }`;
}

interface Operation {
  name: string;
  document: string;
  args: fc.Arbitrary<Record<string, unknown>>;
}

function operations(schema: GraphQLSchema, known: Known): Operation[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  return roots.flatMap(([kind, root]) =>
    Object.values(root!.getFields()).map((field) => {
      const defs = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
      const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      return {
        name: field.name,
        document: `${kind} Fuzz${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selectionOf(field)} }`,
        args: fc.record(
          Object.fromEntries(field.args.map((a) => [a.name, inputArb(a.type, a.name, known)])),
        ),
      };
    }),
  );
}

interface Caller {
  name: string;
  headers: Record<string, string>;
}

async function callers(app: TestApp): Promise<{ callers: Caller[]; known: Known }> {
  const { token } = await app.db.dataSource.transaction((tx) => createApiToken(tx, 'fuzz ERP'));
  const bearer = { authorization: `Bearer ${token}` };
  // An administrator with a 254-character e-mail and no name (as onboarding leaves one).
  const local = `${'a'.repeat(56)}${Date.now().toString(36).slice(-8)}`;
  const email = `${local}@${'d'.repeat(63)}.${'e'.repeat(63)}.${'f'.repeat(57)}.com`;
  const rep = await registerCompany(app, { email });
  await app.db.dataSource.query('UPDATE representative SET name = NULL WHERE id = $1', [
    rep.representativeId,
  ]);
  const agentEmail = newEmail('agent');
  await app.db.dataSource.transaction((tx) =>
    createAgent(tx, { email: agentEmail, name: 'Agent', password: PASSWORD }),
  );
  const agent = await signIn(app, agentEmail);
  const products = await app.gql<{ upsertProducts: { __typename: string } }>(
    `mutation { upsertProducts(input: { products: [{ sku: "FZ-1", name: "Fuzz", price: "99999.99", stock: 10000000 }] }) { __typename } }`,
    {},
    { headers: bearer },
  );
  if (products.errors) throw new Error(JSON.stringify(products.errors));
  const [product] = (await app.db.dataSource.query(
    `SELECT id FROM product WHERE sku = 'FZ-1'`,
  )) as Array<{
    id: string;
  }>;
  const invoice = await app.gql<{ importInvoice: { id: string; number: string } }>(
    `mutation I($input: ImportInvoiceInput!) { importInvoice(input: $input) { id number } }`,
    {
      input: {
        companyTaxId: rep.taxId,
        number: 'FZ/2026/1',
        issuedAt: '2026-01-01T00:00:00Z',
        lines: [{ sku: 'FZ-1', name: 'Fuzz', quantity: 300, unitPrice: '99999.99' }],
      },
    },
    { headers: bearer },
  );
  const portals = await rep.browser.gql<{
    portals: Array<{ key: string; requestTypeGroups: Array<{ types: Array<{ id: string }> }> }>;
  }>(`{ portals { key requestTypeGroups { types { id } } } }`);
  const portal = portals.data!.portals[0]!;
  const created = await rep.browser.gql<{ createTicket: { id: string; key: string } }>(
    `mutation C($input: CreateTicketInput!) { createTicket(input: $input) { id key } }`,
    {
      input: {
        portalKey: portal.key,
        requestTypeId: portal.requestTypeGroups[0]!.types[0]!.id,
        subject: 'Fuzz subject',
        description: 'Fuzz description',
      },
    },
  );
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const known: Known = {
    ids: [
      rep.representativeId,
      rep.companyId,
      product!.id,
      created.data.createTicket.id,
      ...(invoice.data ? [invoice.data.importInvoice.id] : []),
    ],
    strings: [created.data.createTicket.key, 'FZ-1', 'FZ/2026/1', rep.taxId, 'fuzz-key-0001'],
  };
  return {
    known,
    callers: [
      { name: 'anonymous', headers: {} },
      { name: 'representative', headers: { cookie: rep.browser.cookie! } },
      { name: 'agent', headers: { cookie: agent.cookie! } },
      { name: 'api token', headers: bearer },
    ],
  };
}

interface Totals {
  requests: number;
  operations: Set<string>;
  codes: Map<string, number>;
  failures: string[];
}

async function send(app: TestApp, caller: Caller, op: Operation, vars: unknown, totals: Totals) {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...caller.headers },
    body: JSON.stringify({ query: op.document, variables: vars }),
  });
  const text = await res.text();
  totals.requests++;
  totals.operations.add(op.name);
  let codes: string[];
  try {
    const body = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> };
    codes = (body.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
  } catch {
    codes = [`HTTP_${res.status}_NOT_JSON`];
  }
  if (codes.length === 0) codes = ['OK'];
  for (const c of codes) totals.codes.set(c, (totals.codes.get(c) ?? 0) + 1);
  const leak = LEAKS.find((l) => text.includes(l));
  if (
    res.status >= 500 ||
    codes.includes('INTERNAL_SERVER_ERROR') ||
    codes.includes('NO_CODE') ||
    leak
  ) {
    const shown = JSON.stringify(vars, (_k, v: unknown) =>
      typeof v === 'string' && v.length > 60 ? `${v.slice(0, 20)}…(${v.length})` : v,
    );
    totals.failures.push(
      `${caller.name} ${op.name} ${shown} -> HTTP ${res.status} ${leak ?? ''} ${text.slice(0, 300)}`,
    );
  }
}

/** The REST routes' path parameters: each hostile value, URL-encoded (a lone surrogate as raw bytes). */
const REST_PATHS = [
  (v: string) => `/invoices/${v}/pdf`,
  (v: string) => `/returns/${v}/label.pdf`,
  (v: string) => `/attachments/${v}`,
  (v: string) => `/returns/${v}/items/${v}/photos`,
  (v: string) => `/requests/${v}/attachments`,
];
const REST_VALUES = [
  ...HOSTILE_STRINGS.filter((v) => v !== '' && !/[\ud800-\udfff]/.test(v)).map(encodeURIComponent),
  '%ED%A0%80',
  '%00',
  '%C0%AF',
  '..%2F..%2Fetc%2Fpasswd',
];

async function fuzzRest(app: TestApp, who: Caller[], totals: Totals): Promise<void> {
  for (const caller of who) {
    for (const path of REST_PATHS) {
      await Promise.all(
        REST_VALUES.map(async (value) => {
          const url = `${app.url}${path(value)}`;
          const method = url.endsWith('s') && !url.includes('/attachments/') ? 'POST' : 'GET';
          const res = await fetch(url, { method, headers: caller.headers });
          const text = await res.text();
          totals.requests++;
          totals.operations.add(`${method} ${path(':param')}`);
          const code = `HTTP_${res.status}`;
          totals.codes.set(code, (totals.codes.get(code) ?? 0) + 1);
          const leak = LEAKS.find((l) => text.includes(l));
          if (res.status >= 500 || leak)
            totals.failures.push(
              `${caller.name} ${method} ${path(value)} -> ${res.status} ${text.slice(0, 200)}`,
            );
        }),
      );
    }
  }
}

async function fuzz(app: TestApp, totals: Totals): Promise<void> {
  const schema = await buildAppSchema();
  const { callers: who, known } = await callers(app);
  const ops = operations(schema, known);
  await fuzzRest(app, who, totals);
  for (const caller of who) {
    const jobs = ops
      .filter((op) => caller.name === 'anonymous' || !ANONYMOUS_ONLY.has(op.name))
      .flatMap((op, i) =>
        fc
          .sample(op.args, { seed: SEED + i, numRuns: RUNS_PER_OPERATION })
          .map((vars) => () => send(app, caller, op, vars, totals)),
      );
    for (let i = 0; i < jobs.length; i += CHUNK) {
      await Promise.all(jobs.slice(i, i + CHUNK).map((job) => job()));
    }
  }
}

describe('fuzzing every operation with hostile input', () => {
  const totals: Totals = { requests: 0, operations: new Set(), codes: new Map(), failures: [] };

  afterAll(() => {
    console.log(
      `fuzz: ${totals.requests} requests, ${totals.operations.size} operations, codes ${JSON.stringify(
        Object.fromEntries([...totals.codes].sort((a, b) => b[1] - a[1])),
      )}, ${totals.failures.length} failures`,
    );
  });

  for (const env of ['development', 'production'] as const) {
    it(`answers every hostile call without a 500 or a leak (${env})`, async () => {
      const app = await startTestApp({ env });
      const before = totals.failures.length;
      try {
        await fuzz(app, totals);
      } finally {
        await app.close();
      }
      expect(totals.failures.slice(before, before + 40)).toEqual([]);
    }, 180_000);
  }
});
