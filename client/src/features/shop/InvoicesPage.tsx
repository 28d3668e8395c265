import { Anchor, Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useShopInvoicesQuery, type InvoiceSource } from '../../gql/graphql';
import { useCursorList } from '../../lib/useCursorList';
import { PdfLink } from './common';
import { useDocumentFilter } from './DocumentFilter';
import { DOCUMENTS_PAGE_SIZE, DocumentsPage } from './DocumentList';
import { invoicePath } from './format';
import { formatDate, formatMoney } from '../../lib/format';
import { TaxIdPendingNote } from '../../ui/TaxIdPendingNote';

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
  const filter = useDocumentFilter();
  const query = useShopInvoicesQuery({
    variables: { filter: filter.filter, first: DOCUMENTS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const list = useCursorList(query, 'invoices');
  return (
    <DocumentsPage
      title={t('shop.invoices.title')}
      titleId="invoices-title"
      intro={t('shop.invoices.intro')}
      notice={<TaxIdPendingNote />}
      filter={filter}
      list={list}
      loadFailed={t('shop.invoices.loadFailed')}
      empty={{
        noMatch: t('shop.invoices.noMatch'),
        none: <Text fw={600}>{t('shop.invoices.empty')}</Text>,
      }}
      minWidth={680}
      columns={[
        {
          header: t('shop.common.number'),
          cell: (invoice) => (
            <Anchor component={Link} to={invoicePath(invoice.id)} fw={600} size="sm">
              {invoice.number}
            </Anchor>
          ),
        },
        {
          header: t('shop.common.date'),
          cell: (invoice) => formatDate(invoice.issuedAt),
          nowrap: true,
        },
        {
          header: t('shop.invoices.source'),
          cell: (invoice) => <SourceBadge source={invoice.source} />,
        },
        {
          header: t('shop.common.total'),
          cell: (invoice) => formatMoney(invoice.total, invoice.currency),
          align: 'right',
          nowrap: true,
        },
        {
          header: t('shop.invoices.document'),
          cell: (invoice) => <PdfLink href={invoice.pdfUrl} number={invoice.number} />,
        },
      ]}
    />
  );
}
