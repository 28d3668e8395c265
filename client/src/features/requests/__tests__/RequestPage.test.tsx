import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { adminViewer, graphqlError } from '../../../../test/mocks';
import { renderApp } from '../../../../test/render';
import {
  CancelTicketDocument,
  CommentOnTicketDocument,
  ReopenTicketDocument,
  RepresentativesDocument,
  ShareTicketDocument,
} from '../../../gql/graphql';
import {
  comment,
  customer,
  hoursAgo,
  inHours,
  peter,
  reporter,
  ticket,
  ticketMock,
} from './fixtures';
import { formatDateTime, formatDeadline } from '../../../lib/format';

const answer = comment({
  id: 'cm-1',
  authorType: 'AGENT',
  authorName: 'Gábor Support',
  body: 'Which boxes were damaged? Please send the delivery note number.',
  statusChange: 'WAITING_FOR_CUSTOMER',
  createdAt: hoursAgo(3),
});

const sidebar = () => screen.getByRole('complementary', { name: 'Request details' });

describe('RequestPage', () => {
  it('shows the conversation and, while waiting for the customer, the automatic resolve date', async () => {
    const user = userEvent.setup();
    const autoResolveAt = inHours(96);
    const waiting = ticket({
      status: 'WAITING_FOR_CUSTOMER',
      autoResolveAt,
      comments: [answer],
      attachments: [
        {
          __typename: 'Attachment',
          id: 'at-1',
          fileName: 'crushed-boxes.jpg',
          contentType: 'image/jpeg',
          size: 245_760,
          url: '/attachments/at-1',
          createdAt: hoursAgo(29),
        },
      ],
    });
    const answered = {
      ...waiting,
      status: 'WAITING_FOR_SUPPORT' as const,
      autoResolveAt: null,
      comments: [
        answer,
        comment({
          id: 'cm-2',
          authorType: 'CUSTOMER',
          authorName: 'Anna Kowalska',
          body: 'Boxes 2, 5 and 7; delivery note WZ/0311.',
          statusChange: 'WAITING_FOR_SUPPORT',
        }),
      ],
    };
    renderApp({
      mocks: [
        ...customer(),
        ticketMock(waiting),
        {
          request: {
            query: CommentOnTicketDocument,
            variables: { ticketId: waiting.id, body: 'Boxes 2, 5 and 7; delivery note WZ/0311.' },
          },
          result: { data: { commentOnTicket: answered } },
        },
      ],
      route: '/requests/CS-12',
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: waiting.subject }),
    ).toBeInTheDocument();
    expect(screen.getByText('Support is waiting for your answer')).toBeInTheDocument();
    expect(
      screen.getByText(
        `Answer below so that support can continue. Without an answer, this request will be resolved automatically on ${formatDeadline(autoResolveAt, 'en')}.`,
      ),
    ).toBeInTheDocument();
    expect(sidebar()).toHaveTextContent('Waiting for customer');
    expect(sidebar()).toHaveTextContent(
      `Without an answer, it will be resolved automatically on ${formatDateTime(autoResolveAt, 'en')}.`,
    );
    expect(sidebar()).toHaveTextContent('Delivery problem › Damaged parcel');
    expect(sidebar()).toHaveTextContent('Customer service');
    expect(sidebar()).toHaveTextContent('Anna Kowalska');
    expect(within(sidebar()).getByRole('link', { name: 'crushed-boxes.jpg' })).toHaveAttribute(
      'href',
      '/attachments/at-1',
    );
    expect(sidebar()).toHaveTextContent('240 kB');
    expect(within(sidebar()).getByRole('button', { name: '+ Attach a file' })).toBeInTheDocument();

    // The description first, then support's answer, marked as support.
    const items = within(screen.getByRole('region', { name: 'Conversation' })).getAllByRole(
      'listitem',
    );
    expect(items[0]).toHaveTextContent(waiting.description);
    expect(items[1]).toHaveTextContent('Gábor Support');
    expect(items[1]).toHaveTextContent('Support');
    expect(items[1]).toHaveTextContent('Status now:Waiting for customer');
    expect(screen.queryByRole('button', { name: 'Reopen' })).not.toBeInTheDocument();

    const box = screen.getByRole('textbox', { name: 'Your answer' });
    expect(box).toHaveAccessibleDescription('Sending it hands the request back to support.');
    await user.click(screen.getByRole('button', { name: 'Send answer' }));
    expect(box).toHaveAccessibleDescription(expect.stringContaining('Write your comment first.'));
    await user.type(box, 'Boxes 2, 5 and 7; delivery note WZ/0311.');
    await user.click(screen.getByRole('button', { name: 'Send answer' }));

    expect(
      await screen.findByText('Thank you. The request is back with support.'),
    ).toBeInTheDocument();
    expect(sidebar()).toHaveTextContent('Waiting for support');
    expect(screen.queryByText('Support is waiting for your answer')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Add a comment' })).toHaveValue('');
  });

  it('offers Reopen with a required comment on a resolved request, until it closes', async () => {
    const user = userEvent.setup();
    const autoCloseAt = inHours(100);
    const resolved = ticket({
      status: 'RESOLVED',
      resolvedAt: hoursAgo(1),
      autoCloseAt,
      comments: [
        comment({
          id: 'cm-3',
          authorType: 'AGENT',
          authorName: 'Gábor Support',
          body: 'A credit note for the three boxes is on its way.',
          statusChange: 'RESOLVED',
        }),
      ],
    });
    renderApp({
      mocks: [
        ...customer(),
        ticketMock(resolved),
        {
          request: {
            query: ReopenTicketDocument,
            variables: { ticketId: resolved.id, comment: 'The credit note covers only two boxes.' },
          },
          result: {
            data: {
              reopenTicket: {
                ...resolved,
                status: 'WAITING_FOR_SUPPORT',
                resolvedAt: null,
                autoCloseAt: null,
              },
            },
          },
        },
      ],
      route: '/requests/CS-12',
    });

    expect(await screen.findByText('This request is resolved')).toBeInTheDocument();
    expect(
      screen.getByText(
        `If the problem is not solved, you can reopen it until ${formatDeadline(autoCloseAt, 'en')}; then it closes.`,
      ),
    ).toBeInTheDocument();
    // A resolved request takes no plain comments: it is reopened with one.
    expect(screen.queryByRole('textbox', { name: 'Add a comment' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel request' })).not.toBeInTheDocument();

    const reason = screen.getByRole('textbox', { name: /What is still not right\?/ });
    await user.click(screen.getByRole('button', { name: 'Reopen' }));
    expect(reason).toHaveAccessibleDescription(
      expect.stringContaining('Say why you reopen the request.'),
    );
    await user.type(reason, 'The credit note covers only two boxes.');
    await user.click(screen.getByRole('button', { name: 'Reopen' }));

    expect(
      await screen.findByText('The request is reopened and back with support.'),
    ).toBeInTheDocument();
    expect(sidebar()).toHaveTextContent('Waiting for support');
    expect(screen.queryByRole('button', { name: 'Reopen' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Add a comment' })).toBeInTheDocument();
  });

  it('has no Reopen on a closed request, only "Raise a new request"', async () => {
    const closed = ticket({ status: 'CLOSED', closedAt: hoursAgo(1), resolvedAt: hoursAgo(100) });
    renderApp({ mocks: [...customer(), ticketMock(closed)], route: '/requests/CS-12' });

    expect(await screen.findByText('This request is closed')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reopen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '+ Share' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel request' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Raise a new request' })).toHaveAttribute(
      'href',
      '/requests/new?from=CS-12',
    );
  });

  it.each(['CLOSED', 'CANCELED'] as const)(
    'takes no comment and no file on a %s request, and says why',
    async (status) => {
      const final = ticket({ status, closedAt: hoursAgo(1) });
      renderApp({ mocks: [...customer(), ticketMock(final)], route: '/requests/CS-12' });

      expect(
        await screen.findByText('This request is closed. For a new problem, raise a new request.'),
      ).toBeInTheDocument();
      expect(screen.queryByRole('textbox', { name: 'Add a comment' })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /Send/ })).not.toBeInTheDocument();
      expect(
        within(sidebar()).queryByRole('button', { name: '+ Attach a file' }),
      ).not.toBeInTheDocument();
    },
  );

  it('offers the comment box and a file upload while the request is open', async () => {
    renderApp({ mocks: [...customer(), ticketMock(ticket())], route: '/requests/CS-12' });

    expect(await screen.findByRole('textbox', { name: 'Add a comment' })).toBeInTheDocument();
    expect(within(sidebar()).getByRole('button', { name: '+ Attach a file' })).toBeInTheDocument();
    expect(screen.queryByText(/This request is closed\./)).not.toBeInTheDocument();
  });

  it('shares the request with colleagues picked in a modal', async () => {
    const user = userEvent.setup();
    const open = ticket();
    type Person = { __typename: 'Representative'; id: string; name: string | null; email: string };
    const rep = (r: Person, role: 'ADMIN' | 'MEMBER', status = 'ACTIVE') => ({
      ...r,
      role,
      status,
      locale: 'en',
      invitedAt: null,
      activatedAt: '2026-01-10T09:00:00.000Z',
    });
    const ola = {
      __typename: 'Representative' as const,
      id: 'r0000000-0000-4000-8000-000000000005',
      name: 'Ola Nowak',
      email: 'ola@volt.test',
    };
    renderApp({
      mocks: [
        ...customer(adminViewer),
        ticketMock(open),
        {
          request: { query: RepresentativesDocument },
          result: {
            data: {
              representatives: [
                rep(reporter, 'ADMIN'),
                rep(peter, 'MEMBER'),
                rep(ola, 'MEMBER'),
                rep(
                  { ...ola, id: 'r0000000-0000-4000-8000-000000000006', name: null },
                  'MEMBER',
                  'INVITED',
                ),
              ],
            },
          },
        },
        {
          request: {
            query: ShareTicketDocument,
            variables: { ticketId: open.id, representativeIds: [peter.id] },
          },
          result: { data: { shareTicket: { ...open, participants: [peter] } } },
        },
      ],
      route: '/requests/CS-12',
    });

    expect(
      await within(await screen.findByRole('complementary')).findByText('Nobody yet'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '+ Share' }));
    const dialog = await screen.findByRole('dialog', { name: 'Share the request' });
    const colleagues = await within(dialog).findByRole('group', { name: 'Colleagues' });
    // Active colleagues other than the reporter (who is you) and those already in.
    expect(
      within(colleagues)
        .getAllByRole('checkbox')
        .map((c) => c.getAttribute('value')),
    ).toEqual([peter.id, ola.id]);

    await user.click(within(dialog).getByRole('button', { name: 'Share' }));
    expect(await within(dialog).findByText('Choose at least one colleague.')).toBeInTheDocument();
    await user.click(within(colleagues).getByRole('checkbox', { name: 'Péter Nagy' }));
    await user.click(within(dialog).getByRole('button', { name: 'Share' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText('Shared with Péter Nagy. They got an email.')).toBeInTheDocument();
    expect(sidebar()).toHaveTextContent('Péter Nagy');
  });

  it('cancels after confirmation, and says so when the request closed meanwhile', async () => {
    const user = userEvent.setup();
    const open = ticket();
    renderApp({
      mocks: [
        ...customer(),
        ticketMock(open),
        {
          request: { query: CancelTicketDocument, variables: { ticketId: open.id } },
          result: graphqlError('This request is closed.', { code: 'TICKET_CLOSED' }),
        },
        ticketMock({ ...open, status: 'CLOSED' }),
      ],
      route: '/requests/CS-12',
    });

    await user.click(await screen.findByRole('button', { name: 'Cancel request' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel this request?' });
    expect(dialog).toHaveTextContent('Support stops working on CS-12.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel request' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'This request is closed and cannot be changed or reopened. Raise a new request instead.',
    );
    expect(await screen.findByText('This request is closed')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Raise a new request' })).toBeInTheDocument();
  });
});
