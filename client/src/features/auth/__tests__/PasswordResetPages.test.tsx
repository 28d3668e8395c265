import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  appInfo,
  graphqlError,
  portalFooterMock,
  portalHomeMock,
  viewerMock,
} from '../../../../test/mocks';
import { renderApp } from '../../../../test/render';
import {
  LinkInfoDocument,
  RequestPasswordResetDocument,
  ResetPasswordDocument,
} from '../../../gql/graphql';

const signedOut = [portalFooterMock, portalHomeMock, viewerMock(null)];

function linkMock(token: string, link: object | null) {
  return {
    request: { query: LinkInfoDocument, variables: { token } },
    result: { data: { link: link && { __typename: 'LinkInfo', ...link } } },
  };
}

describe('ForgotPasswordPage', () => {
  it('checks the address, then always answers with the same confirmation', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        ...signedOut,
        {
          request: {
            query: RequestPasswordResetDocument,
            variables: { email: 'nobody@volt.test' },
          },
          result: { data: { requestPasswordReset: true } },
        },
      ],
      route: '/forgot-password',
    });

    await screen.findByRole('heading', { level: 1, name: 'Forgot your password?' });
    const email = screen.getByRole('textbox', { name: 'Email' });
    await user.type(email, 'nobody@');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));
    expect(email).toHaveAccessibleDescription(
      'Enter a valid email address, like name@company.com.',
    );

    await user.type(email, 'volt.test');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Check your email' }),
    ).toBeInTheDocument();
    const confirmation = screen.getByRole('status');
    expect(confirmation).toHaveTextContent(
      'If nobody@volt.test has an account in the portal, we have just sent it a link to choose a new password.',
    );
    expect(confirmation).toHaveTextContent(
      "No email within 20 minutes usually means the address is not registered: ask your company's administrator to add you, or write to support:",
    );
    expect(within(confirmation).getByRole('link', { name: appInfo.supportEmail })).toHaveAttribute(
      'href',
      `mailto:${appInfo.supportEmail}`,
    );
    expect(within(confirmation).getByRole('link', { name: 'Back to sign in' })).toHaveAttribute(
      'href',
      '/sign-in',
    );
  });

  it('says so when there were too many requests', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        ...signedOut,
        {
          request: { query: RequestPasswordResetDocument, variables: { email: 'a@volt.test' } },
          result: graphqlError('Too many', { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 60 }),
        },
      ],
      route: '/forgot-password',
    });
    await user.type(await screen.findByRole('textbox', { name: 'Email' }), 'a@volt.test');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many attempts. Try again in 1 min.',
    );
  });
});

describe('ResetPasswordPage', () => {
  it('explains a used or unknown link and offers a new one', async () => {
    renderApp({
      mocks: [...signedOut, linkMock('used', null)],
      route: '/reset-password?token=used',
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This link cannot be used');
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });

  it('explains an expired link and points to "forgot password"', async () => {
    renderApp({
      mocks: [
        ...signedOut,
        linkMock('old', { state: 'EXPIRED', email: 'anna@volt.test', companyName: 'Volt' }),
      ],
      route: '/reset-password?token=old',
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('This link has expired');
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });

  it('sets a new password from a valid link, checking it first', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        ...signedOut,
        linkMock('good', { state: 'VALID', email: 'anna@volt.test', companyName: 'Volt' }),
        {
          request: {
            query: ResetPasswordDocument,
            variables: { token: 'good', password: 'a-new-Passw0rd' },
          },
          result: { data: { resetPassword: true } },
        },
      ],
      route: '/reset-password?token=good',
    });

    expect(await screen.findByText('For the account anna@volt.test.')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^New password/), 'a-new-Passw0rd');
    await user.type(screen.getByLabelText(/^Repeat the password/), 'something else');
    await user.click(screen.getByRole('button', { name: 'Save the new password' }));
    expect(screen.getByLabelText(/^Repeat the password/)).toHaveAccessibleDescription(
      'The two passwords are not the same.',
    );

    await user.clear(screen.getByLabelText(/^Repeat the password/));
    await user.type(screen.getByLabelText(/^Repeat the password/), 'a-new-Passw0rd');
    await user.click(screen.getByRole('button', { name: 'Save the new password' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your password is changed' }),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in',
    );
  });
});
