import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LOCALE_STORAGE_KEY } from '../i18n';
import { appInfo, portalFooterMock, portalHomeMock } from '../../../test/mocks';
import { renderApp } from '../../../test/render';

const mocks = [portalHomeMock, portalFooterMock];

describe('Layout', () => {
  it('has landmarks, a skip link and the main navigation with four links', async () => {
    renderApp({ mocks });

    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute(
      'href',
      '#main-content',
    );
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();

    const nav = screen.getByRole('navigation', { name: 'Main' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Requests', '/requests'],
      ['Returns', '/returns'],
      ['Shop', '/shop'],
      ['Company', '/company'],
    ]);
    expect(
      within(screen.getByRole('banner')).getByRole('link', { name: 'Sign in' }),
    ).toHaveAttribute('href', '/sign-in');
    expect(
      within(screen.getByRole('banner')).getByRole('link', { name: 'Customer Portal' }),
    ).toHaveAttribute('href', '/');
    await screen.findAllByRole('link', { name: appInfo.supportEmail });
  });

  it('shows support, version and the API explorer in the footer', async () => {
    renderApp({ mocks });

    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByRole('link', { name: 'API explorer' })).toHaveAttribute(
      'href',
      '/graphiql',
    );
    expect(await within(footer).findByRole('link', { name: appInfo.supportEmail })).toHaveAttribute(
      'href',
      `mailto:${appInfo.supportEmail}`,
    );
    expect(within(footer).getByText('Version 1.2.3')).toBeInTheDocument();
  });

  it.each([
    [
      'uk',
      'Українська',
      'Ласкаво просимо до клієнтського порталу',
      'Мова',
      'Головне меню',
      'Звернення',
    ],
    ['hu', 'Magyar', 'Üdvözöljük az ügyfélportálon', 'Nyelv', 'Főmenü', 'Bejelentések'],
    ['pl', 'Polski', 'Witamy w portalu klienta', 'Język', 'Menu główne', 'Zgłoszenia'],
  ])(
    'switches the language to %s and remembers the choice',
    async (locale, option, heading, languageLabel, navLabel, requests) => {
      const user = userEvent.setup();
      renderApp({ mocks });
      await screen.findAllByRole('link', { name: appInfo.supportEmail });

      const select = screen.getByRole('combobox', { name: 'Language' });
      expect(
        within(select)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['English', 'Українська', 'Magyar', 'Polski']);
      await user.selectOptions(select, option);

      expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
      expect(screen.getByRole('combobox', { name: languageLabel })).toHaveValue(locale);
      const nav = screen.getByRole('navigation', { name: navLabel });
      expect(within(nav).getByRole('link', { name: requests })).toBeInTheDocument();
      expect(screen.queryByText('Welcome to your customer portal')).not.toBeInTheDocument();
      expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe(locale);
      expect(document.documentElement).toHaveAttribute('lang', locale);
    },
  );

  it('shows a translated 404 page for addresses without a page', async () => {
    const user = userEvent.setup();
    renderApp({ mocks: [portalFooterMock, portalHomeMock], route: '/requests' });

    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to the home page' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to your customer portal' }),
    ).toBeInTheDocument();
  });
});
