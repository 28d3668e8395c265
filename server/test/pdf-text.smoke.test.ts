import { createPdf, pdfToBuffer } from '../src/common/pdf';
import { pdfText } from './pdf-text';

it('reads back the text of our PDFs, Cyrillic included', async () => {
  const doc = createPdf('t');
  doc.text('RMA-2026-000042 Повернення Zwrot Visszaküldés');
  expect(await pdfText(await pdfToBuffer(doc))).toContain(
    'RMA-2026-000042 Повернення Zwrot Visszaküldés',
  );
});
