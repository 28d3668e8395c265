import { replyText } from '../reply-text';

const quoted = '> Hello,\n> Your request CS-1 "Broken": support answered.\n> Old text';

describe('replyText', () => {
  it.each([
    ['Gmail en', 'On Mon, 30 Nov 2026 at 14:00, B2B Customer Portal <support@example.com> wrote:'],
    [
      'Gmail en, wrapped',
      'On Mon, 30 Nov 2026 at 14:00, B2B Customer Portal\n<support@example.com> wrote:',
    ],
    ['Gmail uk', 'пн, 30 лист. 2026 р. о 14:00 B2B Customer Portal <support@example.com> пише:'],
    [
      'Gmail hu',
      'B2B Customer Portal <support@example.com> ezt írta (időpont: 2026. nov. 30., H, 14:00):',
    ],
    ['Thunderbird hu', '2026. 11. 30. 14:00 keltezéssel, B2B Customer Portal írta:'],
    ['Gmail pl', 'pon., 30 lis 2026 o 14:00 B2B Customer Portal <support@example.com> napisał(a):'],
    ['Thunderbird pl', 'W dniu 30.11.2026 o 14:00, B2B Customer Portal pisze:'],
    ['Outlook en', '-----Original Message-----\nFrom: B2B Customer Portal'],
    ['Outlook pl', '-----Oryginalna wiadomość-----\nOd: B2B Customer Portal'],
    ['Outlook hu', '-----Eredeti üzenet-----\nFeladó: B2B Customer Portal'],
    ['Outlook uk', '-----Оригінальне повідомлення-----\nВід: B2B Customer Portal'],
    [
      'Outlook block',
      '________________________________\nFrom: B2B Customer Portal <support@example.com>\nSent: Monday',
    ],
    [
      'Outlook block without rule',
      'Od: B2B Customer Portal <support@example.com>\nWysłano: poniedziałek',
    ],
  ])('cuts the quoted history under a %s header', (_, header) => {
    const text = `The printer works again, thank you.\n\n${header}\n${quoted}`;
    expect(replyText(text)).toBe('The printer works again, thank you.');
  });

  it('cuts signatures and phone footers, keeps paragraphs', () => {
    expect(replyText('First line.\n\nSecond paragraph.\n\n-- \nJan Kowalski\n+48 600')).toBe(
      'First line.\n\nSecond paragraph.',
    );
    expect(replyText('Dzięki!\n\nWysłane z iPhone’a')).toBe('Dzięki!');
    expect(replyText('Thanks\n\nSent from my iPhone\n\n' + quoted)).toBe('Thanks');
  });

  it('keeps a sentence that only looks like a header, and answers "" for quotes only', () => {
    expect(replyText('My colleague wrote:\nthe fuse is blown.')).toBe(
      'My colleague wrote:\nthe fuse is blown.',
    );
    expect(replyText(quoted)).toBe('');
  });
});
