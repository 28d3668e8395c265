import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ROUTES } from '../../../../shared/src/routes';
import { hasCode } from '../../lib/errors';
import { PageTitle } from '../../ui/PageTitle';
import { useReturnRequestQuery } from '../../gql/graphql';
import { LabelButton } from './components';
import {
  HistoryCard,
  isClosedReturn,
  ItemsTable,
  NextStepPanel,
  ReturnAddress,
  ReturnHeader,
} from './ReturnParts';
import { labelMatters, nextStepFor } from './rmaView';
import { LoadError } from '../../ui/LoadError';
import { Loading } from '../../ui/Loading';
import { BackLink } from '../../ui/BackLink';

/** /returns/:rmaNumber: where a return stands, what happens next, and its history. */
export function ReturnDetailPage() {
  const { t } = useTranslation();
  const { rmaNumber = '' } = useParams();
  const { data, loading, error, refetch } = useReturnRequestQuery({
    variables: { rmaNumber },
    fetchPolicy: 'cache-and-network',
  });
  const request = data?.returnRequest ?? null;

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
      <Stack gap="md" align="flex-start" maw={640}>
        <PageTitle page={rmaNumber} />
        <Title order={1}>{t('returns.detail.notFoundTitle')}</Title>
        <Text>{t('returns.detail.notFound', { rma: rmaNumber })}</Text>
        <Button component={Link} to={ROUTES.returns}>
          {t('returns.list.back')}
        </Button>
      </Stack>
    );
  }

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
      {error && (
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
          <ReturnAddress address={request.returnAddress} />
        </Stack>
      </Card>
      <HistoryCard request={request} side="customer" />
    </Stack>
  );
}
