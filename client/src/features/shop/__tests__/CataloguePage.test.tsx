import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { agentViewer, graphqlError, portalFooterMock, viewerMock } from '../../../../test/mocks';
import { renderApp } from '../../../../test/render';
import { userOnHeldClock } from '../../../../test/typing';
import {
  AddToBasketDocument,
  ShopProductDocument,
  ShopProductsDocument,
} from '../../../gql/graphql';
import { basketOf, connection, type product, psu, relay, signedIn, ssd } from './fixtures';

function productsMock(
  variables: Record<string, unknown>,
  nodes: Array<ReturnType<typeof product>>,
  hasNextPage = false,
) {
  return {
    request: { query: ShopProductsDocument, variables },
    result: { data: { products: connection('Product', nodes, hasNextPage) } },
  };
}

const table = () => screen.findByRole('table', { name: 'Catalogue' });
const rowOf = async (name: string) =>
  (await within(await table()).findByRole('link', { name })).closest('tr')!;

describe('CataloguePage', () => {
  it('lists products with SKU, net price, stock, and a disabled add for what is out of stock', async () => {
    renderApp({
      mocks: [...signedIn(), productsMock({ search: null, first: 25 }, [psu, ssd])],
      route: '/shop',
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Catalogue' })).toBeInTheDocument();
    const tabs = screen.getByRole('tablist', { name: 'Shop sections' });
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual(['Catalogue', 'Basket', 'Orders', 'Invoices']);
    expect(within(tabs).getByRole('tab', { name: 'Catalogue' })).toHaveAttribute(
      'aria-selected',
      'true',
    );

    const first = await rowOf(psu.name);
    expect(first).toHaveTextContent(psu.sku);
    expect(first).toHaveTextContent('€38.90');
    expect(first).toHaveTextContent('In stock: 12');
    expect(within(first).getByRole('link', { name: psu.name })).toHaveAttribute(
      'href',
      '/shop/products/PSU-MW-24-60',
    );
    expect(within(first).getByRole('button', { name: `Add to basket: ${psu.name}` })).toBeEnabled();

    const second = await rowOf(ssd.name);
    expect(second).toHaveTextContent('Out of stock');
    expect(
      within(second).getByRole('button', { name: `Add to basket: ${ssd.name}` }),
    ).toBeDisabled();
    expect(screen.getByRole('link', { name: 'Basket, items: 0' })).toHaveAttribute(
      'href',
      '/shop/basket',
    );
  });

  it('sends the search (debounced) and shows what matches, or says nothing does', async () => {
    // Keys without pauses between them, as a person types a word (the debounce is 300 ms).
    const user = userOnHeldClock();
    const asked: unknown[] = [];
    renderApp({
      mocks: [
        ...signedIn(),
        productsMock({ search: null, first: 25 }, [psu, ssd, relay]),
        {
          request: {
            query: ShopProductsDocument,
            variables: (v: Record<string, unknown>) => {
              asked.push(v.search);
              return v.search === 'gold relay';
            },
          },
          result: { data: { products: connection('Product', [relay]) } },
        },
        productsMock({ search: 'zzz', first: 25 }, []),
      ],
      route: '/shop',
    });
    await rowOf(psu.name);

    await user.type(screen.getByRole('searchbox', { name: 'Search the catalogue' }), 'gold relay');
    await waitFor(
      () => expect(within(screen.getByRole('table')).queryByText(psu.name)).not.toBeInTheDocument(),
      { timeout: 3000 },
    );
    expect(await rowOf(relay.name)).toHaveTextContent('€12.40');
    // One request for the whole phrase, not one per key.
    expect(asked).toEqual(['gold relay']);
    expect(screen.getByText('Products shown: 1')).toBeInTheDocument();

    // Typed over the selected search: never empty in between.
    await user.tripleClick(screen.getByRole('searchbox', { name: 'Search the catalogue' }));
    await user.keyboard('zzz');
    expect(
      await screen.findByText('No products match “zzz”.', undefined, { timeout: 3000 }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Check the spelling, use fewer words, or type the start of a SKU.'),
    ).toBeInTheDocument();
  });

  it('loads more with the cursor of the last product', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        ...signedIn(),
        productsMock({ search: null, first: 25 }, [psu, ssd], true),
        productsMock({ search: null, first: 25, after: `c-${ssd.id}` }, [relay]),
      ],
      route: '/shop',
    });
    await rowOf(psu.name);

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await rowOf(relay.name);
    expect(within(await table()).getAllByRole('row')).toHaveLength(4);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('adds the chosen quantity to the basket and shows it in the header', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        ...signedIn(),
        productsMock({ search: null, first: 25 }, [psu, relay]),
        {
          request: {
            query: AddToBasketDocument,
            variables: { productId: relay.id, quantity: 3 },
          },
          result: { data: { addToBasket: basketOf([{ product: relay, quantity: 3 }]) } },
        },
      ],
      route: '/shop',
    });
    const row = await rowOf(relay.name);

    const quantity = within(row).getByRole('textbox', { name: `Quantity of ${relay.name}` });
    await user.clear(quantity);
    await user.type(quantity, '3');
    await user.click(within(row).getByRole('button', { name: `Add to basket: ${relay.name}` }));

    expect(await screen.findByRole('link', { name: 'Basket, items: 3' })).toBeInTheDocument();
    expect(within(row).getByText('In basket: 3')).toBeInTheDocument();
    expect(quantity).toHaveValue('1');
    expect(screen.getByText(`Added to the basket: 3 × ${relay.name}.`)).toBeInTheDocument();
  });

  it('says why a product could not be added', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        ...signedIn(),
        productsMock({ search: null, first: 25 }, [psu]),
        {
          request: { query: AddToBasketDocument, variables: { productId: psu.id, quantity: 1 } },
          result: graphqlError('Product not found.', { code: 'NOT_FOUND' }),
        },
      ],
      route: '/shop',
    });
    const row = await rowOf(psu.name);
    await user.click(within(row).getByRole('button', { name: `Add to basket: ${psu.name}` }));
    expect(await within(row).findByRole('alert')).toHaveTextContent(
      'This record no longer exists. Reload the page.',
    );
  });

  it('shows a product page with the full description', async () => {
    renderApp({
      mocks: [
        ...signedIn(basketOf([{ product: psu, quantity: 2 }])),
        {
          request: { query: ShopProductDocument, variables: { sku: psu.sku } },
          result: { data: { product: psu } },
        },
      ],
      route: '/shop/products/PSU-MW-24-60',
    });
    expect(await screen.findByRole('heading', { level: 1, name: psu.name })).toBeInTheDocument();
    expect(screen.getByText(psu.description)).toBeInTheDocument();
    expect(screen.getByText('€38.90')).toBeInTheDocument();
    expect(await screen.findByText('In basket: 2')).toBeInTheDocument(); // the basket is a query of its own
    expect(screen.getByRole('link', { name: /Back to the catalogue/ })).toHaveAttribute(
      'href',
      '/shop',
    );
    expect(screen.getByRole('tab', { name: 'Catalogue' })).toHaveAttribute('aria-selected', 'true');
  });

  it('is not for the seller’s agents', async () => {
    renderApp({ mocks: [portalFooterMock, viewerMock(agentViewer)], route: '/shop' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This page is not for your account' }),
    ).toBeInTheDocument();
  });
});
