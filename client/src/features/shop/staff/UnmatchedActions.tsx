import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useAssignInvoiceMutation,
  useConfirmCompanyTaxIdMutation,
  type UnmatchedInvoiceFieldsFragment,
} from '../../../gql/graphql';
import { describeError, fieldErrors, hasCode } from '../../../lib/errors';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { countryName, FormErrorAlert } from '../../../ui/forms';

type Invoice = UnmatchedInvoiceFieldsFragment;

/** What an action reports to the page: done (with a sentence) or failed (with the error). */
export interface ActionResult {
  onDone: (message: string) => void;
  onError: (err: unknown) => void;
}

/** "Confirm tax ID of <company>": asks first, then confirms; the waiting invoices move to it. */
export function ConfirmTaxIdButton({
  invoice,
  onDone,
  onError,
}: { invoice: Invoice } & ActionResult) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [confirmTaxId, { loading }] = useConfirmCompanyTaxIdMutation();
  const company = invoice.buyerCompany;
  if (!company) return null;
  const confirm = async () => {
    try {
      await confirmTaxId({ variables: { companyId: company.id } });
      onDone(t('staff.unmatched.confirmed', { company: company.name }));
    } catch (err) {
      onError(err);
    } finally {
      setOpened(false);
    }
  };
  return (
    <>
      <Button size="compact-sm" variant="light" onClick={() => setOpened(true)}>
        {t('staff.unmatched.confirm', { company: company.name })}
      </Button>
      <ConfirmModal
        opened={opened}
        title={t('staff.unmatched.confirmTitle')}
        message={t('staff.unmatched.confirmMessage', {
          taxId: invoice.buyerTaxId ?? '',
          country: invoice.buyerCountry ? countryName(invoice.buyerCountry) : '',
          company: company.name,
        })}
        confirmLabel={t('staff.unmatched.confirmButton')}
        loading={loading}
        onConfirm={() => void confirm()}
        onClose={() => setOpened(false)}
      />
    </>
  );
}

/** The assign form's state and its send; what the server refused is worded for the agent. */
function useAssign(invoice: Invoice, { onDone }: Pick<ActionResult, 'onDone'>) {
  const { t } = useTranslation();
  const [assign, { loading }] = useAssignInvoiceMutation();
  const [companyId, setCompanyId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const reset = () => {
    setCompanyId('');
    setError(null);
    setFormError(null);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const id = companyId.trim();
    if (!id) return setError(t('staff.unmatched.companyIdRequired'));
    setError(null);
    try {
      await assign({ variables: { invoiceId: invoice.id, companyId: id } });
      reset();
      onDone(t('staff.unmatched.assigned', { number: invoice.number }));
    } catch (err) {
      if (hasCode(err, 'CONFLICT')) return setFormError(t('staff.unmatched.assignConflict'));
      if (hasCode(err, 'NOT_FOUND')) return setFormError(t('staff.unmatched.companyNotFound'));
      const byField = fieldErrors(err, t);
      if (byField.companyId) setError(byField.companyId);
      else setFormError(describeError(err, t));
    }
  };
  return { companyId, setCompanyId, error, formError, loading, submit, reset };
}

/**
 * "Assign to company…": one invoice to one company. The portal has no company search for
 * staff, so the agent pastes the company's ID (or takes the company registered under the
 * invoice's tax ID, when there is one).
 */
export function AssignButton({ invoice, onDone }: { invoice: Invoice } & ActionResult) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const form = useAssign(invoice, {
    onDone: (message) => {
      setOpened(false);
      onDone(message);
    },
  });
  const close = () => {
    setOpened(false);
    form.reset();
  };
  const registered = invoice.buyerCompany;
  return (
    <>
      <Button
        size="compact-sm"
        variant="default"
        aria-label={t('staff.unmatched.assignNamed', { number: invoice.number })}
        onClick={() => setOpened(true)}
      >
        {t('staff.unmatched.assign')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('staff.unmatched.assignTitle', { number: invoice.number })}
        centered
      >
        <form onSubmit={(e) => void form.submit(e)} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('staff.unmatched.assignIntro')}</Text>
            {form.formError && <FormErrorAlert>{form.formError}</FormErrorAlert>}
            <TextInput
              label={t('staff.unmatched.companyId')}
              description={t('staff.unmatched.companyIdHint')}
              value={form.companyId}
              onChange={(e) => form.setCompanyId(e.currentTarget.value)}
              error={form.error}
              autoComplete="off"
              required
              data-autofocus
            />
            {registered && (
              <Button
                variant="subtle"
                size="compact-sm"
                style={{ alignSelf: 'flex-start' }}
                onClick={() => form.setCompanyId(registered.id)}
              >
                {t('staff.unmatched.useRegistered', { company: registered.name })}
              </Button>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={form.loading}>
                {t('staff.unmatched.assignButton')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
