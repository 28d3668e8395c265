import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../ui/forms';

interface NewPasswordFieldsProps {
  password: string;
  confirm: string;
  onPassword: (value: string) => void;
  onConfirm: (value: string) => void;
  passwordError?: string | null;
  confirmError?: string | null;
  label?: string;
}

/** A new password with its rules, typed twice. */
export function NewPasswordFields(props: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <PasswordField
        label={props.label ?? t('fields.newPassword')}
        description={t('password.rules')}
        autoComplete="new-password"
        value={props.password}
        onChange={(e) => props.onPassword(e.currentTarget.value)}
        error={props.passwordError}
        required
      />
      <PasswordField
        label={t('fields.confirmPassword')}
        autoComplete="new-password"
        value={props.confirm}
        onChange={(e) => props.onConfirm(e.currentTarget.value)}
        error={props.confirmError}
        required
      />
    </Stack>
  );
}
