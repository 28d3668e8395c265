import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  adminViewer,
  agentViewer,
  company,
  graphqlError,
  portalFooterMock,
  viewerMock,
} from '../../../../test/mocks';
import { chooseCountry } from '../../../../test/forms';
import { renderApp } from '../../../../test/render';
import { OnboardCompanyDocument } from '../../../gql/graphql';

const input = {
  taxId: '12892312',
  country: 'HU',
  name: 'Duna Elektro Kft.',
  adminEmail: 'admin@duna.test',
  contracted: true,
  locale: 'hu',
};

async function fill() {
  const user = userEvent.setup();
  await screen.findByRole('heading', { level: 1, name: 'Staff area' }, { timeout: 15_000 });
  await user.type(screen.getByRole('textbox', { name: 'Tax ID' }), input.taxId);
  await chooseCountry(user, 'Hungary');
  await user.type(screen.getByRole('textbox', { name: 'Company name' }), input.name);
  await user.type(screen.getByRole('textbox', { name: "Administrator's email" }), input.adminEmail);
  await user.selectOptions(screen.getByRole('combobox', { name: 'Language of the email' }), 'hu');
  return user;
}

describe('StaffPage', () => {
  it('onboards a contracted company and says the administrator got an activation email', async () => {
    renderApp({
      mocks: [
        portalFooterMock,
        viewerMock(agentViewer),
        {
          request: { query: OnboardCompanyDocument, variables: { input } },
          result: {
            data: {
              onboardCompany: {
                ...company,
                id: 'c0000000-0000-4000-8000-000000000002',
                name: input.name,
                taxId: input.taxId,
                country: 'HU',
              },
            },
          },
        },
      ],
      route: '/staff',
    });
    const user = await fill();
    expect(screen.getByRole('checkbox', { name: /Contract customer/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Create the company' }));

    const done = await screen.findByRole('status');
    expect(done).toHaveTextContent('The company is set up');
    expect(done).toHaveTextContent(
      'Duna Elektro Kft. is in the portal. Its administrator (admin@duna.test) got an activation email',
    );
    expect(screen.getByRole('textbox', { name: 'Tax ID' })).toHaveValue('');
  });

  it('checks the form and shows a tax ID already in the portal under its field', async () => {
    renderApp({
      mocks: [
        portalFooterMock,
        viewerMock(agentViewer),
        {
          request: { query: OnboardCompanyDocument, variables: { input } },
          result: graphqlError('A company with this tax ID already has an account.', {
            code: 'TAX_ID_ALREADY_REGISTERED',
            supportEmail: 'help@seller.test',
          }),
        },
      ],
      route: '/staff',
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Create the company' }));
    expect(screen.getByRole('textbox', { name: 'Tax ID' })).toHaveAccessibleDescription(
      'Enter the tax ID.',
    );
    expect(
      screen.getByRole('textbox', { name: "Administrator's email" }),
    ).toHaveAccessibleDescription(expect.stringContaining('Enter an email address.'));

    await fill();
    await user.click(screen.getByRole('button', { name: 'Create the company' }));
    expect(
      await screen.findByText('A company with this tax ID and country is already in the portal.'),
    ).toBeInTheDocument();
  });

  it('is for agents only', async () => {
    renderApp({ mocks: [portalFooterMock, viewerMock(adminViewer)], route: '/staff' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'This page is not for your account' }),
    ).toBeInTheDocument();
    expect(screen.getByText("This page is for the seller's staff.")).toBeInTheDocument();
  });
});
