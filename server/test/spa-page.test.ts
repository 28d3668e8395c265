import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { registerCompany } from './accounts-helpers';
import { startTestApp, type TestApp, type TestBrowser } from './harness';

/** The SPA's Viewer query as the client build writes it (client/vite.viewer-document.mts). */
const VIEWER_DOCUMENT = `query Viewer {
  viewer {
    ...ViewerFields
    __typename
  }
}

fragment ViewerFields on Viewer {
  kind
  representative { id email name role status locale __typename }
  company { id name taxId country contracted taxIdConfirmed __typename }
  agent { id name email locale __typename }
}
`;

/** The client build's route table (client/vite.first-route.mts): two pages and their chunks. */
const ROUTE_TABLE = JSON.stringify({
  files: [
    'assets/en-1.js',
    'assets/RequestsPage-1.js',
    'assets/mantine-1.js',
    'assets/RequestPage-1.js',
  ],
  names: { en: 'Customer Portal' },
  locales: { en: [0] },
  routes: [
    ['^/requests/?$', [1, 2], 1],
    ['^/requests/[^/]+/?$', [3, 2], 1],
  ],
  requestListHeadings: {
    en: {
      title: 'Requests',
      introMine: 'Requests you raised, latest first.',
      introCompany: 'Every request of {{company}}, latest first.',
    },
    hu: {
      title: 'Bejelentések',
      introMine: 'Az Ön bejelentései.',
      introCompany: 'A(z) {{company}} összes bejelentése.',
    },
  },
});

const INDEX_HTML =
  '<!doctype html><html lang="en"><head><title>SPA shell</title></head><body><div id="root"></div></body></html>';

function clientDirWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-client-'));
  for (const [name, content] of Object.entries(files))
    fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

/** The chunks the page preloads from its HTML, in order. */
const preloads = (html: string) =>
  [
    ...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)" data-portal-route>/g),
  ].map((m) => m[1]);

interface Page {
  status: number;
  cacheControl: string | null;
  html: string;
  /** The JSON of the page's viewer element, parsed; null without one. */
  viewer: unknown;
}

async function openPage(app: TestApp, at: string, cookie?: string | null): Promise<Page> {
  const res = await fetch(`${app.url}${at}`, {
    headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) },
  });
  const html = await res.text();
  const json = /<script type="application\/json" id="portal-viewer">(.*?)<\/script>/s.exec(html);
  return {
    status: res.status,
    cacheControl: res.headers.get('cache-control'),
    html,
    viewer: json ? JSON.parse(json[1]!) : null,
  };
}

/** The request list's heading written into the page (its text, entities as written); null without one. */
function heading(html: string): { title: string; intro: string } | null {
  const m =
    /<div id="first-heading" class="first-heading" aria-hidden="true"><div class="first-heading-frame"><h1 class="first-heading-title">(.*?)<\/h1><p class="first-heading-intro">(.*?)<\/p><\/div><\/div>/.exec(
      html,
    );
  return m ? { title: m[1]!, intro: m[2]! } : null;
}

/** What the SPA's own Viewer query answers this browser. */
async function viewerOf(browser: TestBrowser): Promise<unknown> {
  const res = await browser.gql(VIEWER_DOCUMENT);
  expect(res.errors).toBeUndefined();
  return res.data;
}

describe('the page carries the signed-in viewer', () => {
  let app: TestApp;
  const clientDir = clientDirWith({
    'index.html': INDEX_HTML,
    'viewer.graphql': VIEWER_DOCUMENT,
    'first-route.json': ROUTE_TABLE,
  });

  beforeAll(async () => {
    app = await startTestApp({ clientDir });
  });
  afterAll(async () => {
    await app?.close();
    fs.rmSync(clientDir, { recursive: true, force: true });
  });

  it('has no viewer, and is revalidated, for someone signed out or with a dead session', async () => {
    for (const cookie of [null, 'portal_session=not-a-session']) {
      const page = await openPage(app, '/requests', cookie);
      expect(page.status).toBe(200);
      expect(page.viewer).toBeNull();
      expect(page.cacheControl).toBe('no-cache');
    }
  });

  it("preloads the chunks of the page at its address, from the build's route table", async () => {
    expect(preloads((await openPage(app, '/requests')).html)).toEqual([
      '/assets/RequestsPage-1.js',
      '/assets/mantine-1.js',
    ]);
    expect(preloads((await openPage(app, '/requests/SUP-7?tab=files')).html)).toEqual([
      '/assets/RequestPage-1.js',
      '/assets/mantine-1.js',
    ]);
    // An address no route knows: the page as built.
    expect((await openPage(app, '/no/such/page')).html).toBe(INDEX_HTML);
  });

  it("holds exactly the Viewer query's answer for that session, never stored by a cache", async () => {
    const a = await registerCompany(app, { companyName: 'Alpha Components', locale: 'hu' });
    const page = await openPage(app, '/requests?scope=company', a.browser.cookie);
    expect(page.status).toBe(200);
    expect(page.cacheControl).toBe('private, no-store');
    expect(page.viewer).toEqual(await viewerOf(a.browser));
    expect(page.viewer).toMatchObject({
      viewer: {
        kind: 'REPRESENTATIVE',
        representative: { id: a.representativeId, locale: 'hu' },
        company: { id: a.companyId, name: 'Alpha Components' },
      },
    });
    // Before everything else in <head>, so the boot script finds it however early it runs.
    expect(page.html.indexOf('id="portal-viewer"')).toBeLessThan(page.html.indexOf('<title>'));
  });

  it("gives company B its own viewer, nothing of company A's", async () => {
    const a = await registerCompany(app, { companyName: 'Alpha Components' });
    const b = await registerCompany(app, { companyName: 'Beta Components' });
    const pageOfB = await openPage(app, '/company', b.browser.cookie);
    expect(pageOfB.viewer).toEqual(await viewerOf(b.browser));
    expect(pageOfB.html).not.toContain(a.companyId);
    expect(pageOfB.html).not.toContain(a.representativeId);
    expect(pageOfB.html).not.toContain(a.email);
  });

  it('writes a hostile name as data: it cannot end the element or start a script', async () => {
    const name = 'Ann </script><script>alert(1)</script><!--\u2028Smith';
    const a = await registerCompany(app, { name, companyName: '<b>Bold & Co</b>' });
    const page = await openPage(app, '/', a.browser.cookie);
    expect(page.html.match(/<\/script>/g)).toHaveLength(1);
    expect(page.html).not.toContain('<script>alert');
    expect(page.html).not.toContain('<!--');
    expect(page.viewer).toMatchObject({
      viewer: { representative: { name }, company: { name: '<b>Bold & Co</b>' } },
    });
  });
  it("writes the request list's heading in the person's language, only on that list", async () => {
    const a = await registerCompany(app, { companyName: 'Alpha Components', locale: 'hu' });
    expect(heading((await openPage(app, '/requests', a.browser.cookie)).html)).toEqual({
      title: 'Bejelentések',
      intro: 'Az Ön bejelentései.',
    });
    // The company's requests, as the page reads ?scope= (the first one counts).
    for (const at of ['/requests/?scope=company', '/requests?scope=company&scope=mine']) {
      expect(heading((await openPage(app, at, a.browser.cookie)).html)).toEqual({
        title: 'Bejelentések',
        intro: 'A(z) Alpha Components összes bejelentése.',
      });
    }
    // Right after #root, outside it: the app's first render does not take it over.
    const { html } = await openPage(app, '/requests', a.browser.cookie);
    expect(html).toContain('<div id="root"></div><div id="first-heading" class="first-heading"');
    // Other pages, and nobody signed in, get none.
    for (const [at, cookie] of [
      ['/requests/SUP-7', a.browser.cookie],
      ['/requests/new', a.browser.cookie],
      ['/company', a.browser.cookie],
      ['/requests', null],
    ] as const) {
      expect(heading((await openPage(app, at, cookie)).html)).toBeNull();
    }
    // A representative without a name yet goes to /welcome first: no list heading for them.
    const b = await registerCompany(app);
    await app.db.dataSource.query('UPDATE representative SET name = NULL WHERE id = $1', [
      b.representativeId,
    ]);
    const unnamed = await openPage(app, '/requests', b.browser.cookie);
    expect(unnamed.viewer).toMatchObject({ viewer: { representative: { name: null } } });
    expect(heading(unnamed.html)).toBeNull();
  });

  it("writes a company's hostile name into the heading as text, and only its own", async () => {
    const a = await registerCompany(app, { companyName: '<img src=x onerror=alert(1)> & Co' });
    const b = await registerCompany(app, { companyName: 'Beta Components' });
    const pageOfA = await openPage(app, '/requests?scope=company', a.browser.cookie);
    expect(pageOfA.html).toContain(
      '<p class="first-heading-intro">Every request of &lt;img src=x onerror=alert(1)&gt; &amp; Co, latest first.</p>',
    );
    expect(pageOfA.html).not.toContain('<img');
    const pageOfB = await openPage(app, '/requests?scope=company', b.browser.cookie);
    expect(heading(pageOfB.html)?.intro).toBe('Every request of Beta Components, latest first.');
    expect(pageOfB.html).not.toContain('onerror');
  });

  it('answers hostile addresses and cookies with a page, never a 500', async () => {
    const a = await registerCompany(app);
    const addresses = [
      '/%',
      '/requests/%E0%A4%A',
      '/requests/..%2F..%2Fetc%2Fpasswd',
      `/requests/${'x'.repeat(4000)}`,
      '/requests/<script>alert(1)</script>',
    ];
    for (const at of addresses) {
      for (const cookie of [
        null,
        a.browser.cookie,
        'portal_session=%ff%fe%00',
        'portal_session=',
      ]) {
        const res = await fetch(`${app.url}${at}`, {
          headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) },
        });
        expect([200, 400, 404]).toContain(res.status);
        await res.text();
      }
    }
  });
});

describe('a build without the Viewer query and the route table', () => {
  it.each([
    ['cut short', '{"routes":'],
    [
      'with a pattern that is no regular expression',
      JSON.stringify({ files: ['assets/a.js'], names: {}, locales: {}, routes: [['[', [0], [1]]] }),
    ],
  ])('sends the page as built, also to someone signed in (a table %s)', async (_, table) => {
    const clientDir = clientDirWith({ 'index.html': INDEX_HTML, 'first-route.json': table });
    const app = await startTestApp({ clientDir });
    try {
      const a = await registerCompany(app);
      const page = await openPage(app, '/requests', a.browser.cookie);
      expect(page.status).toBe(200);
      expect(page.html).toBe(INDEX_HTML);
      expect(page.cacheControl).toBe('no-cache');
    } finally {
      await app.close();
      fs.rmSync(clientDir, { recursive: true, force: true });
    }
  });
});
