import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { agentViewer, portalFooterMock, viewerMock } from '../../../../../test/mocks';
import { renderApp } from '../../../../../test/render';
import {
  CreateRequestTypeDocument,
  SetServiceLevelTargetsDocument,
  StaffRequestTypesDocument,
  UpdateRequestTypeDocument,
} from '../../../../gql/graphql';

const names = (en: string) => ({
  __typename: 'LocalizedNames' as const,
  en,
  uk: `${en} (uk)`,
  hu: `${en} (hu)`,
  pl: `${en} (pl)`,
});

const type = (id: string, name: string, active = true, children: object[] = []) => ({
  __typename: 'RequestType' as const,
  id,
  name,
  active,
  serviceLevels: {
    __typename: 'ServiceLevelTargets' as const,
    firstResponseHours: 8,
    resolutionHours: 40,
    own: false,
  },
  names: names(name),
  children,
});

/** A type as the mutations answer it (without its sub-categories). */
const answer = ({ children: _children, ...fields }: ReturnType<typeof type>) => fields;

const GROUP_ID = 'g0000000-0000-4000-8000-000000000001';
const damaged = type('t0000000-0000-4000-8000-000000000011', 'Damaged parcel');
const lost = type('t0000000-0000-4000-8000-000000000012', 'Lost parcel', false);
const fromAbroad = type('t0000000-0000-4000-8000-000000000013', 'Parcel from abroad');

function portals(children: object[]) {
  return {
    data: {
      portals: [
        {
          __typename: 'Portal',
          key: 'CUSTOMER_SERVICE',
          name: 'Customer service',
          requestTypeGroups: [
            {
              __typename: 'RequestTypeGroup',
              id: GROUP_ID,
              name: 'Orders and delivery',
              names: names('Orders and delivery'),
              types: [
                type('t0000000-0000-4000-8000-000000000001', 'Delivery problem', true, children),
                type('t0000000-0000-4000-8000-000000000002', 'Fax orders', false),
              ],
            },
          ],
        },
      ],
    },
  };
}

const newNames = {
  en: 'Parcel from abroad',
  uk: 'Посилка з-за кордону',
  hu: 'Külföldi csomag',
  pl: 'Przesyłka z zagranicy',
};

describe('request types (staff)', () => {
  it('lists inactive types with a badge and adds a sub-category in four languages', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        portalFooterMock,
        viewerMock(agentViewer),
        { request: { query: StaffRequestTypesDocument }, result: portals([damaged, lost]) },
        {
          request: {
            query: CreateRequestTypeDocument,
            variables: {
              groupId: GROUP_ID,
              parentId: 't0000000-0000-4000-8000-000000000001',
              names: newNames,
            },
          },
          result: { data: { createRequestType: answer(fromAbroad) } },
        },
        {
          request: { query: StaffRequestTypesDocument },
          result: portals([damaged, lost, fromAbroad]),
        },
      ],
      route: '/staff',
    });

    await user.click(
      await screen.findByRole('link', { name: 'Edit request types' }, { timeout: 15000 }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Request types' }),
    ).toBeInTheDocument();
    const group = screen.getByRole('region', { name: 'Orders and delivery' });
    const items = within(group).getAllByRole('listitem');
    const row = (name: string) => items.find((li) => li.textContent?.startsWith(name))!;
    expect(row('Fax orders')).toHaveTextContent('Inactive');
    expect(row('Lost parcel')).toHaveTextContent('Inactive');
    expect(row('Damaged parcel')).not.toHaveTextContent('Inactive');
    expect(within(group).getByRole('button', { name: 'Restore Lost parcel' })).toBeInTheDocument();
    expect(
      within(group).getByRole('button', { name: 'Retire Damaged parcel' }),
    ).toBeInTheDocument();

    await user.click(
      within(group).getByRole('button', { name: 'Add sub-category to Delivery problem' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'New sub-category of Delivery problem',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(within(dialog).getAllByText('Enter the name in this language.')).toHaveLength(4);

    await user.type(within(dialog).getByRole('textbox', { name: 'English' }), newNames.en);
    await user.type(within(dialog).getByRole('textbox', { name: 'Ukrainian' }), newNames.uk);
    await user.type(within(dialog).getByRole('textbox', { name: 'Hungarian' }), newNames.hu);
    await user.type(within(dialog).getByRole('textbox', { name: 'Polish' }), newNames.pl);
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));

    expect(
      await within(group).findByRole('button', { name: 'Retire Parcel from abroad' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('retires a type', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        portalFooterMock,
        viewerMock(agentViewer),
        { request: { query: StaffRequestTypesDocument }, result: portals([damaged]) },
        {
          request: {
            query: UpdateRequestTypeDocument,
            variables: { id: damaged.id, active: false },
          },
          result: {
            data: { updateRequestType: { ...answer(damaged), active: false } },
          },
        },
      ],
      route: '/staff/request-types',
    });

    await user.click(await screen.findByRole('button', { name: 'Retire Damaged parcel' }));
    expect(
      await screen.findByRole('button', { name: 'Restore Damaged parcel' }),
    ).toBeInTheDocument();
  });

  it('sets a type’s service-level targets in business hours, checked before sending', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        portalFooterMock,
        viewerMock(agentViewer),
        {
          request: { query: StaffRequestTypesDocument },
          result: portals([damaged]),
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        {
          request: {
            query: SetServiceLevelTargetsDocument,
            variables: {
              requestTypeId: damaged.id,
              targets: { firstResponseHours: 2, resolutionHours: 16 },
            },
          },
          result: {
            data: {
              setServiceLevelTargets: {
                __typename: 'RequestType',
                id: damaged.id,
                serviceLevels: {
                  __typename: 'ServiceLevelTargets',
                  firstResponseHours: 2,
                  resolutionHours: 16,
                  own: true,
                },
              },
            },
          },
        },
      ],
      route: '/staff/request-types',
    });

    await user.click(
      await screen.findByRole('button', { name: 'Service-level targets of Damaged parcel' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Service-level targets: Damaged parcel',
    });
    const first = within(dialog).getByRole('textbox', {
      name: 'First response within (business hours)',
    });
    const resolution = within(dialog).getByRole('textbox', {
      name: 'Resolution within (business hours)',
    });
    await user.clear(first);
    await user.type(first, '20');
    await user.clear(resolution);
    await user.type(resolution, '16');
    await user.click(within(dialog).getByRole('button', { name: 'Save targets' }));
    expect(
      within(dialog).getByText('Not shorter than the first response target.'),
    ).toBeInTheDocument();
    await user.clear(first);
    await user.type(first, '2');
    await user.click(within(dialog).getByRole('button', { name: 'Save targets' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Service-level targets of Damaged parcel' }),
      ).toHaveTextContent('2 h / 16 h'),
    );
  });
});
