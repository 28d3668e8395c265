import { In, type EntityManager } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../../../common/errors';
import { isUuid } from '../../../common/ids';
import { Attachment } from '../attachment/attachment.entity';
import type { ReturnItem } from './return-request.entity';
import type { ReturnItemInput } from './return-request.inputs';

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/** The draft files a submission names: uuids, each named once. */
export function checkDraftIds(items: ReturnItemInput[]): void {
  const ids = items.flatMap((i) => [
    ...(i.photoIds ?? []),
    ...(i.warrantyProofId ? [i.warrantyProofId] : []),
  ]);
  if (ids.some((id) => !isUuid(id))) throw new NotFoundError('Uploaded file');
  if (new Set(ids).size !== ids.length)
    throw new BadUserInputError('Each uploaded file belongs to one product only.', 'photoIds');
}

/**
 * Moves the files the customer uploaded in the wizard (their own drafts, POST
 * /returns/drafts/files) onto the new items: photos to the item, a warranty proof as its
 * proof. A file that is not the submitter's own draft is NOT_FOUND; a photo must be an image.
 */
export async function claimDraftFiles(
  tx: EntityManager,
  representativeId: string,
  inputs: ReturnItemInput[],
  items: ReturnItem[],
): Promise<void> {
  const wanted = inputs.flatMap((input, i) => [
    ...(input.photoIds ?? []).map((id) => ({ id, item: items[i]!, proof: false })),
    ...(input.warrantyProofId ? [{ id: input.warrantyProofId, item: items[i]!, proof: true }] : []),
  ]);
  if (!wanted.length) return;
  const drafts = await tx.getRepository(Attachment).find({
    where: {
      id: In(wanted.map((w) => w.id)),
      ownerType: 'RETURN_DRAFT',
      ownerId: representativeId,
    },
    lock: { mode: 'pessimistic_write' },
  });
  for (const w of wanted) {
    const draft = drafts.find((d) => d.id === w.id);
    if (!draft) throw new NotFoundError('Uploaded file');
    if (!w.proof && !IMAGE_TYPES.includes(draft.contentType))
      throw new BadUserInputError('A photo must be a JPEG, PNG or WEBP image.', 'photoIds');
    await tx
      .getRepository(Attachment)
      .update(
        { id: draft.id },
        { ownerType: w.proof ? 'RETURN_PROOF' : 'RETURN_ITEM', ownerId: w.item.id },
      );
  }
}
