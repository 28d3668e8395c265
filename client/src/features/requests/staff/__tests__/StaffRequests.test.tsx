import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { agentViewer, graphqlError, portalFooterMock, viewerMock } from '../../../../../test/mocks';
import { renderApp } from '../../../../../test/render';
import {
  AgentsDocument,
  AssignTicketDocument,
  CompaniesDocument,
  ReplyToTicketDocument,
  ResolveTicketDocument,
  StaffTicketCustomerDocument,
  StaffTicketsDocument,
} from '../../../../gql/graphql';
import {
  comment,
  connection,
  inHours,
  listed,
  portalsMock,
  ticket,
  ticketMock,
} from '../../__tests__/fixtures';

const me = agentViewer.agent;
const gabor = {
  __typename: 'Agent' as const,
  id: 'a0000000-0000-4000-8000-000000000002',
  name: 'Gábor Support',
  email: 'gabor@seller.test',
};
const gaborRef = { __typename: 'Agent' as const, id: gabor.id, name: gabor.name };
const agentsMock = {
  request: { query: AgentsDocument },
  result: { data: { agents: [gabor, { ...me, __typename: 'Agent' as const }] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const staff = [portalFooterMock, viewerMock(agentViewer), portalsMock(), agentsMock];
const kamera = {
  __typename: 'Company' as const,
  id: 'c0000000-0000-4000-8000-000000000001',
  name: 'Kamera Serwis Sp. z o.o.',
  taxId: '5260250274',
  contracted: true,
};
const companiesMock = {
  request: { query: CompaniesDocument, variables: { search: 'kamera', first: 10 } },
  result: {
    data: {
      companies: {
        __typename: 'CompanyConnection',
        edges: [{ __typename: 'CompanyEdge', cursor: 'c1', node: kamera }],
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
      },
    },
  },
};

describe('staff request queue', () => {
  it('starts with unassigned open requests and filters by assignee, portal and age', async () => {
    const user = userEvent.setup();
    const open = ticket();
    const asked: unknown[] = [];
    renderApp({
      mocks: [
        ...staff,
        {
          request: {
            query: StaffTicketsDocument,
            variables: (v: Record<string, unknown>) => {
              asked.push(v.filter);
              return true;
            },
          },
          result: {
            data: connection([{ ...listed(open), assignee: null, sla: null, company: kamera }]),
          },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
      ],
      route: '/staff/requests',
    });

    const table = await screen.findByRole('table', { name: 'Request queue' });
    expect(within(table).getByRole('link', { name: 'CS-12' })).toHaveAttribute(
      'href',
      '/staff/requests/CS-12',
    );
    expect(screen.getByRole('radio', { name: 'Unassigned' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Me' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Support portal' }),
      'Technical assistance',
    );
    await user.type(screen.getByRole('textbox', { name: 'Older than (days)' }), '3');

    await waitFor(() =>
      expect(asked.at(-1)).toEqual({
        assignee: 'ME',
        portalKey: 'TECHNICAL_ASSISTANCE',
        olderThanDays: 3,
      }),
    );
    expect(asked[0]).toEqual({ assignee: 'UNASSIGNED' });
    expect(asked).toContainEqual({ assignee: 'ME' });
    expect(await screen.findByRole('table', { name: 'Request queue' })).toBeInTheDocument();

    // The service-level filter: breached requests only.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Service level' }), 'Breached');
    await waitFor(() =>
      expect(asked.at(-1)).toEqual({
        assignee: 'ME',
        portalKey: 'TECHNICAL_ASSISTANCE',
        olderThanDays: 3,
        sla: 'BREACHED',
      }),
    );
  });

  it("shows each request's company and filters by one picked by name", async () => {
    const user = userEvent.setup();
    const asked: unknown[] = [];
    renderApp({
      mocks: [
        ...staff,
        companiesMock,
        {
          request: {
            query: StaffTicketsDocument,
            variables: (v: Record<string, unknown>) => {
              asked.push(v.filter);
              return true;
            },
          },
          result: {
            data: connection([{ ...listed(ticket()), assignee: null, sla: null, company: kamera }]),
          },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
      ],
      route: '/staff/requests',
    });

    const table = await screen.findByRole('table', { name: 'Request queue' });
    expect(within(table).getByRole('columnheader', { name: 'Customer' })).toBeInTheDocument();
    const row = within(table).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent('Kamera Serwis Sp. z o.o.');
    expect(row).toHaveTextContent('Tax ID 5260250274');
    expect(row).toHaveTextContent('Contract customer');

    // The company by name: the type-ahead asks the server and offers the matches.
    await user.type(screen.getByPlaceholderText('Type a name or tax ID'), 'kamera');
    await user.click(await screen.findByRole('option', { name: /Kamera Serwis/ }));
    await waitFor(() =>
      expect(asked.at(-1)).toEqual({ assignee: 'UNASSIGNED', companyId: kamera.id }),
    );
    expect(screen.getByPlaceholderText('Type a name or tax ID')).toHaveValue(kamera.name);
  });
});

describe('staff request page', () => {
  it('adds an internal note (no status change), styled and labelled as internal', async () => {
    const user = userEvent.setup();
    const open = ticket({ status: 'IN_PROGRESS', assignee: gaborRef });
    const note = comment({
      id: 'cm-9',
      authorType: 'AGENT',
      authorName: me.name,
      body: 'Checked with the warehouse: pallet 7 was dropped at loading.',
      internal: true,
    });
    renderApp({
      mocks: [
        ...staff,
        ticketMock(open),
        {
          request: { query: StaffTicketCustomerDocument, variables: { key: open.key } },
          result: {
            data: { ticket: { __typename: 'Ticket' as const, id: open.id, company: kamera } },
          },
        },
        {
          request: {
            query: ReplyToTicketDocument,
            variables: {
              ticketId: open.id,
              body: note.body,
              internal: true,
              setStatus: null,
            },
          },
          result: { data: { replyToTicket: { ...open, comments: [note] } } },
        },
      ],
      route: '/staff/requests/CS-12',
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: open.subject }),
    ).toBeInTheDocument();
    // Who the customer is.
    const customer = await screen.findByRole('region', { name: 'Customer' });
    expect(customer).toHaveTextContent('Kamera Serwis Sp. z o.o.');
    expect(customer).toHaveTextContent('Tax ID: 5260250274');
    expect(customer).toHaveTextContent('Contract customer');
    expect(screen.getByRole('radio', { name: 'Keep: In progress' })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /Internal note \(staff only\)/ }));
    // An internal note never changes the status.
    expect(screen.getByRole('radio', { name: 'Waiting for customer' })).toBeDisabled();
    expect(screen.getByRole('heading', { level: 2, name: 'Internal note' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Note' }), note.body);
    await user.click(screen.getByRole('button', { name: 'Add internal note' }));

    expect(await screen.findByText('Internal note added.')).toBeInTheDocument();
    const items = within(screen.getByRole('region', { name: 'Conversation' })).getAllByRole(
      'listitem',
    );
    const added = items.at(-1)!;
    expect(added).toHaveTextContent(note.body);
    expect(within(added).getByText('Internal note')).toBeInTheDocument();
    expect(added.firstElementChild).toHaveAttribute('data-kind', 'internal');
    // The form is back to a public reply.
    expect(screen.getByRole('textbox', { name: 'Reply' })).toHaveValue('');
  });

  it('replies asking the customer, shows the auto-resolve date, assigns and resolves', async () => {
    const user = userEvent.setup();
    const autoResolveAt = inHours(96);
    const open = ticket();
    const asking = comment({
      id: 'cm-10',
      authorType: 'AGENT',
      authorName: me.name,
      body: 'Which boxes were damaged?',
      statusChange: 'WAITING_FOR_CUSTOMER',
    });
    const waiting = {
      ...open,
      status: 'WAITING_FOR_CUSTOMER' as const,
      autoResolveAt,
      comments: [asking],
    };
    renderApp({
      mocks: [
        ...staff,
        ticketMock(open),
        {
          request: {
            query: ReplyToTicketDocument,
            variables: {
              ticketId: open.id,
              body: 'Which boxes were damaged?',
              internal: false,
              setStatus: 'WAITING_FOR_CUSTOMER',
            },
          },
          result: { data: { replyToTicket: waiting } },
        },
        {
          request: {
            query: AssignTicketDocument,
            variables: { ticketId: open.id, agentId: gabor.id, note: 'You know this customer.' },
          },
          result: { data: { assignTicket: { ...waiting, assignee: gaborRef } } },
        },
        {
          request: {
            query: ResolveTicketDocument,
            variables: { ticketId: open.id, comment: null },
          },
          result: graphqlError('A request that is CLOSED cannot take this step.', {
            code: 'TICKET_CLOSED',
          }),
        },
        ticketMock({ ...waiting, status: 'CLOSED', autoResolveAt: null }),
      ],
      route: '/staff/requests/CS-12',
    });

    await user.type(
      await screen.findByRole('textbox', { name: 'Reply' }),
      'Which boxes were damaged?',
    );
    await user.click(screen.getByRole('radio', { name: 'Waiting for customer' }));
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(
      await screen.findByText(
        'Reply sent; the customer got an email. Status: Waiting for customer.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Waiting for the customer')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Assign to' }), gabor.name);
    await user.type(
      screen.getByRole('textbox', { name: /Note for the colleague/ }),
      'You know this customer.',
    );
    await user.click(screen.getByRole('button', { name: 'Assign' }));
    expect(await screen.findByText('Assigned to Gábor Support.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Resolve…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Resolve the request' });
    await user.click(within(dialog).getByRole('button', { name: 'Resolve' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The request is closed');
    expect(alert).toHaveTextContent(
      'This request is closed and cannot be changed or reopened. Raise a new request instead.',
    );
    // The page shows where the request stands now: closed, no more steps.
    expect(
      await screen.findByText('Final: nobody can change or reopen it, staff included.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send reply' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Resolve…' })).not.toBeInTheDocument();
  });
});
