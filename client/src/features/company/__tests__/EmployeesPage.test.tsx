import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  adminViewer,
  graphqlError,
  memberViewer,
  portalFooterMock,
  viewerMock,
} from '../../../../test/mocks';
import { renderApp } from '../../../../test/render';
import {
  ApproveJoinRequestDocument,
  ChangeRepresentativeRoleDocument,
  DeclineJoinRequestDocument,
  JoinRequestsDocument,
  InviteRepresentativeDocument,
  RepresentativesDocument,
  RevokeInvitationDocument,
} from '../../../gql/graphql';

interface RepFields {
  id: string;
  email: string;
  name: string | null;
  role: 'ADMIN' | 'MEMBER';
  status: 'ACTIVE' | 'INVITED' | 'DISABLED';
  invitedAt?: string | null;
  activatedAt?: string | null;
}

const rep = (fields: RepFields) => ({
  __typename: 'Representative' as const,
  locale: 'en',
  invitedAt: null,
  activatedAt: '2026-01-10T09:00:00.000Z',
  ...fields,
});

const anna = rep({
  id: adminViewer.representative.id,
  email: 'anna@volt.test',
  name: 'Anna Kowalska',
  role: 'ADMIN',
  status: 'ACTIVE',
});
const peter = rep({
  id: memberViewer.representative.id,
  email: 'peter@volt.test',
  name: 'Péter Nagy',
  role: 'MEMBER',
  status: 'ACTIVE',
});
const invited = rep({
  id: 'r0000000-0000-4000-8000-000000000003',
  email: 'new@volt.test',
  name: null,
  role: 'MEMBER',
  status: 'INVITED',
  invitedAt: '2026-03-02T10:00:00.000Z',
  activatedAt: null,
});

const listMock = {
  request: { query: RepresentativesDocument },
  result: { data: { representatives: [anna, peter, invited] } },
};

const jan = {
  __typename: 'JoinRequest' as const,
  id: 'j0000000-0000-4000-8000-000000000001',
  name: 'Jan Nowak',
  email: 'jan@volt.test',
  status: 'PENDING',
  createdAt: '2026-03-01T09:00:00.000Z',
  expiresAt: '2026-03-15T09:00:00.000Z',
  routedToStaff: false,
  company: {
    __typename: 'Company' as const,
    id: adminViewer.company.id,
    name: 'Volt',
    taxId: '5260001246',
    country: 'PL',
  },
};

/** The pending requests to join (the list asks for the first 20). */
function joinRequestsMock(nodes: Array<typeof jan>) {
  return {
    request: { query: JoinRequestsDocument, variables: { first: 20 } },
    result: {
      data: {
        joinRequests: {
          __typename: 'JoinRequestConnection' as const,
          edges: nodes.map((node) => ({
            __typename: 'JoinRequestEdge' as const,
            cursor: node.id,
            node,
          })),
          pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
        },
      },
    },
  };
}

async function table() {
  return screen.findByRole('table', { name: 'Employees' });
}

describe('EmployeesPage', () => {
  it('shows every colleague with role and status to a member, without management', async () => {
    renderApp({
      mocks: [portalFooterMock, viewerMock(memberViewer), listMock],
      route: '/company/employees',
    });

    const rows = within(await table()).getAllByRole('row');
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Name', 'Email', 'Role', 'Status']);
    expect(rows[1]).toHaveTextContent('Anna Kowalska');
    expect(rows[1]).toHaveTextContent('Administrator');
    expect(rows[1]).toHaveTextContent('Active');
    expect(rows[2]).toHaveTextContent('Péter Nagy');
    expect(rows[2]).toHaveTextContent('you');
    expect(rows[3]).toHaveTextContent('Not activated yet');
    expect(rows[3]).toHaveTextContent('new@volt.test');
    expect(rows[3]).toHaveTextContent('Invited');

    expect(screen.queryByRole('button', { name: '+ Add employee' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Actions for/ })).not.toBeInTheDocument();
  });

  it('lets an administrator add an employee in a modal', async () => {
    const user = userEvent.setup();
    const added = rep({
      id: 'r0000000-0000-4000-8000-000000000004',
      email: 'marta@volt.test',
      name: null,
      role: 'ADMIN',
      status: 'INVITED',
      invitedAt: '2026-03-05T10:00:00.000Z',
      activatedAt: null,
    });
    renderApp({
      mocks: [
        portalFooterMock,
        viewerMock(adminViewer),
        joinRequestsMock([]),
        listMock,
        {
          request: {
            query: InviteRepresentativeDocument,
            variables: { input: { email: 'peter@volt.test', role: 'ADMIN', locale: 'en' } },
          },
          result: graphqlError('This email address already has an account.', {
            code: 'EMAIL_ALREADY_REGISTERED',
          }),
        },
        {
          request: {
            query: InviteRepresentativeDocument,
            variables: { input: { email: 'marta@volt.test', role: 'ADMIN', locale: 'en' } },
          },
          result: { data: { inviteRepresentative: added } },
        },
      ],
      route: '/company/employees',
    });
    await table();

    await user.click(screen.getByRole('button', { name: '+ Add employee' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add employee' });
    const email = within(dialog).getByRole('textbox', { name: 'Email' });

    await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));
    expect(email).toHaveAccessibleDescription('Enter an email address.');

    await user.type(email, 'peter@volt.test');
    await user.click(within(dialog).getByRole('radio', { name: /Administrator/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));
    expect(
      await within(dialog).findByText('This email address already has an account in the portal.'),
    ).toBeInTheDocument();

    await user.clear(email);
    await user.type(email, 'marta@volt.test');
    await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent('Invitation sent to marta@volt.test.');
    const rows = within(await table()).getAllByRole('row');
    expect(rows).toHaveLength(5);
    expect(rows[4]).toHaveTextContent('marta@volt.test');
    expect(rows[4]).toHaveTextContent('Invited');
  });

  it('offers resend and revoke for invitations, and confirms the revoke', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        portalFooterMock,
        viewerMock(adminViewer),
        joinRequestsMock([]),
        listMock,
        {
          request: { query: RevokeInvitationDocument, variables: { id: invited.id } },
          result: { data: { revokeInvitation: true } },
        },
      ],
      route: '/company/employees',
    });
    await table();

    await user.click(screen.getByRole('button', { name: 'Actions for new@volt.test' }));
    const menu = await screen.findByRole('menu');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((i) => i.textContent),
    ).toEqual(['Resend invitation', 'Revoke invitation']);
    await user.click(within(menu).getByRole('menuitem', { name: 'Revoke invitation' }));

    const dialog = await screen.findByRole('dialog', { name: 'Revoke the invitation?' });
    expect(dialog).toHaveTextContent('new@volt.test will not be able to activate the account');
    await user.click(within(dialog).getByRole('button', { name: 'Revoke invitation' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'The invitation for new@volt.test was revoked.',
    );
    expect(within(await table()).queryByText('new@volt.test')).not.toBeInTheDocument();
  });

  it('shows LAST_ADMINISTRATOR clearly when the only administrator would step down', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        portalFooterMock,
        viewerMock(adminViewer),
        joinRequestsMock([]),
        listMock,
        {
          request: {
            query: ChangeRepresentativeRoleDocument,
            variables: { id: anna.id, role: 'MEMBER' },
          },
          result: graphqlError('The company needs at least one active administrator.', {
            code: 'LAST_ADMINISTRATOR',
          }),
        },
      ],
      route: '/company/employees',
    });
    await table();

    await user.click(screen.getByRole('button', { name: 'Actions for Anna Kowalska' }));
    const menu = await screen.findByRole('menu');
    // Nobody disables themselves.
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((i) => i.textContent),
    ).toEqual(['Make member']);
    await user.click(within(menu).getByRole('menuitem', { name: 'Make member' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove administrator rights?' });
    await user.click(within(dialog).getByRole('button', { name: 'Make member' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The company needs an administrator');
    expect(alert).toHaveTextContent(
      'The company needs at least one active administrator. Make a colleague administrator first, then try again.',
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('gives the administrator role to a member at once (nothing is taken away)', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        portalFooterMock,
        viewerMock(adminViewer),
        joinRequestsMock([]),
        listMock,
        {
          request: {
            query: ChangeRepresentativeRoleDocument,
            variables: { id: peter.id, role: 'ADMIN' },
          },
          result: { data: { changeRepresentativeRole: { ...peter, role: 'ADMIN' } } },
        },
      ],
      route: '/company/employees',
    });
    await table();

    await user.click(screen.getByRole('button', { name: 'Actions for Péter Nagy' }));
    const menu = await screen.findByRole('menu');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((i) => i.textContent),
    ).toEqual(['Make administrator', 'Disable access']);
    await user.click(within(menu).getByRole('menuitem', { name: 'Make administrator' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Péter Nagy is now an administrator.',
    );
    const row = within(await table())
      .getByText('Péter Nagy')
      .closest('tr')!;
    expect(row).toHaveTextContent('Administrator');
  });

  it('shows requests to join to an administrator, who approves one with a role', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        portalFooterMock,
        viewerMock(adminViewer),
        joinRequestsMock([jan]),
        listMock,
        {
          request: { query: ApproveJoinRequestDocument, variables: { id: jan.id, role: 'ADMIN' } },
          result: {
            data: {
              approveJoinRequest: {
                __typename: 'JoinRequest',
                id: jan.id,
                status: 'APPROVED',
                role: 'ADMIN',
              },
            },
          },
        },
        joinRequestsMock([]),
        listMock,
      ],
      route: '/company/employees',
    });
    const section = await screen.findByRole('region', { name: 'Requests to join' });
    const item = within(section).getByRole('listitem', { name: 'Jan Nowak' });
    expect(item).toHaveTextContent('jan@volt.test');
    await user.click(within(item).getByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog', { name: 'Approve Jan Nowak' });
    await user.click(within(dialog).getByRole('radio', { name: /Administrator/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Approve and invite' }));
    expect(
      await screen.findByText('Jan Nowak is invited: the invitation went to jan@volt.test.'),
    ).toBeInTheDocument();
  });

  it('declines a request to join with a reason, and says when it is gone already', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        portalFooterMock,
        viewerMock(adminViewer),
        joinRequestsMock([jan]),
        listMock,
        {
          request: {
            query: DeclineJoinRequestDocument,
            variables: { id: jan.id, reason: 'Not one of us.' },
          },
          result: graphqlError('Request to join not found.', { code: 'NOT_FOUND' }),
        },
        joinRequestsMock([]),
      ],
      route: '/company/employees',
    });
    const section = await screen.findByRole('region', { name: 'Requests to join' });
    await user.click(within(section).getByRole('button', { name: 'Decline' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decline Jan Nowak' });
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Not one of us.');
    await user.click(within(dialog).getByRole('button', { name: 'Decline the request' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This request is no longer waiting');
  });
});
