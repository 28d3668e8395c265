import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { agentViewer, graphqlError, portalFooterMock, viewerMock } from '../../../../../test/mocks';
import { renderApp } from '../../../../../test/render';
import {
  AdvanceServiceStageDocument,
  AuthorizeReturnRequestDocument,
  CompaniesDocument,
  DenyReturnItemDocument,
  DenyReturnRequestDocument,
  ReturnRequestsDocument,
  type ReturnRequestFieldsFragment,
} from '../../../../gql/graphql';
import {
  returnEvent,
  returnItem,
  returnRequest,
  returnRequestMock,
} from '../../__tests__/fixtures';

const ROUTE = '/staff/returns/RMA-2026-000042';
const REQUEST_BUTTONS = ['Authorize', 'Deny', 'Mark as received', 'Close return'];
const ITEM_BUTTONS = [/^Approve /, /^Reject /, /^Move to:/, /^Authorize .+/, /^Deny .+/];

function open(request: ReturnRequestFieldsFragment, more: Parameters<typeof renderApp>[0] = {}) {
  return renderApp({
    mocks: [
      portalFooterMock,
      viewerMock(agentViewer),
      returnRequestMock(request, 2),
      ...(more.mocks ?? []),
    ],
    route: ROUTE,
  });
}

/** The step buttons on the page, request-level and per product. */
async function shownButtons() {
  await screen.findByRole('heading', { level: 2, name: 'Next steps' });
  const all = screen
    .getAllByRole('button')
    .map((b) => b.getAttribute('aria-label') ?? b.textContent ?? '');
  return [
    ...REQUEST_BUTTONS.filter((name) => all.includes(name)),
    ...all.filter((name) => ITEM_BUTTONS.some((re) => re.test(name))),
  ];
}

describe('staff: one return', () => {
  it.each([
    [
      'SUBMITTED',
      'RETURN',
      [returnItem({ status: 'PENDING' })],
      ['Authorize', 'Deny', 'Authorize IP camera 4K', 'Deny IP camera 4K'],
    ],
    ['AUTHORIZED', 'RETURN', [returnItem({ status: 'AUTHORIZED' })], ['Mark as received']],
    [
      'PARTIALLY_AUTHORIZED',
      'RETURN',
      [returnItem({ status: 'AUTHORIZED' }), returnItem({ id: 'ri-2', status: 'DENIED' })],
      ['Mark as received'],
    ],
    [
      'RECEIVED',
      'RETURN',
      [returnItem({ status: 'RECEIVED' })],
      ['Approve IP camera 4K', 'Reject IP camera 4K'],
    ],
    [
      'RECEIVED',
      'SERVICE',
      [returnItem({ status: 'RECEIVED', serviceStage: 'RECEIVED' })],
      ['Move to: Diagnosis'],
    ],
    [
      'APPROVED',
      'SERVICE',
      [returnItem({ status: 'APPROVED', resolution: 'REPAIR', serviceStage: 'REPAIR' })],
      ['Move to: Shipped back'],
    ],
    [
      'PARTIALLY_APPROVED',
      'RETURN',
      [
        returnItem({ status: 'APPROVED', resolution: 'REFUND' }),
        returnItem({ id: 'ri-2', status: 'REJECTED', resolution: 'SHIP_BACK' }),
      ],
      ['Close return'],
    ],
    ['DENIED', 'RETURN', [returnItem({ status: 'DENIED' })], ['Close return']],
  ] as const)('a %s %s offers only its legal next steps', async (status, kind, items, expected) => {
    open(returnRequest({ status, kind, items: [...items] }));
    expect(await shownButtons()).toEqual(expected);
  });

  it('offers nothing once closed', async () => {
    open(
      returnRequest({
        status: 'CLOSED',
        closedAt: '2026-03-10T10:00:00.000Z',
        items: [returnItem({ status: 'APPROVED', resolution: 'REFUND' })],
      }),
    );
    expect(await shownButtons()).toEqual([]);
    expect(
      screen.getByText('This return is closed: nothing more can be done.'),
    ).toBeInTheDocument();
  });

  it('denies only with a reason', async () => {
    const user = userEvent.setup();
    const request = returnRequest();
    const denied = returnRequest({
      status: 'DENIED',
      items: [returnItem({ status: 'DENIED' })],
      events: [
        returnEvent(),
        returnEvent({
          id: 'e2',
          type: 'DENIED',
          actorType: 'STAFF',
          actorName: 'Olena Shevchenko',
          note: 'Outside the return period.',
          statusAfter: 'DENIED',
        }),
      ],
    });
    open(request, {
      mocks: [
        {
          request: {
            query: DenyReturnRequestDocument,
            variables: { id: request.id, note: 'Outside the return period.' },
          },
          result: { data: { denyReturnRequest: denied } },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Deny' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deny RMA-2026-000042' });
    await user.click(within(dialog).getByRole('button', { name: 'Deny' }));
    const reason = within(dialog).getByRole('textbox', { name: 'Reason' });
    expect(reason).toHaveAccessibleDescription(
      expect.stringContaining('Say why the return is denied.'),
    );
    await user.type(reason, 'Outside the return period.');
    await user.click(within(dialog).getByRole('button', { name: 'Deny' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Denied. The customer was emailed.',
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await shownButtons()).toEqual(['Close return']);
    expect(screen.getByText('Outside the return period.')).toBeInTheDocument();
  });

  it('moves a service item through the workshop: the outcome decides it, tracking ships it back', async () => {
    const user = userEvent.setup();
    const request = returnRequest({
      kind: 'SERVICE',
      status: 'RECEIVED',
      items: [returnItem({ status: 'RECEIVED', serviceStage: 'RECEIVED' })],
    });
    const item = request.items[0]!;
    const inDiagnosis = { ...request, items: [{ ...item, serviceStage: 'DIAGNOSIS' as const }] };
    const repaired = {
      ...inDiagnosis,
      status: 'APPROVED' as const,
      items: [
        {
          ...inDiagnosis.items[0]!,
          status: 'APPROVED' as const,
          resolution: 'REPAIR' as const,
          serviceStage: 'REPAIR' as const,
        },
      ],
    };
    const shipped = {
      ...repaired,
      items: [
        {
          ...repaired.items[0]!,
          serviceStage: 'SHIPPED_BACK' as const,
          carrier: 'DHL',
          trackingNumber: 'JD014600',
        },
      ],
    };
    const stage = (s: string, result: unknown, extra: Record<string, unknown> = {}) => ({
      request: {
        query: AdvanceServiceStageDocument,
        variables: {
          itemId: item.id,
          stage: s,
          note: null,
          carrier: null,
          trackingNumber: null,
          ...extra,
        },
      },
      result: { data: { advanceServiceStage: result } },
    });
    open(request, {
      mocks: [
        stage('DIAGNOSIS', inDiagnosis),
        stage('REPAIR', repaired),
        stage('SHIPPED_BACK', shipped, { carrier: 'DHL', trackingNumber: 'JD014600' }),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Move to: Diagnosis' }));
    let dialog = await screen.findByRole('dialog', {
      name: 'Next stage for IP camera 4K: Diagnosis',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    // The three outcomes of a diagnosis; no approve or reject for a service item.
    await screen.findByRole('button', { name: 'Move to: Repair' });
    expect(await shownButtons()).toEqual([
      'Move to: Repair',
      'Move to: Replacement',
      'Move to: Not repairable',
    ]);
    await user.click(screen.getByRole('button', { name: 'Move to: Repair' }));
    dialog = await screen.findByRole('dialog', { name: 'Next stage for IP camera 4K: Repair' });
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));

    await user.click(await screen.findByRole('button', { name: 'Move to: Shipped back' }));
    dialog = await screen.findByRole('dialog', {
      name: 'Next stage for IP camera 4K: Shipped back',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(within(dialog).getByRole('textbox', { name: 'Carrier' })).toHaveAccessibleDescription(
      'Name the carrier.',
    );
    await user.type(within(dialog).getByRole('textbox', { name: 'Carrier' }), 'DHL');
    await user.type(within(dialog).getByRole('textbox', { name: 'Tracking number' }), 'JD014600');
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    // The notice of the previous move may still be up: wait for the row itself.
    const row = () =>
      within(screen.getByRole('table', { name: 'Products' })).getAllByRole('row')[1];
    await waitFor(() => expect(row()).toHaveTextContent('Stage: Shipped back'));
    expect(screen.getAllByText('Stage changed. The customer was emailed.')[0]).toBeInTheDocument();
    const rows = within(screen.getByRole('table', { name: 'Products' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Resolution: Repair');
    expect(rows[1]).toHaveTextContent('Shipped with DHL, tracking number JD014600');
  });

  it('authorizes and denies products one by one, and shows the customer', async () => {
    const user = userEvent.setup();
    const request = returnRequest({
      items: [returnItem(), returnItem({ id: 'ri-2', name: 'Power supply 12 V', sku: 'PSU-12V' })],
    });
    const denied = {
      ...request,
      status: 'SUBMITTED' as const,
      items: [
        request.items[0]!,
        { ...request.items[1]!, status: 'DENIED' as const, decisionNote: 'Not from us.' },
      ],
    };
    open(request, {
      mocks: [
        {
          request: {
            query: DenyReturnItemDocument,
            variables: { itemId: 'ri-2', note: 'Not from us.' },
          },
          result: { data: { denyReturnItem: denied } },
        },
      ],
    });
    const customer = await screen.findByRole('region', { name: 'Customer' });
    expect(customer).toHaveTextContent('Kamera Serwis Sp. z o.o.');
    expect(customer).toHaveTextContent('Tax ID: 5260250274');
    expect(customer).toHaveTextContent('Contract customer');
    await user.click(screen.getByRole('button', { name: 'Deny Power supply 12 V' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deny Power supply 12 V' });
    await user.click(within(dialog).getByRole('button', { name: 'Deny' }));
    expect(within(dialog).getByRole('textbox', { name: 'Reason' })).toHaveAccessibleDescription(
      expect.stringContaining('Say why the return is denied.'),
    );
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Not from us.');
    await user.click(within(dialog).getByRole('button', { name: 'Deny' }));
    expect(
      await screen.findByText('Product denied. The customer was emailed.'),
    ).toBeInTheDocument();
    expect(screen.getByText('“Not from us.”')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Authorize IP camera 4K' })).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Deny Power supply 12 V' }),
    ).not.toBeInTheDocument();
  });

  it('shows ILLEGAL_TRANSITION clearly and reloads the return', async () => {
    const user = userEvent.setup();
    const request = returnRequest();
    open(request, {
      mocks: [
        {
          request: {
            query: AuthorizeReturnRequestDocument,
            variables: { id: request.id, note: null },
          },
          result: graphqlError(
            'No item is PENDING: a return that is DENIED cannot be AUTHORIZED.',
            {
              code: 'ILLEGAL_TRANSITION',
            },
          ),
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Authorize' }));
    const dialog = await screen.findByRole('dialog', { name: 'Authorize RMA-2026-000042' });
    await user.click(within(dialog).getByRole('button', { name: 'Authorize' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This step is no longer possible');
    expect(alert).toHaveTextContent(
      'No item is PENDING: a return that is DENIED cannot be AUTHORIZED. The return has been reloaded',
    );
  });
});

describe('staff: the returns queue', () => {
  it('lists open returns by default and filters by status, kind, age, RMA and company', async () => {
    const user = userEvent.setup();
    const edge = (rma: string) => ({
      __typename: 'ReturnRequestEdge',
      cursor: rma,
      node: {
        __typename: 'ReturnRequest',
        id: rma,
        rmaNumber: rma,
        kind: 'RETURN',
        status: 'SUBMITTED',
        createdAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
        closedAt: null,
        company: {
          __typename: 'Company' as const,
          id: 'c0000000-0000-4000-8000-000000000001',
          name: 'Kamera Serwis Sp. z o.o.',
          taxId: '5260250274',
          contracted: true,
        },
        items: [{ __typename: 'ReturnItem', id: `${rma}-i`, quantity: 1 }],
      },
    });
    const result = (rma: string) => ({
      data: {
        returnRequests: {
          __typename: 'ReturnRequestConnection',
          edges: [edge(rma)],
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: rma },
        },
      },
    });
    renderApp({
      mocks: [
        portalFooterMock,
        viewerMock(agentViewer),
        {
          request: {
            query: ReturnRequestsDocument,
            variables: {
              filter: {
                statuses: [
                  'SUBMITTED',
                  'AUTHORIZED',
                  'PARTIALLY_AUTHORIZED',
                  'DENIED',
                  'RECEIVED',
                  'APPROVED',
                  'PARTIALLY_APPROVED',
                  'REJECTED',
                ],
              },
              first: 20,
            },
          },
          result: result('RMA-2026-000007'),
        },
        {
          request: {
            query: ReturnRequestsDocument,
            variables: {
              filter: {
                statuses: ['SUBMITTED'],
                kind: 'SERVICE',
                companyId: 'c0000000-0000-4000-8000-000000000001',
                olderThanDays: 2,
                rmaNumber: '0008',
              },
              first: 20,
            },
          },
          result: result('RMA-2026-000008'),
        },
        {
          request: { query: CompaniesDocument, variables: { search: 'kamera', first: 10 } },
          result: {
            data: {
              companies: {
                __typename: 'CompanyConnection',
                edges: [
                  {
                    __typename: 'CompanyEdge',
                    cursor: 'c1',
                    node: {
                      __typename: 'Company' as const,
                      id: 'c0000000-0000-4000-8000-000000000001',
                      name: 'Kamera Serwis Sp. z o.o.',
                      taxId: '5260250274',
                      contracted: true,
                    },
                  },
                ],
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
              },
            },
          },
        },
      ],
      route: '/staff/returns',
    });
    const table = await screen.findByRole('table', { name: 'Returns queue' });
    const link = within(table).getByRole('link', { name: 'RMA-2026-000007' });
    expect(link).toHaveAttribute('href', '/staff/returns/RMA-2026-000007');
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('3 d');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Submitted');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'Service request');
    await user.type(screen.getByRole('textbox', { name: 'RMA number contains' }), '0008');
    await user.type(screen.getByRole('textbox', { name: 'Older than (days)' }), '2');
    // The company by name: the type-ahead asks the server and offers the matches.
    await user.type(screen.getByPlaceholderText('Type a name or tax ID'), 'kamera');
    await user.click(await screen.findByRole('option', { name: /Kamera Serwis/ }));
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(await screen.findByRole('link', { name: 'RMA-2026-000008' })).toBeInTheDocument();
  });

  it('is linked from the staff area', async () => {
    renderApp({ mocks: [portalFooterMock, viewerMock(agentViewer)], route: '/staff' });
    expect(await screen.findByRole('link', { name: 'Open the returns queue' })).toHaveAttribute(
      'href',
      '/staff/returns',
    );
  });
});
