import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { passwordError } from '../../lib/validation';

/** The messages under the two new-password fields. */
export interface NewPasswordErrors {
  password?: string;
  confirm?: string;
}

/** A new password typed twice: the two values and their client-side check. */
export function useNewPassword() {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  /** The rules' message on the password, else a mismatch on the confirmation; {} when fine. */
  const check = (): NewPasswordErrors => {
    const problem = passwordError(password, t);
    if (problem) return { password: problem };
    if (confirm !== password) return { confirm: t('validation.passwordMismatch') };
    return {};
  };
  return { password, confirm, setPassword, setConfirm, check };
}

export type NewPassword = ReturnType<typeof useNewPassword>;
