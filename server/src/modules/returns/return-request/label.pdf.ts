import bwipjs from 'bwip-js';
import { createPdf, pdfToBuffer } from '../../../common/pdf';
import type { Company } from '../../accounts/company/company.entity';
import { addressLines, type PostalAddress } from '../../../../../shared/src/addresses';
import type { ReturnItem, ReturnRequest } from './return-request.entity';

/** An address typed on one line ("Street 1, 00-001 City") or several, one part a line. */
function textLines(address: string): string[] {
  return address
    .split(/[,\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * The parcel label: the RMA number in large text and as a Code128 barcode, the sender, the
 * warehouse address, the sender at the return's ship-back address (else its billing address),
 * the items, and what to do with it.
 */
export async function renderLabelPdf(
  request: ReturnRequest,
  items: ReturnItem[],
  sender: Company,
  billingAddress: PostalAddress | null,
  warehouseAddress: string,
  sellerName: string,
): Promise<Buffer> {
  const barcode = await bwipjs.toBuffer({
    bcid: 'code128',
    text: request.rmaNumber,
    scale: 3,
    height: 14,
    includetext: false,
  });
  const doc = createPdf(`Return label ${request.rmaNumber}`);
  doc.lineWidth(2).rect(40, 40, 515, 330).stroke();
  doc
    .font('bold')
    .fontSize(12)
    .text(request.kind === 'SERVICE' ? 'SERVICE REQUEST' : 'RETURN', 56, 56);
  doc.font('bold').fontSize(30).text(request.rmaNumber, 56, 76);
  doc.image(barcode, 56, 120, { width: 300, height: 70 });
  doc.font('bold').fontSize(10).text('TO', 380, 120);
  doc
    .font('body')
    .fontSize(11)
    .text([sellerName, ...textLines(warehouseAddress)].join('\n'), 380, 134, { width: 165 });
  // FROM: the company at the address the goods come from and go back to (the return's
  // ship-back address), else its billing address.
  const from = request.shipBackAddress ?? billingAddress;
  doc.font('bold').fontSize(10).text('FROM', 56, 210);
  doc
    .font('body')
    .fontSize(10)
    .text(
      [sender.name, ...(from ? addressLines(from) : []), `${sender.country} ${sender.taxId}`].join(
        '\n',
      ),
      56,
      224,
      { width: 300, height: 74, ellipsis: true },
    );
  if (request.returnAddress && !request.shipBackAddress) {
    // An older API client's free-text ship-back address, printed as it was sent.
    doc.font('bold').fontSize(10).text('SHIP BACK TO', 380, 210);
    doc.font('body').fontSize(9).text(textLines(request.returnAddress).join('\n'), 380, 224, {
      width: 165,
      height: 70,
      ellipsis: true,
    });
  }
  doc.font('bold').fontSize(10).text('CONTENTS', 56, 300);
  doc
    .font('body')
    .fontSize(9)
    .text(
      items
        .map((i) => `${i.quantity} × ${i.sku} ${i.name} (invoice ${i.invoiceNumber})`)
        .join('\n'),
      56,
      314,
      { width: 480, height: 50, ellipsis: true },
    );
  doc
    .font('body')
    .fontSize(10)
    .text(
      'Print this label and stick it on the outside of the parcel. Send the parcel to the address above. ' +
        'Follow the progress of your return in the customer portal.',
      40,
      392,
      { width: 515 },
    );
  return pdfToBuffer(doc);
}
