import { Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, hasCode } from '../../lib/errors';
import { PageTitle } from '../../ui/PageTitle';
import { OutcomeAlerts, type Problem } from '../../ui/OutcomeAlerts';
import { useViewer } from '../../lib/session';
import {
  useChangeRepresentativeRoleMutation,
  useDisableRepresentativeMutation,
  useEnableRepresentativeMutation,
  useRepresentativesQuery,
  useResendInvitationMutation,
  useRevokeInvitationMutation,
} from '../../gql/graphql';
import { AddEmployeeModal } from './AddEmployeeModal';
import { JoinRequestsList } from './JoinRequestsList';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { LoadError } from '../../ui/LoadError';
import { DESTRUCTIVE, EmployeesTable, who, type Action, type Rep } from './EmployeesTable';

/** The mutation of each action; run(action, rep) sends the one the action names. */
function useRunAction() {
  const [resend] = useResendInvitationMutation();
  const [revoke] = useRevokeInvitationMutation();
  const [changeRole] = useChangeRepresentativeRoleMutation();
  const [disable] = useDisableRepresentativeMutation();
  const [enable] = useEnableRepresentativeMutation();
  return async (action: Action, rep: Rep) => {
    const variables = { id: rep.id };
    switch (action) {
      case 'resend':
        return resend({ variables });
      case 'revoke':
        return revoke({
          variables,
          update(cache, result) {
            if (!result.data?.revokeInvitation) return;
            cache.evict({ id: cache.identify({ __typename: 'Representative', id: rep.id }) });
            cache.gc();
          },
        });
      case 'makeAdmin':
        return changeRole({ variables: { id: rep.id, role: 'ADMIN' } });
      case 'makeMember':
        return changeRole({ variables: { id: rep.id, role: 'MEMBER' } });
      case 'disable':
        return disable({ variables });
      case 'enable':
        return enable({ variables });
    }
  };
}

/** Actions on colleagues: the one waiting for confirmation, the one running, their outcome. */
function useEmployeeActions() {
  const { t } = useTranslation();
  const [pending, setPending] = useState<{ action: Action; rep: Rep } | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const run = useRunAction();

  const perform = async (action: Action, rep: Rep) => {
    setBusyId(rep.id);
    setProblem(null);
    setNotice(null);
    try {
      await run(action, rep);
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
  return { pending, setPending, problem, setProblem, notice, setNotice, busyId, perform, choose };
}

type EmployeeActions = ReturnType<typeof useEmployeeActions>;

/** "Revoke …?", "Make … a member?", "Disable …?": asked before it is done. */
function ConfirmEmployeeAction({ actions }: { actions: EmployeeActions }) {
  const { t } = useTranslation();
  const { pending, busyId } = actions;
  const confirmKey = pending?.action as 'revoke' | 'makeMember' | 'disable' | undefined;
  return (
    <ConfirmModal
      opened={!!pending}
      title={pending ? t(`employees.confirm.${confirmKey!}.title`) : ''}
      message={
        pending
          ? t(`employees.confirm.${confirmKey!}.text`, {
              who: who(pending.rep),
              email: pending.rep.email,
            })
          : ''
      }
      confirmLabel={pending ? t(`employees.action.${pending.action}`) : ''}
      loading={!!pending && busyId === pending.rep.id}
      onConfirm={() => pending && void actions.perform(pending.action, pending.rep)}
      onClose={() => actions.setPending(null)}
    />
  );
}

/** The page's heading, intro, and (for administrators) "Add employee". */
function EmployeesHeader({ onAdd }: { onAdd: (() => void) | null }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" align="flex-end" gap="md">
      <Stack gap={2}>
        <Title order={2} size="h3" id="employees-title">
          {t('employees.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {onAdd ? t('employees.introAdmin') : t('employees.introMember')}
        </Text>
      </Stack>
      {onAdd && <Button onClick={onAdd}>{t('employees.addButton')}</Button>}
    </Group>
  );
}

/** Administrators: the people asking to join, above the colleagues (nothing when none). */
function JoinRequestsSection() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="join-requests-title">
      <JoinRequestsList
        withCompany={false}
        empty={null}
        heading={
          <Stack gap={2}>
            <Title order={3} size="h4" id="join-requests-title">
              {t('join.requests.title')}
            </Title>
            <Text c="dimmed" size="sm">
              {t('join.requests.intro')}
            </Text>
          </Stack>
        }
      />
    </section>
  );
}

/** The company's representatives; administrators add, change and disable them. */
export function EmployeesPage() {
  const { t } = useTranslation();
  const { isAdmin, representative: me } = useViewer();
  const { data, loading, error, refetch } = useRepresentativesQuery({
    notifyOnNetworkStatusChange: true,
  });
  const [adding, setAdding] = useState(false);
  const actions = useEmployeeActions();

  return (
    <Stack gap="md">
      <PageTitle page={t('company.tabs.employees')} />
      <EmployeesHeader onAdd={isAdmin ? () => setAdding(true) : null} />
      <OutcomeAlerts
        problem={actions.problem}
        notice={actions.notice}
        noticeColor="green"
        onCloseProblem={() => actions.setProblem(null)}
        onCloseNotice={() => actions.setNotice(null)}
      />
      {isAdmin && <JoinRequestsSection />}
      {loading && !data ? (
        <Center py="lg">
          <Loader role="status" aria-label={t('common.loading')} size="sm" />
        </Center>
      ) : error && !data ? (
        <LoadError
          title={t('employees.loadFailed')}
          error={error}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      ) : (
        <EmployeesTable
          reps={data?.representatives ?? []}
          meId={me?.id}
          busyId={actions.busyId}
          onChoose={isAdmin ? actions.choose : null}
        />
      )}
      <AddEmployeeModal
        opened={adding}
        onClose={() => setAdding(false)}
        onInvited={(rep) => {
          setAdding(false);
          actions.setProblem(null);
          actions.setNotice(t('employees.done.invited', { email: rep.email }));
        }}
      />
      <ConfirmEmployeeAction actions={actions} />
    </Stack>
  );
}
