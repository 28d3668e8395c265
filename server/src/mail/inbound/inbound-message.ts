import { createHash } from 'node:crypto';
import { simpleParser, type AddressObject, type Attachment, type ParsedMail } from 'mailparser';

/** How a message reached us; the envelope where the channel knows it (SMTP). */
export interface InboundDelivery {
  channel: 'SMTP' | 'IMAP';
  /** SMTP MAIL FROM: '' for the null reverse path (bounces); undefined when unknown (IMAP). */
  mailFrom?: string;
  /** SMTP RCPT TO addresses. */
  rcptTo?: string[];
}

/** A received e-mail, parsed: what the processing needs and nothing more. */
export interface InboundMessage {
  /** A hash of the Message-ID, or of the raw message when it has none: the dedupe key. */
  dedupeKey: string;
  messageId: string | null;
  from: string | null;
  subject: string | null;
  /** Every address it was sent to: envelope, To, Cc, Delivered-To, X-Original-To. */
  recipients: string[];
  /** In-Reply-To and References. */
  referencedIds: string[];
  text: string;
  attachments: Attachment[];
  /** AUTO_REPLY or BOUNCE when a machine wrote it; null for a person's message. */
  automatic: 'AUTO_REPLY' | 'BOUNCE' | null;
}

const addresses = (value: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? [value] : [])
    .flatMap((a) => a.value)
    .flatMap((a) => [a.address ?? '', ...(a.group ?? []).map((g) => g.address ?? '')])
    .filter(Boolean)
    .map((a) => a.toLowerCase());

function headerText(mail: ParsedMail, name: string): string | null {
  const v = mail.headers.get(name);
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && 'value' in v) return String((v as { value: unknown }).value);
  return String(v);
}

/** The addresses of a header mailparser may give as text or as parsed addresses. */
function headerAddresses(mail: ParsedMail, name: string): string[] {
  const v = mail.headers.get(name);
  if (typeof v === 'string')
    return [
      v
        .replace(/^.*<|>.*$/g, '')
        .trim()
        .toLowerCase(),
    ];
  if (v && typeof v === 'object' && 'value' in v && Array.isArray(v.value))
    return addresses(v as AddressObject);
  return [];
}

/**
 * Whether a machine wrote the message: a bounce (null reverse path, an empty Return-Path, a
 * delivery report `multipart/report`, mailer-daemon) or an auto-reply (`Auto-Submitted` other
 * than no, `Precedence: bulk|junk|list`, `X-Autoreply`, `X-Autorespond`). RFC 3834 and 3464.
 */
function automaticKind(mail: ParsedMail, delivery: InboundDelivery): InboundMessage['automatic'] {
  const returnPath = mail.headers.get('return-path') as AddressObject | undefined;
  const emptyReturnPath = returnPath !== undefined && !addresses(returnPath).length;
  const contentType = headerText(mail, 'content-type')?.toLowerCase() ?? '';
  const from = addresses(mail.from)[0] ?? '';
  if (
    delivery.mailFrom === '' ||
    emptyReturnPath ||
    contentType.startsWith('multipart/report') ||
    /^(mailer-daemon|postmaster)@/i.test(from)
  )
    return 'BOUNCE';
  const autoSubmitted = headerText(mail, 'auto-submitted')?.trim().toLowerCase();
  const precedence = headerText(mail, 'precedence')?.trim().toLowerCase();
  if (
    (autoSubmitted && autoSubmitted !== 'no') ||
    (precedence && ['bulk', 'junk', 'list'].includes(precedence)) ||
    mail.headers.has('x-autoreply') ||
    mail.headers.has('x-autorespond')
  )
    return 'AUTO_REPLY';
  return null;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Parses a raw message (RFC 5322) as received by either channel. */
export async function parseInbound(
  raw: Buffer,
  delivery: InboundDelivery,
): Promise<InboundMessage> {
  const mail = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
  const messageId = mail.messageId?.trim() || null;
  const references = Array.isArray(mail.references)
    ? mail.references
    : mail.references
      ? [mail.references]
      : [];
  const extra = ['delivered-to', 'x-original-to'].flatMap((h) => headerAddresses(mail, h));
  return {
    dedupeKey: sha256(messageId ? `message-id:${messageId.toLowerCase()}` : raw),
    messageId,
    from: addresses(mail.from)[0] ?? null,
    subject: mail.subject ?? null,
    recipients: [
      ...new Set([
        ...(delivery.rcptTo ?? []).map((a) => a.toLowerCase()),
        ...addresses(mail.to),
        ...addresses(mail.cc),
        ...extra,
      ]),
    ],
    referencedIds: [...(mail.inReplyTo ? mail.inReplyTo.split(/\s+/) : []), ...references],
    text: mail.text ?? '',
    attachments: mail.attachments,
    automatic: automaticKind(mail, delivery),
  };
}
