/**
 * Documents a support request can be about (issue 13): the company's own orders, invoices and
 * returns, or a catalogue product. Shared by the server (GraphQL enum, checks) and the SPA
 * (the picker, "Ask about this").
 */
export const DOCUMENT_LINK_KINDS = ['ORDER', 'INVOICE', 'RETURN_REQUEST', 'PRODUCT'] as const;
export type DocumentLinkKind = (typeof DOCUMENT_LINK_KINDS)[number];

/** At most this many documents on one request. */
export const MAX_DOCUMENT_LINKS = 10;

export const isDocumentLinkKind = (value: string): value is DocumentLinkKind =>
  (DOCUMENT_LINK_KINDS as readonly string[]).includes(value);

/**
 * "Ask about this": the new-request form with a document already linked, named by its number
 * (a product by its SKU), `/requests/new?about=INVOICE:FV/2026/000123`.
 */
export const ABOUT_PARAM = 'about';

export const askAboutPath = (kind: DocumentLinkKind, number: string): string =>
  `/requests/new?${ABOUT_PARAM}=${encodeURIComponent(`${kind}:${number}`)}`;

/** The document an "about" parameter names, or null when it names none. */
export function parseAbout(
  value: string | null,
): { kind: DocumentLinkKind; number: string } | null {
  const at = (value ?? '').indexOf(':');
  const kind = (value ?? '').slice(0, at);
  const number = (value ?? '').slice(at + 1).trim();
  if (at < 0 || !number || !isDocumentLinkKind(kind)) return null;
  return { kind, number };
}
