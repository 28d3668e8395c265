import { InboundEmail } from '../src/mail/inbound-email.entity';
import { registerCompany, type Registered } from './accounts-helpers';
import {
  newMessageId,
  raiseTicket,
  replyTo,
  sendToListener,
  threadEmail,
  TICKET_COMMENTS,
  type TicketComments,
} from './email-reply-helpers';
import { startTestApp, type TestApp } from './harness';
import { requireRealPostgres } from './real-postgres';

/**
 * Two server instances, each with its own inbound SMTP listener and connection pool, on one
 * PostgreSQL: the same reply delivered to both at the same moment (as two MX hosts or a
 * retrying mail server would) is posted once.
 */
requireRealPostgres();

let first: TestApp;
let second: TestApp;
let a: Registered;

beforeAll(async () => {
  first = await startTestApp({ inboundSmtpPort: 0 });
  second = await startTestApp({ inboundSmtpPort: 0, databaseUrl: first.config.databaseUrl });
  a = await registerCompany(first, { name: 'Anna Nowak' });
});
afterAll(async () => {
  await second?.close();
  await first?.close();
});

const MESSAGES = 8;

describe('two listeners receiving the same reply at once', () => {
  it(`post each of ${MESSAGES} messages once`, async () => {
    const ticket = await raiseTicket(a);
    const email = await threadEmail(first, a.email, `TICKET:${ticket.id}`);
    const mails = Array.from({ length: MESSAGES }, (_, i) => ({
      from: a.email,
      ...replyTo(first, email),
      subject: 'Re: blank pages',
      text: `Concurrent reply ${i}`,
      messageId: newMessageId(),
    }));
    await Promise.all(
      mails.flatMap((mail) => [
        sendToListener(first.inboundSmtpPort!, mail),
        sendToListener(second.inboundSmtpPort!, mail),
        sendToListener(second.inboundSmtpPort!, mail),
      ]),
    );
    const res = await a.browser.gql<TicketComments>(TICKET_COMMENTS, { key: ticket.key });
    const bodies = res.data!.ticket!.comments.map((c) => c.body);
    for (let i = 0; i < MESSAGES; i++)
      expect(bodies.filter((b) => b === `Concurrent reply ${i}`)).toHaveLength(1);
    const rows = await first.db.dataSource
      .getRepository(InboundEmail)
      .countBy({ outcome: 'POSTED', threadId: ticket.id });
    expect(rows).toBe(MESSAGES);
  });
});
