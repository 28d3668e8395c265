import { Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ROUTES } from '../../../../../shared/src/routes';
import { hasCode } from '../../../lib/errors';
import { PageTitle } from '../../../ui/PageTitle';
import { useReturnRequestQuery } from '../../../gql/graphql';
import { LabelButton } from '../components';
import { HistoryCard, ReturnHeader } from '../ReturnParts';
import { ReturnItemsCard } from '../ReturnItemsCard';
import type { ReturnView } from '../rmaView';
import { LoadError } from '../../../ui/LoadError';
import { Loading } from '../../../ui/Loading';
import { BackLink } from '../../../ui/BackLink';
import { ActionDialog, type Action } from './ActionDialog';
import { ItemActions, NextStepsCard, StepOutcomeAlerts, useStepOutcome } from './StaffReturnParts';

/** No such return (or not one staff may see): back to the queue. */
function StaffReturnNotFound({ rmaNumber }: { rmaNumber: string }) {
  const { t } = useTranslation();
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

/** The loaded return: its header, next steps, items with their steps, and history. */
function StaffReturnView({
  request,
  refetch,
}: {
  request: ReturnView;
  refetch: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [action, setAction] = useState<Action | null>(null);
  const outcome = useStepOutcome(refetch);
  return (
    <Stack gap="lg">
      <PageTitle page={request.rmaNumber} />
      <BackLink to={ROUTES.staffReturns}>{t('returns.staff.backToQueue')}</BackLink>
      <ReturnHeader
        request={request}
        aside={<LabelButton labelUrl={request.labelUrl} variant="default" />}
      />
      <StepOutcomeAlerts outcome={outcome} />
      <NextStepsCard request={request} onAction={setAction} />
      <ReturnItemsCard
        request={request}
        actions={(item) => <ItemActions request={request} item={item} onAction={setAction} />}
      />
      <HistoryCard request={request} side="staff" />
      <ActionDialog
        request={request}
        action={action}
        onClose={() => setAction(null)}
        onDone={(message) => {
          setAction(null);
          outcome.succeeded(message);
        }}
        onFailed={(err) => {
          setAction(null);
          outcome.failed(err);
        }}
      />
    </Stack>
  );
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

  if (loading && !data) return <Loading />;
  if (request) return <StaffReturnView request={request} refetch={() => refetch()} />;
  if (error && !hasCode(error, 'NOT_FOUND')) {
    return (
      <LoadError
        title={t('returns.detail.loadFailed')}
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }
  return <StaffReturnNotFound rmaNumber={rmaNumber} />;
}
