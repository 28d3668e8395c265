import { createPdf, pdfToBuffer } from '../../../common/pdf';
import { formatAmount } from '../../../common/money';
import type { Company } from '../../accounts/company/company.entity';
import type { Invoice, InvoiceLine } from './invoice.entity';

/** The buyer printed on an invoice: the company, or (unmatched) the buyer as the ERP named it. */
export type InvoiceBuyer = Pick<
  Company,
  'name' | 'country' | 'taxId' | 'addressLine1' | 'addressLine2' | 'postalCode' | 'city'
>;

/** The invoice as a PDF: numbered lines, quantities, net prices and total. */
export async function renderInvoicePdf(
  invoice: Invoice,
  lines: InvoiceLine[],
  buyer: InvoiceBuyer,
  sellerName: string,
): Promise<Buffer> {
  const doc = createPdf(`Invoice ${invoice.number}`);
  doc.font('bold').fontSize(18).text(`Invoice ${invoice.number}`);
  doc.font('body').fontSize(10).moveDown(0.5);
  doc.text(`Issued: ${invoice.issuedAt.toISOString().slice(0, 10)}`);
  doc.text(`Seller: ${sellerName}`);
  doc.text(`Buyer: ${buyer.name}, ${buyer.country} ${buyer.taxId}`);
  const address = [
    buyer.addressLine1,
    buyer.addressLine2,
    [buyer.postalCode, buyer.city].filter(Boolean).join(' '),
  ].filter(Boolean);
  if (address.length) doc.text(address.join(', '));
  doc.moveDown();
  const cols = [48, 78, 178, 388, 438, 500];
  const header = ['#', 'SKU', 'Product', 'Qty', 'Net price', 'Net total'];
  const row = (values: string[], font: 'bold' | 'body' = 'body') => {
    const y = doc.y;
    doc.font(font).fontSize(9);
    values.forEach((v, i) => {
      const width = (cols[i + 1] ?? 547) - cols[i]! - 6;
      doc.text(v, cols[i]!, y, { width, align: i >= 3 ? 'right' : 'left' });
    });
    doc.moveDown(0.4);
    doc.x = 48;
  };
  row(header, 'bold');
  for (const l of lines) {
    row([
      String(l.lineNo),
      l.sku,
      l.name,
      String(l.quantity),
      formatAmount(l.unitPriceMinor),
      formatAmount(l.unitPriceMinor * l.quantity),
    ]);
  }
  doc.moveDown();
  doc
    .font('bold')
    .fontSize(11)
    .text(`Total (net): ${formatAmount(invoice.totalMinor)} ${invoice.currency}`, {
      align: 'right',
    });
  doc
    .font('body')
    .fontSize(8)
    .moveDown(2)
    .text('Goods sold for resale only (article 3 of the terms of sale).', 48);
  return pdfToBuffer(doc);
}
