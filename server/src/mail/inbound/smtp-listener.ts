import type { AddressInfo, Server } from 'node:net';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';
import type { Logger } from '../../logger';
import type { InboundDelivery } from './inbound-message';

/** The largest message accepted: ten files of the upload limit, encoded (base64 adds a third). */
export const MAX_INBOUND_BYTES = 30 * 1024 * 1024;

export type InboundHandler = (raw: Buffer, delivery: InboundDelivery) => Promise<unknown>;

export interface SmtpListenerOptions {
  port: number;
  logger: Logger;
  /** Whether a recipient address is ours (replies go to `support+<token>@<our domain>`). */
  accepts: (address: string) => boolean;
  onMessage: InboundHandler;
}

export interface SmtpListener {
  port: number;
  close(): Promise<void>;
}

const smtpError = (code: number, message: string) =>
  Object.assign(new Error(message), { responseCode: code });

function readAll(stream: SMTPServerDataStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

/**
 * The inbound SMTP listener (INBOUND_SMTP_PORT), for a mail server that forwards the replies
 * to the portal's reply addresses, or for trying it locally. No AUTH and no relaying: only
 * recipients at our domain are accepted. A message is answered 250 once it has been handled
 * (posted, answered or dropped and stored); when handling fails (the database), 451, so the
 * sending server delivers it again later: the dedupe key makes that safe.
 */
export async function startSmtpListener(options: SmtpListenerOptions): Promise<SmtpListener> {
  const { logger } = options;
  const server = new SMTPServer({
    name: 'portal-inbound',
    banner: 'B2B Customer Portal replies',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: MAX_INBOUND_BYTES,
    logger: false,
    // Stopping waits this long for a client in the middle of a message (shutdown has 9 s).
    closeTimeout: 5_000,
    onRcptTo(address, _session, callback) {
      if (options.accepts(address.address)) return callback();
      callback(smtpError(550, `No such recipient here: ${address.address}`));
    },
    onData(stream, session, callback) {
      readAll(stream)
        .then(async (raw) => {
          if (stream.sizeExceeded) throw smtpError(552, 'Message too large');
          await options.onMessage(raw, {
            channel: 'SMTP',
            mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            rcptTo: session.envelope.rcptTo.map((r) => r.address),
          });
          callback();
        })
        .catch((err: Error & { responseCode?: number }) => {
          if (err.responseCode) return callback(err);
          logger.error({ err }, 'inbound email could not be handled; the sender will retry');
          callback(smtpError(451, 'Temporary failure, try again later'));
        });
    },
  });
  server.on('error', (err) => logger.warn({ err }, 'inbound SMTP connection error'));
  const net = await new Promise<Server>((resolve, reject) => {
    const s = server.listen(options.port, () => resolve(s));
    s.once('error', reject);
  });
  const port = (net.address() as AddressInfo).port;
  logger.info({ port }, 'inbound SMTP listener ready');
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
