import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  adminViewer,
  company,
  memberViewer,
  portalFooterMock,
  viewerMock,
} from '../../../../test/mocks';
import { renderApp } from '../../../../test/render';
import {
  AddShippingAddressDocument,
  CompanyAddressesDocument,
  RepresentativesDocument,
  UpdateCompanyDocument,
} from '../../../gql/graphql';

const billing = {
  __typename: 'CompanyAddress' as const,
  id: 'a0000000-0000-4000-8000-000000000001',
  kind: 'BILLING' as const,
  attention: null,
  street: 'ul. Przemysłowa 12',
  postalCode: '00-450',
  city: 'Warszawa',
  country: 'PL',
};
const warehouse = {
  ...billing,
  id: 'a0000000-0000-4000-8000-000000000002',
  kind: 'SHIPPING' as const,
  attention: 'Goods-in' as string | null,
  street: 'ul. Logistyczna 7',
  postalCode: '05-090',
  city: 'Raszyn',
};

function addressesMock(companyAddresses: Array<typeof billing | typeof warehouse>) {
  return {
    request: { query: CompanyAddressesDocument },
    result: { data: { companyAddresses } },
  };
}

describe('CompanyDetails', () => {
  it('shows a member the company details and addresses read-only', async () => {
    renderApp({
      mocks: [portalFooterMock, viewerMock(memberViewer), addressesMock([billing, warehouse])],
      route: '/company',
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: company.name }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Details', selected: true })).toBeInTheDocument();
    const facts = screen.getByRole('region', { name: 'Registration' });
    expect(facts).toHaveTextContent('5260001246');
    expect(facts).toHaveTextContent('Poland');
    const addresses = screen.getByRole('region', { name: 'Addresses' });
    const billingCard = await within(addresses).findByRole('article', {
      name: 'Billing address: ul. Przemysłowa 12',
    });
    expect(billingCard).toHaveTextContent('00-450 Warszawa');
    expect(
      within(addresses).getByRole('article', { name: 'Ship-to address: ul. Logistyczna 7' }),
    ).toHaveTextContent('Goods-in');
    expect(within(addresses).queryByRole('button')).not.toBeInTheDocument();
    expect(addresses).toHaveTextContent(
      "Only your company's administrator can change the addresses.",
    );
    expect(screen.queryByRole('textbox', { name: 'Company name' })).not.toBeInTheDocument();
  });

  it('lets the administrator edit the name', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        portalFooterMock,
        viewerMock(adminViewer),
        addressesMock([billing]),
        {
          request: {
            query: UpdateCompanyDocument,
            variables: { input: { name: 'Volt Distribution S.A.' } },
          },
          result: { data: { updateCompany: { ...company, name: 'Volt Distribution S.A.' } } },
        },
      ],
      route: '/company',
    });

    const form = await screen.findByRole('region', { name: 'Company name' });
    const name = within(form).getByRole('textbox', { name: 'Company name' });
    await user.clear(name);
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(name).toHaveAccessibleDescription('Enter the company name (at least 2 characters).');

    await user.type(name, 'Volt Distribution S.A.');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));

    expect(await within(form).findByRole('status')).toHaveTextContent(
      'The company details are saved.',
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Volt Distribution S.A.' }),
    ).toBeInTheDocument();
  });

  it('lets the administrator add a ship-to address, checking the postal code first', async () => {
    const user = userEvent.setup();
    const input = {
      attention: null,
      street: 'ul. Logistyczna 7',
      postalCode: '05-090',
      city: 'Raszyn',
      country: 'PL',
    };
    renderApp({
      mocks: [
        portalFooterMock,
        viewerMock(adminViewer),
        addressesMock([billing]),
        {
          request: { query: AddShippingAddressDocument, variables: { input } },
          result: { data: { addShippingAddress: { ...warehouse, attention: null } } },
        },
        addressesMock([billing, { ...warehouse, attention: null }]),
      ],
      route: '/company',
    });

    const addresses = await screen.findByRole('region', { name: 'Addresses' });
    await user.click(
      await within(addresses).findByRole('button', { name: '+ Add ship-to address' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'New ship-to address' });
    // Pasted, not typed, to keep the test quick.
    await user.click(within(dialog).getByRole('textbox', { name: 'Street and number' }));
    await user.paste(input.street);
    const postal = within(dialog).getByRole('textbox', { name: 'Postal code' });
    await user.click(postal);
    await user.paste('05090');
    await user.click(within(dialog).getByRole('textbox', { name: 'City' }));
    await user.paste(input.city);
    await user.click(within(dialog).getByRole('button', { name: 'Save address' }));
    expect(postal).toHaveAccessibleDescription(
      expect.stringContaining('This is not a postal code of Poland. For example: 00-950.'),
    );
    await user.clear(postal);
    await user.paste(input.postalCode);
    await user.click(within(dialog).getByRole('button', { name: 'Save address' }));

    expect(await within(addresses).findByRole('status')).toHaveTextContent('The address is saved.');
    expect(
      await within(addresses).findByRole('article', { name: 'Ship-to address: ul. Logistyczna 7' }),
    ).toBeInTheDocument();
    expect(
      within(addresses).getByRole('button', { name: 'Delete the address ul. Logistyczna 7' }),
    ).toBeInTheDocument();
  });

  it('switches to the employees tab', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        portalFooterMock,
        viewerMock(memberViewer),
        {
          request: { query: RepresentativesDocument },
          result: { data: { representatives: [] } },
        },
      ],
      route: '/company',
    });

    await user.click(await screen.findByRole('tab', { name: 'Employees' }));
    expect(await screen.findByRole('table', { name: 'Employees' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Employees', selected: true })).toBeInTheDocument();
  });
});

describe('CompanyDetails of a company whose tax ID is not confirmed yet', () => {
  it('says its documents appear once the tax ID is confirmed', async () => {
    renderApp({
      mocks: [
        portalFooterMock,
        viewerMock({ ...memberViewer, company: { ...company, taxIdConfirmed: false } }),
      ],
      route: '/company',
    });
    const facts = await screen.findByRole('region', { name: 'Registration' });
    expect(within(facts).getByRole('row', { name: /Tax ID check/ })).toHaveTextContent(
      'Waiting for confirmation',
    );
    expect(
      screen.getByText("Your company's documents appear once we confirm your tax ID."),
    ).toBeInTheDocument();
  });

  it('shows no note once it is confirmed', async () => {
    renderApp({ mocks: [portalFooterMock, viewerMock(memberViewer)], route: '/company' });
    const facts = await screen.findByRole('region', { name: 'Registration' });
    expect(within(facts).getByRole('row', { name: /Tax ID check/ })).toHaveTextContent('Confirmed');
    expect(screen.queryByText(/documents appear once we confirm/)).not.toBeInTheDocument();
  });
});
