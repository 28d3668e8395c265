import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { appInfo, portalHomeErrorMock, portalHomeMock } from '../../../../test/mocks';
import { renderWithProviders } from '../../../../test/render';
import { HomePage } from '../HomePage';

describe('HomePage', () => {
  it('shows a loader, then the portal information from the server', async () => {
    renderWithProviders(<HomePage />, { mocks: [portalHomeMock] });

    expect(
      screen.getByRole('heading', { level: 1, name: 'Welcome to your customer portal' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Loading…' })).toBeInTheDocument();

    const email = await screen.findByRole('link', { name: appInfo.supportEmail });
    expect(email).toHaveAttribute('href', `mailto:${appInfo.supportEmail}`);
    expect(screen.queryByRole('status', { name: 'Loading…' })).not.toBeInTheDocument();
    expect(
      screen.getByText('The portal speaks: English, Українська, Magyar, Polski'),
    ).toBeInTheDocument();
    expect(screen.getByText(`${appInfo.name} ${appInfo.version}`)).toBeInTheDocument();
  });

  it('explains the four parts of the portal and points developers to the API explorer', () => {
    renderWithProviders(<HomePage />, { mocks: [portalHomeMock] });

    const cards = screen.getByRole('region', { name: 'What you can do here' });
    const titles = within(cards)
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.textContent);
    expect(titles).toEqual(['Requests', 'Returns', 'Shop', 'Company']);
    expect(within(cards).getByText(/RMA wizard/)).toBeInTheDocument();
    expect(within(cards).getByText(/invoices/)).toBeInTheDocument();

    expect(screen.getByRole('heading', { name: 'For developers' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the API explorer' })).toHaveAttribute(
      'href',
      '/graphiql',
    );
  });

  it('shows a translated error with a retry button when the network fails, and recovers', async () => {
    const user = userEvent.setup();
    renderWithProviders(<HomePage />, { mocks: [portalHomeErrorMock, portalHomeMock] });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the portal information');
    expect(alert).toHaveTextContent('The server did not answer.');
    expect(alert).not.toHaveTextContent('Failed to fetch');

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('link', { name: appInfo.supportEmail })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
