import { askAboutPath, parseAbout } from './document-links';

describe('"Ask about this" addresses', () => {
  it('names the document by kind and number, and reads it back', () => {
    const path = askAboutPath('INVOICE', 'FV/2026/000123');
    expect(path).toBe('/requests/new?about=INVOICE%3AFV%2F2026%2F000123');
    const about = new URLSearchParams(path.split('?')[1]).get('about');
    expect(parseAbout(about)).toEqual({ kind: 'INVOICE', number: 'FV/2026/000123' });
  });

  it('ignores what names no document', () => {
    expect(parseAbout(null)).toBeNull();
    expect(parseAbout('BASKET:1')).toBeNull();
    expect(parseAbout('ORDER:')).toBeNull();
    expect(parseAbout('ORDER')).toBeNull();
  });
});
