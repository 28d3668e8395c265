import { Alert, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROUTES } from '../../../../../shared/src/routes';
import {
  useUnmatchedInvoicesQuery,
  type UnmatchedInvoiceFieldsFragment,
} from '../../../gql/graphql';
import { describeError } from '../../../lib/errors';
import { formatDate, formatMoney } from '../../../lib/format';
import { useCursorList } from '../../../lib/useCursorList';
import { BackLink } from '../../../ui/BackLink';
import { CursorList } from '../../../ui/CursorList';
import { countryName, FormErrorAlert } from '../../../ui/forms';
import { PageTitle } from '../../../ui/PageTitle';
import { AssignButton, ConfirmTaxIdButton, type ActionResult } from './UnmatchedActions';
import { ResponsiveTable } from '../../../ui/ResponsiveTable';

type Invoice = UnmatchedInvoiceFieldsFragment;

const PAGE_SIZE = 20;

/** The buyer as the ERP named it: country and tax ID. */
function Buyer({ invoice }: { invoice: Invoice }) {
  return (
    <Stack gap={0}>
      <Text size="sm">{invoice.buyerCountry ? countryName(invoice.buyerCountry) : '—'}</Text>
      <Text size="sm" ff="monospace">
        {invoice.buyerTaxId ?? '—'}
      </Text>
    </Stack>
  );
}

/** Why the invoice waits, in words. */
function MatchReason({ match }: { match: Invoice['match'] }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" fw={500} c={match === 'UNKNOWN_BUYER' ? 'dimmed' : 'orange.8'}>
      {t(`staff.unmatched.match.${match}`)}
    </Text>
  );
}

/** The row's actions: confirm the registered company's tax ID (when that is why), assign. */
function RowActions({ invoice, result }: { invoice: Invoice; result: ActionResult }) {
  const canConfirm = invoice.match === 'TAX_ID_NOT_CONFIRMED' && !!invoice.buyerCompany;
  return (
    <Group gap="xs">
      {canConfirm && <ConfirmTaxIdButton invoice={invoice} {...result} />}
      <AssignButton invoice={invoice} {...result} />
    </Group>
  );
}

/** On a phone: one card per invoice, the same facts and actions as a table row. */
function UnmatchedCards({ invoices, result }: { invoices: Invoice[]; result: ActionResult }) {
  const { t } = useTranslation();
  return (
    <Stack
      gap="sm"
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-labelledby="unmatched-title"
    >
      {invoices.map((invoice) => (
        <Card key={invoice.id} component="li" withBorder padding="md">
          <Stack gap="xs">
            <Group justify="space-between" wrap="nowrap">
              <Text fw={600}>{invoice.number}</Text>
              <Text size="sm">{formatMoney(invoice.total, invoice.currency)}</Text>
            </Group>
            <Text size="sm" c="dimmed">
              {formatDate(invoice.issuedAt)}
            </Text>
            <Buyer invoice={invoice} />
            <MatchReason match={invoice.match} />
            <Text size="sm">
              {t('staff.unmatched.columns.company')}:{' '}
              {invoice.buyerCompany?.name ?? t('staff.unmatched.noCompany')}
            </Text>
            <RowActions invoice={invoice} result={result} />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

function Row({ invoice, result }: { invoice: Invoice; result: ActionResult }) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Td fw={600}>{invoice.number}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(invoice.issuedAt)}</Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {formatMoney(invoice.total, invoice.currency)}
      </Table.Td>
      <Table.Td>
        <Buyer invoice={invoice} />
      </Table.Td>
      <Table.Td>
        <MatchReason match={invoice.match} />
      </Table.Td>
      <Table.Td>
        {invoice.buyerCompany?.name ?? (
          <Text size="sm" c="dimmed">
            {t('staff.unmatched.noCompany')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <RowActions invoice={invoice} result={result} />
      </Table.Td>
    </Table.Tr>
  );
}

function UnmatchedTable({ invoices, result }: { invoices: Invoice[]; result: ActionResult }) {
  const { t } = useTranslation();
  return (
    <ResponsiveTable minWidth={900}>
      <Table verticalSpacing="sm" aria-labelledby="unmatched-title">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('shop.common.number')}</Table.Th>
            <Table.Th>{t('shop.common.date')}</Table.Th>
            <Table.Th ta="right">{t('shop.common.total')}</Table.Th>
            <Table.Th>{t('staff.unmatched.columns.buyer')}</Table.Th>
            <Table.Th>{t('staff.unmatched.columns.reason')}</Table.Th>
            <Table.Th>{t('staff.unmatched.columns.company')}</Table.Th>
            <Table.Th>{t('staff.unmatched.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invoices.map((invoice) => (
            <Row key={invoice.id} invoice={invoice} result={result} />
          ))}
        </Table.Tbody>
      </Table>
    </ResponsiveTable>
  );
}

type Feedback = { kind: 'done'; message: string } | { kind: 'failed'; message: string };

/** /staff/unmatched-documents: ERP invoices waiting for a company; confirm or assign. */
export function UnmatchedDocumentsPage() {
  const { t } = useTranslation();
  const query = useUnmatchedInvoicesQuery({
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const list = useCursorList(query, 'unmatchedInvoices');
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const phone = useMediaQuery('(max-width: 48em)');
  const result: ActionResult = {
    onDone: (message) => {
      setFeedback({ kind: 'done', message });
      void query.refetch().catch(() => undefined);
    },
    onError: (err) => setFeedback({ kind: 'failed', message: describeError(err, t) }),
  };
  return (
    <Stack gap="lg">
      <PageTitle page={t('staff.unmatched.title')} />
      <BackLink to={ROUTES.staff}>{t('staff.unmatched.back')}</BackLink>
      <Stack gap={4}>
        <Title order={1} id="unmatched-title">
          {t('staff.unmatched.title')}
        </Title>
        <Text c="dimmed" maw={720}>
          {t('staff.unmatched.intro')}
        </Text>
      </Stack>
      {feedback?.kind === 'done' && (
        <Alert
          color="green"
          variant="light"
          role="status"
          withCloseButton
          onClose={() => setFeedback(null)}
        >
          {feedback.message}
        </Alert>
      )}
      {feedback?.kind === 'failed' && <FormErrorAlert>{feedback.message}</FormErrorAlert>}
      <CursorList
        list={list}
        loadFailed={t('staff.unmatched.loadFailed')}
        empty={<Text fw={600}>{t('staff.unmatched.empty')}</Text>}
      >
        {(invoices) =>
          phone ? (
            <UnmatchedCards invoices={invoices} result={result} />
          ) : (
            <UnmatchedTable invoices={invoices} result={result} />
          )
        }
      </CursorList>
    </Stack>
  );
}
