import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { adminViewer, company, graphqlError, viewerMock } from '../../../../test/mocks';
import { renderApp } from '../../../../test/render';
import {
  ShopInvoiceDocument,
  ShopInvoicesDocument,
  ShopOrderDocument,
  ShopOrdersDocument,
} from '../../../gql/graphql';
import { basketMock, basketOf, connection, order, psu, relay, signedIn } from './fixtures';

const orderInvoice = {
  __typename: 'Invoice' as const,
  id: order.invoice.id,
  number: order.invoice.number,
  issuedAt: '2026-03-02T10:00:01.000Z',
  source: 'ORDER' as const,
  total: '77.80',
  currency: 'EUR',
  pdfUrl: order.invoice.pdfUrl,
};
const erpInvoice = {
  __typename: 'Invoice' as const,
  id: 'i0000000-0000-4000-8000-000000000002',
  number: 'ERP/2026/4711',
  issuedAt: '2026-02-11T09:00:00.000Z',
  source: 'ERP' as const,
  total: '1240.00',
  currency: 'EUR',
  pdfUrl: '/invoices/i0000000-0000-4000-8000-000000000002/pdf',
};

describe('InvoicesPage', () => {
  it('says ERP documents appear once the tax ID is confirmed, while it is not', async () => {
    const [footer] = signedIn();
    renderApp({
      mocks: [
        footer!,
        viewerMock({ ...adminViewer, company: { ...company, taxIdConfirmed: false } }),
        basketMock(basketOf([])),
        {
          request: { query: ShopInvoicesDocument, variables: { filter: null, first: 20 } },
          result: { data: { invoices: connection('Invoice', [orderInvoice]) } },
        },
      ],
      route: '/shop/invoices',
    });

    await screen.findByRole('table', { name: 'Invoices' });
    expect(
      screen.getByText("Your company's documents appear once we confirm your tax ID."),
    ).toBeInTheDocument();
  });

  it('lists the invoices with date, source, total and a PDF link each', async () => {
    renderApp({
      mocks: [
        ...signedIn(),
        {
          request: { query: ShopInvoicesDocument, variables: { filter: null, first: 20 } },
          result: { data: { invoices: connection('Invoice', [orderInvoice, erpInvoice]) } },
        },
      ],
      route: '/shop/invoices',
    });

    const table = await screen.findByRole('table', { name: 'Invoices' });
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Number', 'Date', 'Source', 'Total (net)', 'Document']);
    expect(rows[1]).toHaveTextContent('FV/2026/000017');
    expect(rows[1]).toHaveTextContent('Mar 2, 2026');
    expect(rows[1]).toHaveTextContent('Portal order');
    expect(rows[1]).toHaveTextContent('€77.80');
    expect(rows[2]).toHaveTextContent('ERP system');
    expect(rows[2]).toHaveTextContent('€1,240.00');

    const pdf = within(rows[2]!).getByRole('link', { name: 'PDF of invoice ERP/2026/4711' });
    expect(pdf).toHaveAttribute('href', '/invoices/i0000000-0000-4000-8000-000000000002/pdf');
    expect(pdf).toHaveAttribute('target', '_blank');
    expect(within(rows[1]!).getByRole('link', { name: 'FV/2026/000017' })).toHaveAttribute(
      'href',
      `/shop/invoices/${order.invoice.id}`,
    );
  });

  it('filters by dates and number (whole days, in the address)', async () => {
    const user = userEvent.setup();
    const from = new Date(2026, 1, 1).toISOString();
    const to = new Date(2026, 2, 1).toISOString();
    renderApp({
      mocks: [
        ...signedIn(),
        {
          request: { query: ShopInvoicesDocument, variables: { filter: null, first: 20 } },
          result: { data: { invoices: connection('Invoice', [orderInvoice, erpInvoice]) } },
        },
        {
          request: {
            query: ShopInvoicesDocument,
            variables: { filter: { from, to, number: '4711' }, first: 20 },
          },
          result: { data: { invoices: connection('Invoice', [erpInvoice]) } },
        },
        {
          request: {
            query: ShopInvoicesDocument,
            variables: { filter: { number: 'nothing' }, first: 20 },
          },
          result: { data: { invoices: connection('Invoice', []) } },
        },
      ],
      route: '/shop/invoices',
    });
    await screen.findByRole('link', { name: 'FV/2026/000017' });

    await user.type(screen.getByLabelText('From'), '2026-02-01');
    await user.type(screen.getByLabelText('To'), '2026-02-28');
    await user.type(screen.getByRole('textbox', { name: 'Number contains' }), '4711');
    await user.click(screen.getByRole('button', { name: 'Filter' }));

    const table = await screen.findByRole('table', { name: 'Invoices' });
    // The filtered list: the other invoice goes (ERP/2026/4711 was on screen before, too).
    await waitFor(() =>
      expect(within(table).queryByRole('link', { name: 'FV/2026/000017' })).not.toBeInTheDocument(),
    );
    expect(within(table).getByRole('link', { name: 'ERP/2026/4711' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Number contains' })).toHaveValue('4711');

    await user.clear(screen.getByRole('textbox', { name: 'Number contains' }));
    await user.clear(screen.getByLabelText('From'));
    await user.clear(screen.getByLabelText('To'));
    await user.type(screen.getByRole('textbox', { name: 'Number contains' }), 'nothing');
    await user.click(screen.getByRole('button', { name: 'Filter' }));
    expect(await screen.findByText('No invoices match the filter.')).toBeInTheDocument();
  });

  it('shows an invoice with its numbered lines and the PDF', async () => {
    renderApp({
      mocks: [
        ...signedIn(),
        {
          request: { query: ShopInvoiceDocument, variables: { id: erpInvoice.id } },
          result: {
            data: {
              invoice: {
                ...erpInvoice,
                tickets: [],
                lines: [
                  {
                    __typename: 'InvoiceLine',
                    lineNo: 2,
                    sku: relay.sku,
                    name: relay.name,
                    quantity: 100,
                    unitPrice: '12.40',
                    lineTotal: '1240.00',
                  },
                  {
                    __typename: 'InvoiceLine',
                    lineNo: 1,
                    sku: 'OLD-99',
                    name: 'Discontinued part',
                    quantity: 1,
                    unitPrice: '0.00',
                    lineTotal: '0.00',
                  },
                ],
              },
            },
          },
        },
      ],
      route: `/shop/invoices/${erpInvoice.id}`,
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Invoice ERP/2026/4711' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download PDF' })).toHaveAttribute(
      'href',
      erpInvoice.pdfUrl,
    );
    const rows = within(screen.getByRole('table', { name: 'Invoice lines' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/^1OLD-99Discontinued part/);
    expect(rows[2]).toHaveTextContent(/^2REL-FIN-24/);
    expect(rows[2]).toHaveTextContent('€1,240.00');
    expect(screen.getByRole('tab', { name: 'Invoices' })).toHaveAttribute('aria-selected', 'true');
  });
});

describe('OrdersPage', () => {
  it("lists the company's orders with their invoices and loads more", async () => {
    const user = userEvent.setup();
    const older = {
      ...order,
      id: 'o0000000-0000-4000-8000-000000000000',
      number: 'ZAM/2026/000041',
      reference: null,
      invoice: null,
    };
    renderApp({
      mocks: [
        ...signedIn(),
        {
          request: { query: ShopOrdersDocument, variables: { filter: null, first: 20 } },
          result: { data: { orders: connection('Order', [order], true) } },
        },
        {
          request: {
            query: ShopOrdersDocument,
            variables: { filter: null, first: 20, after: `c-${order.id}` },
          },
          result: { data: { orders: connection('Order', [older]) } },
        },
      ],
      route: '/shop/orders',
    });

    const table = await screen.findByRole('table', { name: 'Orders' });
    const row = within(table).getByRole('link', { name: 'ZAM/2026/000042' }).closest('tr')!;
    expect(row).toHaveTextContent('PO-7781');
    expect(row).toHaveTextContent('€77.80');
    expect(within(row).getByRole('link', { name: 'FV/2026/000017' })).toHaveAttribute(
      'href',
      `/shop/invoices/${order.invoice.id}`,
    );

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await within(table).findByRole('link', { name: 'ZAM/2026/000041' })).toHaveAttribute(
      'href',
      `/shop/orders/${older.id}`,
    );
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('shows an order without the thanks when opened from the list', async () => {
    renderApp({
      mocks: [
        ...signedIn(),
        {
          request: { query: ShopOrderDocument, variables: { id: order.id } },
          result: { data: { order: { ...order, tickets: [] } } },
        },
      ],
      route: `/shop/orders/${order.id}`,
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Order ZAM/2026/000042' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Thank you for your order')).not.toBeInTheDocument();
    const rows = within(screen.getByRole('table', { name: 'Order lines' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(psu.sku);
    expect(rows[1]).toHaveTextContent('€77.80');
  });

  it("says when an order does not exist (or is another company's)", async () => {
    renderApp({
      mocks: [
        ...signedIn(),
        {
          request: { query: ShopOrderDocument, variables: { id: 'nope' } },
          result: graphqlError('Order not found.', { code: 'NOT_FOUND' }),
        },
      ],
      route: '/shop/orders/nope',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Order not found' }),
    ).toBeInTheDocument();
  });
});
