import { Anchor, Button, FileButton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSize, postUpload, type UploadProblem } from '../../lib/uploads';
import type { TicketDetailFieldsFragment } from '../../gql/graphql';

export const ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf';

/**
 * Sends one file to POST /requests/<key>/attachments. What went wrong is worded under
 * requests.attachments.* (null: it worked).
 */
export async function uploadAttachment(key: string, file: File): Promise<UploadProblem | null> {
  const refusal = await postUpload(`/requests/${encodeURIComponent(key)}/attachments`, file);
  return refusal?.reason ?? null;
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
