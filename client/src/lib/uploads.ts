import { PAGE_LOCALE_HEADER } from '../../../shared/src/locales';
import { currentLocale } from './locale';

/** The server takes files of at most 10 MB (larger ones are refused before they are sent). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

const REASONS = ['TYPE', 'SIZE', 'COUNT'] as const;
type Reason = (typeof REASONS)[number];
const isReason = (value: unknown): value is Reason =>
  typeof value === 'string' && (REASONS as readonly string[]).includes(value);

/** Why an upload did not work ('failed': no reason given, or the network). */
export type UploadProblem = Reason | 'failed';

/** A refused upload: the reason, and the server's own words when it answered. */
export interface UploadRefusal {
  reason: UploadProblem;
  message: string | null;
}

/**
 * POSTs one file (multipart field "file") to one of the server's upload addresses, with the
 * header X-Portal-Upload: 1 that a cross-site form cannot send. Null: it was stored (201).
 */
export async function postUpload(path: string, file: File): Promise<UploadRefusal | null> {
  const answer = await postUploadStored(path, file);
  return 'refusal' in answer ? answer.refusal : null;
}

/** A file the server stored: its id (to name it in a later mutation), name and address. */
export interface StoredFile {
  id: string;
  fileName: string;
  url: string;
}

/** POSTs one file like postUpload, answering the stored file or why it was refused. */
export async function postUploadStored(
  path: string,
  file: File,
): Promise<{ stored: StoredFile } | { refusal: UploadRefusal }> {
  if (file.size > MAX_UPLOAD_BYTES) return { refusal: { reason: 'SIZE', message: null } };
  try {
    const body = new FormData();
    body.append('file', file);
    const res = await fetch(path, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: {
        'X-Portal-Upload': '1',
        'Accept-Language': currentLocale(),
        [PAGE_LOCALE_HEADER]: currentLocale(),
      },
    });
    const answer = (await res.json().catch(() => null)) as
      (Partial<StoredFile> & { error?: { reason?: unknown; message?: unknown } }) | null;
    if (res.ok && answer?.id)
      return { stored: { id: answer.id, fileName: answer.fileName ?? '', url: answer.url ?? '' } };
    const { reason, message } = answer?.error ?? {};
    return {
      refusal: {
        reason: isReason(reason) ? reason : 'failed',
        message: typeof message === 'string' && message ? message : null,
      },
    };
  } catch {
    return { refusal: { reason: 'failed', message: null } };
  }
}

/** "240 kB", "1.2 MB" in the UI language. */
export function formatSize(bytes: number, locale: string = currentLocale()): string {
  const mb = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: mb ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: mb ? 1 : 0,
  }).format(mb ? bytes / (1024 * 1024) : Math.max(1, bytes / 1024));
}
