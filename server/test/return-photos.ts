import {
  photosRequired,
  RETURN_CONDITIONS,
  type ReturnConditions,
  type ReturnKind,
} from '../../shared/src/rma';
import type { TestApp, TestBrowser } from './harness';

/** The return conditions (shared RETURN_CONDITIONS) as a customer answers them for goods in perfect order. */
export const ALL_MET = Object.fromEntries(
  RETURN_CONDITIONS.map((c) => [c, true]),
) as ReturnConditions;

/** The same for a product damaged in transit: all met but "undamaged". */
export const DAMAGED = { ...ALL_MET, undamaged: false };

/** The smallest file the upload accepts as a PNG photo (its signature, then bytes). */
export const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(200, 1),
]);

/** Uploads a photo as the wizard does (POST /returns/drafts/files): the draft file's id. */
export async function uploadDraftPhoto(
  app: TestApp,
  who: TestBrowser,
  name = 'damage.png',
): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(PNG)]), name);
  const res = await fetch(`${app.url}/returns/drafts/files`, {
    method: 'POST',
    body: form,
    headers: { ...(who.cookie ? { cookie: who.cookie } : {}), 'x-portal-upload': '1' },
  });
  const body = (await res.json()) as { id?: string };
  if (res.status !== 201 || !body.id) throw new Error(`Photo upload failed: ${res.status}`);
  return body.id;
}

/**
 * The items of a return as the wizard sends them: each product returned for a reason that
 * needs a photo (shared `photosRequired`: defective, damaged in transit) and given none gets
 * one uploaded photo, as a customer must add.
 */
export async function withPhotos<T extends { reason?: unknown; photoIds?: unknown }>(
  app: TestApp,
  who: TestBrowser,
  kind: ReturnKind,
  items: T[],
): Promise<T[]> {
  return Promise.all(
    items.map(async (item) =>
      photosRequired(kind, typeof item.reason === 'string' ? item.reason : null) &&
      item.photoIds === undefined
        ? { ...item, photoIds: [await uploadDraftPhoto(app, who)] }
        : item,
    ),
  );
}
