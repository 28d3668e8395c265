import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../ui/PageTitle';
import { useShopInvoicesQuery, type InvoiceSource } from '../../gql/graphql';
import { PdfLink } from './common';
import { DocumentFilterForm, useDocumentFilter } from './DocumentFilter';
import { appendEdges, formatDate, formatMoney, invoicePath } from './format';
import { DOCUMENTS_PAGE_SIZE } from './OrdersPage';
import { LoadError } from '../../ui/LoadError';
import { Loading } from '../../ui/Loading';
import { LoadMore } from '../../ui/LoadMore';

export function SourceBadge({ source }: { source: InvoiceSource }) {
  const { t } = useTranslation();
  return (
    <Badge color={source === 'ORDER' ? 'blue' : 'grape'} variant="light">
      {t(`shop.invoices.sources.${source}`)}
    </Badge>
  );
}

/** /shop/invoices: the company's invoices (portal orders and ERP), with their PDFs. */
export function InvoicesPage() {
  const { t } = useTranslation();
  const { values, filter, active, apply } = useDocumentFilter();
  const { data, previousData, loading, error, fetchMore, refetch } = useShopInvoicesQuery({
    variables: { filter, first: DOCUMENTS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const shown = data ?? previousData;
  const invoices = shown?.invoices.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.invoices.pageInfo;

  const loadMore = async () => {
    if (!pageInfo?.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          invoices: appendEdges(previous.invoices, fetchMoreResult.invoices),
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
      <PageTitle page={t('shop.invoices.title')} />
      <Stack gap={4}>
        <Title order={1} id="invoices-title">
          {t('shop.invoices.title')}
        </Title>
        <Text c="dimmed">{t('shop.invoices.intro')}</Text>
      </Stack>
      <DocumentFilterForm values={values} onApply={apply} />
      {!shown && loading ? (
        <Loading size="sm" />
      ) : !shown ? (
        <LoadError
          title={t('shop.invoices.loadFailed')}
          error={error}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      ) : invoices.length === 0 ? (
        <Stack gap={4} py="lg">
          <Text fw={600}>{active ? t('shop.invoices.noMatch') : t('shop.invoices.empty')}</Text>
        </Stack>
      ) : (
        <Stack gap="md" style={{ opacity: loading && !data ? 0.6 : 1 }}>
          <Table.ScrollContainer minWidth={680}>
            <Table verticalSpacing="sm" highlightOnHover aria-labelledby="invoices-title">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('shop.common.number')}</Table.Th>
                  <Table.Th>{t('shop.common.date')}</Table.Th>
                  <Table.Th>{t('shop.invoices.source')}</Table.Th>
                  <Table.Th ta="right">{t('shop.common.total')}</Table.Th>
                  <Table.Th>{t('shop.invoices.document')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {invoices.map((invoice) => (
                  <Table.Tr key={invoice.id}>
                    <Table.Td>
                      <Anchor component={Link} to={invoicePath(invoice.id)} fw={600} size="sm">
                        {invoice.number}
                      </Anchor>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(invoice.issuedAt)}
                    </Table.Td>
                    <Table.Td>
                      <SourceBadge source={invoice.source} />
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatMoney(invoice.total, invoice.currency)}
                    </Table.Td>
                    <Table.Td>
                      <PdfLink href={invoice.pdfUrl} number={invoice.number} />
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
