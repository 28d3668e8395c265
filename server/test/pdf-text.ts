import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../..');

// pdf.js is ESM-only; it runs in a child Node process, outside Jest's module system.
const SCRIPT = `
const data = new Uint8Array(require('fs').readFileSync(process.argv[1]));
import(${JSON.stringify(path.join(root, 'node_modules/pdfjs-dist/legacy/build/pdf.mjs'))}).then(async (pdfjs) => {
  const doc = await pdfjs.getDocument({ data, isEvalSupported: false }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => item.str ?? '').join(' '));
  }
  process.stdout.write(pages.join('\\n'));
});`;

/** The text of a PDF, as a reader would copy it (pdf.js, Mozilla's PDF engine). */
export async function pdfText(data: ArrayBuffer | Buffer): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-')), 'doc.pdf');
  fs.writeFileSync(file, Buffer.from(data as ArrayBuffer));
  try {
    const { stdout } = await run(process.execPath, ['-e', SCRIPT, file], { maxBuffer: 10_000_000 });
    return stdout;
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}
