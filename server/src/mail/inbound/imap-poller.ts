import { ImapFlow } from 'imapflow';
import type { Logger } from '../../logger';
import type { InboundHandler } from './smtp-listener';

/** The part of an IMAP client the poller uses (ImapFlow's methods; a fake in tests). */
export interface ImapClient {
  connect(): Promise<void>;
  getMailboxLock(path: string): Promise<{ release(): void }>;
  search(query: { seen: false }, options: { uid: true }): Promise<number[] | false | undefined>;
  fetchOne(
    uid: string,
    query: { source: true },
    options: { uid: true },
  ): Promise<{ source?: Buffer } | false>;
  messageFlagsAdd(uid: string, flags: string[], options: { uid: true }): Promise<boolean>;
  logout(): Promise<void>;
}

export interface ImapMailbox {
  client: () => ImapClient;
  mailbox: string;
}

/** INBOUND_IMAP_URL (imaps://user:pass@host[:port]/INBOX) as a client factory and a mailbox. */
export function imapMailbox(url: string): ImapMailbox {
  const u = new URL(url);
  const secure = u.protocol === 'imaps:';
  const mailbox = decodeURIComponent(u.pathname.replace(/^\/+/, '')) || 'INBOX';
  return {
    mailbox,
    client: () =>
      new ImapFlow({
        host: u.hostname,
        port: u.port ? Number(u.port) : secure ? 993 : 143,
        secure,
        auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) },
        logger: false,
      }) as unknown as ImapClient,
  };
}

/**
 * One pass over the mailbox: every unseen message is handed to `onMessage` and marked \Seen once
 * it has been handled. A message whose handling fails stays unseen and is tried on the next
 * pass; one that was handled but could not be marked (the connection dropped) comes again and
 * is recognised as a duplicate by its dedupe key. Answers how many were handled.
 */
export async function pollOnce(
  box: ImapMailbox,
  onMessage: InboundHandler,
  logger: Logger,
): Promise<number> {
  const client = box.client();
  await client.connect();
  let handled = 0;
  try {
    const lock = await client.getMailboxLock(box.mailbox);
    try {
      const uids = (await client.search({ seen: false }, { uid: true })) || [];
      for (const uid of uids) {
        const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
        if (!message || !message.source) continue;
        try {
          await onMessage(message.source, { channel: 'IMAP' });
        } catch (err) {
          logger.error({ err, uid }, 'inbound email could not be handled; left unseen');
          continue;
        }
        await client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
        handled++;
      }
    } finally {
      lock.release();
    }
  } finally {
    await client.logout().catch(() => undefined);
  }
  return handled;
}

export interface ImapPoller {
  /** Stops polling and waits for a pass in progress. */
  stop(): Promise<void>;
}

/** Polls the mailbox every `seconds` (the first pass at once) until stopped. */
export function startImapPoller(
  box: ImapMailbox,
  seconds: number,
  onMessage: InboundHandler,
  logger: Logger,
): ImapPoller {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const pass = () => {
    running = pollOnce(box, onMessage, logger)
      .then((n) => {
        if (n) logger.info({ handled: n }, 'inbound IMAP messages handled');
      })
      .catch((err: unknown) => logger.warn({ err }, 'inbound IMAP poll failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(pass, seconds * 1000);
      });
  };
  pass();
  logger.info({ mailbox: box.mailbox, seconds }, 'inbound IMAP poller started');
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
