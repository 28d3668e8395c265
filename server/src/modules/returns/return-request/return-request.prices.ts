import { In, type EntityManager } from 'typeorm';
import { Invoice, InvoiceLine } from '../../shop/invoice/invoice.entity';
import type { ReturnItem } from './return-request.entity';
import type { LinePrices } from './return-request.plan';

/** Prices are not needed by the step: asking for one is a programming error. */
export const NO_PRICES: LinePrices = {
  priceOf: () => {
    throw new Error('This step reads no prices.');
  },
};

/** The unit price and currency of each item's invoice line, read in the transaction. */
export async function linePrices(tx: EntityManager, items: ReturnItem[]): Promise<LinePrices> {
  const lines = await tx
    .getRepository(InvoiceLine)
    .find({ where: { id: In(items.map((i) => i.invoiceLineId)) } });
  const invoices = await tx
    .getRepository(Invoice)
    .find({ where: { id: In([...new Set(lines.map((l) => l.invoiceId))]) } });
  return {
    priceOf(item) {
      const line = lines.find((l) => l.id === item.invoiceLineId)!;
      const invoice = invoices.find((i) => i.id === line.invoiceId)!;
      return { unitPriceMinor: line.unitPriceMinor, currency: invoice.currency };
    },
  };
}
