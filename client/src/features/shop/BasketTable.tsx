import { Anchor, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '../../lib/format';
import type { Basket, BasketLine } from './basket';
import { productPath } from './format';
import { WarningIcon } from './icons';
import { QuantityStepper } from './QuantityStepper';
import { ResponsiveTable } from '../../ui/ResponsiveTable';

interface BasketTableProps {
  basket: Basket;
  /** The product whose line is being changed (its controls wait). */
  busy: string | null;
  /** A new quantity for a line; 0 removes it. */
  onChange: (line: BasketLine, quantity: number) => void;
}

/** The product's name (a link), its SKU, and why it cannot be ordered as it stands. */
function ProductCell({ line }: { line: BasketLine }) {
  const { t } = useTranslation();
  const { product } = line;
  return (
    <Table.Td>
      <Anchor component={Link} to={productPath(product.sku)} fw={600} size="sm" display="block">
        {product.name}
      </Anchor>
      <Text size="xs" c="dimmed">
        {product.sku}
      </Text>
      {!line.available && (
        <Group gap={4} wrap="nowrap" mt={4} c="orange.9">
          <WarningIcon />
          <Text size="sm" fw={600} c="orange.9">
            {product.stock > 0
              ? t('shop.basket.unavailable', { stock: product.stock })
              : t('shop.basket.soldOut')}
          </Text>
        </Group>
      )}
    </Table.Td>
  );
}

/** One line: product, unit price, quantity stepper, line total, "Remove". */
function BasketRow({
  line,
  currency,
  busy,
  onChange,
}: Omit<BasketTableProps, 'basket'> & {
  line: BasketLine;
  currency: string;
}) {
  const { t } = useTranslation();
  const { product } = line;
  const waiting = busy === product.id;
  return (
    <Table.Tr bg={line.available ? undefined : 'var(--mantine-color-orange-light)'}>
      <ProductCell line={line} />
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {formatMoney(product.price, product.currency)}
      </Table.Td>
      <Table.Td>
        <QuantityStepper
          name={product.name}
          quantity={line.quantity}
          busy={waiting}
          onChange={(quantity) => onChange(line, quantity)}
        />
      </Table.Td>
      <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
        {formatMoney(line.lineTotal, currency)}
      </Table.Td>
      <Table.Td ta="right">
        <Button
          variant="subtle"
          color="red"
          size="xs"
          disabled={waiting}
          aria-label={t('shop.basket.removeNamed', { name: product.name })}
          onClick={() => onChange(line, 0)}
        >
          {t('shop.basket.remove')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

/** The basket's lines with their steppers, and the total (labelled by #basket-title). */
export function BasketTable({ basket, busy, onChange }: BasketTableProps) {
  const { t } = useTranslation();
  return (
    <ResponsiveTable minWidth={640}>
      <Table verticalSpacing="sm" aria-labelledby="basket-title">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('shop.common.product')}</Table.Th>
            <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
              {t('shop.common.unitPrice')}
            </Table.Th>
            <Table.Th>{t('shop.common.quantity')}</Table.Th>
            <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
              {t('shop.common.lineTotal')}
            </Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('shop.basket.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {basket.lines.map((line) => (
            <BasketRow
              key={line.product.id}
              line={line}
              currency={basket.currency}
              busy={busy}
              onChange={onChange}
            />
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={3} ta="right">
              {t('shop.common.total')}
            </Table.Th>
            <Table.Td ta="right" fw={700} style={{ whiteSpace: 'nowrap' }}>
              {formatMoney(basket.total, basket.currency)}
            </Table.Td>
            <Table.Td />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </ResponsiveTable>
  );
}
