import { parseInbound } from '../inbound-message';

const message = (headers: string[], body = 'Thanks.') =>
  Buffer.from(
    [
      'From: Anna <anna@customer.test>',
      'To: support+abc@example.com',
      'Subject: Re: CS-1',
      ...headers,
      '',
      body,
      '',
    ].join('\r\n'),
  );

const imap = { channel: 'IMAP' as const };

describe('parseInbound', () => {
  it.each([
    ['Return-Path: <>', 'BOUNCE'],
    ['Content-Type: multipart/report; report-type=delivery-status; boundary=x', 'BOUNCE'],
    ['Auto-Submitted: auto-generated', 'AUTO_REPLY'],
    ['Precedence: list', 'AUTO_REPLY'],
    ['Precedence: junk', 'AUTO_REPLY'],
    ['X-Autorespond: 1', 'AUTO_REPLY'],
  ])('takes "%s" for a machine (%s)', async (header, kind) => {
    expect((await parseInbound(message([header]), imap)).automatic).toBe(kind);
  });

  it('takes a person for a person', async () => {
    const msg = await parseInbound(
      message([
        'Auto-Submitted: no',
        'Precedence: first-class',
        'Return-Path: <anna@customer.test>',
      ]),
      imap,
    );
    expect(msg.automatic).toBeNull();
    expect(msg.from).toBe('anna@customer.test');
  });

  it('takes mail from mailer-daemon, or with the null sender, for a bounce', async () => {
    const daemon = Buffer.from(
      message([]).toString().replace('anna@customer.test', 'MAILER-DAEMON@mx.test'),
    );
    expect((await parseInbound(daemon, imap)).automatic).toBe('BOUNCE');
    expect(
      (await parseInbound(message([]), { channel: 'SMTP', mailFrom: '', rcptTo: [] })).automatic,
    ).toBe('BOUNCE');
  });

  it('collects every recipient and the referenced Message-IDs', async () => {
    const msg = await parseInbound(
      message([
        'Cc: colleague@customer.test',
        'Delivered-To: Support+Token@Example.com',
        'In-Reply-To: <a@portal>',
        'References: <root@portal> <a@portal>',
      ]),
      { channel: 'SMTP', mailFrom: 'anna@customer.test', rcptTo: ['support+env@example.com'] },
    );
    expect(msg.recipients).toEqual([
      'support+env@example.com',
      'support+abc@example.com',
      'colleague@customer.test',
      'support+token@example.com',
    ]);
    expect(msg.referencedIds).toEqual(['<a@portal>', '<root@portal>', '<a@portal>']);
  });

  it('keys a message by its Message-ID, else by its bytes', async () => {
    const a = await parseInbound(message(['Message-ID: <m1@x>', 'Received: by mx1']), imap);
    const b = await parseInbound(message(['Message-ID: <M1@x>', 'Received: by mx2']), imap);
    expect(a.dedupeKey).toBe(b.dedupeKey);
    const c = await parseInbound(message([], 'one'), imap);
    const d = await parseInbound(message([], 'two'), imap);
    expect(c.dedupeKey).not.toBe(d.dedupeKey);
    expect(c.dedupeKey).toMatch(/^[0-9a-f]{64}$/);
  });
});
