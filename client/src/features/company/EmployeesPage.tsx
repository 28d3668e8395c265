import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Menu,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, hasCode } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { PageTitle } from '../../ui/PageTitle';
import { useViewer } from '../../lib/session';
import {
  useChangeRepresentativeRoleMutation,
  useDisableRepresentativeMutation,
  useEnableRepresentativeMutation,
  useRepresentativesQuery,
  useResendInvitationMutation,
  useRevokeInvitationMutation,
  type RepresentativeFieldsFragment,
  type RepresentativeStatus,
} from '../../gql/graphql';
import { AddEmployeeModal } from './AddEmployeeModal';
import { ConfirmModal } from '../../ui/ConfirmModal';

type Rep = RepresentativeFieldsFragment;
type Action = 'resend' | 'revoke' | 'makeAdmin' | 'makeMember' | 'disable' | 'enable';

/** Actions that take something away are confirmed first. */
const DESTRUCTIVE: ReadonlySet<Action> = new Set(['revoke', 'makeMember', 'disable']);

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
function actionsFor(rep: Rep, isSelf: boolean): Action[] {
  if (rep.status === 'INVITED') return ['resend', 'revoke'];
  const actions: Action[] = [rep.role === 'ADMIN' ? 'makeMember' : 'makeAdmin'];
  if (!isSelf) actions.push(rep.status === 'DISABLED' ? 'enable' : 'disable');
  return actions;
}

interface Problem {
  title: string;
  message: string;
}

/** The company's representatives; administrators add, change and disable them. */
export function EmployeesPage() {
  const { t } = useTranslation();
  const { isAdmin, representative: me } = useViewer();
  const { data, loading, error, refetch } = useRepresentativesQuery({
    notifyOnNetworkStatusChange: true,
  });
  const [adding, setAdding] = useState(false);
  const [pending, setPending] = useState<{ action: Action; rep: Rep } | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const [resend] = useResendInvitationMutation();
  const [revoke] = useRevokeInvitationMutation();
  const [changeRole] = useChangeRepresentativeRoleMutation();
  const [disable] = useDisableRepresentativeMutation();
  const [enable] = useEnableRepresentativeMutation();

  const who = (rep: Rep) => rep.name ?? rep.email;

  const perform = async (action: Action, rep: Rep) => {
    setBusyId(rep.id);
    setProblem(null);
    setNotice(null);
    const variables = { id: rep.id };
    try {
      switch (action) {
        case 'resend':
          await resend({ variables });
          break;
        case 'revoke':
          await revoke({
            variables,
            update(cache, result) {
              if (!result.data?.revokeInvitation) return;
              cache.evict({ id: cache.identify({ __typename: 'Representative', id: rep.id }) });
              cache.gc();
            },
          });
          break;
        case 'makeAdmin':
          await changeRole({ variables: { id: rep.id, role: 'ADMIN' } });
          break;
        case 'makeMember':
          await changeRole({ variables: { id: rep.id, role: 'MEMBER' } });
          break;
        case 'disable':
          await disable({ variables });
          break;
        case 'enable':
          await enable({ variables });
          break;
      }
      setNotice(t(`employees.done.${action}`, { who: who(rep), email: rep.email }));
    } catch (err) {
      if (hasCode(err, 'LAST_ADMINISTRATOR')) {
        setProblem({
          title: t('employees.lastAdmin.title'),
          message: t('errors.LAST_ADMINISTRATOR'),
        });
      } else {
        setProblem({ title: t('employees.actionFailed'), message: describeError(err, t) });
      }
    } finally {
      setBusyId(null);
      setPending(null);
    }
  };

  const choose = (action: Action, rep: Rep) => {
    if (DESTRUCTIVE.has(action)) setPending({ action, rep });
    else void perform(action, rep);
  };

  const reps = data?.representatives ?? [];

  return (
    <Stack gap="md">
      <PageTitle page={t('company.tabs.employees')} />
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={2}>
          <Title order={2} size="h3" id="employees-title">
            {t('employees.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {isAdmin ? t('employees.introAdmin') : t('employees.introMember')}
          </Text>
        </Stack>
        {isAdmin && <Button onClick={() => setAdding(true)}>{t('employees.addButton')}</Button>}
      </Group>

      {problem && (
        <Alert
          color="red"
          variant="light"
          title={problem.title}
          role="alert"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setProblem(null)}
        >
          {problem.message}
        </Alert>
      )}
      {notice && (
        <Alert
          color="green"
          variant="light"
          role="status"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      )}

      {loading && !data ? (
        <Center py="lg">
          <Loader role="status" aria-label={t('common.loading')} size="sm" />
        </Center>
      ) : error && !data ? (
        <Alert color="red" variant="light" title={t('employees.loadFailed')} role="alert">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{describeError(error, t)}</Text>
            <Button size="sm" color="red" onClick={() => void refetch().catch(() => undefined)}>
              {t('common.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" highlightOnHover aria-labelledby="employees-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.name')}</Table.Th>
                <Table.Th>{t('fields.email')}</Table.Th>
                <Table.Th>{t('fields.role')}</Table.Th>
                <Table.Th>{t('fields.status')}</Table.Th>
                {isAdmin && (
                  <Table.Th>
                    <VisuallyHidden>{t('employees.actions')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {reps.map((rep) => {
                const isSelf = rep.id === me?.id;
                return (
                  <Table.Tr key={rep.id}>
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
                    <Table.Td>{rep.email}</Table.Td>
                    <Table.Td>{t(`roles.${rep.role}`)}</Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLOR[rep.status]} variant="light">
                        {t(`statuses.${rep.status}`)}
                      </Badge>
                    </Table.Td>
                    {isAdmin && (
                      <Table.Td ta="right">
                        <Menu position="bottom-end" withinPortal>
                          <Menu.Target>
                            <ActionIcon
                              variant="subtle"
                              color="gray"
                              aria-label={t('employees.actionsFor', { who: who(rep) })}
                              loading={busyId === rep.id}
                            >
                              <DotsIcon />
                            </ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
                            {actionsFor(rep, isSelf).map((action) => (
                              <Menu.Item
                                key={action}
                                c={DESTRUCTIVE.has(action) ? 'red.9' : undefined}
                                onClick={() => choose(action, rep)}
                              >
                                {t(`employees.action.${action}`)}
                              </Menu.Item>
                            ))}
                          </Menu.Dropdown>
                        </Menu>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <AddEmployeeModal
        opened={adding}
        onClose={() => setAdding(false)}
        onInvited={(rep) => {
          setAdding(false);
          setProblem(null);
          setNotice(t('employees.done.invited', { email: rep.email }));
        }}
      />
      <ConfirmModal
        opened={!!pending}
        title={
          pending
            ? t(`employees.confirm.${pending.action as 'revoke' | 'makeMember' | 'disable'}.title`)
            : ''
        }
        message={
          pending
            ? t(`employees.confirm.${pending.action as 'revoke' | 'makeMember' | 'disable'}.text`, {
                who: who(pending.rep),
                email: pending.rep.email,
              })
            : ''
        }
        confirmLabel={pending ? t(`employees.action.${pending.action}`) : ''}
        loading={!!pending && busyId === pending.rep.id}
        onConfirm={() => pending && void perform(pending.action, pending.rep)}
        onClose={() => setPending(null)}
      />
    </Stack>
  );
}
