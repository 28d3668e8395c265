import { Button, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  useReturnRequestQuery,
  useReturnRequestUpdatedSubscription,
  type ReturnRequestQuery,
} from '../../gql/graphql';
import { hasCode } from '../../lib/errors';
import { LoadError } from '../../ui/LoadError';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import type { ReturnView } from './rmaView';

export interface LoadedReturn {
  request: ReturnView;
  /** The support requests about the return. */
  tickets: NonNullable<ReturnRequestQuery['returnRequest']>['tickets'];
  refetch: () => Promise<unknown>;
  /** The last refresh failed: what is shown may be out of date. */
  stale: boolean;
}

interface ReturnLoaderProps {
  rmaNumber: string;
  /** Where "not found" sends the reader back to. */
  back: { to: string; label: string };
  children: (loaded: LoadedReturn) => ReactNode;
}

/**
 * One return by its RMA number, for the customer's and the agents' pages alike: a spinner
 * while it loads, a load error with a retry, "not found" (for another company's return too),
 * or the return itself, kept up to date live (returnRequestUpdated).
 */
export function ReturnLoader({ rmaNumber, back, children }: ReturnLoaderProps) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useReturnRequestQuery({
    variables: { rmaNumber },
    fetchPolicy: 'cache-and-network',
  });
  const request = data?.returnRequest ?? null;
  // Live: each change to the timeline arrives as the whole return, into the cache read above.
  useReturnRequestUpdatedSubscription({ variables: { rmaNumber }, skip: !request });

  if (loading && !data) return <Loading />;
  if (request)
    return children({
      request,
      tickets: request.tickets,
      refetch: () => refetch(),
      stale: !!error,
    });
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
      <Button component={Link} to={back.to}>
        {back.label}
      </Button>
    </Stack>
  );
}
