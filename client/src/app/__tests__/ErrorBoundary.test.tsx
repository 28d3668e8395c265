import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { ErrorBoundary } from '../ErrorBoundary';
import { RouteErrorPage } from '../RouteErrorPage';

function Broken(): never {
  throw new Error('boom');
}

describe('ErrorBoundary', () => {
  it('shows the translated error page instead of a page that throws', () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithProviders(
      <ErrorBoundary fallback={<RouteErrorPage />}>
        <Broken />
      </ErrorBoundary>,
    );

    expect(
      screen.getByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    logged.mockRestore();
  });
});
