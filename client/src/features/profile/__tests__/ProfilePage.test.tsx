import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { adminViewer, graphqlError, portalFooterMock, viewerMock } from '../../../../test/mocks';
import { renderApp } from '../../../../test/render';
import { ChangePasswordDocument, UpdateProfileDocument } from '../../../gql/graphql';

describe('ProfilePage', () => {
  it('saves name and language, and shows the portal in the new language', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        portalFooterMock,
        viewerMock(adminViewer),
        {
          request: {
            query: UpdateProfileDocument,
            variables: { input: { name: 'Anna Nowak', locale: 'pl' } },
          },
          result: {
            data: {
              updateProfile: {
                __typename: 'Representative',
                id: adminViewer.representative.id,
                name: 'Anna Nowak',
                locale: 'pl',
              },
            },
          },
        },
      ],
      route: '/profile',
    });

    const details = await screen.findByRole('region', { name: 'Your details' });
    expect(within(details).getByRole('textbox', { name: 'Email' })).toHaveValue('anna@volt.test');
    const name = within(details).getByRole('textbox', { name: 'Your name' });
    await user.clear(name);
    await user.type(name, 'Anna Nowak');
    await user.selectOptions(within(details).getByRole('combobox', { name: 'Language' }), 'pl');
    await user.click(within(details).getByRole('button', { name: 'Save changes' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Twój profil' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Twoje dane zostały zapisane.')).toBeInTheDocument();
    expect(
      within(screen.getByRole('banner')).getByRole('button', { name: /Anna Nowak/ }),
    ).toBeInTheDocument();
  });

  it('shows a wrong current password under that field', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        portalFooterMock,
        viewerMock(adminViewer),
        {
          request: {
            query: ChangePasswordDocument,
            variables: { currentPassword: 'not-it', newPassword: 'Brand-new-2026' },
          },
          result: graphqlError('The email or password is not right.', {
            code: 'INVALID_CREDENTIALS',
          }),
        },
        {
          request: {
            query: ChangePasswordDocument,
            variables: { currentPassword: 'Portal-demo-2026', newPassword: 'Brand-new-2026' },
          },
          result: { data: { changePassword: true } },
        },
      ],
      route: '/profile',
    });

    const form = await screen.findByRole('region', { name: 'Change password' });
    await user.click(within(form).getByRole('button', { name: 'Change password' }));
    expect(within(form).getByLabelText(/^Current password/)).toHaveAccessibleDescription(
      'Enter your current password.',
    );

    await user.type(within(form).getByLabelText(/^Current password/), 'not-it');
    await user.type(within(form).getByLabelText(/^New password/), 'Brand-new-2026');
    await user.type(within(form).getByLabelText(/^Repeat the password/), 'Brand-new-2026');
    await user.click(within(form).getByRole('button', { name: 'Change password' }));
    expect(await within(form).findByText('The current password is not right.')).toBeInTheDocument();
    expect(within(form).getByLabelText(/^Current password/)).toHaveAttribute(
      'aria-invalid',
      'true',
    );

    await user.clear(within(form).getByLabelText(/^Current password/));
    await user.type(within(form).getByLabelText(/^Current password/), 'Portal-demo-2026');
    await user.click(within(form).getByRole('button', { name: 'Change password' }));
    expect(await within(form).findByRole('status')).toHaveTextContent(
      'Your password is changed. Other devices were signed out.',
    );
    expect(within(form).getByLabelText(/^Current password/)).toHaveValue('');
  });
});
