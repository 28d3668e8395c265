import { ActionIcon, Badge, Group, Menu, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import type { RepresentativeFieldsFragment, RepresentativeStatus } from '../../gql/graphql';
import { ResponsiveTable } from '../../ui/ResponsiveTable';

export type Rep = RepresentativeFieldsFragment;
export type Action = 'resend' | 'revoke' | 'makeAdmin' | 'makeMember' | 'disable' | 'enable';

/** Actions that take something away are confirmed first. */
export const DESTRUCTIVE: ReadonlySet<Action> = new Set(['revoke', 'makeMember', 'disable']);

/** How a colleague is named in messages: the name, or the e-mail before one is chosen. */
export const who = (rep: Rep) => rep.name ?? rep.email;

const STATUS_COLOR: Record<RepresentativeStatus, string> = {
  // teal rather than green: Mantine's green badge text is below 4.5:1 on its tint.
  ACTIVE: 'teal',
  INVITED: 'blue',
  DISABLED: 'gray',
};

function DotsIcon() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="currentColor"
    >
      <circle cx="5" cy="12" r="2" />
      <circle cx="12" cy="12" r="2" />
      <circle cx="19" cy="12" r="2" />
    </svg>
  );
}

/** What an administrator may do with a colleague, by status and role. */
function actionsFor(rep: Rep, { self }: { self: boolean }): Action[] {
  if (rep.status === 'INVITED') return ['resend', 'revoke'];
  const actions: Action[] = [rep.role === 'ADMIN' ? 'makeMember' : 'makeAdmin'];
  if (!self) actions.push(rep.status === 'DISABLED' ? 'enable' : 'disable');
  return actions;
}

interface RowProps {
  rep: Rep;
  isSelf: boolean;
  busy: boolean;
  onChoose: ((action: Action, rep: Rep) => void) | null;
}

/** The "…" menu of the actions an administrator may take on a colleague. */
function ActionMenu({
  rep,
  isSelf,
  busy,
  onChoose,
}: RowProps & { onChoose: (action: Action, rep: Rep) => void }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('employees.actionsFor', { who: who(rep) })}
          loading={busy}
        >
          <DotsIcon />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {actionsFor(rep, { self: isSelf }).map((action) => (
          <Menu.Item
            key={action}
            c={DESTRUCTIVE.has(action) ? 'red.9' : undefined}
            onClick={() => onChoose(action, rep)}
          >
            {t(`employees.action.${action}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

/** The name ("no name yet" before activation), "you", and when an invitation went out. */
function NameCell({ rep, isSelf }: { rep: Rep; isSelf: boolean }) {
  const { t } = useTranslation();
  return (
    <Table.Td>
      <Group gap="xs" wrap="nowrap">
        {rep.name ? (
          <Text size="sm" fw={600}>
            {rep.name}
          </Text>
        ) : (
          <Text size="sm" c="dimmed" fs="italic">
            {t('employees.noName')}
          </Text>
        )}
        {isSelf && (
          <Badge variant="outline" size="sm">
            {t('employees.you')}
          </Badge>
        )}
      </Group>
      {rep.status === 'INVITED' && rep.invitedAt && (
        <Text size="xs" c="dimmed">
          {t('employees.invitedOn', { date: formatDate(rep.invitedAt) })}
        </Text>
      )}
    </Table.Td>
  );
}

function EmployeeRow(props: RowProps) {
  const { rep, onChoose } = props;
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <NameCell rep={rep} isSelf={props.isSelf} />
      <Table.Td>{rep.email}</Table.Td>
      <Table.Td>{t(`roles.${rep.role}`)}</Table.Td>
      <Table.Td>
        <Badge color={STATUS_COLOR[rep.status]} variant="light">
          {t(`statuses.${rep.status}`)}
        </Badge>
      </Table.Td>
      {onChoose && (
        <Table.Td ta="right">
          <ActionMenu {...props} onChoose={onChoose} />
        </Table.Td>
      )}
    </Table.Tr>
  );
}

interface EmployeesTableProps {
  reps: Rep[];
  meId: string | undefined;
  busyId: string | null;
  /** Administrators only: an action chosen from a colleague's menu. */
  onChoose: ((action: Action, rep: Rep) => void) | null;
}

/** The company's representatives (labelled by #employees-title). */
export function EmployeesTable({ reps, meId, busyId, onChoose }: EmployeesTableProps) {
  const { t } = useTranslation();
  return (
    <ResponsiveTable minWidth={640}>
      <Table verticalSpacing="sm" highlightOnHover aria-labelledby="employees-title">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('fields.name')}</Table.Th>
            <Table.Th>{t('fields.email')}</Table.Th>
            <Table.Th>{t('fields.role')}</Table.Th>
            <Table.Th>{t('fields.status')}</Table.Th>
            {onChoose && (
              <Table.Th>
                <VisuallyHidden>{t('employees.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reps.map((rep) => (
            <EmployeeRow
              key={rep.id}
              rep={rep}
              isSelf={rep.id === meId}
              busy={busyId === rep.id}
              onChoose={onChoose}
            />
          ))}
        </Table.Tbody>
      </Table>
    </ResponsiveTable>
  );
}
