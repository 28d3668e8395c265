import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from 'i18next';
import {
  adminViewer,
  graphqlError,
  portalFooterMock,
  portalHomeMock,
  viewerMock,
} from '../../../../test/mocks';
import { chooseCountry } from '../../../../test/forms';
import { renderApp } from '../../../../test/render';
import { RegisterCompanyDocument } from '../../../gql/graphql';

const signedOut = [portalFooterMock, portalHomeMock, viewerMock(null)];

const input = {
  taxId: '526-000-12-46',
  country: 'PL',
  companyName: 'Volt Distribution Sp. z o.o.',
  name: 'Anna Kowalska',
  email: 'anna@volt.test',
  password: 'Portal-demo-2026',
  acceptResaleTerms: true,
  locale: 'en',
  billingAddress: {
    attention: null,
    street: 'ul. Przemysłowa 12',
    postalCode: '00-450',
    city: 'Warszawa',
    country: 'PL',
  },
};

function registerMock(result: object) {
  return { request: { query: RegisterCompanyDocument, variables: { input } }, result };
}

async function fill(options: { accept?: boolean } = {}) {
  const user = userEvent.setup();
  await screen.findByRole('heading', { level: 1, name: 'Register your company' });
  await user.type(screen.getByRole('textbox', { name: 'Tax ID' }), input.taxId);
  await chooseCountry(user, 'Poland');
  await user.type(screen.getByRole('textbox', { name: 'Company name' }), input.companyName);
  // Pasted, not typed: the address adds three fields to every test of this page.
  const billing = screen.getByRole('group', { name: 'Billing address' });
  const paste = async (name: string, value: string) => {
    await user.click(within(billing).getByRole('textbox', { name }));
    await user.paste(value);
  };
  await paste('Street and number', input.billingAddress.street);
  await paste('Postal code', input.billingAddress.postalCode);
  await paste('City', input.billingAddress.city);
  await user.type(screen.getByRole('textbox', { name: 'Your name' }), input.name);
  await user.type(screen.getByRole('textbox', { name: 'Email' }), input.email);
  await user.type(screen.getByLabelText(/^Password/), input.password);
  if (options.accept !== false) {
    await user.click(screen.getByRole('checkbox', { name: /article 3 of the seller's terms/ }));
  }
  return user;
}

describe('RegisterPage', () => {
  it('offers the countries by name in the current language, and shows the password rules', async () => {
    await i18n.changeLanguage('pl');
    renderApp({ mocks: signedOut, route: '/register' });

    const country = await screen.findByRole('combobox', { name: 'Kraj' });
    // Polish UI: Poland comes preselected.
    expect(country).toHaveValue('Polska');
    const user = userEvent.setup();
    await user.click(country);
    const names = (await screen.findAllByRole('option')).map((o) => o.textContent);
    for (const name of ['Polska', 'Węgry', 'Ukraina', 'Niemcy', 'Czechy', 'Słowacja', 'Austria']) {
      expect(names).toContain(name);
    }
    expect(names).toContain('Rumunia');
    expect(names).toContain('Litwa');
    expect(names).toContain('Nowa Zelandia');
    await user.keyboard('{Escape}');
    expect(screen.getByLabelText(/^Hasło/)).toHaveAccessibleDescription(
      'Od 8 do 128 znaków. Bardzo popularne hasła i Twój adres e-mail nie są akceptowane.',
    );
  });

  it('asks for the billing address and checks its postal code against the country', async () => {
    renderApp({ mocks: signedOut, route: '/register' });
    const user = await fill();
    const billing = screen.getByRole('group', { name: 'Billing address' });
    // The billing address follows the company's country (Poland).
    expect(within(billing).getByRole('combobox', { name: 'Country of the address' })).toHaveValue(
      'Poland',
    );
    const postal = within(billing).getByRole('textbox', { name: 'Postal code' });
    expect(postal).toHaveAccessibleDescription(expect.stringContaining('For example 00-950'));
    await user.clear(postal);
    await user.paste('00450');
    await user.click(screen.getByRole('button', { name: 'Create the account' }));
    expect(postal).toHaveAccessibleDescription(
      expect.stringContaining('This is not a postal code of Poland. For example: 00-950.'),
    );
    expect(within(billing).getByRole('textbox', { name: 'Street and number' })).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('checks every field before sending, including the resale terms', async () => {
    const user = userEvent.setup();
    renderApp({ mocks: signedOut, route: '/register' });

    await user.click(await screen.findByRole('button', { name: 'Create the account' }));

    expect(screen.getByRole('textbox', { name: 'Tax ID' })).toHaveAccessibleDescription(
      expect.stringContaining('Enter the tax ID.'),
    );
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveAccessibleDescription(
      expect.stringContaining('Choose the country.'),
    );
    expect(screen.getByText('Enter the company name (at least 2 characters).')).toBeInTheDocument();
    expect(screen.getByText('Enter your name.')).toBeInTheDocument();
    expect(screen.getByText('Enter an email address.')).toBeInTheDocument();
    expect(screen.getByText('Enter a password.')).toBeInTheDocument();
    expect(
      screen.getByText(
        "To register, confirm that your company buys for resale (article 3 of the seller's terms).",
      ),
    ).toBeInTheDocument();

    await user.type(screen.getByLabelText(/^Password/), 'short');
    await user.click(screen.getByRole('button', { name: 'Create the account' }));
    expect(screen.getByText('The password needs at least 8 characters.')).toBeInTheDocument();
  });

  it('does not send the form until the resale terms are accepted', async () => {
    const sent = jest.fn(() => ({ data: { registerCompany: adminViewer } }));
    renderApp({
      mocks: [
        ...signedOut,
        { request: { query: RegisterCompanyDocument, variables: () => true }, result: sent },
      ],
      route: '/register',
    });
    const user = await fill({ accept: false });

    await user.click(screen.getByRole('button', { name: 'Create the account' }));

    const terms = screen.getByRole('checkbox', { name: /article 3 of the seller's terms/ });
    expect(terms).toHaveAttribute('aria-invalid', 'true');
    expect(terms).toHaveAccessibleDescription(
      expect.stringContaining(
        "To register, confirm that your company buys for resale (article 3 of the seller's terms).",
      ),
    );
    expect(sent).not.toHaveBeenCalled();
  });

  it('explains a tax ID that is already registered: whom to ask, support mailto, sign in', async () => {
    const guidance =
      'A company with this tax ID already has an account. Ask the colleague who registered it to add you as a representative (Company → Employees → "+ Add employee"), or write to help@seller.test.';
    renderApp({
      mocks: [
        ...signedOut,
        registerMock(
          graphqlError(guidance, {
            code: 'TAX_ID_ALREADY_REGISTERED',
            supportEmail: 'help@seller.test',
          }),
        ),
      ],
      route: '/register',
    });
    const user = await fill();
    await user.click(screen.getByRole('button', { name: 'Create the account' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('This company is already registered')).toBeInTheDocument();
    expect(alert).toHaveTextContent(guidance);
    expect(within(alert).getByRole('link', { name: 'help@seller.test' })).toHaveAttribute(
      'href',
      'mailto:help@seller.test',
    );
    expect(within(alert).getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in',
    );
    // Asking to join starts with the tax ID and country already typed.
    const join = within(alert).getByRole('link', { name: 'Ask to join this company' });
    expect(
      new URL(join.getAttribute('href')!, 'http://portal.test').searchParams.get('country'),
    ).toBe('PL');
    expect(new URL(join.getAttribute('href')!, 'http://portal.test').pathname).toBe('/join');
    expect(
      new URL(join.getAttribute('href')!, 'http://portal.test').searchParams.get('taxId'),
    ).toBe('526-000-12-46');
  });

  it('shows a tax ID the server rejects under the tax ID field', async () => {
    renderApp({
      mocks: [
        ...signedOut,
        registerMock(
          graphqlError('This is not a valid tax ID for PL. Check the digits.', {
            code: 'BAD_USER_INPUT',
            field: 'taxId',
            reason: 'TAX_ID_CHECKSUM',
          }),
        ),
      ],
      route: '/register',
    });
    const user = await fill();
    await user.click(screen.getByRole('button', { name: 'Create the account' }));

    const taxId = screen.getByRole('textbox', { name: 'Tax ID' });
    expect(
      await screen.findByText(
        'This is not a valid tax ID for the chosen country. Check the digits and the country.',
      ),
    ).toBeInTheDocument();
    expect(taxId).toHaveAttribute('aria-invalid', 'true');
    expect(taxId).toHaveAccessibleDescription(
      expect.stringContaining('This is not a valid tax ID for the chosen country.'),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a common password the server refuses under the password field', async () => {
    renderApp({
      mocks: [
        ...signedOut,
        registerMock(
          graphqlError('This password is among the most common ones.', {
            code: 'BAD_USER_INPUT',
            field: 'password',
            reason: 'PASSWORD_TOO_COMMON',
          }),
        ),
      ],
      route: '/register',
    });
    const user = await fill();
    await user.click(screen.getByRole('button', { name: 'Create the account' }));

    await screen.findByText('This password is too common and easy to guess. Choose another.');
    expect(screen.getByLabelText(/^Password/)).toHaveAccessibleDescription(
      expect.stringContaining('This password is too common and easy to guess. Choose another.'),
    );
  });

  it('registers, signs the administrator in and goes home', async () => {
    renderApp({
      mocks: [...signedOut, registerMock({ data: { registerCompany: adminViewer } })],
      route: '/register',
    });
    const user = await fill();
    await user.click(screen.getByRole('button', { name: 'Create the account' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to your customer portal' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('banner')).getByRole('button', { name: /Anna Kowalska/ }),
    ).toHaveTextContent('Volt Distribution Sp. z o.o.');
  });
});
