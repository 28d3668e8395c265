import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  portalFooterMock,
  portalHomeMock,
  representative,
  representativeViewer,
  viewerMock,
} from '../../../../test/mocks';
import { renderApp } from '../../../../test/render';
import { UpdateProfileDocument } from '../../../gql/graphql';

describe('first sign-in without a name', () => {
  it('asks for the name before anything else and saves it to the profile', async () => {
    const user = userEvent.setup();
    const nameless = representativeViewer(
      representative({ name: null, email: 'buyer@volt.test', role: 'ADMIN' }),
    );
    renderApp({
      mocks: [
        portalFooterMock,
        portalHomeMock,
        viewerMock(nameless),
        {
          request: {
            query: UpdateProfileDocument,
            variables: { input: { name: 'Ewa Zakupy (purchasing)' } },
          },
          result: {
            data: {
              updateProfile: {
                __typename: 'Representative',
                id: nameless.representative.id,
                name: 'Ewa Zakupy (purchasing)',
                locale: 'en',
              },
            },
          },
        },
      ],
      route: '/company',
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to the portal' }),
    ).toBeInTheDocument();
    // The header names the person by email until they give a name.
    expect(
      within(screen.getByRole('banner')).getByRole('button', { name: /buyer@volt\.test/ }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('textbox', { name: 'Your name' })).toHaveAccessibleDescription(
      expect.stringContaining('Enter your name.'),
    );

    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Ewa Zakupy (purchasing)');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    // Back to the page they wanted.
    expect(await screen.findByRole('tab', { name: 'Details' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('banner')).getByRole('button', { name: /Ewa Zakupy/ }),
    ).toBeInTheDocument();
  });
});
