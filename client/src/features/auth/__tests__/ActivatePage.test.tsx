import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  graphqlError,
  memberViewer,
  portalFooterMock,
  portalHomeMock,
  viewerMock,
} from '../../../../test/mocks';
import { renderApp } from '../../../../test/render';
import {
  ActivateRepresentativeDocument,
  LinkInfoDocument,
  RequestNewActivationLinkDocument,
} from '../../../gql/graphql';

const signedOut = [portalFooterMock, portalHomeMock, viewerMock(null)];

function linkMock(token: string, state: 'VALID' | 'EXPIRED' | 'USED') {
  return {
    request: { query: LinkInfoDocument, variables: { token } },
    result: {
      data: {
        link: {
          __typename: 'LinkInfo',
          state,
          email: 'peter@volt.test',
          companyName: 'Volt Distribution Sp. z o.o.',
        },
      },
    },
  };
}

describe('ActivatePage', () => {
  it('offers a new link for an expired invitation, then confirms it was sent', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        ...signedOut,
        linkMock('old', 'EXPIRED'),
        {
          request: { query: RequestNewActivationLinkDocument, variables: { token: 'old' } },
          result: { data: { requestNewActivationLink: true } },
        },
      ],
      route: '/activate?token=old',
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation has expired');
    await user.click(screen.getByRole('button', { name: 'Send me a new link' }));

    const sent = await screen.findByRole('status');
    expect(sent).toHaveTextContent('A new link is on its way');
    expect(sent).toHaveTextContent('We have sent a new activation link to peter@volt.test.');
    expect(screen.queryByRole('button', { name: 'Send me a new link' })).not.toBeInTheDocument();
  });

  it('explains a link that was already used', async () => {
    renderApp({ mocks: [...signedOut, linkMock('used', 'USED')], route: '/activate?token=used' });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This invitation link cannot be used',
    );
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in',
    );
  });

  it('tells a signed-in person the used link needs nothing more, instead of "sign in"', async () => {
    renderApp({
      mocks: [portalFooterMock, portalHomeMock, viewerMock(memberViewer), linkMock('used', 'USED')],
      route: '/activate?token=used',
    });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      `You are signed in as ${memberViewer.representative.email}.`,
    );
    const main = within(screen.getByRole('main'));
    expect(main.getByRole('link', { name: 'Go to the portal' })).toHaveAttribute('href', '/');
    expect(main.queryByRole('link', { name: 'Sign in' })).not.toBeInTheDocument();
  });

  it('shows the company and email, checks the form, activates and signs in', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        ...signedOut,
        linkMock('good', 'VALID'),
        {
          request: {
            query: ActivateRepresentativeDocument,
            variables: { token: 'good', password: 'short', name: 'Péter Nagy' },
          },
          result: graphqlError('The password needs at least 8 characters.', {
            code: 'BAD_USER_INPUT',
            field: 'password',
            reason: 'PASSWORD_TOO_SHORT',
          }),
        },
        {
          request: {
            query: ActivateRepresentativeDocument,
            variables: { token: 'good', password: 'Volt-colleague-2026', name: 'Péter Nagy' },
          },
          result: { data: { activateRepresentative: memberViewer } },
        },
      ],
      route: '/activate?token=good',
    });

    expect(
      await screen.findByText(
        'Volt Distribution Sp. z o.o. has invited you to its customer portal.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveValue('peter@volt.test');

    await user.click(screen.getByRole('button', { name: 'Activate and sign in' }));
    expect(screen.getByRole('textbox', { name: 'Your name' })).toHaveAccessibleDescription(
      expect.stringContaining('Enter your name.'),
    );
    expect(screen.getByLabelText(/^Password/)).toHaveAccessibleDescription(
      expect.stringContaining('Enter a password.'),
    );

    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Péter Nagy');
    await user.type(screen.getByLabelText(/^Password/), 'Volt-colleague-2026');
    await user.type(screen.getByLabelText(/^Repeat the password/), 'Volt-colleague-2026');
    await user.click(screen.getByRole('button', { name: 'Activate and sign in' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to your customer portal' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('banner')).getByRole('button', { name: /Péter Nagy/ }),
    ).toHaveTextContent('Volt Distribution Sp. z o.o.');
  });
});
