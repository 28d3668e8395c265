import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../../test/render';
import { TicketUpdatedDocument } from '../../../gql/graphql';
import { comment, customer, hoursAgo, ticket, ticketMock } from './fixtures';

const question = comment({
  id: 'cm-1',
  authorType: 'CUSTOMER',
  authorName: 'Anna Kowalska',
  body: 'When will the replacement ship?',
  createdAt: hoursAgo(2),
});
const open = ticket({ status: 'WAITING_FOR_SUPPORT', comments: [question] });

/** The request as the live subscription sends it after a change. */
const updated = (extra: ReturnType<typeof comment>) => ({
  request: { query: TicketUpdatedDocument, variables: { key: open.key } },
  result: { data: { ticketUpdated: { ...open, comments: [question, extra] } } },
  delay: 20,
});

describe('a live request page', () => {
  it('shows an agent\'s reply without a reload, with a "New reply" notice that closes', async () => {
    const user = userEvent.setup();
    const reply = comment({
      id: 'cm-2',
      authorType: 'AGENT',
      authorName: 'Gábor Support',
      body: 'It ships tomorrow morning.',
    });
    renderApp({
      mocks: [...customer(), ticketMock(open), updated(reply)],
      route: `/requests/${open.key}`,
    });

    expect(await screen.findByText('It ships tomorrow morning.')).toBeInTheDocument();
    const notice = await screen.findByRole('status', { name: /New reply/ });
    expect(
      within(notice).getByText(
        'Gábor Support replied just now. The conversation below is up to date.',
      ),
    ).toBeInTheDocument();
    await user.click(within(notice).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('status', { name: /New reply/ })).not.toBeInTheDocument();
  });

  it("does not announce the customer's own comment (from another tab) as a new reply", async () => {
    const own = comment({
      id: 'cm-3',
      authorType: 'CUSTOMER',
      authorName: 'Anna Kowalska',
      body: 'Also: please use the side entrance.',
    });
    renderApp({
      mocks: [...customer(), ticketMock(open), updated(own)],
      route: `/requests/${open.key}`,
    });
    expect(await screen.findByText('Also: please use the side entrance.')).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: /New reply/ })).not.toBeInTheDocument();
  });
});
