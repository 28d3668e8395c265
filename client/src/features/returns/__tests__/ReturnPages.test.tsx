import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { adminViewer, portalFooterMock, viewerMock } from '../../../../test/mocks';
import { renderApp } from '../../../../test/render';
import { userOnHeldClock } from '../../../../test/typing';
import { CommentOnReturnDocument, ReturnRequestsDocument } from '../../../gql/graphql';
import {
  returnEvent,
  returnItem,
  returnRequest,
  returnRequestMock,
  returnTicketsMock,
} from './fixtures';

const row = (rma: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'ReturnRequestEdge' as const,
  cursor: `c-${rma}`,
  node: {
    __typename: 'ReturnRequest' as const,
    id: `id-${rma}`,
    rmaNumber: rma,
    kind: 'RETURN',
    status: 'SUBMITTED',
    createdAt: '2026-03-02T10:00:00.000Z',
    closedAt: null,
    company: {
      __typename: 'Company' as const,
      id: 'c0000000-0000-4000-8000-000000000001',
      name: 'Kamera Serwis Sp. z o.o.',
      taxId: '5260250274',
      contracted: true,
    },
    items: [
      { __typename: 'ReturnItem' as const, id: `${rma}-1`, quantity: 1 },
      { __typename: 'ReturnItem' as const, id: `${rma}-2`, quantity: 4 },
    ],
    ...overrides,
  },
});

const page = (edges: unknown[], endCursor: string | null, hasNextPage: boolean) => ({
  data: {
    returnRequests: {
      __typename: 'ReturnRequestConnection',
      edges,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
    },
  },
});

describe('the returns list', () => {
  it('lists the returns, filters by status and loads more', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        portalFooterMock,
        viewerMock(adminViewer),
        {
          request: { query: ReturnRequestsDocument, variables: { filter: {}, first: 20 } },
          result: page(
            [
              row('RMA-2026-000002'),
              row('RMA-2026-000001', { kind: 'SERVICE', status: 'AUTHORIZED' }),
            ],
            'c-RMA-2026-000001',
            true,
          ),
        },
        {
          request: {
            query: ReturnRequestsDocument,
            variables: { filter: {}, first: 20, after: 'c-RMA-2026-000001' },
          },
          result: page(
            [row('RMA-2025-000099', { status: 'CLOSED', closedAt: '2026-01-01T00:00:00Z' })],
            'c-RMA-2025-000099',
            false,
          ),
        },
        {
          request: {
            query: ReturnRequestsDocument,
            variables: { filter: { statuses: ['CLOSED'] }, first: 20 },
          },
          result: page([], null, false),
        },
      ],
      route: '/returns',
    });

    const table = await screen.findByRole('table', { name: 'Returns and service requests' });
    expect(screen.getByRole('link', { name: 'New return' })).toHaveAttribute(
      'href',
      '/returns/new',
    );
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['RMA number', 'Type', 'Status', 'Created', 'Products']);
    expect(within(rows[1]!).getByRole('link', { name: 'RMA-2026-000002' })).toHaveAttribute(
      'href',
      '/returns/RMA-2026-000002',
    );
    expect(rows[1]).toHaveTextContent('Return of goods');
    expect(rows[1]).toHaveTextContent('Submitted');
    expect(rows[1]).toHaveTextContent('Mar 2, 2026');
    expect(within(rows[1]!).getAllByRole('cell').at(-1)).toHaveTextContent('2');
    expect(rows[2]).toHaveTextContent('Service request');
    expect(rows[2]).toHaveTextContent('Authorized');

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await within(table).findByRole('link', { name: 'RMA-2025-000099' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Closed');
    expect(await screen.findByText('No returns with this status.')).toBeInTheDocument();
  });
});

describe('searching the returns', () => {
  const asking = (asked: unknown[], rows: (filter: { search?: string }) => unknown[]) => ({
    request: {
      query: ReturnRequestsDocument,
      variables: (v: Record<string, unknown>) => {
        asked.push(v.filter);
        return true;
      },
    },
    result: (v: Record<string, unknown>) =>
      page(rows(v.filter as { search?: string }), null, false),
    maxUsageCount: Number.POSITIVE_INFINITY,
  });

  it('finds returns by a part of a number once the typing stops, and says when none match', async () => {
    const user = userOnHeldClock();
    const asked: unknown[] = [];
    renderApp({
      mocks: [
        portalFooterMock,
        viewerMock(adminViewer),
        asking(asked, (f) =>
          !f.search
            ? [row('RMA-2026-000002'), row('RMA-2026-000001')]
            : f.search === 'fv 2026 001142'
              ? [row('RMA-2026-000001')]
              : [],
        ),
      ],
      route: '/returns',
    });
    const table = await screen.findByRole('table', { name: 'Returns and service requests' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    const box = screen.getByRole('searchbox', { name: 'Search returns' });

    // Two characters are not searched; the whole number, once, after the typing stopped.
    await user.type(box, 'fv');
    await user.type(box, ' 2026 001142');
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'RMA-2026-000002' })).not.toBeInTheDocument(),
    );
    expect(await screen.findByRole('link', { name: 'RMA-2026-000001' })).toBeInTheDocument();
    expect(asked).toEqual([{}, { search: 'fv 2026 001142' }]);

    await user.clear(box);
    await user.type(box, 'KOR/9999');
    expect(
      await screen.findByText(
        'No return matches “KOR/9999”. Check the number, or search for a part of it.',
      ),
    ).toBeInTheDocument();
  });

  it('keeps the search and the status in the address', async () => {
    const asked: unknown[] = [];
    renderApp({
      mocks: [portalFooterMock, viewerMock(adminViewer), asking(asked, () => [row('RMA-2026-7')])],
      route: '/returns?q=SN-77&status=CLOSED',
    });
    expect(await screen.findByRole('link', { name: 'RMA-2026-7' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search returns' })).toHaveValue('SN-77');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('CLOSED');
    expect(asked).toEqual([{ statuses: ['CLOSED'], search: 'SN-77' }]);
  });
});

describe('a return', () => {
  it('shows where it stands, what happens next, the products and the history with comments', async () => {
    const user = userEvent.setup();
    const request = returnRequest({
      rmaNumber: 'RMA-2026-000042',
      status: 'PARTIALLY_AUTHORIZED',
      returnAddress: 'Volt Distribution\nul. Przemysłowa 12',
      items: [
        returnItem({ status: 'AUTHORIZED' }),
        returnItem({
          id: 'ri-2',
          sku: 'PSU-12V',
          name: 'Power supply 12 V',
          status: 'DENIED',
          decisionNote: 'Bought more than two years ago.',
          conditions: { ...returnItem().conditions, undamaged: false },
          meetsConditions: false,
        }),
      ],
      events: [
        returnEvent(),
        returnEvent({
          id: 'e2',
          type: 'COMMENT',
          actorType: 'STAFF',
          actorName: 'Olena Shevchenko',
          note: 'Please add the power cable.',
          statusAfter: 'SUBMITTED',
          createdAt: '2026-03-02T12:00:00.000Z',
        }),
        returnEvent({
          id: 'e3',
          type: 'AUTHORIZED',
          actorType: 'STAFF',
          actorName: 'Olena Shevchenko',
          statusAfter: 'PARTIALLY_AUTHORIZED',
          createdAt: '2026-03-03T08:00:00.000Z',
        }),
      ],
    });
    const commented = {
      ...request,
      events: [
        ...request.events,
        returnEvent({
          id: 'e4',
          type: 'COMMENT',
          note: 'The cable is in the box.',
          statusAfter: 'PARTIALLY_AUTHORIZED',
          createdAt: '2026-03-03T09:00:00.000Z',
        }),
      ],
    };
    renderApp({
      mocks: [
        portalFooterMock,
        viewerMock(adminViewer),
        returnRequestMock(request),
        returnTicketsMock(request),
        {
          request: {
            query: CommentOnReturnDocument,
            variables: { input: { returnRequestId: request.id, body: 'The cable is in the box.' } },
          },
          result: { data: { commentOnReturn: commented } },
        },
      ],
      route: '/returns/RMA-2026-000042',
    });

    await screen.findByRole('heading', { level: 1, name: 'RMA-2026-000042' });
    expect(screen.getByText('Partly authorized')).toBeInTheDocument();
    const next = screen.getByRole('region', { name: 'What happens next' });
    expect(next).toHaveTextContent('Send the parcel');
    expect(within(next).getByRole('link', { name: 'Download the label (PDF)' })).toHaveAttribute(
      'href',
      '/returns/RMA-2026-000042/label.pdf',
    );

    const items = screen.getByRole('table', { name: 'Products' });
    const [, camera, psu] = within(items).getAllByRole('row');
    expect(camera).toHaveTextContent('IP camera 4K');
    expect(camera).toHaveTextContent('Meets all return conditions');
    expect(camera).toHaveTextContent('Authorized');
    expect(psu).toHaveTextContent('Does not meet: Undamaged');
    expect(psu).toHaveTextContent('Denied');
    expect(psu).toHaveTextContent('Bought more than two years ago.');
    expect(screen.getByText(/ul\. Przemysłowa 12/)).toBeInTheDocument();

    const history = screen.getByRole('region', { name: 'History' });
    expect(within(history).getByText('Please add the power cable.')).toBeInTheDocument();
    expect(within(history).getAllByText(/Olena Shevchenko \(seller\)/)).toHaveLength(2);
    expect(within(history).getByText('Authorized by the seller')).toBeInTheDocument();

    const box = within(history).getByRole('textbox', { name: 'Add a comment' });
    await user.click(within(history).getByRole('button', { name: 'Send comment' }));
    expect(box).toHaveAccessibleDescription(expect.stringContaining('Write the comment first.'));
    await user.type(box, 'The cable is in the box.');
    await user.click(within(history).getByRole('button', { name: 'Send comment' }));
    expect(await within(history).findByText('The cable is in the box.')).toBeInTheDocument();
    await waitFor(() => expect(box).toHaveValue(''));
  });

  it('takes no comment and no photo once the return is closed', async () => {
    const closed = returnRequest({
      rmaNumber: 'RMA-2026-000043',
      status: 'CLOSED',
      closedAt: '2026-03-05T10:00:00.000Z',
      items: [returnItem({ status: 'APPROVED' })],
    });
    renderApp({
      mocks: [
        portalFooterMock,
        viewerMock(adminViewer),
        returnRequestMock(closed),
        returnTicketsMock(closed),
      ],
      route: '/returns/RMA-2026-000043',
    });

    await screen.findByRole('heading', { level: 1, name: 'RMA-2026-000043' });
    const history = screen.getByRole('region', { name: 'History' });
    expect(within(history).getByText('This return is closed.')).toBeInTheDocument();
    expect(within(history).queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '+ Add photo' })).not.toBeInTheDocument();
  });

  it('offers a comment and photos while the return is open', async () => {
    const open = returnRequest({ rmaNumber: 'RMA-2026-000044' });
    renderApp({
      mocks: [
        portalFooterMock,
        viewerMock(adminViewer),
        returnRequestMock(open),
        returnTicketsMock(open),
      ],
      route: '/returns/RMA-2026-000044',
    });

    await screen.findByRole('heading', { level: 1, name: 'RMA-2026-000044' });
    const history = screen.getByRole('region', { name: 'History' });
    expect(within(history).getByRole('textbox')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: '+ Add photo' }).length).toBeGreaterThan(0);
    expect(screen.queryByText('This return is closed.')).not.toBeInTheDocument();
  });

  it('says so when there is no such return', async () => {
    renderApp({
      mocks: [
        portalFooterMock,
        viewerMock(adminViewer),
        {
          request: {
            query: returnRequestMock(returnRequest()).request.query,
            variables: { rmaNumber: 'RMA-2026-999999' },
          },
          result: {
            data: null,
            errors: [{ message: 'Return not found.', extensions: { code: 'NOT_FOUND' } }],
          },
        },
      ],
      route: '/returns/RMA-2026-999999',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Return not found' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'There is no return RMA-2026-999999 for your account. Check the RMA number.',
      ),
    ).toBeInTheDocument();
  });
});
