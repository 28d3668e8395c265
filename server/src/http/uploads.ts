import { Router, type Request, type Response } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import multer from 'multer';
import { AppError } from '../common/errors';
import { guardPathParams } from './documents';
import type { RequestContext } from '../context/request-context';
import { representativeOrNull } from '../context/viewer';
import {
  AttachmentService,
  MAX_ATTACHMENT_BYTES,
} from '../modules/returns/attachment/attachment.service';
import type { AttachmentOwner } from '../modules/returns/attachment/attachment.entity';
import { returnItemsLoader } from '../modules/returns/return-request/return-request.loaders';
import { ReturnRequestQueries } from '../modules/returns/return-request/return-request.queries';
import { TicketQueries } from '../modules/support/ticket/ticket.queries';
import { HTTP_STATUS as STATUS } from './errors';

type ContextFor = (req: Request, res: Response) => Promise<RequestContext>;

type Next = (e?: unknown) => void;
type Owner = (ctx: RequestContext, req: Request) => Promise<{ type: AttachmentOwner; id: string }>;

/**
 * Reads the one file (form field "file") of an already authorized upload, streaming it to a
 * temporary file under the data directory: memory stays flat however many uploads run at once,
 * and multer stops reading (LIMIT_FILE_SIZE) as soon as the size limit is passed. File names
 * are UTF-8 (browsers send them so, without a charset parameter).
 */
function readUpload(ctx: RequestContext, req: Request, res: Response): Promise<void> {
  const upload = multer({
    storage: multer.diskStorage({ destination: path.join(ctx.config.dataDir, 'uploads-incoming') }),
    limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1 },
    defParamCharset: 'utf8',
  }).single('file');
  return new Promise((resolve, reject) =>
    upload(req, res, (err: unknown) => (err ? reject(err) : resolve())),
  );
}

/** An AppError or a refused form as JSON with its code; anything else to the error handler. */
function fail(res: Response, err: unknown, next: Next): void {
  if (err instanceof AppError && STATUS[err.code]) {
    res
      .status(STATUS[err.code]!)
      .json({ error: { code: err.code, message: err.message, ...err.extensions } });
  } else if (err instanceof multer.MulterError) {
    const size = err.code === 'LIMIT_FILE_SIZE';
    res.status(400).json({
      error: {
        code: 'BAD_USER_INPUT',
        field: 'file',
        reason: size ? 'SIZE' : 'FORM',
        message: size ? 'Files can be at most 10 MB.' : err.message,
      },
    });
  } else next(err);
}

/** Receives one file (form field "file") for the record that `owner` finds and checks. */
function receive(contextFor: ContextFor, attachments: AttachmentService, owner: Owner) {
  return (req: Request, res: Response, next: Next) => {
    if (req.header('x-portal-upload') !== '1') {
      res.setHeader('Connection', 'close');
      res.status(400).json({
        error: { code: 'BAD_REQUEST', message: 'Send the header X-Portal-Upload: 1 with uploads.' },
      });
      return;
    }
    void (async () => {
      let bodyRead = false;
      try {
        // Who asks and for what, from the URL and headers only: a refused caller's body is
        // never read (the connection is closed instead of draining it).
        const ctx = await contextFor(req, res);
        if (!ctx.viewer) throw new AppError('UNAUTHENTICATED', 'Sign in to attach files.');
        const target = await owner(ctx, req);
        await attachments.check(ctx, target.type, target.id);
        bodyRead = true;
        await readUpload(ctx, req, res);
        if (!req.file)
          throw new AppError('BAD_USER_INPUT', 'Choose a file (form field "file").', {
            field: 'file',
            reason: 'MISSING',
          });
        const row = await attachments.add(ctx, target.type, target.id, req.file);
        const { id, fileName, contentType, size, url } = row;
        res.status(201).json({ id, fileName, contentType, size, url });
      } catch (err) {
        if (!bodyRead) res.setHeader('Connection', 'close');
        fail(res, err, next);
      } finally {
        if (req.file?.path) await fs.promises.rm(req.file.path, { force: true });
      }
    })();
  };
}

/** Sends an attachment the viewer may see, inline, under a strict content security policy. */
function download(contextFor: ContextFor, attachments: AttachmentService) {
  return async (req: Request, res: Response, next: Next) => {
    try {
      const ctx = await contextFor(req, res);
      if (!ctx.viewer) throw new AppError('UNAUTHENTICATED', 'Sign in to see this file.');
      const { attachment, file } = await attachments.open(ctx, String(req.params.id));
      res.setHeader('Content-Type', attachment.contentType);
      res.setHeader(
        'Content-Disposition',
        `inline; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
      );
      res.setHeader('Cache-Control', 'private, max-age=3600');
      res.setHeader(
        'Content-Security-Policy',
        "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
      );
      res.sendFile(file);
    } catch (err) {
      fail(res, err, next);
    }
  };
}

/**
 * Attachments over plain HTTP (multipart field "file"): photos of returned items and files of
 * support requests, and their download. Uploads need the header X-Portal-Upload: 1, which a
 * cross-site form cannot send (CSRF), and the session cookie or a Bearer token.
 */
export function uploadsRouter(contextFor: ContextFor): Router {
  const router = Router();
  const attachments = new AttachmentService();
  const returns = new ReturnRequestQueries();
  const tickets = new TicketQueries();

  router.post(
    '/returns/:rma/items/:itemId/photos',
    receive(contextFor, attachments, async (ctx, req) => {
      const request = await returns.get(ctx, String(req.params.rma));
      const items = await returnItemsLoader(ctx).load(request.id);
      const item = items.find((i) => i.id === req.params.itemId);
      if (!item) throw new AppError('NOT_FOUND', 'Return item not found.');
      return { type: 'RETURN_ITEM', id: item.id };
    }),
  );
  router.post(
    '/returns/drafts/files',
    receive(contextFor, attachments, async (ctx) => {
      const rep = representativeOrNull(ctx);
      if (!rep)
        throw new AppError('FORBIDDEN', 'Files for a new return are added by the customer.');
      return { type: 'RETURN_DRAFT', id: rep.representative.id };
    }),
  );
  router.post(
    '/requests/:key/attachments',
    receive(contextFor, attachments, async (ctx, req) => ({
      type: 'TICKET',
      id: (await tickets.get(ctx, String(req.params.key))).id,
    })),
  );
  router.get('/attachments/:id', download(contextFor, attachments));
  guardPathParams(router);
  return router;
}
