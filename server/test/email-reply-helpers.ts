import nodemailer, { type SendMailOptions } from 'nodemailer';
import { InboundEmail } from '../src/mail/inbound-email.entity';
import { OutboxEmail } from '../src/mail/outbox.entity';
import { replyAddress, outboxMessageId } from '../src/mail/threading';
import { readEmail, type ReadEmail, type Registered } from './accounts-helpers';
import type { TestApp } from './harness';

export const TICKET_COMMENTS = `query T($key: String!) { ticket(key: $key) { status
  comments { authorType authorName body } attachments { fileName contentType size } } }`;

export interface TicketComments {
  ticket: {
    status: string;
    comments: Array<{ authorType: string; authorName: string; body: string }>;
    attachments: Array<{ fileName: string; contentType: string; size: number }>;
  } | null;
}

/** A request raised by `who` in the Technical assistance portal (every company has it). */
export async function raiseTicket(
  who: Registered,
  portalKey = 'TECHNICAL_ASSISTANCE',
): Promise<{ id: string; key: string }> {
  const portals = await who.browser.gql<{
    portals: Array<{ key: string; requestTypeGroups: Array<{ types: Array<{ id: string }> }> }>;
  }>('{ portals { key requestTypeGroups { types { id } } } }');
  const portal = portals.data!.portals.find((p) => p.key === portalKey)!;
  const res = await who.browser.gql<{ createTicket: { id: string; key: string } }>(
    'mutation C($input: CreateTicketInput!) { createTicket(input: $input) { id key } }',
    {
      input: {
        portalKey,
        requestTypeId: portal.requestTypeGroups[0]!.types[0]!.id,
        subject: 'Printer prints blank pages',
        description: 'Since the firmware update every page comes out blank.',
      },
    },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createTicket;
}

/** The newest e-mail to `to` about the conversation `thread` (TICKET:<id> / RETURN:<id>). */
export async function threadEmail(app: TestApp, to: string, thread: string): Promise<ReadEmail> {
  const email = await app.db.dataSource
    .getRepository(OutboxEmail)
    .findOne({ where: { to, thread }, order: { createdAt: 'DESC' } });
  if (!email?.replyToken) throw new Error(`no e-mail about ${thread} to ${to}`);
  return readEmail(app, email);
}

/** Where a reply to that e-mail goes, and the Message-ID it answers. */
export function replyTo(app: TestApp, email: OutboxEmail): { to: string; inReplyTo: string } {
  return {
    to: replyAddress(app.config, email.replyToken!),
    inReplyTo: outboxMessageId(app.config, email.id),
  };
}

/** Sends one message with a real SMTP client to an inbound listener. */
export async function sendToListener(port: number, mail: SendMailOptions): Promise<void> {
  const client = nodemailer.createTransport({
    host: '127.0.0.1',
    port,
    secure: false,
    ignoreTLS: true,
  });
  try {
    await client.sendMail(mail);
  } finally {
    client.close();
  }
}

/** What the inbound channel stored about a message (outcome and reason). */
export function inboundRow(app: TestApp, messageId: string): Promise<InboundEmail | null> {
  return app.db.dataSource.getRepository(InboundEmail).findOneBy({ messageId });
}

/** A quoted history as Gmail writes it under a reply. */
export const QUOTED =
  '\n\nOn Mon, 30 Nov 2026 at 14:00, B2B Customer Portal <support@example.com> wrote:\n' +
  '> Hello,\n> Your request "Printer prints blank pages": we received it.\n';

let seq = 0;
export const newMessageId = () => `<reply-${Date.now().toString(36)}-${++seq}@mail.test>`;
