import { Anchor, Button, Center, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReturnRequestFilter, ReturnRequestsQuery } from '../../gql/graphql';
import { useReturnRequestsQuery } from '../../gql/graphql';
import { KindBadge, ReturnStatusBadge } from './components';
import { formatDate } from './rmaView';
import { LoadError } from '../../ui/LoadError';
import { Loading } from '../../ui/Loading';

export const PAGE_SIZE = 20;

type Row = ReturnRequestsQuery['returnRequests']['edges'][number]['node'];

interface ReturnsTableProps {
  filter: ReturnRequestFilter;
  /** The link of one return (customer or staff page). */
  linkTo: (rmaNumber: string) => string;
  titleId: string;
  empty: string;
  /** Staff see how long a return has waited. */
  showAge?: boolean;
}

const ageInDays = (iso: string) =>
  Math.max(0, Math.floor((Date.now() - new Date(iso).getTime()) / 86_400_000));

/** Returns, newest first, with "Load more" (keyset pages: endCursor → after). */
export function ReturnsTable({ filter, linkTo, titleId, empty, showAge }: ReturnsTableProps) {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useReturnRequestsQuery({
    variables: { filter, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);

  if (loading && !data) return <Loading />;
  if (error && !data) {
    return (
      <LoadError
        title={t('returns.list.loadFailed')}
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }
  const connection = data?.returnRequests;
  const rows: Row[] = connection?.edges.map((e) => e.node) ?? [];

  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await fetchMore({
        variables: { filter, first: PAGE_SIZE, after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...previous,
          returnRequests: {
            ...fetchMoreResult.returnRequests,
            edges: [...previous.returnRequests.edges, ...fetchMoreResult.returnRequests.edges],
          },
        }),
      });
    } catch (err) {
      setMoreError(err);
    } finally {
      setLoadingMore(false);
    }
  };

  if (rows.length === 0) {
    return (
      <Text c="dimmed" py="lg">
        {empty}
      </Text>
    );
  }

  return (
    <Stack gap="md">
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm" highlightOnHover aria-labelledby={titleId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('returns.list.rma')}</Table.Th>
              <Table.Th>{t('returns.list.kind')}</Table.Th>
              <Table.Th>{t('returns.list.status')}</Table.Th>
              <Table.Th>{t('returns.list.created')}</Table.Th>
              {showAge && <Table.Th>{t('returns.list.age')}</Table.Th>}
              <Table.Th ta="right">{t('returns.list.items')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Anchor component={Link} to={linkTo(r.rmaNumber)} fw={600} ff="monospace">
                    {r.rmaNumber}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <KindBadge kind={r.kind} />
                </Table.Td>
                <Table.Td>
                  <ReturnStatusBadge status={r.status} />
                </Table.Td>
                <Table.Td>{formatDate(r.createdAt)}</Table.Td>
                {showAge && (
                  <Table.Td>
                    {r.closedAt
                      ? '—'
                      : ageInDays(r.createdAt) === 0
                        ? t('returns.list.today')
                        : t('returns.list.days', { n: ageInDays(r.createdAt) })}
                  </Table.Td>
                )}
                <Table.Td ta="right">{r.items.length}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {moreError !== null && (
        <LoadError
          title={t('returns.list.loadFailed')}
          error={moreError}
          onRetry={() => void loadMore()}
        />
      )}
      {connection?.pageInfo.hasNextPage && (
        <Center>
          <Group>
            <Button variant="default" onClick={() => void loadMore()} loading={loadingMore}>
              {t('returns.list.loadMore')}
            </Button>
          </Group>
        </Center>
      )}
    </Stack>
  );
}
