import { Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_LEVEL_TARGET_LIMITS } from '../../../../../shared/src/service-levels';
import { useSetServiceLevelTargetsMutation } from '../../../gql/graphql';
import { describeError } from '../../../lib/errors';
import { FormErrorAlert } from '../../../ui/forms';
import { nameOf, type RequestType } from './requestTypes';

interface TargetsDialogProps {
  type: RequestType;
  onClose: () => void;
}

type Field = 'firstResponseHours' | 'resolutionHours';
const { min, max } = SERVICE_LEVEL_TARGET_LIMITS;

/** The two targets being edited, their checks and saving them. */
function useTargetsForm({ type, onClose }: TargetsDialogProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<Field, number | string>>({
    firstResponseHours: type.serviceLevels.firstResponseHours,
    resolutionHours: type.serviceLevels.resolutionHours,
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [save, { loading }] = useSetServiceLevelTargetsMutation();

  const check = (): Partial<Record<Field, string>> => {
    const found: Partial<Record<Field, string>> = {};
    for (const f of ['firstResponseHours', 'resolutionHours'] as const) {
      const v = values[f];
      if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
        found[f] = t('requests.sla.targetRange', { min, max });
    }
    if (
      !found.resolutionHours &&
      Number(values.resolutionHours) < Number(values.firstResponseHours)
    )
      found.resolutionHours = t('requests.sla.targetOrder');
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found = check();
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await save({
        variables: {
          requestTypeId: type.id,
          targets: {
            firstResponseHours: Number(values.firstResponseHours),
            resolutionHours: Number(values.resolutionHours),
          },
        },
      });
      // The answer updates the type in the cache (its id and serviceLevels).
      onClose();
    } catch (err) {
      setFormError(describeError(err, t));
    }
  };

  const input = (field: Field) => ({
    value: values[field],
    error: errors[field],
    min,
    max,
    allowDecimal: false,
    allowNegative: false,
    suffix: ' h',
    onChange: (v: number | string) => {
      setValues((old) => ({ ...old, [field]: v }));
      setErrors((old) => ({ ...old, [field]: undefined }));
    },
  });
  return { submit, input, formError, loading };
}

/** A request type's service-level targets, in business hours. */
export function TargetsDialog(props: TargetsDialogProps) {
  const { type, onClose } = props;
  const { t } = useTranslation();
  const { submit, input, formError, loading } = useTargetsForm(props);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('requests.sla.targetsTitle', { name: nameOf(type) })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('requests.sla.targetsHint')}
          </Text>
          {formError && <FormErrorAlert>{formError}</FormErrorAlert>}
          <NumberInput
            label={t('requests.sla.firstResponseTarget')}
            {...input('firstResponseHours')}
          />
          <NumberInput label={t('requests.sla.resolutionTarget')} {...input('resolutionHours')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('requests.sla.saveTargets')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
