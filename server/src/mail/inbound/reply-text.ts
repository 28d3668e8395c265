import EmailReplyParser from 'email-reply-parser';

/**
 * Lines where the quoted history of a reply begins, as mail clients write them in the portal's
 * languages: "On … wrote:" (Gmail, Apple Mail, Thunderbird), "-----Original Message-----" and
 * the "From: … Sent: …" block of Outlook, and the underscore rule Outlook puts above it.
 */
const SEPARATORS: RegExp[] = [
  /^\s*-{2,}\s*(Original Message|Forwarded message)\s*-{2,}\s*$/i,
  /^\s*-{2,}\s*(Оригінальне|Початкове|Пересланe|Переслане) повідомлення\s*-{2,}\s*$/iu,
  /^\s*-{2,}\s*(Eredeti|Továbbított) üzenet\s*-{2,}\s*$/iu,
  /^\s*-{2,}\s*(Oryginalna|Przekazana) wiadomość\s*-{2,}\s*$/iu,
  // Outlook's rule above its header block
  /^\s*_{20,}\s*$/,
];

/** "<date> <name> wrote:" in en, uk, hu, pl: only on a line that names a date or an address. */
const WROTE: RegExp[] = [
  /^\s*On\b.{0,300}\bwrote:\s*$/i,
  /^.{0,300}(пише|написав|написала|написав\(ла\)):\s*$/iu,
  /^.{0,300}(ezt írta(\s*\(.{0,120}\))?|írta):\s*$/iu,
  /^.{0,300}(napisał(\(a\)|a)?|pisze):\s*$/iu,
];

const HISTORY_STARTS = {
  test: (line: string) =>
    SEPARATORS.some((re) => re.test(line)) ||
    (/[@\d]/.test(line) && WROTE.some((re) => re.test(line))),
};

/** Outlook's header block: "From:" then "Sent:" or "Date:" (in each language) within two lines. */
const OUTLOOK_FROM = /^\s*\*?(From|Від|Feladó|Od):\*?\s/iu;
const OUTLOOK_SENT =
  /^\s*\*?(Sent|Date|Надіслано|Дата|Elküldve|Dátum|Wysłano|Wysłane|Data):\*?\s/iu;

/** Phone signatures that end what a person wrote. */
const DEVICE_SIGNATURES: RegExp[] = [
  /^\s*Sent from my \S+/i,
  /^\s*Get Outlook for \S+/i,
  /^\s*Надіслано з \S+/iu,
  /^\s*(iPhone|iPad|Android)-ról küldve/iu,
  /^\s*Küldve .{0,40}(iPhone|iPad|Android)/iu,
  /^\s*Wysłane z \S+/iu,
];

/** The gap-joined "On …\n… wrote:" of some clients, where the header wraps onto a second line. */
function joinedHeaderAt(lines: string[], i: number): boolean {
  const next = lines[i + 1];
  if (next === undefined || !/^\s*(On|W dniu|Dnia)\b/i.test(lines[i]!)) return false;
  return HISTORY_STARTS.test(`${lines[i]!.trim()} ${next.trim()}`);
}

function historyStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (HISTORY_STARTS.test(line) || joinedHeaderAt(lines, i)) return i;
    if (OUTLOOK_FROM.test(line) && lines.slice(i + 1, i + 3).some((l) => OUTLOOK_SENT.test(l)))
      return i;
    if (DEVICE_SIGNATURES.some((re) => re.test(line))) return i;
  }
  return lines.length;
}

/**
 * What the person wrote in a reply: the quoted history (localized "On … wrote:" headers,
 * Outlook's blocks, "> " lines) and the signature ("-- " and phone signatures) cut off, by
 * our markers first and then by email-reply-parser. Trimmed; '' when nothing is left.
 */
export function replyText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const own = lines.slice(0, historyStart(lines)).join('\n');
  const visible = new EmailReplyParser().parseReply(own);
  return visible
    .split('\n')
    .filter((l) => !/^\s*>/.test(l))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
