import { Anchor, Group, Image, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatSize, postUpload } from '../../lib/uploads';
import { UploadButton } from '../../ui/UploadButton';
import type { ReturnItemView } from './rmaView';

/** The server takes photos of returned goods in these types only. */
export const PHOTO_ACCEPT = 'image/jpeg,image/png,image/webp';

const photosPath = (rmaNumber: string, itemId: string) =>
  `/returns/${encodeURIComponent(rmaNumber)}/items/${encodeURIComponent(itemId)}/photos`;

/** The photos as a row of thumbnails, each a link that opens the photo in a new tab. */
function PhotoThumbnails({ photos }: { photos: ReturnItemView['photos'] }) {
  return (
    <Group component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
      {photos.map((photo) => (
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
  );
}

interface AddPhotoProps {
  rmaNumber: string;
  itemId: string;
  onAdded: () => Promise<unknown>;
}

/** "+ Add photo": uploads to POST /returns/<rma>/items/<id>/photos, then refetches. */
function AddPhoto({ rmaNumber, itemId, onAdded }: AddPhotoProps) {
  const { t } = useTranslation();
  const upload = async (file: File) => {
    const refusal = await postUpload(photosPath(rmaNumber, itemId), file);
    if (refusal) {
      return (
        refusal.message ??
        t(refusal.reason === 'SIZE' ? 'returns.photos.tooLarge' : 'returns.photos.failed')
      );
    }
    await onAdded().catch(() => undefined);
    return null;
  };
  return (
    <UploadButton
      label={t('returns.photos.add')}
      hint={t('returns.photos.hint')}
      accept={PHOTO_ACCEPT}
      size="compact-xs"
      upload={upload}
    />
  );
}

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
        <PhotoThumbnails photos={item.photos} />
      )}
      {onAdded && <AddPhoto rmaNumber={rmaNumber} itemId={item.id} onAdded={onAdded} />}
    </Stack>
  );
}
