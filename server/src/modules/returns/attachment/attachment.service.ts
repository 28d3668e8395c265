import { isUuid } from '../../../common/ids';
import fs from 'node:fs';
import path from 'node:path';
import { In } from 'typeorm';
import { AppError, ForbiddenError, NotFoundError } from '../../../common/errors';
import type { RequestContext } from '../../../context/request-context';
import { actorOf, representativeOrNull, tenantScope } from '../../../context/viewer';
import { audit } from '../../../audit/audit.service';
import { ReturnItem, ReturnRequest } from '../return-request/return-request.entity';
import { Ticket } from '../../support/ticket/ticket.entity';
import { allowedPortals } from '../../support/request-type/request-type.service';
import { Attachment, type AttachmentOwner } from './attachment.entity';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const RULES: Record<AttachmentOwner, { types: string[]; maxCount: number }> = {
  RETURN_ITEM: { types: ['image/jpeg', 'image/png', 'image/webp'], maxCount: 10 },
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

/** The owner's company, if the viewer may see it (representatives: own company; staff: all). */
async function ownerCompany(
  ctx: RequestContext,
  ownerType: AttachmentOwner,
  ownerId: string,
): Promise<string> {
  const scope = tenantScope(ctx);
  if (!isUuid(ownerId)) throw new NotFoundError('Record');
  if (ownerType === 'RETURN_ITEM') {
    const item = await ctx.db.getRepository(ReturnItem).findOne({ where: { id: ownerId } });
    const request = item
      ? await ctx.db.getRepository(ReturnRequest).findOne({ where: { id: item.returnRequestId } })
      : null;
    if (!request || (scope && request.companyId !== scope)) throw new NotFoundError('Return item');
    return request.companyId;
  }
  const ticket = await ctx.db
    .getRepository(Ticket)
    .findOne({ where: { id: ownerId, portalKey: In(allowedPortals(ctx)) } });
  if (!ticket || (scope && ticket.companyId !== scope)) throw new NotFoundError('Request');
  return ticket.companyId;
}

export class AttachmentService {
  async add(
    ctx: RequestContext,
    ownerType: AttachmentOwner,
    ownerId: string,
    file: { originalname: string; buffer: Buffer },
  ): Promise<Attachment> {
    const companyId = await ownerCompany(ctx, ownerType, ownerId);
    if (ownerType === 'RETURN_ITEM' && !representativeOrNull(ctx)) {
      throw new ForbiddenError('Photos of returned goods are added by the customer.');
    }
    const rule = RULES[ownerType];
    const contentType = sniffContentType(file.buffer);
    if (!contentType || !rule.types.includes(contentType)) {
      throw new AttachmentRejectedError(
        `This file type is not accepted here. Use ${rule.types.map((t) => t.split('/')[1]!.toUpperCase()).join(', ')}.`,
        'TYPE',
      );
    }
    if (file.buffer.length > MAX_ATTACHMENT_BYTES)
      throw new AttachmentRejectedError('Files can be at most 10 MB.', 'SIZE');
    const fileName =
      path
        .basename(file.originalname)
        .replace(/[^\p{L}\p{N}._ -]+/gu, '_')
        .slice(0, 200) || 'file';
    const { email, name } = actorOf(ctx);
    const uploader = email ?? name;
    fs.mkdirSync(uploadsDir(ctx), { recursive: true });
    let written: string | null = null;
    try {
      return await ctx.transaction(async (tx) => {
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
            size: file.buffer.length,
            uploadedBy: uploader,
          }),
        );
        written = path.join(uploadsDir(ctx), row.id);
        fs.writeFileSync(written, file.buffer);
        await audit(
          ctx,
          tx,
          'attachment.added',
          { type: ownerType, id: ownerId, companyId },
          { attachment: row.id, fileName },
        );
        return row;
      });
    } catch (err) {
      if (written) fs.rmSync(written, { force: true });
      throw err;
    }
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
