import { Anchor, CloseButton, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { postUploadStored } from '../../../lib/uploads';
import { UploadButton } from '../../../ui/UploadButton';
import { PHOTO_ACCEPT } from '../ReturnPhotos';
import type { DraftErrors } from './ProductFields';
import type { ProductDraft, WizardFile } from './wizardState';

/** Where the wizard uploads: the customer's own draft files until the request is sent. */
const DRAFT_FILES_PATH = '/returns/drafts/files';
const PROOF_ACCEPT = `${PHOTO_ACCEPT},application/pdf`;

/** Uploads one file as a draft: the stored file, or the message to show. */
function useDraftUpload() {
  const { t } = useTranslation();
  return async (file: File): Promise<WizardFile | string> => {
    const answer = await postUploadStored(DRAFT_FILES_PATH, file);
    if ('stored' in answer) return answer.stored;
    const { refusal } = answer;
    return (
      refusal.message ??
      t(refusal.reason === 'SIZE' ? 'returns.photos.tooLarge' : 'returns.photos.failed')
    );
  };
}

/** The files chosen so far, each a link with a "Remove" button. */
function FileList({ files, onRemove }: { files: WizardFile[]; onRemove: (id: string) => void }) {
  const { t } = useTranslation();
  if (!files.length) return null;
  return (
    <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
      {files.map((f) => (
        <Group component="li" key={f.id} gap={4} wrap="nowrap">
          <Anchor href={f.url} target="_blank" rel="noopener" size="sm">
            {f.fileName}
          </Anchor>
          <CloseButton
            size="sm"
            aria-label={t('returns.wizard.product.removeFile', { name: f.fileName })}
            onClick={() => onRemove(f.id)}
          />
        </Group>
      ))}
    </Stack>
  );
}

interface PhotosProps {
  photos: WizardFile[];
  required: boolean;
  error: string | undefined;
  onChange: (photos: WizardFile[]) => void;
}

/** "Photos of the product": required for a defective or damaged product (shared rule). */
export function WizardPhotos({ photos, required, error, onChange }: PhotosProps) {
  const { t } = useTranslation();
  const upload = useDraftUpload();
  return (
    <Stack
      gap={6}
      align="flex-start"
      role="group"
      aria-labelledby="wizard-photos-label"
      aria-describedby="wizard-photos-note"
    >
      <Text size="sm" fw={500} id="wizard-photos-label">
        {t('returns.wizard.product.photos')}
        {required && (
          <Text span c="var(--mantine-color-error)" aria-hidden>
            {' *'}
          </Text>
        )}
      </Text>
      <Text size="xs" c="dimmed" id="wizard-photos-note">
        {required
          ? t('returns.wizard.product.photosRequired')
          : t('returns.wizard.product.photosOptional')}
      </Text>
      <FileList files={photos} onRemove={(id) => onChange(photos.filter((p) => p.id !== id))} />
      <UploadButton
        label={t('returns.photos.add')}
        hint={t('returns.photos.hint')}
        accept={PHOTO_ACCEPT}
        size="compact-sm"
        upload={async (file) => {
          const stored = await upload(file);
          if (typeof stored === 'string') return stored;
          onChange([...photos, stored]);
          return null;
        }}
      />
      {error && (
        <Text size="sm" c="var(--mantine-color-error)" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

interface ServiceFieldsProps {
  draft: ProductDraft;
  errors: DraftErrors;
  setDraft: (change: Partial<ProductDraft>) => void;
}

/** A service item: when it was bought (or its warranty proof) and what goes with it. */
export function ServiceFields({ draft, errors, setDraft }: ServiceFieldsProps) {
  const { t } = useTranslation();
  const upload = useDraftUpload();
  return (
    <Stack gap="md">
      <TextInput
        type="date"
        label={t('returns.wizard.product.purchaseDate')}
        description={t('returns.wizard.product.purchaseDateHint')}
        value={draft.purchaseDate}
        onChange={(e) => setDraft({ purchaseDate: e.currentTarget.value })}
        error={errors.purchaseDate}
        maw={260}
      />
      <Stack
        gap={6}
        align="flex-start"
        role="group"
        aria-label={t('returns.wizard.product.warrantyProof')}
      >
        <Text size="sm" fw={500}>
          {t('returns.wizard.product.warrantyProof')}
        </Text>
        <FileList
          files={draft.warrantyProof ? [draft.warrantyProof] : []}
          onRemove={() => setDraft({ warrantyProof: null })}
        />
        {!draft.warrantyProof && (
          <UploadButton
            label={t('returns.wizard.product.warrantyProofAdd')}
            hint={t('returns.wizard.product.warrantyProofHint')}
            accept={PROOF_ACCEPT}
            size="compact-sm"
            upload={async (file) => {
              const stored = await upload(file);
              if (typeof stored === 'string') return stored;
              setDraft({ warrantyProof: stored });
              return null;
            }}
          />
        )}
      </Stack>
      <Textarea
        label={t('returns.wizard.product.accessories')}
        description={t('returns.wizard.product.accessoriesHint')}
        value={draft.accessories}
        onChange={(e) => setDraft({ accessories: e.currentTarget.value })}
        autosize
        minRows={2}
      />
    </Stack>
  );
}
