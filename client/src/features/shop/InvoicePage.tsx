import { Button, Card, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ROUTES } from '../../../../shared/src/routes';
import { PageTitle } from '../../ui/PageTitle';
import { useShopInvoiceQuery, type ShopInvoiceQuery } from '../../gql/graphql';
import { UnavailablePage } from './common';
import { DocumentLines } from './DocumentLines';
import { DocumentIcon } from './icons';
import { SourceBadge } from './InvoicesPage';
import { BackLink } from '../../ui/BackLink';
import { DocumentRequests } from '../../ui/DocumentRequests';
import { Loading } from '../../ui/Loading';
import { formatDate, formatMoney } from '../../lib/format';

type Invoice = NonNullable<ShopInvoiceQuery['invoice']>;

/** Issued, source, total, and the PDF. */
function InvoiceFacts({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" maw={560}>
      <Stack gap="md">
        <Table variant="vertical" withRowBorders={false} layout="fixed">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={180}>{t('shop.invoice.issued')}</Table.Th>
              <Table.Td>{formatDate(invoice.issuedAt)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('shop.invoices.source')}</Table.Th>
              <Table.Td>
                <SourceBadge source={invoice.source} />
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('shop.common.total')}</Table.Th>
              <Table.Td fw={700}>{formatMoney(invoice.total, invoice.currency)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <Button
          component="a"
          href={invoice.pdfUrl}
          target="_blank"
          rel="noopener"
          leftSection={<DocumentIcon />}
          variant="light"
          style={{ alignSelf: 'flex-start' }}
        >
          {t('shop.invoice.download')}
        </Button>
      </Stack>
    </Card>
  );
}

/** /shop/invoices/:id — an invoice with its numbered lines and its PDF. */
export function InvoicePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useShopInvoiceQuery({
    variables: { id },
    // Its requests change elsewhere (a new request about it): asked again on every visit.
    fetchPolicy: 'cache-and-network',
  });
  const invoice = data?.invoice;
  const back = <BackLink to={ROUTES.shopInvoices}>{t('shop.invoice.back')}</BackLink>;

  if (!invoice) {
    if (loading) return <Loading size="sm" />;
    return (
      <UnavailablePage
        back={back}
        error={error}
        notFoundTitle={t('shop.invoice.notFoundTitle')}
        notFound={t('shop.invoice.notFound')}
        loadFailed={t('shop.invoice.loadFailed')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }

  const title = t('shop.invoice.title', { number: invoice.number });
  return (
    <Stack gap="lg">
      <PageTitle page={title} />
      {back}
      <Title order={1}>{title}</Title>
      <InvoiceFacts invoice={invoice} />
      <Stack gap="sm">
        <Title order={2} size="h3" id="invoice-lines-title">
          {t('shop.invoice.lines')}
        </Title>
        <DocumentLines
          lines={invoice.lines}
          currency={invoice.currency}
          total={invoice.total}
          labelledBy="invoice-lines-title"
          returnFrom={invoice.number}
        />
      </Stack>
      <DocumentRequests kind="INVOICE" number={invoice.number} tickets={invoice.tickets} />
    </Stack>
  );
}
