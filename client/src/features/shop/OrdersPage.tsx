import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../ui/PageTitle';
import { useShopOrdersQuery } from '../../gql/graphql';
import { DocumentFilterForm, useDocumentFilter } from './DocumentFilter';
import { appendEdges, formatDate, formatMoney, invoicePath, orderPath } from './format';
import { LoadError } from '../../ui/LoadError';
import { Loading } from '../../ui/Loading';
import { LoadMore } from '../../ui/LoadMore';

export const DOCUMENTS_PAGE_SIZE = 20;

/** /shop/orders: the company's orders, newest first, filtered by dates and number. */
export function OrdersPage() {
  const { t } = useTranslation();
  const { values, filter, active, apply } = useDocumentFilter();
  const { data, previousData, loading, error, fetchMore, refetch } = useShopOrdersQuery({
    variables: { filter, first: DOCUMENTS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const shown = data ?? previousData;
  const orders = shown?.orders.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.orders.pageInfo;

  const loadMore = async () => {
    if (!pageInfo?.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          orders: appendEdges(previous.orders, fetchMoreResult.orders),
        }),
      });
    } catch {
      // The list stays; the button can be pressed again.
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="md">
      <PageTitle page={t('shop.orders.title')} />
      <Stack gap={4}>
        <Title order={1} id="orders-title">
          {t('shop.orders.title')}
        </Title>
        <Text c="dimmed">{t('shop.orders.intro')}</Text>
      </Stack>
      <DocumentFilterForm values={values} onApply={apply} />
      {!shown && loading ? (
        <Loading size="sm" />
      ) : !shown ? (
        <LoadError
          title={t('shop.orders.loadFailed')}
          error={error}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      ) : orders.length === 0 ? (
        <Stack gap={4} py="lg">
          <Text fw={600}>{active ? t('shop.orders.noMatch') : t('shop.orders.empty')}</Text>
          {!active && <Text c="dimmed">{t('shop.orders.emptyHint')}</Text>}
        </Stack>
      ) : (
        <Stack gap="md" style={{ opacity: loading && !data ? 0.6 : 1 }}>
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" highlightOnHover aria-labelledby="orders-title">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('shop.common.number')}</Table.Th>
                  <Table.Th>{t('shop.common.date')}</Table.Th>
                  <Table.Th>{t('shop.common.reference')}</Table.Th>
                  <Table.Th ta="right">{t('shop.common.total')}</Table.Th>
                  <Table.Th>{t('shop.orders.invoice')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {orders.map((order) => (
                  <Table.Tr key={order.id}>
                    <Table.Td>
                      <Anchor component={Link} to={orderPath(order.id)} fw={600} size="sm">
                        {order.number}
                      </Anchor>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(order.createdAt)}
                    </Table.Td>
                    <Table.Td>{order.reference ?? ''}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatMoney(order.total, order.currency)}
                    </Table.Td>
                    <Table.Td>
                      {order.invoice && (
                        <Anchor component={Link} to={invoicePath(order.invoice.id)} size="sm">
                          {order.invoice.number}
                        </Anchor>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {pageInfo?.hasNextPage && (
            <LoadMore loading={loadingMore} onClick={() => void loadMore()} />
          )}
        </Stack>
      )}
    </Stack>
  );
}
