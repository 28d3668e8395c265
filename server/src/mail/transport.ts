import fs from 'node:fs';
import path from 'node:path';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import type { Config } from '../config';
import type { OutboxEmail } from './outbox.entity';
import type { RenderedEmail } from './templates';
import { outboxMessageId, replyAddress, threadMessageId } from './threading';

/** Templates that answer automatically: marked so (RFC 3834) that no responder answers back. */
const AUTOMATIC_ANSWERS = new Set(['EMAIL_REPLY_CLOSED']);

/** An outbox e-mail with its body rendered (`renderOutboxEmail`). */
type Sendable = Pick<OutboxEmail, 'id' | 'to' | 'createdAt'> &
  RenderedEmail &
  Partial<Pick<OutboxEmail, 'replyToken' | 'thread' | 'template'>>;

/**
 * The message of an outbox e-mail: a Message-ID made from its outbox id (a copy sent twice is
 * recognisable as one, and a reply's In-Reply-To leads back to it); an e-mail about a request
 * or a return also carries the recipient's reply address and references its conversation.
 */
export function messageOf(config: Config, email: Sendable): SendMailOptions {
  const root = email.thread ? threadMessageId(config, email.thread) : undefined;
  return {
    from: `"B2B Customer Portal" <${config.supportEmail}>`,
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    messageId: outboxMessageId(config, email.id),
    ...(email.replyToken ? { replyTo: replyAddress(config, email.replyToken) } : {}),
    ...(root ? { references: [root], inReplyTo: root } : {}),
    ...(email.template && AUTOMATIC_ANSWERS.has(email.template)
      ? { headers: { 'Auto-Submitted': 'auto-replied' } }
      : {}),
  };
}

export interface MailTransport {
  send(email: Sendable): Promise<void>;
  close(): void;
}

/**
 * Bounds one SMTP send (connect, greeting, each reply), so that it ends well within the
 * delivery lease (MAIL_LEASE_SECONDS, 300 by default): a send still running when its lease
 * ran out could be claimed and sent again by another process.
 */
const SMTP_TIMEOUTS = { connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 };

/**
 * SMTP (SMTP_URL) or, without it, one .eml file per email in DATA_DIR/mail/. Each message
 * carries a Message-ID made from its outbox id, so a copy sent twice is recognisable as one.
 */
export function createTransport(config: Config): MailTransport {
  if (config.smtpUrl) {
    // One connection for the emails of a run (they are sent one after another), not one each.
    const smtp: Transporter = nodemailer.createTransport({
      url: config.smtpUrl,
      pool: true,
      maxConnections: 1,
      ...SMTP_TIMEOUTS,
    });
    return {
      async send(email) {
        await smtp.sendMail(messageOf(config, email));
      },
      close: () => smtp.close(),
    };
  }
  const dir = path.join(config.dataDir, 'mail');
  const stream = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  });
  return {
    async send(email) {
      const info = await stream.sendMail(messageOf(config, email));
      fs.mkdirSync(dir, { recursive: true });
      // Named by outbox id: writing the same email again replaces the file, never adds one.
      fs.writeFileSync(
        path.join(dir, `${email.createdAt.toISOString().replace(/[:.]/g, '-')}-${email.id}.eml`),
        info.message as Buffer,
      );
    },
    close: () => undefined,
  };
}
