import { Anchor, Box, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hasCode } from '../../lib/errors';
import { LoadError } from '../../ui/LoadError';
import { PageTitle } from '../../ui/PageTitle';

/** "In stock: 12" or "Out of stock", with a coloured dot (the words say it too). */
export function StockBadge({ stock }: { stock: number }) {
  const { t } = useTranslation();
  const inStock = stock > 0;
  return (
    <Group gap={6} wrap="nowrap">
      <Box
        aria-hidden="true"
        w={8}
        h={8}
        style={{ borderRadius: '50%', flex: 'none' }}
        bg={inStock ? 'teal.7' : 'red.7'}
      />
      <Text size="sm" fw={500} c={inStock ? 'teal.9' : 'red.9'} style={{ whiteSpace: 'nowrap' }}>
        {inStock ? t('shop.common.inStock', { count: stock }) : t('shop.common.outOfStock')}
      </Text>
    </Group>
  );
}

/** A link to an invoice's PDF: the session cookie goes along, the browser shows it in a tab. */
export function PdfLink({ href, number }: { href: string; number: string }) {
  const { t } = useTranslation();
  return (
    <Anchor
      href={href}
      target="_blank"
      rel="noopener"
      aria-label={t('shop.invoices.pdf', { number })}
      fw={600}
      size="sm"
    >
      PDF
    </Anchor>
  );
}

interface UnavailablePageProps {
  /** The link back to the list or catalogue. */
  back: ReactNode;
  error: unknown;
  /** The heading (and page title) when there is no such thing. */
  notFoundTitle: string;
  notFound: string;
  /** The heading of the load error. */
  loadFailed: string;
  onRetry: () => void;
}

/** A product, order or invoice that could not be shown: not found (or not ours), or a load error. */
export function UnavailablePage(props: UnavailablePageProps) {
  if (hasCode(props.error, 'NOT_FOUND')) {
    return (
      <Stack gap="md" align="flex-start">
        <PageTitle page={props.notFoundTitle} />
        {props.back}
        <Title order={1}>{props.notFoundTitle}</Title>
        <Text>{props.notFound}</Text>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      {props.back}
      <LoadError title={props.loadFailed} error={props.error} onRetry={props.onRetry} />
    </Stack>
  );
}
