import { Anchor, Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

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
