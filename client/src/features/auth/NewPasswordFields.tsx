import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../ui/forms';
import type { NewPassword, NewPasswordErrors } from './useNewPassword';

interface NewPasswordFieldsProps {
  value: NewPassword;
  errors: NewPasswordErrors;
  label?: string;
}

/** A new password with its rules, typed twice (state and checks: useNewPassword). */
export function NewPasswordFields({ value, errors, label }: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <PasswordField
        label={label ?? t('fields.newPassword')}
        description={t('password.rules')}
        autoComplete="new-password"
        value={value.password}
        onChange={(e) => value.setPassword(e.currentTarget.value)}
        error={errors.password}
        required
      />
      <PasswordField
        label={t('fields.confirmPassword')}
        autoComplete="new-password"
        value={value.confirm}
        onChange={(e) => value.setConfirm(e.currentTarget.value)}
        error={errors.confirm}
        required
      />
    </Stack>
  );
}
