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
import { RepresentativesDocument, UpdateCompanyDocument } from '../../../gql/graphql';

describe('CompanyDetails', () => {
  it('shows a member the company details read-only', async () => {
    renderApp({ mocks: [portalFooterMock, viewerMock(memberViewer)], route: '/company' });

    expect(
      await screen.findByRole('heading', { level: 1, name: company.name }),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Details', selected: true })).toBeInTheDocument();
    const facts = screen.getByRole('region', { name: 'Registration' });
    expect(facts).toHaveTextContent('5260001246');
    expect(facts).toHaveTextContent('Poland');
    expect(facts).toHaveTextContent('ul. Przemysłowa 12');
    expect(screen.queryByRole('textbox', { name: 'Company name' })).not.toBeInTheDocument();
  });

  it('lets the administrator edit name and address', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        portalFooterMock,
        viewerMock(adminViewer),
        {
          request: {
            query: UpdateCompanyDocument,
            variables: {
              input: {
                name: 'Volt Distribution S.A.',
                addressLine1: 'ul. Przemysłowa 12',
                addressLine2: '',
                postalCode: '00-450',
                city: 'Kraków',
              },
            },
          },
          result: {
            data: { updateCompany: { ...company, name: 'Volt Distribution S.A.', city: 'Kraków' } },
          },
        },
      ],
      route: '/company',
    });

    const form = await screen.findByRole('region', { name: 'Name and address' });
    const name = within(form).getByRole('textbox', { name: 'Company name' });
    await user.clear(name);
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(name).toHaveAccessibleDescription('Enter the company name (at least 2 characters).');

    await user.type(name, 'Volt Distribution S.A.');
    const city = within(form).getByRole('textbox', { name: 'City' });
    await user.clear(city);
    await user.type(city, 'Kraków');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));

    expect(await within(form).findByRole('status')).toHaveTextContent(
      'The company details are saved.',
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Volt Distribution S.A.' }),
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
