import fs from 'node:fs';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config';
import type { OutboxEmail } from './outbox.entity';

export interface MailTransport {
  send(email: OutboxEmail): Promise<void>;
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
  const from = `"B2B Customer Portal" <${config.supportEmail}>`;
  const messageId = (email: OutboxEmail) => `<${email.id}@${new URL(config.appUrl).hostname}>`;
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
        await smtp.sendMail({
          from,
          to: email.to,
          subject: email.subject,
          text: email.text,
          html: email.html,
          messageId: messageId(email),
        });
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
      const info = await stream.sendMail({
        from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: messageId(email),
      });
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
