import nodemailer, { type SendMailOptions } from 'nodemailer';
import { Throttle } from '../src/context/throttle';
import { EmailReplyService } from '../src/inbound/email-reply.service';
import { imapMailbox, pollOnce, type ImapClient } from '../src/mail/inbound/imap-poller';
import type { InboundDelivery } from '../src/mail/inbound/inbound-message';
import { registerCompany, type Registered } from './accounts-helpers';
import {
  inboundRow,
  newMessageId,
  QUOTED,
  raiseTicket,
  replyTo,
  threadEmail,
  TICKET_COMMENTS,
  type TicketComments,
} from './email-reply-helpers';
import { startTestApp, type TestApp } from './harness';

/**
 * The IMAP poller against a fake mailbox (no IMAP server is available to the tests): the
 * fake implements the few ImapFlow calls the poller makes, over an in-memory list of messages
 * with their \Seen flags. Messages go through the real EmailReplyService and database.
 */
class FakeMailbox {
  messages: Array<{ uid: number; source: Buffer; flags: Set<string> }> = [];
  locked = 0;
  loggedOut = 0;
  /** Fail marking this uid \Seen once (the connection dropped after the message was handled). */
  failFlagOnce: number | null = null;

  add(source: Buffer): number {
    const uid = this.messages.length + 1;
    this.messages.push({ uid, source, flags: new Set() });
    return uid;
  }

  seen(uid: number): boolean {
    return this.messages[uid - 1]!.flags.has('\\Seen');
  }

  client(): ImapClient {
    const find = (uid: string) => this.messages.find((m) => m.uid === Number(uid));
    return {
      connect: async () => undefined,
      getMailboxLock: async () => {
        this.locked++;
        return { release: () => this.locked-- };
      },
      search: async () => this.messages.filter((m) => !m.flags.has('\\Seen')).map((m) => m.uid),
      fetchOne: async (uid) => ({ source: find(uid)!.source }),
      messageFlagsAdd: async (uid, flags) => {
        if (this.failFlagOnce === Number(uid)) {
          this.failFlagOnce = null;
          throw new Error('connection closed');
        }
        for (const f of flags) find(uid)!.flags.add(f);
        return true;
      },
      logout: async () => {
        this.loggedOut++;
      },
    };
  }
}

let app: TestApp;
let a: Registered;
let service: EmailReplyService;
let ticket: { id: string; key: string };

async function raw(mail: SendMailOptions): Promise<Buffer> {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true });
  return (await composer.sendMail(mail)).message as Buffer;
}

async function bodies(): Promise<string[]> {
  const res = await a.browser.gql<TicketComments>(TICKET_COMMENTS, { key: ticket.key });
  return res.data!.ticket!.comments.map((c) => c.body);
}

beforeAll(async () => {
  app = await startTestApp();
  const db = app.db.dataSource;
  service = new EmailReplyService({
    config: app.config,
    logger: app.logger,
    db,
    throttle: new Throttle(db),
    nudgeMail: () => undefined,
  });
  a = await registerCompany(app, { name: 'Anna Nowak' });
  ticket = await raiseTicket(a);
});
afterAll(() => app?.close());

describe('the IMAP poller', () => {
  it('reads the mailbox from INBOUND_IMAP_URL', () => {
    expect(
      imapMailbox('imaps://replies%40example.com:pw@imap.example.com/Portal%20Replies').mailbox,
    ).toBe('Portal Replies');
    expect(imapMailbox('imap://u:p@localhost').mailbox).toBe('INBOX');
  });

  it('posts unseen replies, marks them seen, leaves a failing one for the next pass', async () => {
    const email = await threadEmail(app, a.email, `TICKET:${ticket.id}`);
    const box = new FakeMailbox();
    const reply = (text: string, extra: SendMailOptions = {}) =>
      raw({
        from: a.email,
        ...replyTo(app, email),
        subject: 'Re',
        text,
        messageId: newMessageId(),
        ...extra,
      });
    const posted = box.add(await reply(`Polled from the mailbox.${QUOTED}`));
    const autoId = newMessageId();
    const auto = box.add(
      await reply('Out of office', {
        messageId: autoId,
        headers: { 'Auto-Submitted': 'auto-replied' },
      }),
    );
    const flaky = box.add(await reply('Handled on the second pass.'));
    let failures = 1;
    const handler = async (source: Buffer, delivery: InboundDelivery) => {
      if (source.equals(box.messages[flaky - 1]!.source) && failures-- > 0)
        throw new Error('database unavailable');
      return service.receive(source, delivery);
    };
    const mailbox = { mailbox: 'INBOX', client: () => box.client() };

    expect(await pollOnce(mailbox, handler, app.logger)).toBe(2);
    expect([box.seen(posted), box.seen(auto), box.seen(flaky)]).toEqual([true, true, false]);
    expect(await bodies()).toContain('Polled from the mailbox.');
    expect(await bodies()).not.toContain('Handled on the second pass.');
    expect(await inboundRow(app, autoId)).toMatchObject({
      outcome: 'DROPPED',
      reason: 'AUTO_REPLY',
    });

    expect(await pollOnce(mailbox, handler, app.logger)).toBe(1);
    expect(box.seen(flaky)).toBe(true);
    expect(await bodies()).toContain('Handled on the second pass.');
    expect(box.locked).toBe(0);
    expect(box.loggedOut).toBe(2);
  });

  it('posts once a message that was handled but could not be marked seen', async () => {
    const email = await threadEmail(app, a.email, `TICKET:${ticket.id}`);
    const box = new FakeMailbox();
    const uid = box.add(
      await raw({
        from: a.email,
        ...replyTo(app, email),
        subject: 'Re',
        text: 'Exactly once via IMAP.',
        messageId: newMessageId(),
      }),
    );
    box.failFlagOnce = uid;
    const mailbox = { mailbox: 'INBOX', client: () => box.client() };
    const handler = (source: Buffer, d: InboundDelivery) => service.receive(source, d);
    await expect(pollOnce(mailbox, handler, app.logger)).rejects.toThrow('connection closed');
    expect(box.seen(uid)).toBe(false);
    expect(await pollOnce(mailbox, handler, app.logger)).toBe(1);
    expect((await bodies()).filter((b) => b === 'Exactly once via IMAP.')).toHaveLength(1);
  });
});
