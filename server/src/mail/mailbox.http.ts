import { isUuid } from '../common/ids';
import { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { renderOutboxEmail } from './mail.service';
import { OutboxEmail } from './outbox.entity';
import { replyAddress } from './threading';

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)}</title><style>body{font-family:system-ui,Arial,sans-serif;margin:0;color:#1a1a1a}header{background:#f4f6f8;border-bottom:1px solid #dde;padding:12px 24px}main{padding:16px 24px}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:8px;border-bottom:1px solid #e6e6e6;font-size:14px}a{color:#1c5fb0}.status{font-family:monospace}iframe{width:100%;height:70vh;border:1px solid #dde}</style></head><body><header><strong>Development mailbox</strong> · every email the portal wrote (not shown in production)</header><main>${body}</main></body></html>`;

/**
 * True only for a connection from this machine's loopback interface. Judged by the socket's
 * own remote address: X-Forwarded-For and Express's `req.ip` (which trusts a proxy on
 * loopback) are deliberately ignored, since anyone can write those headers.
 */
export function fromLoopback(remoteAddress: string | undefined): boolean {
  if (!remoteAddress) return false;
  const v4 = remoteAddress.startsWith('::ffff:') ? remoteAddress.slice(7) : remoteAddress;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/**
 * /dev/mailbox (outside production, from this machine only): the outbox as a web page, so a
 * newcomer can open an activation or reset email locally and click its link. It shows every
 * reset link, so anyone else gets 404.
 */
export function mailboxRouter(db: DataSource, config: Config): Router {
  const router = Router();
  router.use((req, res, next) => {
    if (fromLoopback(req.socket.remoteAddress)) return next();
    res.status(404).type('text/plain').send('Not found');
  });
  router.get('/', async (_req, res) => {
    const emails = await db
      .getRepository(OutboxEmail)
      .find({ order: { createdAt: 'DESC' }, take: 200 });
    const rows = emails
      .map(
        (e) =>
          `<tr><td>${esc(e.createdAt.toISOString().replace('T', ' ').slice(0, 19))}</td><td>${esc(e.to)}</td><td><a href="/dev/mailbox/${e.id}">${esc(e.subject)}</a></td><td>${esc(e.locale)}</td><td class="status">${esc(e.status)}</td></tr>`,
      )
      .join('');
    res
      .type('html')
      .send(
        page(
          'Mailbox',
          emails.length
            ? `<table><thead><tr><th>Written (UTC)</th><th>To</th><th>Subject</th><th>Language</th><th>Status</th></tr></thead><tbody>${rows}</tbody></table>`
            : '<p>No emails yet.</p>',
        ),
      );
  });
  router.get('/:id', async (req, res) => {
    const email = isUuid(req.params.id)
      ? await db.getRepository(OutboxEmail).findOne({ where: { id: req.params.id } })
      : null;
    if (!email) {
      res
        .status(404)
        .type('html')
        .send(page('Not found', '<p>No such email. <a href="/dev/mailbox">Back</a></p>'));
      return;
    }
    let body: string;
    try {
      const { text, html } = renderOutboxEmail(config, email);
      body = `<div class="email">${html.replace(/^[\s\S]*<body[^>]*>|<\/body>[\s\S]*$/g, '')}</div><h3>Text version</h3><pre>${esc(text)}</pre>`;
    } catch (err) {
      // A row this version cannot render (its template no longer exists): the mail job gives up
      // on it too; the page says so rather than failing.
      body = `<p>This email cannot be rendered: ${esc((err as Error).message)}</p>`;
    }
    res
      .type('html')
      .send(
        page(
          email.subject,
          `<p><a href="/dev/mailbox">← All emails</a></p><p><strong>To:</strong> ${esc(email.to)}<br><strong>Subject:</strong> ${esc(email.subject)}<br>${email.replyToken ? `<strong>Reply-To:</strong> ${esc(replyAddress(config, email.replyToken))}<br>` : ''}<strong>Status:</strong> ${esc(email.status)}</p>${body}`,
        ),
      );
  });
  return router;
}
