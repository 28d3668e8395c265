import { Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, fieldErrors, hasCode } from '../../lib/errors';
import { FormErrorAlert, LanguageSelect } from '../../ui/forms';
import { currentLocale } from '../../lib/locale';
import { fieldChecks } from '../../lib/validation';
import {
  RepresentativesDocument,
  useInviteRepresentativeMutation,
  type RepresentativeFieldsFragment,
  type RepresentativesQuery,
  type RepresentativeRole,
} from '../../gql/graphql';

interface AddEmployeeModalProps {
  opened: boolean;
  onClose: () => void;
  onInvited: (rep: RepresentativeFieldsFragment) => void;
}

function AddEmployeeForm({ onClose, onInvited }: Omit<AddEmployeeModalProps, 'opened'>) {
  const { t } = useTranslation();
  const [invite, { loading }] = useInviteRepresentativeMutation({
    update(cache, { data }) {
      const added = data?.inviteRepresentative;
      if (!added) return;
      cache.updateQuery<RepresentativesQuery>({ query: RepresentativesDocument }, (current) =>
        current && !current.representatives.some((r) => r.id === added.id)
          ? { representatives: [...current.representatives, added] }
          : current,
      );
    },
  });
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<RepresentativeRole>('MEMBER');
  const [locale, setLocale] = useState<string>(currentLocale());
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const problem = fieldChecks(t).email(email);
    setError(problem);
    if (problem) return;
    try {
      const { data } = await invite({
        variables: { input: { email: email.trim(), role, locale } },
      });
      if (data) onInvited(data.inviteRepresentative);
    } catch (err) {
      if (hasCode(err, 'EMAIL_ALREADY_REGISTERED')) {
        setError(t('employees.add.emailTaken'));
        return;
      }
      const byField = fieldErrors(err, t);
      if (byField.email) setError(byField.email);
      else setFormError(describeError(err, t));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('employees.add.intro')}
        </Text>
        {formError && <FormErrorAlert>{formError}</FormErrorAlert>}
        <TextInput
          label={t('fields.email')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={error}
          required
          data-autofocus
        />
        <Radio.Group
          label={t('fields.role')}
          value={role}
          onChange={(value) => setRole(value as RepresentativeRole)}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="MEMBER" label={t('roles.MEMBER')} description={t('roles.MEMBERHint')} />
            <Radio value="ADMIN" label={t('roles.ADMIN')} description={t('roles.ADMINHint')} />
          </Stack>
        </Radio.Group>
        <LanguageSelect label={t('employees.add.language')} value={locale} onChange={setLocale} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('employees.add.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "+ Add employee": an email and a role; the person gets an activation email. */
export function AddEmployeeModal({ opened, onClose, onInvited }: AddEmployeeModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('employees.add.title')} centered>
      {/* Mounted only while open: every opening starts with an empty form. */}
      {opened && <AddEmployeeForm onClose={onClose} onInvited={onInvited} />}
    </Modal>
  );
}
