import { Anchor, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { returnLinePath } from '../../../../shared/src/routes';
import { formatMoney } from '../../lib/format';
import { ResponsiveTable } from '../../ui/ResponsiveTable';

interface Line {
  lineNo: number;
  sku: string;
  name: string;
  quantity: number;
  unitPrice: string;
  lineTotal: string;
}

/** The numbered lines of an order or an invoice, with the total. */
export function DocumentLines({
  lines,
  currency,
  total,
  labelledBy,
  returnFrom,
}: {
  lines: Line[];
  currency: string;
  total: string;
  labelledBy: string;
  /** The invoice the lines were billed on: each line gets "Return this" (the return wizard). */
  returnFrom?: string | null;
}) {
  const { t } = useTranslation();
  return (
    <ResponsiveTable minWidth={640}>
      <Table verticalSpacing="sm" aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>{t('shop.common.lineNo')}</Table.Th>
            <Table.Th w={140}>{t('shop.common.sku')}</Table.Th>
            <Table.Th>{t('shop.common.product')}</Table.Th>
            <Table.Th ta="right">{t('shop.common.quantity')}</Table.Th>
            <Table.Th ta="right">{t('shop.common.unitPrice')}</Table.Th>
            <Table.Th ta="right">{t('shop.common.lineTotal')}</Table.Th>
            {returnFrom && (
              <Table.Th>
                <VisuallyHidden>{t('shop.returnThis')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...lines]
            .sort((a, b) => a.lineNo - b.lineNo)
            .map((line) => (
              <Table.Tr key={line.lineNo}>
                <Table.Td>{line.lineNo}</Table.Td>
                <Table.Td>{line.sku}</Table.Td>
                <Table.Td>{line.name}</Table.Td>
                <Table.Td ta="right">{line.quantity}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(line.unitPrice, currency)}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(line.lineTotal, currency)}
                </Table.Td>
                {returnFrom && (
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Anchor
                      component={Link}
                      to={returnLinePath(returnFrom, line.sku)}
                      size="sm"
                      aria-label={t('shop.returnThisNamed', { name: line.name })}
                    >
                      {t('shop.returnThis')}
                    </Anchor>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={5} ta="right">
              {t('shop.common.total')}
            </Table.Th>
            <Table.Td ta="right" fw={700} style={{ whiteSpace: 'nowrap' }}>
              {formatMoney(total, currency)}
            </Table.Td>
            {returnFrom && <Table.Td />}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </ResponsiveTable>
  );
}
