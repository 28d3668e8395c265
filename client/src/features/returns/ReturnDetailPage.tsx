import { Alert, Card, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ROUTES } from '../../../../shared/src/routes';
import { PageTitle } from '../../ui/PageTitle';
import { CancelReturn } from './CancelReturn';
import { LabelButton } from './components';
import { ReturnLoader, type LoadedReturn } from './ReturnLoader';
import {
  HistoryCard,
  isClosedReturn,
  ItemsTable,
  NextStepPanel,
  ReturnAddress,
  ReturnHeader,
} from './ReturnParts';
import { labelMatters, nextStepFor } from './rmaView';
import { BackLink } from '../../ui/BackLink';
import { DocumentRequests } from '../../ui/DocumentRequests';
import { useReturnRequestTicketsQuery } from '../../gql/graphql';

/** /returns/:rmaNumber: where a return stands, what happens next, and its history. */
export function ReturnDetailPage() {
  const { t } = useTranslation();
  const { rmaNumber = '' } = useParams();
  return (
    <ReturnLoader
      rmaNumber={rmaNumber}
      back={{ to: ROUTES.returns, label: t('returns.list.back') }}
    >
      {(loaded) => <ReturnDetailView {...loaded} />}
    </ReturnLoader>
  );
}

/** The support requests about the return, and "Ask about this". */
function ReturnTickets({ rmaNumber }: { rmaNumber: string }) {
  const { data } = useReturnRequestTicketsQuery({
    variables: { rmaNumber },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <DocumentRequests
      kind="RETURN_REQUEST"
      number={rmaNumber}
      tickets={data?.returnRequest?.tickets ?? []}
    />
  );
}

function ReturnDetailView({ request, refetch, stale }: LoadedReturn) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageTitle page={request.rmaNumber} />
      <BackLink to={ROUTES.returns}>{t('returns.list.back')}</BackLink>
      <ReturnHeader
        request={request}
        aside={
          // The next-step panel offers the label while the parcel is still to be sent.
          !request.closedAt &&
          !labelMatters(nextStepFor(request)) && (
            <LabelButton labelUrl={request.labelUrl} variant="default" />
          )
        }
      />
      <NextStepPanel request={request} />
      {request.creditNoteNumber && (
        <Alert color="teal" variant="light" role="note">
          {t('returns.detail.creditNote', { number: request.creditNoteNumber })}
        </Alert>
      )}
      {stale && (
        <Alert color="orange" variant="light" role="status">
          {t('returns.detail.stale')}
        </Alert>
      )}
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
          <ItemsTable
            request={request}
            onPhotoAdded={isClosedReturn(request) ? undefined : () => refetch()}
          />
          <ReturnAddress address={request.shipBackAddress} text={request.returnAddress} />
        </Stack>
      </Card>
      <Group>
        <CancelReturn request={request} refetch={refetch} />
      </Group>
      <HistoryCard request={request} side="customer" />
      <ReturnTickets rmaNumber={request.rmaNumber} />
    </Stack>
  );
}
