import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatSize, postUpload, type UploadProblem } from '../../lib/uploads';
import type { TicketDetailFieldsFragment } from '../../gql/graphql';
import { UploadButton } from '../../ui/UploadButton';

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
  const upload = async (file: File) => {
    const problem = await uploadAttachment(ticket.key, file);
    if (problem) return t(`requests.attachments.${problem}`);
    onAdded(file.name);
    return null;
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
        <UploadButton
          label={t('requests.attachments.add')}
          hint={t('requests.attachments.hint')}
          accept={ACCEPT}
          size="compact-sm"
          upload={upload}
        />
      )}
    </Stack>
  );
}
