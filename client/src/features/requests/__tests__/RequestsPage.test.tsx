import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../../test/render';
import { userOnHeldClock } from '../../../../test/typing';
import { TicketsDocument } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { customer, listed, peter, ticket, ticketsMock } from './fixtures';

const damaged = ticket();
const waiting = ticket({
  id: 'ti000000-0000-4000-8000-000000000013',
  key: 'TA-4',
  portalKey: 'TECHNICAL_ASSISTANCE',
  status: 'WAITING_FOR_CUSTOMER',
  subject: 'Is SSD-SAM-0100 compatible with our servers?',
  requestType: {
    __typename: 'RequestType',
    id: 't-compat',
    name: 'Compatibility',
    fullName: 'Product question › Compatibility',
  },
  lastActivityAt: new Date(Date.now() - 5 * 60_000).toISOString(),
});
const resolved = ticket({
  id: 'ti000000-0000-4000-8000-000000000009',
  key: 'CS-9',
  status: 'RESOLVED',
  subject: 'Invoice FV/2026/0042 shows the wrong VAT rate',
  requestType: {
    __typename: 'RequestType',
    id: 't-invoice',
    name: 'Invoice correction',
    fullName: 'Invoicing › Invoice correction',
  },
  lastActivityAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
});

const OPEN = ['WAITING_FOR_SUPPORT', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER'] as const;
const table = () => screen.findByRole('table', { name: 'Requests' });

describe('RequestsPage', () => {
  it('lists open requests by default (no statuses in the query), with what a row needs', async () => {
    renderApp({
      mocks: [...customer(), ticketsMock({ scope: 'MINE' }, [listed(waiting), listed(damaged)])],
      route: '/requests',
    });

    const rows = within(await table()).getAllByRole('row');
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Key', 'Subject', 'Status', 'Request type', 'Reporter', 'Last activity']);
    expect(within(rows[1]!).getByRole('link', { name: 'TA-4' })).toHaveAttribute(
      'href',
      '/requests/TA-4',
    );
    expect(rows[1]).toHaveTextContent('Is SSD-SAM-0100 compatible with our servers?');
    expect(rows[1]).toHaveTextContent('Waiting for customer');
    expect(rows[1]).toHaveTextContent('Compatibility');
    expect(rows[1]).toHaveTextContent('Technical assistance');
    expect(rows[1]).toHaveTextContent('Anna Kowalska');
    expect(rows[1]).toHaveTextContent('5 minutes ago');
    // The exact moment is the tooltip of the relative one, worded on hover.
    const time = within(rows[1]!).getByText('5 minutes ago');
    expect(time).toHaveAttribute('datetime', waiting.lastActivityAt);
    expect(time).not.toHaveAttribute('title');
    await userEvent.hover(time);
    expect(time).toHaveAttribute('title', formatDateTime(waiting.lastActivityAt, 'en'));
    expect(rows[2]).toHaveTextContent('CS-12');
    expect(rows[2]).toHaveTextContent('Waiting for support');
    expect(rows[2]).toHaveTextContent('Damaged parcel');
    expect(rows[2]).toHaveTextContent('2 hours ago');

    expect(screen.getByRole('button', { name: 'Status: Open' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Mine' })).toBeChecked();
    expect(screen.getByRole('link', { name: 'New request' })).toHaveAttribute(
      'href',
      '/requests/new',
    );
  });

  it('adds statuses to the query with the Status filter', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        ...customer(),
        ticketsMock({ scope: 'MINE' }, [listed(damaged)]),
        ticketsMock({ scope: 'MINE', statuses: [...OPEN, 'RESOLVED'] }, [
          listed(damaged),
          listed(resolved),
        ]),
      ],
      route: '/requests',
    });
    await table();

    await user.click(screen.getByRole('button', { name: 'Status: Open' }));
    const group = await screen.findByRole('group', { name: 'Status' });
    for (const open of ['Waiting for support', 'In progress', 'Waiting for customer']) {
      expect(within(group).getByRole('checkbox', { name: open })).toBeChecked();
    }
    expect(within(group).getByRole('checkbox', { name: 'Closed' })).not.toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'Canceled' })).not.toBeChecked();
    await user.click(within(group).getByRole('checkbox', { name: 'Resolved' }));

    expect(await screen.findByRole('link', { name: 'CS-9' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Status: 4 selected' })).toBeInTheDocument();
  });

  it('sends the search (debounced) with the key, subject or description words', async () => {
    const user = userOnHeldClock();
    const asked: unknown[] = [];
    renderApp({
      mocks: [
        ...customer(),
        ticketsMock({ scope: 'MINE' }, [listed(damaged), listed(waiting)]),
        {
          request: {
            query: TicketsDocument,
            variables: (v: Record<string, unknown>) => {
              asked.push(v.filter);
              return true;
            },
          },
          result: {
            data: {
              tickets: {
                __typename: 'TicketConnection',
                edges: [{ __typename: 'TicketEdge', cursor: 'c0', node: listed(resolved) }],
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              },
            },
          },
        },
      ],
      route: '/requests',
    });
    await table();

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'ZAM/2026');
    expect(await screen.findByRole('link', { name: 'CS-9' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'TA-4' })).not.toBeInTheDocument();
    // One request for the whole word, after the typing stopped.
    expect(asked).toEqual([{ scope: 'MINE', search: 'ZAM/2026' }]);
  });

  it('explains an empty list and offers resolved and closed ones', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        ...customer(),
        ticketsMock({ scope: 'MINE' }, []),
        ticketsMock(
          {
            scope: 'MINE',
            statuses: [...OPEN, 'RESOLVED', 'CLOSED', 'CANCELED'],
          },
          [listed(resolved)],
        ),
      ],
      route: '/requests',
    });

    expect(await screen.findByText('No open requests.')).toBeInTheDocument();
    expect(screen.getByText(/Show resolved and closed ones\?/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show resolved and closed ones' }));
    expect(await screen.findByRole('link', { name: 'CS-9' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Status: Any' })).toBeInTheDocument();
  });

  it('shows all of the company and loads more with the cursor', async () => {
    const user = userEvent.setup();
    const peters = ticket({
      id: 'ti000000-0000-4000-8000-000000000020',
      key: 'CS-20',
      subject: 'Inbound shipment ASN-7781 short by 2 pallets',
    });
    renderApp({
      mocks: [
        ...customer(),
        ticketsMock({ scope: 'MINE' }, [listed(damaged)]),
        ticketsMock({ scope: 'COMPANY' }, [listed(damaged)], {
          hasNextPage: true,
          endCursor: 'c0',
        }),
        ticketsMock({ scope: 'COMPANY' }, [{ ...listed(peters), reporter: peter }], {
          after: 'c0',
        }),
      ],
      route: '/requests',
    });
    await table();

    await user.click(screen.getByRole('radio', { name: 'All of my company' }));
    expect(
      await screen.findByText(
        'Every request of Volt Distribution Sp. z o.o., latest activity first.',
      ),
    ).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Load more' }));
    const row = (await screen.findByRole('link', { name: 'CS-20' })).closest('tr')!;
    expect(row).toHaveTextContent('Péter Nagy');
    expect(screen.getByRole('link', { name: 'CS-12' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });
});
