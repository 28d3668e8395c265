import { isUuid } from '../../../common/ids';
import fs from 'node:fs';
import path from 'node:path';
import { In, type EntityManager } from 'typeorm';
import { AppError, ForbiddenError, NotFoundError } from '../../../common/errors';
import type { RequestContext } from '../../../context/request-context';
import { actorOf, representativeOrNull, tenantScope } from '../../../context/viewer';
import { refuseIfClosed as refuseIfReturnClosed } from '../return-request/return-request.errors';
import { lockVisibleReturn } from '../return-request/return-request.queries';
import { lockTicket } from '../../support/ticket/ticket.commands';
import { TicketStateMachine } from '../../support/ticket/ticket.state-machine';
import { audit } from '../../../audit/audit.service';
import { ReturnItem } from '../return-request/return-request.entity';
import { Attachment, type AttachmentOwner } from './attachment.entity';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const RULES: Record<AttachmentOwner, { types: string[]; maxCount: number }> = {
  RETURN_ITEM: { types: ['image/jpeg', 'image/png', 'image/webp'], maxCount: 10 },
  RETURN_PROOF: {
    types: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
    maxCount: 3,
  },
  // A wizard run's photos and proofs; submitting moves them onto the items.
  RETURN_DRAFT: {
    types: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
    maxCount: 100,
  },
  TICKET: { types: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'], maxCount: 20 },
};

/** The type a file really is, from its first bytes (the browser's word is not trusted). */
export function sniffContentType(data: Buffer): string | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff)
    return 'image/jpeg';
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (
    data.subarray(0, 4).toString('latin1') === 'RIFF' &&
    data.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return 'image/webp';
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
}

export class AttachmentRejectedError extends AppError {
  constructor(message: string, reason: string) {
    super('BAD_USER_INPUT', message, { field: 'file', reason });
  }
}

function uploadsDir(ctx: RequestContext): string {
  return path.join(ctx.config.dataDir, 'uploads');
}

/**
 * The owner of an attachment, checked and row-locked in the transaction: visible to the viewer
 * (representatives: own company; staff: all; anything else NOT_FOUND), allowed to add to, and
 * not closed (RETURN_CLOSED / TICKET_CLOSED, the state machines' own checks). The lock (on the
 * return, or on the request) makes the count cap hold under concurrent uploads.
 */
async function lockOwner(
  ctx: RequestContext,
  tx: EntityManager,
  ownerType: AttachmentOwner,
  ownerId: string,
): Promise<string> {
  if (!isUuid(ownerId)) throw new NotFoundError('Record');
  if (ownerType === 'RETURN_DRAFT') {
    const rep = representativeOrNull(ctx);
    if (!rep) throw new ForbiddenError('Files for a new return are added by the customer.');
    if (rep.representative.id !== ownerId) throw new NotFoundError('Record');
    // The representative's row is the lock that keeps the count cap under concurrent uploads.
    await tx.query('SELECT id FROM representative WHERE id = $1 FOR UPDATE', [ownerId]);
    return rep.company.id;
  }
  if (ownerType === 'RETURN_PROOF') throw new NotFoundError('Record');
  if (ownerType === 'RETURN_ITEM') {
    const item = await tx.getRepository(ReturnItem).findOne({ where: { id: ownerId } });
    if (!item) throw new NotFoundError('Return item');
    const request = await lockVisibleReturn(ctx, tx, item.returnRequestId).catch((err) => {
      throw err instanceof NotFoundError ? new NotFoundError('Return item') : err;
    });
    if (!representativeOrNull(ctx))
      throw new ForbiddenError('Photos of returned goods are added by the customer.');
    refuseIfReturnClosed(request);
    return request.companyId;
  }
  const ticket = await lockTicket(ctx, tx, ownerId);
  tickets.refuseIfClosed(ticket);
  return ticket.companyId;
}

const tickets = new TicketStateMachine();

/** The file as received: on disk already (multer streamed it there), or in memory. */
export interface ReceivedFile {
  originalname: string;
  size: number;
  path?: string;
  buffer?: Buffer;
}

async function firstBytes(file: ReceivedFile): Promise<Buffer> {
  if (file.buffer) return file.buffer.subarray(0, 16);
  const handle = await fs.promises.open(file.path!, 'r');
  try {
    const head = Buffer.alloc(16);
    const { bytesRead } = await handle.read(head, 0, 16, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Copies (or writes) the received file to its stored place; the caller removes its temp file. */
async function store(file: ReceivedFile, target: string): Promise<void> {
  if (file.path) await fs.promises.copyFile(file.path, target);
  else await fs.promises.writeFile(target, file.buffer!);
}

export class AttachmentService {
  /**
   * Whether the viewer may add a file to this owner now: called before the upload's body is
   * read, so a refused caller costs no memory or disk. add() checks again under the lock.
   */
  check(ctx: RequestContext, ownerType: AttachmentOwner, ownerId: string): Promise<void> {
    return ctx.transaction(async (tx) => {
      await lockOwner(ctx, tx, ownerType, ownerId);
    });
  }

  async add(
    ctx: RequestContext,
    ownerType: AttachmentOwner,
    ownerId: string,
    file: ReceivedFile,
  ): Promise<Attachment> {
    const rule = RULES[ownerType];
    const contentType = sniffContentType(await firstBytes(file));
    if (!contentType || !rule.types.includes(contentType)) {
      throw new AttachmentRejectedError(
        `This file type is not accepted here. Use ${rule.types.map((t) => t.split('/')[1]!.toUpperCase()).join(', ')}.`,
        'TYPE',
      );
    }
    if (file.size > MAX_ATTACHMENT_BYTES)
      throw new AttachmentRejectedError('Files can be at most 10 MB.', 'SIZE');
    const fileName =
      path
        .basename(file.originalname)
        .replace(/[^\p{L}\p{N}._ -]+/gu, '_')
        .slice(0, 200) || 'file';
    const { email, name } = actorOf(ctx);
    const uploader = email ?? name;
    fs.mkdirSync(uploadsDir(ctx), { recursive: true });
    const written: string[] = [];
    return ctx
      .transaction(async (tx) => {
        const companyId = await lockOwner(ctx, tx, ownerType, ownerId);
        const count = await tx.getRepository(Attachment).count({ where: { ownerType, ownerId } });
        if (count >= rule.maxCount)
          throw new AttachmentRejectedError(`At most ${rule.maxCount} files here.`, 'COUNT');
        const row = await tx.getRepository(Attachment).save(
          tx.getRepository(Attachment).create({
            companyId,
            ownerType,
            ownerId,
            fileName,
            contentType,
            size: file.size,
            uploadedBy: uploader,
          }),
        );
        await audit(
          ctx,
          tx,
          'attachment.added',
          { type: ownerType, id: ownerId, companyId },
          { attachment: row.id, fileName },
        );
        // Last: only the commit can still fail, and then every copy is removed below.
        written.push(path.join(uploadsDir(ctx), row.id));
        await store(file, written[written.length - 1]!);
        return row;
      })
      .catch(async (err: unknown) => {
        await Promise.all(written.map((f) => fs.promises.rm(f, { force: true })));
        throw err;
      });
  }

  /** The file of an attachment the viewer may see; anyone else: NOT_FOUND. */
  async open(ctx: RequestContext, id: string): Promise<{ attachment: Attachment; file: string }> {
    const scope = tenantScope(ctx);
    const attachment = isUuid(id)
      ? await ctx.db.getRepository(Attachment).findOne({ where: { id } })
      : null;
    if (!attachment || (scope && attachment.companyId !== scope))
      throw new NotFoundError('Attachment');
    return { attachment, file: path.join(uploadsDir(ctx), attachment.id) };
  }
}

export function attachmentsLoader(ctx: RequestContext, ownerType: AttachmentOwner) {
  return ctx.loaders.get<string, Attachment[]>(`attachments.${ownerType}`, async (ids) => {
    const rows = await ctx.db
      .getRepository(Attachment)
      .find({ where: { ownerType, ownerId: In([...ids]) }, order: { createdAt: 'ASC' } });
    return ids.map((id) => rows.filter((r) => r.ownerId === id));
  });
}
