import fs from 'node:fs';
import path from 'node:path';
import { createAgent } from '../src/modules/accounts/agent/agent.service';
import { createApiToken } from '../src/modules/accounts/auth/api-token.service';
import { createTransport, messageOf } from '../src/mail/transport';
import { newReplyToken, replyAddress } from '../src/mail/threading';
import {
  confirmTaxId,
  emailsTo,
  newEmail,
  PASSWORD,
  registerCompany,
  signIn,
  type Registered,
} from './accounts-helpers';
import {
  inboundRow,
  newMessageId,
  QUOTED,
  raiseTicket,
  replyTo,
  sendToListener,
  threadEmail,
  TICKET_COMMENTS,
  type TicketComments,
} from './email-reply-helpers';
import { startTestApp, type TestApp } from './harness';
import { uploadDraftPhoto } from './return-photos';

let app: TestApp;
let a: Registered;
let b: Registered;
let ticket: { id: string; key: string };

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(300, 7),
]);

const send = (mail: Parameters<typeof sendToListener>[1]) =>
  sendToListener(app.inboundSmtpPort!, mail);

async function comments(who: Registered, key: string) {
  const res = await who.browser.gql<TicketComments>(TICKET_COMMENTS, { key });
  if (!res.data?.ticket) throw new Error(JSON.stringify(res.errors));
  return res.data.ticket;
}

/** Sends a reply from `from` to the newest e-mail `to` got about the ticket; its Message-ID. */
async function reply(
  from: string,
  text: string,
  extra: Record<string, unknown> = {},
  to = a.email,
): Promise<string> {
  const email = await threadEmail(app, to, `TICKET:${ticket.id}`);
  const messageId = newMessageId();
  await send({
    from,
    ...replyTo(app, email),
    subject: `Re: ${email.subject}`,
    text,
    messageId,
    ...extra,
  });
  return messageId;
}

beforeAll(async () => {
  app = await startTestApp({ inboundSmtpPort: 0 });
  a = await registerCompany(app, { name: 'Anna Nowak' });
  b = await registerCompany(app);
  ticket = await raiseTicket(a);
});
afterAll(() => app?.close());

describe('e-mails about a request', () => {
  it('carry a Reply-To with the recipient token and reference the conversation', async () => {
    const email = await threadEmail(app, a.email, `TICKET:${ticket.id}`);
    expect(email.text).toContain('replying to this e-mail');
    await createTransport(app.config).send(email);
    const dir = path.join(app.config.dataDir, 'mail');
    const file = fs.readdirSync(dir).find((f) => f.endsWith(`${email.id}.eml`))!;
    const eml = fs.readFileSync(path.join(dir, file), 'utf8');
    expect(eml).toContain(`Reply-To: ${replyAddress(app.config, email.replyToken!)}`);
    expect(eml).toMatch(/^Reply-To: support\+[a-z2-7]{32}@example\.com$/m);
    expect(eml).toContain(`References: <ticket-${ticket.id}@localhost>`);
    expect(eml).toContain(`Message-ID: <${email.id}@localhost>`);
  });
});

describe('a reply by e-mail', () => {
  it('becomes a comment by the person, without the quoted history, over real SMTP', async () => {
    const id = await reply(a.email, `The fuse was blown; replaced it, works now.${QUOTED}`);
    const t = await comments(a, ticket.key);
    expect(t.comments.at(-1)).toEqual({
      authorType: 'CUSTOMER',
      authorName: 'Anna Nowak',
      body: 'The fuse was blown; replaced it, works now.',
    });
    expect(t.comments.map((c) => c.body).join('\n')).not.toContain('wrote:');
    expect((await inboundRow(app, id))?.outcome).toBe('POSTED');
  });

  it('is read from an HTML-only message, the Gmail quote cut', async () => {
    const html =
      '<div dir="ltr">Sent the <b>serial number</b> to the workshop.</div><br>' +
      '<div class="gmail_quote"><div class="gmail_attr">On Mon, 30 Nov 2026 at 14:00, ' +
      'B2B Customer Portal &lt;support@example.com&gt; wrote:<br></div>' +
      '<blockquote class="gmail_quote">Hello,<br>Your request</blockquote></div>';
    await reply(a.email, '', { text: undefined, html });
    expect((await comments(a, ticket.key)).comments.at(-1)?.body).toBe(
      'Sent the serial number to the workshop.',
    );
  });

  it('reopens a resolved request, as Reopen in the portal does', async () => {
    const email = newEmail('agent');
    await app.db.dataSource.transaction((tx) =>
      createAgent(tx, { email, name: 'Gábor Support', password: PASSWORD }),
    );
    const agent = await signIn(app, email);
    const resolved = await agent.gql<{ resolveTicket: { status: string } }>(
      'mutation R($id: ID!) { resolveTicket(ticketId: $id, comment: "Replaced the fuse.") { status } }',
      { id: ticket.id },
    );
    expect(resolved.data?.resolveTicket.status).toBe('RESOLVED');
    await reply(a.email, `It is blank again since this morning.${QUOTED}`);
    const t = await comments(a, ticket.key);
    expect(t.status).toBe('WAITING_FOR_SUPPORT');
    expect(t.comments.at(-1)?.body).toBe('It is blank again since this morning.');
  });

  it('is posted once when the same message is delivered twice', async () => {
    const before = (await comments(a, ticket.key)).comments.length;
    const email = await threadEmail(app, a.email, `TICKET:${ticket.id}`);
    const mail = {
      from: a.email,
      ...replyTo(app, email),
      subject: 'Re: twice',
      text: 'Delivered twice, posted once.',
      messageId: newMessageId(),
    };
    await send(mail);
    await send(mail);
    const after = (await comments(a, ticket.key)).comments;
    expect(after).toHaveLength(before + 1);
    expect(after.filter((c) => c.body === 'Delivered twice, posted once.')).toHaveLength(1);
  });

  it('is matched by In-Reply-To when the +token was lost, from the right address only', async () => {
    const email = await threadEmail(app, a.email, `TICKET:${ticket.id}`);
    const { inReplyTo } = replyTo(app, email);
    const lost = { to: 'support@example.com', inReplyTo, references: [inReplyTo] };
    await send({ from: a.email, ...lost, subject: 'Re', text: 'No token, still mine.' });
    const forged = newMessageId();
    await send({ from: b.email, ...lost, subject: 'Re', text: 'Not mine.', messageId: forged });
    const bodies = (await comments(a, ticket.key)).comments.map((c) => c.body);
    expect(bodies).toContain('No token, still mine.');
    expect(bodies).not.toContain('Not mine.');
    expect((await inboundRow(app, forged))?.reason).toBe('SENDER_MISMATCH');
  });

  it('stores its files under the upload rules and refuses other types', async () => {
    const id = await reply(a.email, 'Photo of the label attached.', {
      attachments: [
        { filename: 'label.png', content: PNG, contentType: 'image/png' },
        {
          filename: 'tool.exe',
          content: Buffer.from('MZ not a picture'),
          contentType: 'image/png',
        },
      ],
    });
    const t = await comments(a, ticket.key);
    expect(t.comments.at(-1)?.body).toBe('Photo of the label attached.');
    expect(t.attachments).toEqual([
      { fileName: 'label.png', contentType: 'image/png', size: PNG.length },
    ]);
    expect((await inboundRow(app, id))?.notes).toEqual(['FILE_REFUSED TYPE: tool.exe']);
  });

  it.each([
    ['a forged token', 'UNKNOWN_TOKEN', () => ({ to: replyAddress(app.config, newReplyToken()) })],
    ['an unknown sender', 'UNKNOWN_SENDER', () => ({ from: 'someone@elsewhere.test' })],
    ['another person', 'SENDER_MISMATCH', () => ({ from: b.email })],
    ['an auto-reply', 'AUTO_REPLY', () => ({ headers: { 'Auto-Submitted': 'auto-replied' } })],
    ['a list message', 'AUTO_REPLY', () => ({ headers: { Precedence: 'bulk' } })],
    ['an X-Autoreply', 'AUTO_REPLY', () => ({ headers: { 'X-Autoreply': 'yes' } })],
    ['a bounce (null sender)', 'BOUNCE', () => ({ envelope: { from: '', to: [] as string[] } })],
  ])('drops %s, stores why and posts nothing', async (_, reason, extra) => {
    const before = (await comments(a, ticket.key)).comments.length;
    const email = await threadEmail(app, a.email, `TICKET:${ticket.id}`);
    const addr = replyTo(app, email);
    const over = extra() as Record<string, unknown>;
    const envelope = over.envelope
      ? { envelope: { from: '', to: [String(over.to ?? addr.to)] } }
      : {};
    const messageId = newMessageId();
    await send({
      from: a.email,
      ...addr,
      subject: 'Re: out of office',
      text: 'I am out of the office until Monday.',
      messageId,
      ...over,
      ...envelope,
    });
    expect((await comments(a, ticket.key)).comments).toHaveLength(before);
    expect(await inboundRow(app, messageId)).toMatchObject({ outcome: 'DROPPED', reason });
  });

  it('drops a delivery status notification (multipart/report)', async () => {
    const email = await threadEmail(app, a.email, `TICKET:${ticket.id}`);
    const messageId = newMessageId();
    const raw = [
      `From: ${a.email}`,
      `To: ${replyTo(app, email).to}`,
      'Subject: Delivery Status Notification (Failure)',
      `Message-ID: ${messageId}`,
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain',
      '',
      'Your message could not be delivered.',
      '--b1',
      'Content-Type: message/delivery-status',
      '',
      'Final-Recipient: rfc822; someone@example.org',
      'Action: failed',
      'Status: 5.1.1',
      '--b1--',
      '',
    ].join('\r\n');
    await send({ envelope: { from: a.email, to: [replyTo(app, email).to] }, raw });
    expect(await inboundRow(app, messageId)).toMatchObject({
      outcome: 'DROPPED',
      reason: 'BOUNCE',
    });
  });

  it('to a closed request is answered automatically, in the person’s language, with a follow-up link', async () => {
    const c = await registerCompany(app, { name: 'Petro Ivanenko' });
    await c.browser.gql(
      'mutation P($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }',
      {
        input: { name: 'Petro Ivanenko', locale: 'uk' },
      },
    );
    const own = await raiseTicket(c);
    const email = await threadEmail(app, c.email, `TICKET:${own.id}`);
    const canceled = await c.browser.gql(
      'mutation X($id: ID!) { cancelTicket(ticketId: $id) { status } }',
      {
        id: own.id,
      },
    );
    expect(canceled.errors).toBeUndefined();
    const messageId = newMessageId();
    await send({
      from: c.email,
      ...replyTo(app, email),
      subject: 'Re',
      text: `One more thing.${QUOTED}`,
      messageId,
    });
    expect((await comments(c, own.key)).comments.map((x) => x.body)).not.toContain(
      'One more thing.',
    );
    expect(await inboundRow(app, messageId)).toMatchObject({ outcome: 'ANSWERED_CLOSED' });
    const answer = (await emailsTo(app, c.email)).find((e) => e.template === 'EMAIL_REPLY_CLOSED')!;
    expect(answer.subject).toBe(`${own.key} закрито: вашу відповідь не додано`);
    expect(answer.text).toContain(`/requests/new?from=${own.key}`);
    expect(answer.text).toContain('One more thing.');
    // Marked as an automatic answer (RFC 3834), so that auto-responders do not answer it.
    expect(messageOf(app.config, answer).headers).toEqual({ 'Auto-Submitted': 'auto-replied' });
    await send({
      from: c.email,
      ...replyTo(app, email),
      subject: 'Re',
      text: 'One more thing.',
      messageId,
    });
    const answers = (await emailsTo(app, c.email)).filter(
      (e) => e.template === 'EMAIL_REPLY_CLOSED',
    );
    expect(answers).toHaveLength(1);
  });

  it('is refused when the person may no longer see the request', async () => {
    const d = await registerCompany(app);
    await app.db.dataSource.query('UPDATE company SET contracted = true WHERE id = $1', [
      d.companyId,
    ]);
    const own = await raiseTicket(d, 'CUSTOMER_SERVICE');
    const email = await threadEmail(app, d.email, `TICKET:${own.id}`);
    await app.db.dataSource.query('UPDATE company SET contracted = false WHERE id = $1', [
      d.companyId,
    ]);
    const messageId = newMessageId();
    await send({
      from: d.email,
      ...replyTo(app, email),
      subject: 'Re',
      text: 'Still there?',
      messageId,
    });
    expect(await inboundRow(app, messageId)).toMatchObject({
      outcome: 'DROPPED',
      reason: 'NOT_VISIBLE',
    });
  });
});

describe('a reply to a return e-mail', () => {
  it('becomes a comment on the return’s timeline', async () => {
    const tool = {
      authorization: `Bearer ${(await app.db.dataSource.transaction((tx) => createApiToken(tx, 'ERP'))).token}`,
    };
    await confirmTaxId(app, a.companyId);
    const number = `ERP/ER/${Date.now().toString(36)}`;
    const imported = await app.gql(
      'mutation I($input: ImportInvoiceInput!) { importInvoice(input: $input) { id } }',
      {
        input: {
          companyTaxId: a.taxId,
          country: 'PL',
          number,
          issuedAt: new Date().toISOString(),
          lines: [{ sku: 'ER-1', name: 'Camera', quantity: 1, unitPrice: '80.00' }],
        },
      },
      { headers: tool },
    );
    expect(imported.errors).toBeUndefined();
    const inv = await a.browser.gql<{ checkInvoice: { lines: Array<{ id: string }> } }>(
      'query C($n: String!) { checkInvoice(number: $n) { lines { id } } }',
      { n: number },
    );
    const yes = { complete: true, noSignsOfUse: true, undamaged: true, originalPackaging: true };
    const sub = await a.browser.gql<{ submitReturnRequest: { id: string; rmaNumber: string } }>(
      'mutation S($input: SubmitReturnRequestInput!) { submitReturnRequest(input: $input) { id rmaNumber } }',
      {
        input: {
          kind: 'RETURN',
          idempotencyKey: `email-reply-${Date.now()}`,
          returnAddress: 'ul. Prosta 1, Warszawa',
          items: [
            {
              invoiceLineId: inv.data!.checkInvoice.lines[0]!.id,
              quantity: 1,
              reason: 'DAMAGED_IN_TRANSIT',
              conditions: { ...yes, properlyPacked: true, merchantable: true, disconnected: true },
              photoIds: [await uploadDraftPhoto(app, a.browser)],
            },
          ],
        },
      },
    );
    const rma = sub.data!.submitReturnRequest;
    const email = await threadEmail(app, a.email, `RETURN:${rma.id}`);
    await send({
      from: a.email,
      ...replyTo(app, email),
      subject: 'Re',
      text: `The box is ready for pickup.${QUOTED}`,
    });
    const res = await a.browser.gql<{
      returnRequest: { events: Array<{ type: string; note: string | null; actorType: string }> };
    }>('query R($n: String!) { returnRequest(rmaNumber: $n) { events { type note actorType } } }', {
      n: rma.rmaNumber,
    });
    expect(res.data?.returnRequest.events.at(-1)).toEqual({
      type: 'COMMENT',
      note: 'The box is ready for pickup.',
      actorType: 'CUSTOMER',
    });
  });
});
