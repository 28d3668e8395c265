import type { ContextDeps } from '../context/request-context';
import { imapMailbox, startImapPoller, type ImapPoller } from '../mail/inbound/imap-poller';
import type { InboundDelivery } from '../mail/inbound/inbound-message';
import { startSmtpListener, type SmtpListener } from '../mail/inbound/smtp-listener';
import { isOurDomain } from '../mail/threading';
import { EmailReplyService } from './email-reply.service';

export interface InboundChannels {
  /** The SMTP listener's port (INBOUND_SMTP_PORT; 0 picks a free one); null without it. */
  smtpPort: number | null;
  stop(): Promise<void>;
}

/**
 * The inbound channels the configuration enables: the SMTP listener (INBOUND_SMTP_PORT) and the
 * IMAP poller (INBOUND_IMAP_URL). Both hand each raw message to the one EmailReplyService.
 */
export async function startInbound(deps: ContextDeps): Promise<InboundChannels> {
  const { config, logger } = deps;
  const service = new EmailReplyService(deps);
  const onMessage = (raw: Buffer, delivery: InboundDelivery) => service.receive(raw, delivery);
  let smtp: SmtpListener | null = null;
  let imap: ImapPoller | null = null;
  if (config.inboundSmtpPort !== null) {
    smtp = await startSmtpListener({
      port: config.inboundSmtpPort,
      logger,
      accepts: (address) => isOurDomain(config, address),
      onMessage,
    });
  }
  if (config.inboundImapUrl) {
    imap = startImapPoller(
      imapMailbox(config.inboundImapUrl),
      config.inboundImapPollSeconds,
      onMessage,
      logger,
    );
  }
  return {
    smtpPort: smtp?.port ?? null,
    async stop() {
      await Promise.all([smtp?.close(), imap?.stop()]);
    },
  };
}
