import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Config } from '../config';
import type { EmailReplyToken, MailThreadType } from './reply-token.entity';

/** The conversation an e-mail is about and the person it goes to (their reply token). */
export interface MailThread {
  type: MailThreadType;
  id: string;
  recipientId: string;
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** 160 random bits as 32 lower-case base32 characters (addresses survive lower-casing). */
export function newReplyToken(): string {
  const bytes = randomBytes(20);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

const TOKEN = /^[a-z2-7]{32}$/;

function supportParts(config: Config): { local: string; domain: string } {
  const at = config.supportEmail.lastIndexOf('@');
  return {
    local: config.supportEmail.slice(0, at),
    domain: config.supportEmail.slice(at + 1).toLowerCase(),
  };
}

/** `support+<token>@<domain of SUPPORT_EMAIL>`. */
export function replyAddress(config: Config, token: string): string {
  const { local, domain } = supportParts(config);
  return `${local}+${token}@${domain}`;
}

/** The token of a reply address of ours (any case), else null. */
export function tokenOfAddress(config: Config, address: string): string | null {
  const { local, domain } = supportParts(config);
  const at = address.lastIndexOf('@');
  if (at < 0 || address.slice(at + 1).toLowerCase() !== domain) return null;
  const localPart = address.slice(0, at).toLowerCase();
  const prefix = `${local.toLowerCase()}+`;
  if (!localPart.startsWith(prefix)) return null;
  const token = localPart.slice(prefix.length);
  return TOKEN.test(token) ? token : null;
}

/** True for an address at the domain of SUPPORT_EMAIL (the only mail the listener accepts). */
export function isOurDomain(config: Config, address: string): boolean {
  return address.toLowerCase().endsWith(`@${supportParts(config).domain}`);
}

const hostOf = (config: Config) => new URL(config.appUrl).hostname;

/** The Message-ID of an outbox e-mail: made from its id, so a reply's In-Reply-To leads back. */
export function outboxMessageId(config: Config, outboxId: string): string {
  return `<${outboxId}@${hostOf(config)}>`;
}

/** A conversation's root Message-ID, which every e-mail of it references (mail clients group them). */
export function threadMessageId(config: Config, thread: string): string {
  return `<${thread.toLowerCase().replace(':', '-')}@${hostOf(config)}>`;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** The outbox ids among the Message-IDs a reply names (In-Reply-To, References). */
export function outboxIdsIn(config: Config, messageIds: string[]): string[] {
  const ours = new RegExp(
    `^<?(${UUID})@${hostOf(config).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}>?$`,
    'i',
  );
  const ids = messageIds.map((m) => ours.exec(m.trim())?.[1]?.toLowerCase()).filter(Boolean);
  return [...new Set(ids as string[])];
}

export const threadKey = (thread: MailThread) => `${thread.type}:${thread.id}`;

/**
 * The reply tokens of these (conversation, recipient) pairs, made where missing, in the
 * caller's transaction; keyed by `TYPE:threadId:recipientId`. One statement makes the missing
 * ones and reads the stored ones. Two transactions making the same pair at once both end up
 * with the one stored token: the second one's INSERT waits for the first and does nothing,
 * and as its statement's snapshot predates that commit, the pair is read again afterwards.
 */
export async function replyTokens(
  tx: EntityManager,
  threads: readonly MailThread[],
): Promise<Map<string, string>> {
  // In one order, so that two transactions making overlapping pairs do not deadlock.
  const unique = [...new Map(threads.map((t) => [pairKey(t), t])).entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, t]) => t);
  if (!unique.length) return new Map();
  const column = <K extends keyof MailThread>(k: K) => unique.map((t) => t[k]);
  type Row = Pick<EmailReplyToken, 'token' | 'threadType' | 'threadId' | 'recipientId'>;
  const rows: Row[] = await tx.query(
    `WITH wanted AS (
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::uuid[], $4::uuid[])
         AS w(token, "threadType", "threadId", "recipientId")),
     made AS (
       INSERT INTO email_reply_token (token, "threadType", "threadId", "recipientId")
       SELECT * FROM wanted
       ON CONFLICT ("threadType", "threadId", "recipientId") DO NOTHING
       RETURNING token, "threadType", "threadId", "recipientId")
     SELECT * FROM made
     UNION ALL
     SELECT e.token, e."threadType", e."threadId", e."recipientId"
       FROM email_reply_token e JOIN wanted w USING ("threadType", "threadId", "recipientId")`,
    [unique.map(() => newReplyToken()), column('type'), column('id'), column('recipientId')],
  );
  if (rows.length < unique.length)
    rows.push(
      ...((await tx.query(
        `SELECT token, "threadType", "threadId", "recipientId" FROM email_reply_token
          WHERE ("threadType", "threadId", "recipientId") IN
                (SELECT * FROM unnest($1::varchar[], $2::uuid[], $3::uuid[]))`,
        [column('type'), column('id'), column('recipientId')],
      )) as Row[]),
    );
  return new Map(
    rows.map((r) => [
      pairKey({ type: r.threadType, id: r.threadId, recipientId: r.recipientId }),
      r.token,
    ]),
  );
}

export const pairKey = (t: MailThread) => `${t.type}:${t.id}:${t.recipientId}`;
