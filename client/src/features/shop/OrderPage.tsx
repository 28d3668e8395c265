import { Alert, Anchor, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ROUTES } from '../../../../shared/src/routes';
import { hasCode } from '../../lib/errors';
import { PageTitle } from '../../ui/PageTitle';
import { useShopOrderQuery } from '../../gql/graphql';
import type { OrderPlacedState } from './CheckoutPanel';
import { PdfLink } from './common';
import { DocumentLines } from './DocumentLines';
import { invoicePath } from './format';
import { BackLink } from '../../ui/BackLink';
import { LoadError } from '../../ui/LoadError';
import { Loading } from '../../ui/Loading';
import { formatDate, formatMoney } from '../../lib/format';

/** /shop/orders/:id — an order with its lines and its invoice; thanks right after checkout. */
export function OrderPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const placed = !!(location.state as OrderPlacedState | null)?.placed;
  const { data, loading, error, refetch } = useShopOrderQuery({ variables: { id } });
  const order = data?.order;
  const back = <BackLink to={ROUTES.shopOrders}>{t('shop.order.back')}</BackLink>;

  if (!order) {
    if (loading) return <Loading size="sm" />;
    if (hasCode(error, 'NOT_FOUND')) {
      return (
        <Stack gap="md" align="flex-start">
          <PageTitle page={t('shop.order.notFoundTitle')} />
          {back}
          <Title order={1}>{t('shop.order.notFoundTitle')}</Title>
          <Text>{t('shop.order.notFound')}</Text>
        </Stack>
      );
    }
    return (
      <Stack gap="md">
        {back}
        <LoadError
          title={t('shop.order.loadFailed')}
          error={error}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      </Stack>
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
                {order.invoice ? (
                  <Group gap="md">
                    <Anchor component={Link} to={invoicePath(order.invoice.id)} fw={600} size="sm">
                      {order.invoice.number}
                    </Anchor>
                    <PdfLink href={order.invoice.pdfUrl} number={order.invoice.number} />
                  </Group>
                ) : (
                  <Text c="dimmed" size="sm">
                    {t('shop.order.noInvoice')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Card>
      <Stack gap="sm">
        <Title order={2} size="h3" id="order-lines-title">
          {t('shop.order.lines')}
        </Title>
        <DocumentLines
          lines={order.lines}
          currency={order.currency}
          total={order.total}
          labelledBy="order-lines-title"
        />
      </Stack>
    </Stack>
  );
}
