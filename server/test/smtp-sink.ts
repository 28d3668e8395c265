import { SMTPServer } from 'smtp-server';
import { freePort } from './harness';

/** A local SMTP server that accepts every message, as the portal's SMTP_URL. */
export interface Sink {
  url: string;
  /** Message-IDs in the order the sink accepted them (a duplicate appears twice). */
  accepted: string[];
  /** Each accepted message's recipients, in the same order. */
  recipients: string[][];
  close(): Promise<void>;
}

/** `delayMs`: how long the sink takes to accept each message (a slow server). */
export async function startSink(options: { delayMs?: number } = {}): Promise<Sink> {
  const accepted: string[] = [];
  const recipients: string[][] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      let raw = '';
      stream.on('data', (d: Buffer) => (raw += d.toString()));
      stream.on('end', () => {
        setTimeout(() => {
          accepted.push(/^Message-ID: <([^>]+)>/im.exec(raw)?.[1] ?? 'no Message-ID');
          recipients.push(session.envelope.rcptTo.map((r) => r.address));
          done();
        }, options.delayMs ?? 0);
      });
    },
  });
  server.on('error', () => undefined); // a client killed mid-conversation
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    recipients,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
