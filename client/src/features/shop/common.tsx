import { Alert, Anchor, Box, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../app/errors';

export function LoadingBlock() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader role="status" aria-label={t('common.loading')} size="sm" />
    </Center>
  );
}

/** A list or document that did not load: why, and a retry. */
export function LoadError({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: unknown;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{describeError(error, t)}</Text>
        <Button size="sm" color="red" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}

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

/** "Load more" under a list whose server has more rows. */
export function LoadMore({ loading, onClick }: { loading: boolean; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Center>
      <Button variant="default" loading={loading} onClick={onClick}>
        {t('shop.common.loadMore')}
      </Button>
    </Center>
  );
}

/** A link back to a list ("← All orders"). */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Anchor component={Link} to={to} size="sm">
      <span aria-hidden="true">← </span>
      {children}
    </Anchor>
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
