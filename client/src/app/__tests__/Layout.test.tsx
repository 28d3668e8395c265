import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LOCALE_STORAGE_KEY } from '../i18n';
import {
  adminViewer,
  agentViewer,
  appInfo,
  gettingStartedMock,
  portalFooterMock,
  portalHomeMock,
  representative,
  representativeViewer,
  viewerMock,
} from '../../../test/mocks';
import { UpdateProfileDocument, ViewerDocument } from '../../gql/graphql';
import { renderApp } from '../../../test/render';

const mocks = [portalHomeMock, portalFooterMock, viewerMock(null)];

/**
 * The app signed in as the admin on the home page, whose profile saves Hungarian: the mock of
 * the save, to count its calls.
 */
function signedInSavingHungarian() {
  const saved = jest.fn(() => ({
    data: {
      updateProfile: {
        __typename: 'Representative',
        id: adminViewer.representative.id,
        name: adminViewer.representative.name,
        locale: 'hu',
      },
    },
  }));
  renderApp({
    mocks: [
      portalHomeMock,
      portalFooterMock,
      viewerMock(adminViewer),
      gettingStartedMock,
      {
        request: { query: UpdateProfileDocument, variables: { input: { locale: 'hu' } } },
        result: saved,
      },
    ],
  });
  return saved;
}

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
      await within(screen.getByRole('banner')).findByRole('link', { name: 'Sign in' }),
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
    renderApp({ mocks, route: '/no-such-page' });

    // Pages load with their route (React.lazy): the 404 page arrives a moment later.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to the home page' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to your customer portal' }),
    ).toBeInTheDocument();
  });
});

describe('Layout when signed in', () => {
  it('shows a representative their name and company, with Profile, Company and Sign out', async () => {
    const user = userEvent.setup();
    renderApp({ mocks: [portalHomeMock, portalFooterMock, viewerMock(adminViewer)] });

    const banner = screen.getByRole('banner');
    const menuButton = await within(banner).findByRole('button', { name: /Anna Kowalska/ });
    expect(menuButton).toHaveTextContent('Volt Distribution Sp. z o.o.');
    expect(within(banner).queryByRole('link', { name: 'Sign in' })).not.toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Company' })).toBeInTheDocument();

    // The button on screen now: the one found above may have been the stand-in shown while the
    // menu's code loaded, replaced since.
    await user.click(within(banner).getByRole('button', { name: /Anna Kowalska/ }));
    const menu = await screen.findByRole('menu');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['Profile', 'Company and employees', 'Sign out']);
    expect(within(menu).getByRole('menuitem', { name: 'Profile' })).toHaveAttribute(
      'href',
      '/profile',
    );
    expect(within(menu).getByRole('menuitem', { name: 'Company and employees' })).toHaveAttribute(
      'href',
      '/company/employees',
    );
  });

  it('gives agents the staff area instead of the customer navigation', async () => {
    renderApp({ mocks: [portalHomeMock, portalFooterMock, viewerMock(agentViewer)] });

    await screen.findByRole('button', { name: /Olena Shevchenko/ });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([['Staff area', '/staff']]);
  });

  it("switches to the representative's own language once signed in", async () => {
    const polish = representativeViewer(representative({ locale: 'pl' }));
    renderApp({ mocks: [portalHomeMock, portalFooterMock, viewerMock(polish)] });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Witamy w portalu klienta' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Język' })).toHaveValue('pl');
  });

  it('saves a language chosen while signed in to the profile', async () => {
    const user = userEvent.setup();
    const saved = signedInSavingHungarian();
    await screen.findByRole('button', { name: /Anna Kowalska/ });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Magyar');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Üdvözöljük az ügyfélportálon' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
  });

  it('keeps a language chosen the moment the signed-in header shows', async () => {
    // The profile's language (English here) is applied once, when the person is first known.
    // Chosen in the same task as the header first shows the person (a MutationObserver runs
    // before any timer), the switch must not be undone by that first application.
    const chosen = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!screen.queryByRole('button', { name: /Anna Kowalska/ })) return;
        observer.disconnect();
        fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), {
          target: { value: 'hu' },
        });
        resolve();
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    const saved = signedInSavingHungarian();
    await chosen;

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Üdvözöljük az ügyfélportálon' }),
    ).toBeInTheDocument();
    // Still Hungarian once every effect and answer has come.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.getByRole('combobox', { name: 'Nyelv' })).toHaveValue('hu');
    expect(saved).toHaveBeenCalledTimes(1);
  });

  it('asks the server again for what the page shows when the language changes', async () => {
    const user = userEvent.setup();
    const viewer = jest.fn(() => ({ data: { viewer: null } }));
    renderApp({
      mocks: [
        portalHomeMock,
        portalFooterMock,
        {
          request: { query: ViewerDocument },
          result: viewer,
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Welcome to your customer portal' });
    await waitFor(() => expect(viewer).toHaveBeenCalled());
    const before = viewer.mock.calls.length;

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Polski');

    await waitFor(() => expect(viewer.mock.calls.length).toBeGreaterThan(before));
  });
});
