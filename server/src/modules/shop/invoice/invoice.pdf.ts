import { createPdf, pdfToBuffer } from '../../../common/pdf';
import { formatAmount } from '../../../common/money';
import { addressLines, type PostalAddress } from '../../../../../shared/src/addresses';
import type { Locale } from '../../../../../shared/src/locales';
import { lineAmounts, vatRatePercent, vatTotals } from '../../../../../shared/src/vat';
import type { Invoice, InvoiceLine } from './invoice.entity';
import { INVOICE_TEXTS, type InvoiceTexts } from './invoice.pdf.texts';

/** A party printed on an invoice: its name, address and tax ID. */
export interface InvoiceParty {
  name: string;
  address: PostalAddress | string[] | null;
  /** With the country prefix where there is one, e.g. "PL 5260001246". */
  taxId: string;
}

/** The buyer printed on an invoice: the company, or (unmatched) the buyer as the ERP named it. */
export interface InvoiceBuyer extends InvoiceParty {
  /** The customer's language, the invoice's language. */
  locale: Locale;
}

export interface InvoicePdfInput {
  invoice: Invoice;
  lines: InvoiceLine[];
  seller: InvoiceParty & { bankAccount: string };
  buyer: InvoiceParty;
  locale: Locale;
}

const LEFT = 48;
const RIGHT = 547;
/** Column starts and widths: #, product, qty, unit net, net, VAT %, VAT, gross. */
const COLS: Array<[number, number]> = [
  [48, 20],
  [70, 158],
  [230, 34],
  [266, 58],
  [326, 58],
  [386, 36],
  [424, 56],
  [482, 65],
];

const day = (d: Date) => d.toISOString().slice(0, 10);
const percent = (bp: number) => `${vatRatePercent(bp)}%`;

function partyLines(party: InvoiceParty, t: InvoiceTexts): string[] {
  const address = Array.isArray(party.address)
    ? party.address
    : party.address
      ? addressLines(party.address)
      : [];
  return [party.name, ...address, `${t.taxId}: ${party.taxId}`];
}

function tableRow(doc: PDFKit.PDFDocument, values: string[], font: 'bold' | 'body'): void {
  doc.font(font).fontSize(8);
  const height = Math.max(
    ...values.map((v, i) => doc.heightOfString(v, { width: COLS[i]![1] - 4 })),
  );
  if (doc.y + height > 770) doc.addPage();
  const y = doc.y;
  values.forEach((v, i) => {
    const [x, width] = COLS[i]!;
    doc.text(v, x, y, { width: width - 4, align: i === 1 ? 'left' : 'right' });
  });
  doc.y = y + height + 4;
  doc.x = LEFT;
}

function header(doc: PDFKit.PDFDocument, input: InvoicePdfInput, t: InvoiceTexts): void {
  const { invoice } = input;
  doc.font('bold').fontSize(18).text(`${t.title} ${invoice.number}`, LEFT, 48);
  doc.font('body').fontSize(9).moveDown(0.4);
  doc.text(`${t.issued}: ${day(invoice.issuedAt)}    ${t.due}: ${day(invoice.dueAt)}`);
  doc.text(t.terms(invoice.paymentTermsDays, input.seller.bankAccount));
  const top = doc.y + 12;
  for (const [x, title, party] of [
    [LEFT, t.seller, input.seller],
    [300, t.buyer, input.buyer],
  ] as const) {
    doc.font('bold').fontSize(9).text(title.toUpperCase(), x, top);
    doc
      .font('body')
      .fontSize(9)
      .text(partyLines(party, t).join('\n'), x, top + 13, { width: 240 });
  }
  doc.y = Math.max(doc.y, top + 90);
  doc.x = LEFT;
}

function totals(doc: PDFKit.PDFDocument, input: InvoicePdfInput, t: InvoiceTexts): void {
  const sums = vatTotals(input.lines);
  const cur = input.invoice.currency;
  doc.moveDown(0.6);
  doc.font('bold').fontSize(9).text(t.vatSummary, LEFT);
  doc.moveDown(0.3);
  tableRow(doc, ['', t.rate, '', '', t.net, '', t.vat, t.gross], 'bold');
  for (const r of sums.byRate) {
    const amounts = [r.netMinor, r.vatMinor, r.grossMinor].map(formatAmount);
    tableRow(
      doc,
      ['', percent(r.vatRateBp), '', '', amounts[0]!, '', amounts[1]!, amounts[2]!],
      'body',
    );
  }
  doc.moveDown(0.8);
  for (const [label, minor, font] of [
    [t.totalNet, sums.netMinor, 'body'],
    [t.totalVat, sums.vatMinor, 'body'],
    [t.totalGross, sums.grossMinor, 'bold'],
  ] as const) {
    doc.font(font).fontSize(font === 'bold' ? 12 : 10);
    doc.text(`${label}: ${formatAmount(minor)} ${cur}`, LEFT, doc.y, {
      width: RIGHT - LEFT,
      align: 'right',
    });
  }
}

/**
 * The invoice as a PDF in the customer's language: seller and buyer with addresses and tax
 * IDs, issue and due dates, payment terms, each line with its VAT rate and amount, the VAT
 * summary per rate and the net, VAT and gross totals (the shared VAT rule, minor units).
 */
export async function renderInvoicePdf(input: InvoicePdfInput): Promise<Buffer> {
  const t = INVOICE_TEXTS[input.locale];
  const doc = createPdf(`${t.title} ${input.invoice.number}`);
  header(doc, input, t);
  tableRow(doc, [...t.columns], 'bold');
  doc
    .moveTo(LEFT, doc.y - 2)
    .lineTo(RIGHT, doc.y - 2)
    .lineWidth(0.5)
    .stroke();
  for (const l of input.lines) {
    const a = lineAmounts(l);
    tableRow(
      doc,
      [
        String(l.lineNo),
        `${l.name}\n${l.sku}`,
        String(l.quantity),
        formatAmount(l.unitPriceMinor),
        formatAmount(a.netMinor),
        percent(l.vatRateBp),
        formatAmount(a.vatMinor),
        formatAmount(a.grossMinor),
      ],
      'body',
    );
  }
  totals(doc, input, t);
  doc
    .font('body')
    .fontSize(8)
    .moveDown(2)
    .text(t.resale, LEFT, doc.y, { width: RIGHT - LEFT });
  return pdfToBuffer(doc);
}
