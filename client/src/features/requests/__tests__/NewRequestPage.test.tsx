import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memberViewer, portalFooterMock, viewerMock } from '../../../../test/mocks';
import { renderApp } from '../../../../test/render';
import { CreateTicketDocument } from '../../../gql/graphql';
import { customer, portalsMock, technicalAssistance, ticket, ticketMock } from './fixtures';

describe('NewRequestPage', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('offers only the portals the company may use (no Customer service without a contract)', async () => {
    renderApp({
      mocks: [portalFooterMock, viewerMock(memberViewer), portalsMock([technicalAssistance])],
      route: '/requests/new',
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'New request' }),
    ).toBeInTheDocument();
    const portals = await screen.findByRole('radiogroup', { name: 'Support portal' });
    const cards = within(portals).getAllByRole('radio');
    expect(cards).toHaveLength(1);
    expect(cards[0]).toHaveTextContent('Technical assistance');
    // The only portal is chosen already: its groups and types are on the page.
    expect(cards[0]).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('radio', { name: 'Technical question' })).toBeInTheDocument();
    expect(screen.queryByText('Customer service')).not.toBeInTheDocument();
  });

  it('requires the type and the subject, then sends and opens the request with a notice', async () => {
    const user = userEvent.setup();
    const created = ticket({
      key: 'CS-31',
      subject: 'Order ZAM/2026/000123: 3 of 10 boxes crushed',
      description: 'Boxes 2, 5 and 7 were crushed.',
      requestType: {
        __typename: 'RequestType',
        id: 't-damaged',
        name: 'Damaged parcel',
        fullName: 'Delivery problem › Damaged parcel',
      },
    });
    renderApp({
      mocks: [
        ...customer(),
        {
          request: {
            query: CreateTicketDocument,
            variables: {
              input: {
                portalKey: 'CUSTOMER_SERVICE',
                requestTypeId: 't-damaged',
                subject: 'Order ZAM/2026/000123: 3 of 10 boxes crushed',
                description: 'Boxes 2, 5 and 7 were crushed.',
              },
            },
          },
          result: { data: { createTicket: created } },
        },
        ticketMock(created),
      ],
      route: '/requests/new',
    });

    const portals = await screen.findByRole('radiogroup', { name: 'Support portal' });
    expect(
      within(portals)
        .getAllByRole('radio')
        .map((r) => r.textContent),
    ).toEqual([
      expect.stringContaining('Customer service'),
      expect.stringContaining('Technical assistance'),
    ]);
    const subject = screen.getByRole('textbox', { name: /^Subject/ });
    expect(subject).toHaveAccessibleDescription(
      'Include specifics: order ID, inbound shipment ID, SKU, date.',
    );
    expect(screen.getByRole('textbox', { name: /^Description/ })).toHaveAccessibleDescription(
      expect.stringContaining('Where many cases are affected, give several examples.'),
    );

    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Choose a portal.')).toBeInTheDocument();
    expect(subject).toHaveAccessibleDescription(expect.stringContaining('Write a subject.'));

    await user.click(within(portals).getByRole('radio', { name: /Customer service/ }));
    // The first group is open; its types are cards.
    expect(screen.getByRole('radio', { name: 'Orders and deliveries' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Choose the request type that fits best.')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Delivery problem' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Sub-category (optional)' }),
      'Damaged parcel',
    );
    await user.type(subject, 'Order ZAM/2026/000123: 3 of 10 boxes crushed');
    await user.type(
      screen.getByRole('textbox', { name: /^Description/ }),
      'Boxes 2, 5 and 7 were crushed.',
    );
    const photo = new File(['jpeg bytes'], 'crushed-boxes.jpg', { type: 'image/jpeg' });
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, photo);
    expect(screen.getByText('crushed-boxes.jpg')).toBeInTheDocument();
    const fetchMock = jest.fn(async () => new Response(null, { status: 201 }));
    window.fetch = fetchMock as unknown as typeof window.fetch;
    await user.click(screen.getByRole('button', { name: 'Send' }));

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Order ZAM/2026/000123: 3 of 10 boxes crushed',
      }),
    ).toBeInTheDocument();
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('Request sent');
    expect(notice).toHaveTextContent(
      'We received CS-31 and emailed a confirmation to anna@volt.test.',
    );
    // The photo followed the request, as a multipart upload that a cross-site form cannot send.
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/requests/CS-31/attachments');
    expect(init.headers).toMatchObject({ 'X-Portal-Upload': '1' });
    expect((init.body as FormData).get('file')).toBe(photo);
  });

  it('says "canceled", not "closed", when following up a canceled request', async () => {
    const canceled = ticket({ status: 'CANCELED' });
    renderApp({
      mocks: [...customer(), ticketMock(canceled)],
      route: '/requests/new?from=CS-12',
    });

    expect(await screen.findByText('Pre-filled from CS-12')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Description/ })).toHaveValue(
      `Follows up on the canceled request CS-12.\n\n${canceled.description}`,
    );
  });

  it('pre-fills a new request from a closed one (?from=KEY)', async () => {
    const closed = ticket({ status: 'CLOSED' });
    renderApp({
      mocks: [...customer(), ticketMock(closed)],
      route: '/requests/new?from=CS-12',
    });

    expect(await screen.findByText('Pre-filled from CS-12')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Subject/ })).toHaveValue(closed.subject);
    expect(screen.getByRole('textbox', { name: /^Description/ })).toHaveValue(
      `Follows up on the closed request CS-12.\n\n${closed.description}`,
    );
    expect(screen.getByRole('radio', { name: /Customer service/ })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(screen.getByRole('radio', { name: 'Delivery problem' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Sub-category (optional)' })).toHaveValue(
      't-damaged',
    );
  });
});
