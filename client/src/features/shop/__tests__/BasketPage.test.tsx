import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlError } from '../../../../test/mocks';
import { renderApp } from '../../../../test/render';
import {
  PlaceOrderDocument,
  RemoveFromBasketDocument,
  SetBasketQuantityDocument,
} from '../../../gql/graphql';
import { basketOf, order, psu, relay, signedIn } from './fixtures';

const twoLines = basketOf([
  { product: psu, quantity: 2 },
  { product: relay, quantity: 5 },
]);

const table = () => screen.findByRole('table', { name: 'Basket' });
const rowOf = async (name: string) =>
  within(await table())
    .getByRole('link', { name })
    .closest('tr')!;

/** A PlaceOrder mock that records the input it was sent. */
function placeOrderMock(sent: Array<Record<string, unknown>>, answer: object | Error) {
  return {
    request: {
      query: PlaceOrderDocument,
      variables: (v: Record<string, unknown>) => {
        sent.push(v.input as Record<string, unknown>);
        return true;
      },
    },
    ...(answer instanceof Error ? { error: answer } : { result: answer }),
  };
}

async function acceptAndPlace(user: ReturnType<typeof userEvent.setup>) {
  await user.click(
    screen.getByRole('checkbox', {
      name: "We buy these goods for resale: I accept article 3 of the seller's terms.",
    }),
  );
  await user.click(screen.getByRole('button', { name: 'Place order' }));
}

describe('BasketPage', () => {
  it('shows the lines with prices, line totals and the total', async () => {
    renderApp({ mocks: signedIn(twoLines), route: '/shop/basket' });

    const psuRow = await rowOf(psu.name);
    expect(psuRow).toHaveTextContent(psu.sku);
    expect(psuRow).toHaveTextContent('€38.90');
    expect(psuRow).toHaveTextContent('€77.80');
    expect(within(psuRow).getByRole('textbox', { name: `Quantity of ${psu.name}` })).toHaveValue(
      '2',
    );
    expect(within(await table()).getByText('€139.80')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Basket, items: 7' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Basket' })).toHaveAttribute('aria-selected', 'true');
  });

  it('changes a quantity with the stepper and removes a line', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        ...signedIn(twoLines),
        {
          request: {
            query: SetBasketQuantityDocument,
            variables: { productId: psu.id, quantity: 3 },
          },
          result: {
            data: {
              setBasketQuantity: basketOf([
                { product: psu, quantity: 3 },
                { product: relay, quantity: 5 },
              ]),
            },
          },
        },
        {
          request: { query: RemoveFromBasketDocument, variables: { productId: relay.id } },
          result: { data: { removeFromBasket: basketOf([{ product: psu, quantity: 3 }]) } },
        },
      ],
      route: '/shop/basket',
    });

    const psuRow = await rowOf(psu.name);
    await user.click(within(psuRow).getByRole('button', { name: `One more: ${psu.name}` }));
    await waitFor(() =>
      expect(within(psuRow).getByRole('textbox', { name: `Quantity of ${psu.name}` })).toHaveValue(
        '3',
      ),
    );
    expect(psuRow).toHaveTextContent('€116.70');
    expect(screen.getByRole('link', { name: 'Basket, items: 8' })).toBeInTheDocument();

    const relayRow = await rowOf(relay.name);
    await user.click(within(relayRow).getByRole('button', { name: `Remove ${relay.name}` }));
    await waitFor(() => expect(screen.queryByText(relay.name)).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Basket, items: 3' })).toBeInTheDocument();
    expect(screen.getByTestId('checkout-total')).toHaveTextContent('€116.70');
  });

  it('sends a typed quantity on Enter', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        ...signedIn(twoLines),
        {
          request: {
            query: SetBasketQuantityDocument,
            variables: { productId: relay.id, quantity: 12 },
          },
          result: {
            data: {
              setBasketQuantity: basketOf([
                { product: psu, quantity: 2 },
                { product: relay, quantity: 12 },
              ]),
            },
          },
        },
      ],
      route: '/shop/basket',
    });
    const relayRow = await rowOf(relay.name);
    const input = within(relayRow).getByRole('textbox', { name: `Quantity of ${relay.name}` });
    await user.clear(input);
    await user.type(input, '12{Enter}');
    expect(await screen.findByRole('link', { name: 'Basket, items: 14' })).toBeInTheDocument();
    expect(relayRow).toHaveTextContent('€148.80');
  });

  it('warns about lines that are short of stock', async () => {
    renderApp({
      mocks: signedIn(
        basketOf([
          { product: { ...psu, stock: 1 }, quantity: 2, available: false },
          { product: relay, quantity: 5 },
        ]),
      ),
      route: '/shop/basket',
    });
    const psuRow = await rowOf(psu.name);
    expect(psuRow).toHaveTextContent('Only 1 in stock: lower the quantity to order.');
    expect(await rowOf(relay.name)).not.toHaveTextContent('in stock');
    expect(screen.getByTestId('basket-stock-warning')).toHaveTextContent('Check the quantities');
  });

  it('says when the basket is empty', async () => {
    renderApp({ mocks: signedIn(), route: '/shop/basket' });
    expect(await screen.findByText('Your basket is empty.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the catalogue' })).toHaveAttribute(
      'href',
      '/shop',
    );
  });
});

describe('checkout', () => {
  it('refuses to order without the resale terms, and sends nothing', async () => {
    const user = userEvent.setup();
    const sent: Array<Record<string, unknown>> = [];
    renderApp({
      mocks: [...signedIn(twoLines), placeOrderMock(sent, { data: { placeOrder: order } })],
      route: '/shop/basket',
    });
    await table();
    expect(screen.getByText(/Our shop sells for resale only \(article 3/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Place order' }));
    const terms = screen.getByRole('checkbox', {
      name: "We buy these goods for resale: I accept article 3 of the seller's terms.",
    });
    expect(terms).toHaveAttribute('aria-invalid', 'true');
    expect(terms).toHaveAccessibleDescription(
      'Confirm that you buy for resale to place the order.',
    );
    expect(sent).toEqual([]);
  });

  it('names the SKU and the available quantity when stock ran out', async () => {
    const user = userEvent.setup();
    const sent: Array<Record<string, unknown>> = [];
    renderApp({
      mocks: [
        ...signedIn(twoLines),
        placeOrderMock(
          sent,
          graphqlError('Only 1 of PSU-MW-24-60 in stock. Lower the quantity in your basket.', {
            code: 'OUT_OF_STOCK',
            sku: 'PSU-MW-24-60',
            available: 1,
          }),
        ),
      ],
      route: '/shop/basket',
    });
    await table();
    await user.type(screen.getByRole('textbox', { name: /Your reference \(PO number\)/ }), 'PO-1');
    await acceptAndPlace(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not enough stock');
    expect(alert).toHaveTextContent(
      'Only 1 of PSU-MW-24-60 in stock. Lower the quantity in your basket, then place the order again.',
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ reference: 'PO-1', acceptResaleTerms: true });
  });

  it('sends the same idempotency key again after a network error, then shows the order', async () => {
    const user = userEvent.setup();
    const sent: Array<Record<string, unknown>> = [];
    renderApp({
      mocks: [
        ...signedIn(twoLines),
        placeOrderMock(sent, new Error('Failed to fetch')),
        placeOrderMock(sent, { data: { placeOrder: order } }),
      ],
      route: '/shop/basket',
    });
    await table();
    await acceptAndPlace(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The order was not placed');
    expect(alert).toHaveTextContent('The server did not answer.');
    expect(alert).toHaveTextContent('Trying again is safe: the order will not be placed twice.');

    await user.click(screen.getByRole('button', { name: 'Place order' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Order ZAM/2026/000042' }),
    ).toBeInTheDocument();

    expect(sent).toHaveLength(2);
    const [first, second] = sent;
    expect(first!.idempotencyKey).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(second!.idempotencyKey).toBe(first!.idempotencyKey);

    expect(screen.getByText('Thank you for your order').closest('[role="status"]')).not.toBeNull();
    expect(
      screen.getByText('Order ZAM/2026/000042 is placed and invoice FV/2026/000017 is issued.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'FV/2026/000017' })).toHaveAttribute(
      'href',
      `/shop/invoices/${order.invoice.id}`,
    );
    expect(screen.getByRole('link', { name: 'PDF of invoice FV/2026/000017' })).toHaveAttribute(
      'href',
      order.invoice.pdfUrl,
    );
    // The basket is empty now (the server emptied it; no new request needed).
    expect(screen.getByRole('link', { name: 'Basket, items: 0' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Orders' })).toHaveAttribute('aria-selected', 'true');
  });
});
