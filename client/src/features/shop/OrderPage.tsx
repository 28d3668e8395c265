import { Alert, Anchor, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ROUTES } from '../../../../shared/src/routes';
import { PageTitle } from '../../ui/PageTitle';
import { useShopOrderQuery, type ShopOrderQuery } from '../../gql/graphql';
import type { OrderPlacedState } from './CheckoutPanel';
import { UnavailablePage, PdfLink } from './common';
import { DocumentLines } from './DocumentLines';
import { invoicePath } from './format';
import { BackLink } from '../../ui/BackLink';
import { DocumentRequests } from '../../ui/DocumentRequests';
import { Loading } from '../../ui/Loading';
import { formatDate, formatMoney } from '../../lib/format';

type Order = NonNullable<ShopOrderQuery['order']>;

/** The order's invoice (a link, and its PDF), or that there is none yet. */
function OrderInvoice({ invoice }: { invoice: Order['invoice'] }) {
  const { t } = useTranslation();
  if (!invoice) {
    return (
      <Text c="dimmed" size="sm">
        {t('shop.order.noInvoice')}
      </Text>
    );
  }
  return (
    <Group gap="md">
      <Anchor component={Link} to={invoicePath(invoice.id)} fw={600} size="sm">
        {invoice.number}
      </Anchor>
      <PdfLink href={invoice.pdfUrl} number={invoice.number} />
    </Group>
  );
}

/** Date, reference, total and invoice. */
function OrderFacts({ order }: { order: Order }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" maw={560}>
      <Table variant="vertical" withRowBorders={false} layout="fixed">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={180}>{t('shop.common.date')}</Table.Th>
            <Table.Td>{formatDate(order.createdAt)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('shop.common.reference')}</Table.Th>
            <Table.Td>
              {order.reference ?? (
                <Text c="dimmed" size="sm">
                  {t('shop.order.noReference')}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('shop.common.total')}</Table.Th>
            <Table.Td fw={700}>{formatMoney(order.total, order.currency)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('shop.orders.invoice')}</Table.Th>
            <Table.Td>
              <OrderInvoice invoice={order.invoice} />
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Card>
  );
}

/** /shop/orders/:id — an order with its lines and its invoice; thanks right after checkout. */
export function OrderPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const placed = !!(location.state as OrderPlacedState | null)?.placed;
  const { data, loading, error, refetch } = useShopOrderQuery({
    variables: { id },
    // Its requests change elsewhere (a new request about it): asked again on every visit.
    fetchPolicy: 'cache-and-network',
  });
  const order = data?.order;
  const back = <BackLink to={ROUTES.shopOrders}>{t('shop.order.back')}</BackLink>;

  if (!order) {
    if (loading) return <Loading size="sm" />;
    return (
      <UnavailablePage
        back={back}
        error={error}
        notFoundTitle={t('shop.order.notFoundTitle')}
        notFound={t('shop.order.notFound')}
        loadFailed={t('shop.order.loadFailed')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }

  const title = t('shop.order.title', { number: order.number });
  return (
    <Stack gap="lg">
      <PageTitle page={title} />
      {back}
      {placed && (
        <Alert color="green" variant="light" title={t('shop.order.placedTitle')} role="status">
          {order.invoice
            ? t('shop.order.placed', { number: order.number, invoice: order.invoice.number })
            : t('shop.order.placedNoInvoice', { number: order.number })}
        </Alert>
      )}
      <Title order={1}>{title}</Title>
      <OrderFacts order={order} />
      <Stack gap="sm">
        <Title order={2} size="h3" id="order-lines-title">
          {t('shop.order.lines')}
        </Title>
        <DocumentLines
          lines={order.lines}
          currency={order.currency}
          total={order.total}
          labelledBy="order-lines-title"
          returnFrom={order.invoice?.number ?? null}
        />
      </Stack>
      <DocumentRequests kind="ORDER" number={order.number} tickets={order.tickets} />
    </Stack>
  );
}
