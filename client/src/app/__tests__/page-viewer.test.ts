import type * as Apollo from '../apollo';
import type * as Gql from '../../gql/graphql';
import type * as PageViewer from '../page-viewer';

type Modules = typeof PageViewer & typeof Apollo & typeof Gql;

const viewer = {
  viewer: {
    __typename: 'Viewer',
    kind: 'REPRESENTATIVE',
    representative: {
      __typename: 'Representative',
      id: 'r1',
      email: 'anna@example.com',
      name: 'Anna </script><script>alert(1)</script>',
      role: 'ADMIN',
      status: 'ACTIVE',
      locale: 'pl',
    },
    company: {
      __typename: 'Company',
      id: 'c1',
      name: 'Volt',
      taxId: '5260001246',
      country: 'PL',
      contracted: true,
      taxIdConfirmed: true,
    },
    agent: null,
  },
};

/** The page as the server sends it: the viewer's JSON in a script element of its own. */
function pageWith(json: string | null) {
  document.head.innerHTML = '';
  if (json === null) return;
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = 'portal-viewer';
  script.textContent = json;
  document.head.append(script);
}

/** A fresh copy of the modules (the page is read once per page load). */
async function load(): Promise<Modules> {
  let loaded: Modules;
  await jest.isolateModulesAsync(async () => {
    loaded = {
      ...(await import('../page-viewer')),
      ...(await import('../apollo')),
      ...(await import('../../gql/graphql')),
    };
  });
  return loaded!;
}

describe('the viewer the page brings', () => {
  it("starts the cache with it and gives the representative's language", async () => {
    pageWith(JSON.stringify(viewer));
    const m = await load();
    const client = m.createApolloClient();
    m.primeViewer(client);
    expect(client.cache.readQuery({ query: m.ViewerDocument })).toEqual(viewer);
    expect(m.pageViewerLocale()).toBe('pl');
  });

  it('drops an answer the cache cannot read back (no __typename), so the app asks itself', async () => {
    const { __typename, ...withoutTypename } = viewer.viewer;
    expect(__typename).toBe('Viewer');
    pageWith(JSON.stringify({ viewer: withoutTypename }));
    const m = await load();
    const client = m.createApolloClient();
    m.primeViewer(client);
    expect(client.cache.readQuery({ query: m.ViewerDocument })).toBeNull();
  });

  it.each([
    ['no element (signed out, dev server)', null],
    ['JSON that does not parse', '{"viewer":'],
    ['no viewer in it', '{"viewer":null}'],
  ])('is nothing with %s', async (_case, json) => {
    pageWith(json);
    const m = await load();
    const client = m.createApolloClient();
    m.primeViewer(client);
    expect(m.pageViewer()).toBeNull();
    expect(m.pageViewerLocale()).toBeUndefined();
    expect(client.cache.readQuery({ query: m.ViewerDocument })).toBeNull();
  });
});
