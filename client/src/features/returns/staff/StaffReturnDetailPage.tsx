import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ROUTES } from '../../../../../shared/src/routes';
import { describeError, firstApiError, hasCode } from '../../../lib/errors';
import { PageTitle } from '../../../ui/PageTitle';
import { useReturnRequestQuery } from '../../../gql/graphql';
import { LabelButton } from '../components';
import { HistoryCard, ItemsTable, ReturnAddress, ReturnHeader } from '../ReturnParts';
import { canDecide, nextServiceStage, staffActionsFor, type ReturnItemView } from '../rmaView';
import { LoadError } from '../../../ui/LoadError';
import { Loading } from '../../../ui/Loading';
import { BackLink } from '../../../ui/BackLink';
import { ActionDialog, type Action } from './ActionDialog';

/** What a staff member is about to do: asked in a dialog (note, resolution), then sent. */
interface Problem {
  title: string;
  message: string;
}

/** /staff/returns/:rmaNumber: the return with the steps staff may take now, and only those. */
export function StaffReturnDetailPage() {
  const { t } = useTranslation();
  const { rmaNumber = '' } = useParams();
  const { data, loading, error, refetch } = useReturnRequestQuery({
    variables: { rmaNumber },
    fetchPolicy: 'cache-and-network',
  });
  const request = data?.returnRequest ?? null;
  const [action, setAction] = useState<Action | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (loading && !data) return <Loading />;
  if (!request) {
    if (error && !hasCode(error, 'NOT_FOUND')) {
      return (
        <LoadError
          title={t('returns.detail.loadFailed')}
          error={error}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      );
    }
    return (
      <Stack gap="md" align="flex-start">
        <Title order={1}>{t('returns.detail.notFoundTitle')}</Title>
        <Text>{t('returns.detail.notFound', { rma: rmaNumber })}</Text>
        <Button component={Link} to={ROUTES.staffReturns}>
          {t('returns.staff.backToQueue')}
        </Button>
      </Stack>
    );
  }

  const allowed = staffActionsFor(request);
  const anyItemAction = request.items.some(
    (i) => canDecide(request, i) || nextServiceStage(request, i) !== null,
  );
  const nothingToDo = !allowed.authorize && !allowed.receive && !allowed.close && !anyItemAction;

  const itemActions = (item: ReturnItemView) => {
    const decide = canDecide(request, item);
    const stage = nextServiceStage(request, item);
    if (!decide && !stage) return null;
    return (
      <Stack gap={6} align="flex-start">
        {stage && (
          <Button
            size="xs"
            variant="light"
            onClick={() => setAction({ type: 'stage', item, stage })}
          >
            {t('returns.staff.moveTo', { stage: t(`returns.stage.${stage}`) })}
          </Button>
        )}
        {decide && (
          <Group gap={6}>
            <Button
              size="xs"
              color="teal"
              onClick={() => setAction({ type: 'approve', item })}
              aria-label={t('returns.staff.approveNamed', { name: item.name })}
            >
              {t('returns.staff.approve')}
            </Button>
            <Button
              size="xs"
              color="red"
              variant="light"
              onClick={() => setAction({ type: 'reject', item })}
              aria-label={t('returns.staff.rejectNamed', { name: item.name })}
            >
              {t('returns.staff.reject')}
            </Button>
          </Group>
        )}
      </Stack>
    );
  };

  return (
    <Stack gap="lg">
      <PageTitle page={request.rmaNumber} />
      <BackLink to={ROUTES.staffReturns}>{t('returns.staff.backToQueue')}</BackLink>
      <ReturnHeader
        request={request}
        aside={<LabelButton labelUrl={request.labelUrl} variant="default" />}
      />

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
          color="teal"
          variant="light"
          role="status"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      )}

      <Card
        withBorder
        padding="lg"
        radius="md"
        component="section"
        aria-labelledby="staff-actions-title"
      >
        <Stack gap="sm">
          <Title order={2} size="h3" id="staff-actions-title">
            {t('returns.staff.nextSteps')}
          </Title>
          {nothingToDo ? (
            <Text c="dimmed">
              {request.closedAt ? t('returns.staff.nothingClosed') : t('returns.staff.nothing')}
            </Text>
          ) : (
            <>
              <Text size="sm" c="dimmed">
                {t('returns.staff.nextStepsHint')}
              </Text>
              {(allowed.authorize || allowed.receive || allowed.close) && (
                <Group gap="sm">
                  {allowed.authorize && (
                    <Button onClick={() => setAction({ type: 'authorize' })}>
                      {t('returns.staff.authorize')}
                    </Button>
                  )}
                  {allowed.deny && (
                    <Button color="red" variant="light" onClick={() => setAction({ type: 'deny' })}>
                      {t('returns.staff.deny')}
                    </Button>
                  )}
                  {allowed.receive && (
                    <Button onClick={() => setAction({ type: 'receive' })}>
                      {t('returns.staff.receive')}
                    </Button>
                  )}
                  {allowed.close && (
                    <Button variant="default" onClick={() => setAction({ type: 'close' })}>
                      {t('returns.staff.close')}
                    </Button>
                  )}
                </Group>
              )}
              {anyItemAction && <Text size="sm">{t('returns.staff.itemActionsHint')}</Text>}
            </>
          )}
        </Stack>
      </Card>

      <Card
        withBorder
        padding="lg"
        radius="md"
        component="section"
        aria-labelledby="return-items-title"
      >
        <Stack gap="md">
          <Title order={2} size="h3" id="return-items-title">
            {t('returns.detail.items')}
          </Title>
          <ItemsTable request={request} actions={itemActions} />
          <ReturnAddress address={request.returnAddress} />
        </Stack>
      </Card>

      <HistoryCard request={request} side="staff" />

      <ActionDialog
        request={request}
        action={action}
        onClose={() => setAction(null)}
        onDone={(message) => {
          setAction(null);
          setProblem(null);
          setNotice(message);
        }}
        onFailed={(err) => {
          setAction(null);
          setNotice(null);
          if (hasCode(err, 'ILLEGAL_TRANSITION')) {
            setProblem({
              title: t('returns.staff.illegalTitle'),
              message:
                `${firstApiError(err)?.message ?? ''} ${t('returns.staff.illegalReloaded')}`.trim(),
            });
            void refetch().catch(() => undefined);
          } else {
            setProblem({ title: t('returns.staff.failed'), message: describeError(err, t) });
          }
        }}
      />
    </Stack>
  );
}
