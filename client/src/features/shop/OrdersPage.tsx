import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useShopOrdersQuery } from '../../gql/graphql';
import { useCursorList } from '../../lib/useCursorList';
import { useDocumentFilter } from './DocumentFilter';
import { DOCUMENTS_PAGE_SIZE, DocumentsPage } from './DocumentList';
import { invoicePath, orderPath } from './format';
import { formatDate, formatMoney } from '../../lib/format';

/** /shop/orders: the company's orders, newest first, filtered by dates and number. */
export function OrdersPage() {
  const { t } = useTranslation();
  const filter = useDocumentFilter();
  const query = useShopOrdersQuery({
    variables: { filter: filter.filter, first: DOCUMENTS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const list = useCursorList(query, 'orders');
  return (
    <DocumentsPage
      title={t('shop.orders.title')}
      titleId="orders-title"
      intro={t('shop.orders.intro')}
      filter={filter}
      list={list}
      loadFailed={t('shop.orders.loadFailed')}
      empty={{
        noMatch: t('shop.orders.noMatch'),
        none: (
          <>
            <Text fw={600}>{t('shop.orders.empty')}</Text>
            <Text c="dimmed">{t('shop.orders.emptyHint')}</Text>
          </>
        ),
      }}
      minWidth={720}
      columns={[
        {
          header: t('shop.common.number'),
          cell: (order) => (
            <Anchor component={Link} to={orderPath(order.id)} fw={600} size="sm">
              {order.number}
            </Anchor>
          ),
        },
        {
          header: t('shop.common.date'),
          cell: (order) => formatDate(order.createdAt),
          nowrap: true,
        },
        { header: t('shop.common.reference'), cell: (order) => order.reference ?? '' },
        {
          header: t('shop.common.total'),
          cell: (order) => formatMoney(order.total, order.currency),
          align: 'right',
          nowrap: true,
        },
        {
          header: t('shop.orders.invoice'),
          cell: ({ invoice }) =>
            invoice && (
              <Anchor component={Link} to={invoicePath(invoice.id)} size="sm">
                {invoice.number}
              </Anchor>
            ),
        },
      ]}
    />
  );
}
