import { Anchor, Button, FileButton, Group, Image, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSize, postUpload } from '../../lib/uploads';
import type { ReturnItemView } from './rmaView';

/** The server takes photos of returned goods in these types only. */
export const PHOTO_ACCEPT = 'image/jpeg,image/png,image/webp';

const photosPath = (rmaNumber: string, itemId: string) =>
  `/returns/${encodeURIComponent(rmaNumber)}/items/${encodeURIComponent(itemId)}/photos`;

/**
 * The photos of one returned product as thumbnails (each opens the photo in a new tab). With
 * onAdded, the customer's "+ Add photo", which uploads to
 * POST /returns/<rma>/items/<id>/photos (multipart field "file"); onAdded refetches the return.
 */
export function ItemPhotos({
  rmaNumber,
  item,
  onAdded,
}: {
  rmaNumber: string;
  item: ReturnItemView;
  onAdded?: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const upload = async (file: File | null) => {
    if (!file || !onAdded) return;
    setBusy(true);
    setError(null);
    const refusal = await postUpload(photosPath(rmaNumber, item.id), file);
    if (refusal) {
      setError(
        refusal.message ??
          t(refusal.reason === 'SIZE' ? 'returns.photos.tooLarge' : 'returns.photos.failed'),
      );
    } else {
      await onAdded().catch(() => undefined);
    }
    setBusy(false);
  };

  return (
    <Stack
      gap={6}
      mt="xs"
      align="flex-start"
      role="group"
      aria-label={t('returns.photos.of', { name: item.name })}
    >
      <Text size="xs" fw={600} c="dimmed">
        {t('returns.photos.title')}
      </Text>
      {item.photos.length === 0 ? (
        <Text size="xs" c="dimmed">
          {t('returns.photos.none')}
        </Text>
      ) : (
        <Group component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
          {item.photos.map((photo) => (
            <li key={photo.id}>
              <Anchor
                href={photo.url}
                target="_blank"
                rel="noopener"
                title={`${photo.fileName} (${formatSize(photo.size)})`}
                display="block"
              >
                <Image
                  src={photo.url}
                  alt={photo.fileName}
                  w={56}
                  h={56}
                  fit="cover"
                  radius="sm"
                  bd="1px solid var(--mantine-color-gray-3)"
                />
              </Anchor>
            </li>
          ))}
        </Group>
      )}
      {onAdded && (
        <>
          <FileButton onChange={(file) => void upload(file)} accept={PHOTO_ACCEPT}>
            {(props) => (
              <Button {...props} variant="light" size="compact-xs" loading={busy}>
                {t('returns.photos.add')}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            {t('returns.photos.hint')}
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
