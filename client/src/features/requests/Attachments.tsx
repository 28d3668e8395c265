import { Anchor, Button, FileButton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n';
import type { TicketDetailFieldsFragment } from '../../gql/graphql';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf';
const REASONS = ['TYPE', 'SIZE', 'COUNT'] as const;
type Reason = (typeof REASONS)[number];
const isReason = (value: unknown): value is Reason =>
  typeof value === 'string' && (REASONS as readonly string[]).includes(value);

/** "240 kB", "1.2 MB" in the UI language. */
export function formatSize(bytes: number, locale: string = currentLocale()): string {
  const mb = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: mb ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: mb ? 1 : 0,
  }).format(mb ? bytes / (1024 * 1024) : Math.max(1, bytes / 1024));
}

/** What went wrong with an upload, worded under requests.attachments.* (null: it worked). */
export type UploadProblem = Reason | 'failed';

/** Sends one file to POST /requests/<key>/attachments (multipart field "file"). */
export async function uploadAttachment(key: string, file: File): Promise<UploadProblem | null> {
  if (file.size > MAX_ATTACHMENT_BYTES) return 'SIZE';
  try {
    const body = new FormData();
    body.append('file', file);
    const res = await fetch(`/requests/${encodeURIComponent(key)}/attachments`, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { 'X-Portal-Upload': '1', 'Accept-Language': currentLocale() },
    });
    if (res.ok) return null;
    const answer = (await res.json().catch(() => null)) as {
      error?: { reason?: unknown };
    } | null;
    const reason = answer?.error?.reason;
    return isReason(reason) ? reason : 'failed';
  } catch {
    return 'failed';
  }
}

/**
 * Files of a request (photos of damaged goods, invoices …) and "+ Attach a file", which
 * uploads to POST /requests/<key>/attachments (multipart field "file").
 */
export function Attachments({
  ticket,
  canAdd,
  onAdded,
}: {
  ticket: TicketDetailFieldsFragment;
  canAdd: boolean;
  onAdded: (fileName: string) => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const upload = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    const problem = await uploadAttachment(ticket.key, file);
    setBusy(false);
    if (problem) setError(t(`requests.attachments.${problem}`));
    else onAdded(file.name);
  };

  return (
    <Stack gap={6} align="flex-start">
      {ticket.attachments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('requests.attachments.none')}
        </Text>
      ) : (
        <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
          {ticket.attachments.map((a) => (
            <li key={a.id}>
              <Anchor href={a.url} target="_blank" rel="noopener" size="sm">
                {a.fileName}
              </Anchor>{' '}
              <Text span size="xs" c="dimmed">
                {formatSize(a.size)}
              </Text>
            </li>
          ))}
        </Stack>
      )}
      {canAdd && (
        <>
          <FileButton onChange={(file) => void upload(file)} accept={ACCEPT}>
            {(props) => (
              <Button {...props} variant="light" size="compact-sm" loading={busy}>
                {t('requests.attachments.add')}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            {t('requests.attachments.hint')}
          </Text>
        </>
      )}
      {error && (
        <Text size="xs" c="var(--mantine-color-error)" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
