import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../../../../shared/src/locales';
import { describeError, firstApiError, hasCode } from '../../../lib/errors';
import { FormErrorAlert } from '../../../ui/forms';
import { useCreateRequestTypeMutation, useUpdateRequestTypeMutation } from '../../../gql/graphql';
import { EMPTY_NAMES, nameOf, type Edit, type Names } from './requestTypes';

interface NamesDialogProps {
  edit: Edit;
  onClose: () => void;
  onCreated: () => void;
}

/** The names being edited, their check (all four required) and saving them. */
function useNamesForm({ edit, onClose, onCreated }: NamesDialogProps) {
  const { t } = useTranslation();
  const [names, setNames] = useState<Names>(() =>
    edit.kind === 'rename'
      ? {
          en: edit.type.names.en,
          uk: edit.type.names.uk,
          hu: edit.type.names.hu,
          pl: edit.type.names.pl,
        }
      : EMPTY_NAMES,
  );
  const [errors, setErrors] = useState<Partial<Names>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [create, { loading: creating }] = useCreateRequestTypeMutation();
  const [update, { loading: updating }] = useUpdateRequestTypeMutation();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const trimmed = Object.fromEntries(LOCALES.map((l) => [l, names[l].trim()])) as Names;
    const found: Partial<Names> = {};
    for (const l of LOCALES) if (!trimmed[l]) found[l] = t('staff.requestTypes.nameRequired');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      if (edit.kind === 'rename') {
        await update({ variables: { id: edit.type.id, names: trimmed } });
      } else {
        await create({
          variables: {
            groupId: edit.group.id,
            parentId: edit.kind === 'addSub' ? edit.parent.id : null,
            names: trimmed,
          },
        });
        onCreated();
      }
      onClose();
    } catch (err) {
      setFormError(
        hasCode(err, 'BAD_USER_INPUT')
          ? (firstApiError(err)?.message ?? describeError(err, t))
          : describeError(err, t),
      );
    }
  };
  const change = (locale: keyof Names, value: string) => {
    setNames((n) => ({ ...n, [locale]: value }));
    setErrors((er) => ({ ...er, [locale]: undefined }));
  };
  return { names, change, errors, formError, busy: creating || updating, submit };
}

/** The four names of a new type or sub-category, or of one being renamed (all required). */
export function NamesDialog(props: NamesDialogProps) {
  const { edit, onClose } = props;
  const { t } = useTranslation();
  const form = useNamesForm(props);
  const { busy } = form;

  const title =
    edit.kind === 'addType'
      ? t('staff.requestTypes.dialog.addType', { group: nameOf(edit.group) })
      : edit.kind === 'addSub'
        ? t('staff.requestTypes.dialog.addSub', { type: nameOf(edit.parent) })
        : t('staff.requestTypes.dialog.rename', { name: nameOf(edit.type) });

  return (
    <Modal opened onClose={() => !busy && onClose()} title={title} centered>
      <form onSubmit={(e) => void form.submit(e)} noValidate>
        <Stack gap="md">
          {form.formError && <FormErrorAlert>{form.formError}</FormErrorAlert>}
          {LOCALES.map((l, i) => (
            <TextInput
              key={l}
              label={t(`staff.requestTypes.lang.${l}`)}
              lang={l}
              value={form.names[l]}
              onChange={(e) => form.change(l, e.currentTarget.value)}
              error={form.errors[l]}
              required
              maxLength={120}
              data-autofocus={i === 0 || undefined}
            />
          ))}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {edit.kind === 'rename' ? t('common.save') : t('staff.requestTypes.dialog.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
