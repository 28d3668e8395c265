import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ROUTES } from '../../../../../shared/src/routes';
import { PageTitle } from '../../../ui/PageTitle';
import { LabelButton } from '../components';
import { HistoryCard, ReturnHeader } from '../ReturnParts';
import { ReturnItemsCard } from '../ReturnItemsCard';
import { ReturnLoader } from '../ReturnLoader';
import type { ReturnView } from '../rmaView';
import { BackLink } from '../../../ui/BackLink';
import { CustomerCard } from '../../../ui/CustomerCompany';
import { ActionDialog, type Action } from './ActionDialog';
import { ItemActions, NextStepsCard, StepOutcomeAlerts, useStepOutcome } from './StaffReturnParts';

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
      <CustomerCard company={request.company} />
      {request.creditNoteNumber && (
        <Text size="sm">
          {t('returns.detail.creditNote', { number: request.creditNoteNumber })}
        </Text>
      )}
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
  return (
    <ReturnLoader
      rmaNumber={rmaNumber}
      back={{ to: ROUTES.staffReturns, label: t('returns.staff.backToQueue') }}
    >
      {({ request, refetch }) => <StaffReturnView request={request} refetch={refetch} />}
    </ReturnLoader>
  );
}
