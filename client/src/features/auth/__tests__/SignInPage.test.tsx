import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  adminViewer,
  agentViewer,
  graphqlError,
  portalFooterMock,
  portalHomeMock,
  viewerMock,
} from '../../../../test/mocks';
import { renderApp } from '../../../../test/render';
import { LogInDocument, RepresentativesDocument, ViewerDocument } from '../../../gql/graphql';

const signedOut = [portalFooterMock, portalHomeMock, viewerMock(null)];

function logInMock(email: string, password: string, result: object) {
  return { request: { query: LogInDocument, variables: { email, password } }, result };
}

async function fillAndSubmit(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: 'Email' }), email);
  await user.type(screen.getByLabelText(/^Password/), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return user;
}

describe('SignInPage', () => {
  it('links to registration and password reset', async () => {
    renderApp({ mocks: signedOut, route: '/sign-in' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Register your company' })).toHaveAttribute(
      'href',
      '/register',
    );
    expect(screen.getByRole('link', { name: 'Forgot your password?' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });

  it('checks the fields before sending anything', async () => {
    const user = userEvent.setup();
    renderApp({ mocks: signedOut, route: '/sign-in' });

    await user.click(await screen.findByRole('button', { name: 'Sign in' }));

    const email = screen.getByRole('textbox', { name: 'Email' });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Enter an email address.');
    expect(screen.getByText('Enter a password.')).toBeInTheDocument();

    await user.type(email, 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(email).toHaveAccessibleDescription(
      'Enter a valid email address, like name@company.com.',
    );
  });

  it('says when the email or password is wrong, without saying which', async () => {
    renderApp({
      mocks: [
        ...signedOut,
        logInMock(
          'anna@volt.test',
          'wrong-password',
          graphqlError('The email or password is not right.', { code: 'INVALID_CREDENTIALS' }),
        ),
      ],
      route: '/sign-in',
    });
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });

    await fillAndSubmit('anna@volt.test', 'wrong-password');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The email or password is not right.');
    expect(screen.getByRole('textbox', { name: 'Email' })).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('tells how long to wait after too many attempts', async () => {
    renderApp({
      mocks: [
        ...signedOut,
        logInMock(
          'anna@volt.test',
          'secret-123',
          graphqlError('Too many attempts.', { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 290 }),
        ),
      ],
      route: '/sign-in',
    });
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    await fillAndSubmit('anna@volt.test', 'secret-123');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many attempts. Try again in 5 min.',
    );
  });

  it('signs a representative in and goes to the page they asked for', async () => {
    renderApp({
      mocks: [
        ...signedOut,
        logInMock('anna@volt.test', 'Portal-demo-2026', { data: { logIn: adminViewer } }),
      ],
      route: '/sign-in?next=%2Fprofile',
    });
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    await fillAndSubmit('anna@volt.test', 'Portal-demo-2026');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your profile' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('banner')).getByRole('button', { name: /Anna Kowalska/ }),
    ).toBeInTheDocument();
  });

  it('takes an agent to the staff area', async () => {
    renderApp({
      mocks: [
        ...signedOut,
        logInMock('agent@seller.test', 'Portal-demo-2026', { data: { logIn: agentViewer } }),
      ],
      route: '/sign-in',
    });
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    await fillAndSubmit('agent@seller.test', 'Portal-demo-2026');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Staff area' }),
    ).toBeInTheDocument();
  });

  it('ignores a "next" that leads to another site', async () => {
    renderApp({
      mocks: [
        ...signedOut,
        logInMock('anna@volt.test', 'Portal-demo-2026', { data: { logIn: adminViewer } }),
      ],
      route: '/sign-in?next=%2F%2Fevil.example',
    });
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    await fillAndSubmit('anna@volt.test', 'Portal-demo-2026');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to your customer portal' }),
    ).toBeInTheDocument();
  });
});

describe('route guard and session end', () => {
  it('sends a signed-out visitor of a private page to sign in, and back afterwards', async () => {
    renderApp({
      mocks: [
        ...signedOut,
        logInMock('anna@volt.test', 'Portal-demo-2026', { data: { logIn: adminViewer } }),
      ],
      route: '/profile',
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByText('Your session has ended. Sign in again.')).not.toBeInTheDocument();
    await fillAndSubmit('anna@volt.test', 'Portal-demo-2026');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your profile' }),
    ).toBeInTheDocument();
  });

  it('ends an expired session: UNAUTHENTICATED → sign-in page with a notice, then back', async () => {
    renderApp({
      mocks: [
        portalFooterMock,
        // Signed in at first; once the store is reset the server knows nobody.
        { request: { query: ViewerDocument }, result: { data: { viewer: adminViewer } } },
        viewerMock(null),
        {
          request: { query: RepresentativesDocument },
          result: graphqlError('Please sign in.', { code: 'UNAUTHENTICATED' }),
        },
        logInMock('anna@volt.test', 'Portal-demo-2026', { data: { logIn: adminViewer } }),
        {
          request: { query: RepresentativesDocument },
          result: { data: { representatives: [] } },
          // Also answers the refetch of the store reset, while the old page lets go.
          maxUsageCount: 2,
        },
      ],
      route: '/company/employees',
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Your session has ended. Sign in again.');
    // Signed out here too: the header no longer shows the person.
    await waitFor(() =>
      expect(
        within(screen.getByRole('banner')).queryByRole('button', { name: /Anna Kowalska/ }),
      ).not.toBeInTheDocument(),
    );

    await fillAndSubmit('anna@volt.test', 'Portal-demo-2026');
    expect(await screen.findByRole('heading', { name: 'Employees', level: 2 })).toBeInTheDocument();
  });
});
