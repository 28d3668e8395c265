import { loadConfig } from '../../config';
import {
  isOurDomain,
  newReplyToken,
  outboxIdsIn,
  replyAddress,
  threadMessageId,
  tokenOfAddress,
} from '../threading';

const config = loadConfig({ SUPPORT_EMAIL: 'help@portal.test', APP_URL: 'https://portal.test' });
const ID = '0dd8c17a-ee09-4252-8c77-97cecbbb73ce';

describe('reply addresses', () => {
  it('are help+<32 lower-case base32>@ the support domain, and read back in any case', () => {
    const token = newReplyToken();
    expect(token).toMatch(/^[a-z2-7]{32}$/);
    expect(newReplyToken()).not.toBe(token);
    const address = replyAddress(config, token);
    expect(address).toBe(`help+${token}@portal.test`);
    expect(tokenOfAddress(config, address.toUpperCase())).toBe(token);
  });

  it.each([
    ['another domain', `help+${'a'.repeat(32)}@evil.test`],
    ['another mailbox', `sales+${'a'.repeat(32)}@portal.test`],
    ['a short token', 'help+abc@portal.test'],
    ['no token', 'help@portal.test'],
  ])('are not read from %s', (_, address) => {
    expect(tokenOfAddress(config, address)).toBeNull();
  });

  it('accept only our domain', () => {
    expect(isOurDomain(config, 'Anyone@PORTAL.test')).toBe(true);
    expect(isOurDomain(config, 'anyone@portal.test.evil')).toBe(false);
  });
});

describe('threading Message-IDs', () => {
  it('find our outbox ids among the referenced Message-IDs only', () => {
    expect(
      outboxIdsIn(config, [`<${ID}@portal.test>`, `<${ID}@other.test>`, '<x@portal.test>', ID]),
    ).toEqual([ID]);
    expect(threadMessageId(config, `TICKET:${ID}`)).toBe(`<ticket-${ID}@portal.test>`);
  });
});
