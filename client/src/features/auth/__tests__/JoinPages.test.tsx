import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlError, portalFooterMock, portalHomeMock, viewerMock } from '../../../../test/mocks';
import { renderApp } from '../../../../test/render';
import { ConfirmJoinRequestDocument, RequestToJoinCompanyDocument } from '../../../gql/graphql';

const signedOut = [portalFooterMock, portalHomeMock, viewerMock(null)];

describe('JoinPage', () => {
  it('starts with the tax ID from the registration, and answers "check your mailbox"', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        ...signedOut,
        {
          request: {
            query: RequestToJoinCompanyDocument,
            variables: {
              input: {
                taxId: '526-000-12-46',
                country: 'PL',
                name: 'Marek Zieliński',
                email: 'marek@volt.test',
                locale: 'en',
              },
            },
          },
          result: { data: { requestToJoinCompany: true } },
        },
      ],
      route: '/join?taxId=526-000-12-46&country=PL',
    });
    await screen.findByRole(
      'heading',
      { level: 1, name: 'Ask to join your company' },
      { timeout: 10_000 },
    );
    expect(screen.getByRole('textbox', { name: 'Tax ID' })).toHaveValue('526-000-12-46');
    await user.click(screen.getByRole('button', { name: 'Send my request' }));
    expect(screen.getByRole('textbox', { name: 'Your name' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Marek Zieliński');
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'marek@volt.test');
    await user.click(screen.getByRole('button', { name: 'Send my request' }));
    await screen.findByRole('heading', { level: 1, name: 'Check your mailbox' });
    expect(screen.getByRole('status')).toHaveTextContent(
      'We have sent a link to marek@volt.test. Open it within 24 hours to confirm your request.',
    );
  }, 180_000);
});

describe('JoinConfirmPage', () => {
  it('confirms on a click, not on opening, and says the same whatever exists', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        ...signedOut,
        {
          request: { query: ConfirmJoinRequestDocument, variables: { token: 'tok' } },
          result: { data: { confirmJoinRequest: 'CONFIRMED' } },
        },
      ],
      route: '/join/confirm?token=tok',
    });
    await screen.findByRole('heading', { level: 1, name: 'Confirm your request to join' });
    await user.click(screen.getByRole('button', { name: 'Confirm and send my request' }));
    await screen.findByRole('heading', { level: 1, name: 'Your request is on its way' });
  });

  it('explains a used link and offers to ask again', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        ...signedOut,
        {
          request: { query: ConfirmJoinRequestDocument, variables: { token: 'used' } },
          result: graphqlError('This link is not valid or has already been used.', {
            code: 'INVALID_TOKEN',
          }),
        },
      ],
      route: '/join/confirm?token=used',
    });
    await user.click(await screen.findByRole('button', { name: 'Confirm and send my request' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This link is not valid');
    expect(screen.getByRole('link', { name: 'Ask again' })).toHaveAttribute('href', '/join');
  });
});
