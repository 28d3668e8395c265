import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { agentViewer, graphqlError, portalFooterMock, viewerMock } from '../../../../../test/mocks';
import { renderApp } from '../../../../../test/render';
import {
  AssignInvoiceDocument,
  ConfirmCompanyTaxIdDocument,
  UnmatchedInvoicesDocument,
  type UnmatchedInvoiceFieldsFragment,
} from '../../../../gql/graphql';

const ROUTE = '/staff/unmatched-documents';
const DUNA = {
  __typename: 'Company' as const,
  id: 'c-duna',
  name: 'Duna Elektro Kft.',
  taxIdConfirmed: false,
};

function invoice(overrides: Partial<UnmatchedInvoiceFieldsFragment> = {}) {
  return {
    __typename: 'Invoice' as const,
    id: 'inv-1',
    number: 'ERP/2026/0001',
    issuedAt: '2026-03-02T10:00:00.000Z',
    total: '1250.00',
    currency: 'EUR',
    match: 'TAX_ID_NOT_CONFIRMED' as const,
    buyerCountry: 'HU',
    buyerTaxId: '12892312',
    buyerCompany: DUNA as UnmatchedInvoiceFieldsFragment['buyerCompany'],
    ...overrides,
  };
}

const unknown = invoice({
  id: 'inv-2',
  number: 'ERP/2026/0002',
  match: 'UNKNOWN_BUYER',
  buyerCountry: 'PL',
  buyerTaxId: '5260001246',
  buyerCompany: null,
});

function listMock(
  invoices: ReturnType<typeof invoice>[],
  page: { after?: string; hasNextPage?: boolean; endCursor?: string | null } = {},
): MockLink.MockedResponse {
  const variables: Record<string, unknown> = { first: 20 };
  if (page.after) variables.after = page.after;
  return {
    request: { query: UnmatchedInvoicesDocument, variables },
    result: {
      data: {
        unmatchedInvoices: {
          __typename: 'InvoiceConnection',
          edges: invoices.map((node) => ({ __typename: 'InvoiceEdge', node })),
          pageInfo: {
            __typename: 'PageInfo',
            hasNextPage: page.hasNextPage ?? false,
            endCursor: page.endCursor ?? null,
          },
        },
      },
    },
  };
}

function open(mocks: MockLink.MockedResponse[]) {
  renderApp({ mocks: [portalFooterMock, viewerMock(agentViewer), ...mocks], route: ROUTE });
}

const table = () => screen.getByRole('table', { name: 'Unmatched documents' });
const rowOf = (number: string) => within(table()).getByRole('row', { name: new RegExp(number) });

describe('staff: unmatched documents', () => {
  it('lists the waiting invoices with buyer, reason and registered company, and loads more', async () => {
    const user = userEvent.setup();
    open([
      listMock([invoice()], { hasNextPage: true, endCursor: 'cur-1' }),
      listMock([unknown], { after: 'cur-1' }),
    ]);

    await screen.findByRole('heading', { level: 1, name: 'Unmatched documents' });
    const first = await screen.findByRole('row', { name: /ERP\/2026\/0001/ });
    expect(first).toHaveTextContent('Hungary');
    expect(first).toHaveTextContent('12892312');
    expect(first).toHaveTextContent('Tax ID not confirmed');
    expect(first).toHaveTextContent('Duna Elektro Kft.');
    expect(
      within(first).getByRole('button', { name: 'Confirm tax ID of Duna Elektro Kft.' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    const second = await screen.findByRole('row', { name: /ERP\/2026\/0002/ });
    expect(second).toHaveTextContent('Unknown buyer');
    expect(second).toHaveTextContent('None registered');
    expect(
      within(second).queryByRole('button', { name: /Confirm tax ID/ }),
    ).not.toBeInTheDocument();
    expect(
      within(second).getByRole('button', { name: 'Assign to company… ERP/2026/0002' }),
    ).toBeInTheDocument();
  });

  it('says when nothing waits', async () => {
    open([listMock([])]);
    expect(
      await screen.findByText(
        'No documents are waiting: every imported invoice has reached its company.',
      ),
    ).toBeInTheDocument();
  });

  it('confirms a company tax ID after asking, and reloads the list', async () => {
    const user = userEvent.setup();
    open([
      listMock([invoice(), unknown]),
      {
        request: { query: ConfirmCompanyTaxIdDocument, variables: { companyId: 'c-duna' } },
        result: {
          data: {
            confirmCompanyTaxId: {
              __typename: 'Company',
              id: 'c-duna',
              taxIdConfirmed: true,
              taxIdConfirmedAt: '2026-03-03T10:00:00.000Z',
            },
          },
        },
      },
      listMock([unknown]),
    ]);

    await screen.findByRole('row', { name: /ERP\/2026\/0001/ });
    await user.click(
      within(rowOf('ERP/2026/0001')).getByRole('button', {
        name: 'Confirm tax ID of Duna Elektro Kft.',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Confirm the tax ID?' });
    expect(dialog).toHaveTextContent('12892312 (Hungary) is the tax ID of Duna Elektro Kft.');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm tax ID' }));

    expect(
      await screen.findByText(
        'The tax ID of Duna Elektro Kft. is confirmed; its waiting invoices moved to it.',
      ),
    ).toBeInTheDocument();
    // The reloaded list: the confirmed company's invoice has gone (it was there before, as
    // ERP/2026/0002 was, so wait for the state, not for a row that never left).
    await waitFor(() =>
      expect(within(table()).queryByText('ERP/2026/0001')).not.toBeInTheDocument(),
    );
    expect(within(table()).getByText('ERP/2026/0002')).toBeInTheDocument();
  });

  it('assigns one invoice to a pasted company ID, and says so when it already belongs elsewhere', async () => {
    const user = userEvent.setup();
    open([
      listMock([unknown]),
      {
        request: {
          query: AssignInvoiceDocument,
          variables: { invoiceId: 'inv-2', companyId: 'c-other' },
        },
        result: graphqlError('The invoice belongs to another company.', { code: 'CONFLICT' }),
      },
      {
        request: {
          query: AssignInvoiceDocument,
          variables: { invoiceId: 'inv-2', companyId: 'c-volt' },
        },
        result: {
          data: { assignInvoice: { __typename: 'Invoice', id: 'inv-2', match: 'ASSIGNED' } },
        },
      },
      listMock([]),
    ]);

    await screen.findByRole('row', { name: /ERP\/2026\/0002/ });
    await user.click(screen.getByRole('button', { name: 'Assign to company… ERP/2026/0002' }));
    const dialog = await screen.findByRole('dialog', { name: 'Assign invoice ERP/2026/0002' });
    await user.click(within(dialog).getByRole('button', { name: 'Assign' }));
    const id = within(dialog).getByRole('textbox', { name: 'Company ID' });
    expect(id).toHaveAccessibleDescription(/Enter the company's ID\./);

    await user.type(id, 'c-other');
    await user.click(within(dialog).getByRole('button', { name: 'Assign' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This invoice already belongs to another company.',
    );

    await user.clear(id);
    await user.type(id, 'c-volt');
    await user.click(within(dialog).getByRole('button', { name: 'Assign' }));
    expect(
      await screen.findByText('Invoice ERP/2026/0002 now belongs to the company.'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        'No documents are waiting: every imported invoice has reached its company.',
      ),
    ).toBeInTheDocument();
  });

  it('offers the company registered under the tax ID in the assign dialog', async () => {
    const user = userEvent.setup();
    open([listMock([invoice()])]);
    await screen.findByRole('row', { name: /ERP\/2026\/0001/ });
    await user.click(screen.getByRole('button', { name: 'Assign to company… ERP/2026/0001' }));
    const dialog = await screen.findByRole('dialog', { name: 'Assign invoice ERP/2026/0001' });
    await user.click(within(dialog).getByRole('button', { name: 'Use Duna Elektro Kft.' }));
    expect(within(dialog).getByRole('textbox', { name: 'Company ID' })).toHaveValue('c-duna');
  });

  it('shows one card per invoice with its actions on a phone', async () => {
    const original = window.matchMedia;
    window.matchMedia = (query: string) => ({ ...original(query), matches: true });
    try {
      open([listMock([invoice(), unknown])]);
      const cards = await screen.findByRole('list', { name: 'Unmatched documents' });
      const items = within(cards).getAllByRole('listitem');
      expect(items).toHaveLength(2);
      expect(items[0]).toHaveTextContent('Tax ID not confirmed');
      expect(
        within(items[0]!).getByRole('button', { name: 'Confirm tax ID of Duna Elektro Kft.' }),
      ).toBeInTheDocument();
      expect(
        within(items[1]!).getByRole('button', { name: 'Assign to company… ERP/2026/0002' }),
      ).toBeInTheDocument();
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
    } finally {
      window.matchMedia = original;
    }
  });

  it('is linked from the staff area', async () => {
    renderApp({ mocks: [portalFooterMock, viewerMock(agentViewer)], route: '/staff' });
    expect(await screen.findByRole('link', { name: 'Open unmatched documents' })).toHaveAttribute(
      'href',
      ROUTE,
    );
  });
});
