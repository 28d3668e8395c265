import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors';
import {
  AddressFields,
  addressErrors,
  addressInput,
  addressValues,
  emptyAddress,
  serverAddressErrors,
  type AddressErrors,
  type AddressValues,
} from '../../ui/AddressFields';
import { FormErrorAlert } from '../../ui/forms';
import {
  CompanyAddressesDocument,
  useAddShippingAddressMutation,
  useSaveBillingAddressMutation,
  useUpdateCompanyAddressMutation,
  type CompanyAddressFieldsFragment,
} from '../../gql/graphql';

/** What the modal does: add the billing or a ship-to address, or change one. */
export type AddressEdit =
  | { mode: 'billing'; address: CompanyAddressFieldsFragment | null }
  | { mode: 'shipping' }
  | { mode: 'edit'; address: CompanyAddressFieldsFragment };

/** The save that fits the mode: one mutation, the list refetched after it. */
function useSaveAddress(edit: AddressEdit) {
  const refetchQueries = [{ query: CompanyAddressesDocument }];
  const [saveBilling, billing] = useSaveBillingAddressMutation({ refetchQueries });
  const [addShipping, shipping] = useAddShippingAddressMutation({ refetchQueries });
  const [update, updating] = useUpdateCompanyAddressMutation({ refetchQueries });
  const save = (values: AddressValues) => {
    const input = addressInput(values);
    if (edit.mode === 'billing') return saveBilling({ variables: { input } });
    if (edit.mode === 'shipping') return addShipping({ variables: { input } });
    return update({ variables: { id: edit.address.id, input } });
  };
  return { save, loading: billing.loading || shipping.loading || updating.loading };
}

interface AddressModalProps {
  edit: AddressEdit;
  /** The country a new address starts with: the company's. */
  country: string;
  title: string;
  onClose: () => void;
  onSaved: () => void;
}

/** The address form in a dialog; the shared rules check it before it is sent. */
export function AddressModal({ edit, country, title, onClose, onSaved }: AddressModalProps) {
  const { t } = useTranslation();
  const initial =
    edit.mode === 'shipping' || !edit.address ? emptyAddress(country) : addressValues(edit.address);
  const [values, setValues] = useState<AddressValues>(initial);
  const [errors, setErrors] = useState<AddressErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const { save, loading } = useSaveAddress(edit);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found = addressErrors(values, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await save(values);
      onSaved();
    } catch (err) {
      const byField = serverAddressErrors(err, t, 'input');
      if (Object.keys(byField).length > 0) setErrors(byField);
      else setFormError(describeError(err, t));
    }
  };

  return (
    <Modal opened onClose={onClose} title={title} size="lg" centered>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="lg">
          {formError && <FormErrorAlert>{formError}</FormErrorAlert>}
          <AddressFields value={values} onChange={setValues} errors={errors} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('company.addresses.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
