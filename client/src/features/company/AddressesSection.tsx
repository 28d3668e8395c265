import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ADDRESS_LIMITS } from '../../../../shared/src/addresses';
import { describeError } from '../../lib/errors';
import { useViewer } from '../../lib/session';
import { AddressLines } from '../../ui/AddressFields';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { LoadError } from '../../ui/LoadError';
import { Loading } from '../../ui/Loading';
import { SectionCard } from '../../ui/SectionCard';
import {
  CompanyAddressesDocument,
  useCompanyAddressesQuery,
  useDeleteCompanyAddressMutation,
  type CompanyAddressFieldsFragment,
} from '../../gql/graphql';
import { AddressModal, type AddressEdit } from './AddressModal';

type Address = CompanyAddressFieldsFragment;

interface AddressCardProps {
  address: Address;
  isAdmin: boolean;
  onEdit: () => void;
  onDelete: () => void;
}

/** One address with its kind; administrators change it (and delete a ship-to address). */
function AddressCard({ address, isAdmin, onEdit, onDelete }: AddressCardProps) {
  const { t } = useTranslation();
  const kind = address.kind === 'BILLING' ? t('address.billing') : t('address.shipping');
  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      component="article"
      aria-label={`${kind}: ${address.street}`}
    >
      <Stack gap="xs" h="100%" justify="space-between">
        <Stack gap={6}>
          <Badge variant="light" color={address.kind === 'BILLING' ? 'blue' : 'gray'}>
            {kind}
          </Badge>
          <AddressLines address={address} />
        </Stack>
        {isAdmin && (
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              onClick={onEdit}
              aria-label={t('company.addresses.editNamed', { address: address.street })}
            >
              {t('company.addresses.edit')}
            </Button>
            {address.kind === 'SHIPPING' && (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                onClick={onDelete}
                aria-label={t('company.addresses.deleteNamed', { address: address.street })}
              >
                {t('company.addresses.delete')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** The delete confirmation and its mutation. */
function useDeleteAddress(onDone: (message: string) => void) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<Address | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [remove, { loading }] = useDeleteCompanyAddressMutation({
    refetchQueries: [{ query: CompanyAddressesDocument }],
    awaitRefetchQueries: true,
  });
  const confirm = async () => {
    if (!target) return;
    try {
      await remove({ variables: { id: target.id } });
      onDone(t('company.addresses.deleted'));
    } catch (err) {
      setError(describeError(err, t));
    }
    setTarget(null);
  };
  return { target, setTarget, error, loading, confirm };
}

interface AddressGridProps {
  addresses: Address[];
  isAdmin: boolean;
  onEdit: (address: Address) => void;
  onDelete: (address: Address) => void;
}

/** The addresses as cards, billing first. */
function AddressGrid({ addresses, isAdmin, onEdit, onDelete }: AddressGridProps) {
  if (addresses.length === 0) return null;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
      {addresses.map((a) => (
        <AddressCard
          key={a.id}
          address={a}
          isAdmin={isAdmin}
          onEdit={() => onEdit(a)}
          onDelete={() => onDelete(a)}
        />
      ))}
    </SimpleGrid>
  );
}

/** What was just done (role="status") or what went wrong deleting (role="alert"). */
function Notices({ notice, error }: { notice: string | null; error: string | null }) {
  return (
    <>
      {notice && (
        <Alert color="green" variant="light" role="status">
          {notice}
        </Alert>
      )}
      {error && (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      )}
    </>
  );
}

const deleteTexts = (t: TFunction) => ({
  title: t('company.addresses.deleteTitle'),
  message: t('company.addresses.deleteText'),
  confirmLabel: t('company.addresses.delete'),
});

interface AdminButtonsProps {
  hasBilling: boolean;
  full: boolean;
  onAddBilling: () => void;
  onAddShipping: () => void;
}

/** "Add billing address" (while there is none) and "+ Add ship-to address". */
function AdminButtons({ hasBilling, full, onAddBilling, onAddShipping }: AdminButtonsProps) {
  const { t } = useTranslation();
  return (
    <Group gap="sm">
      {!hasBilling && <Button onClick={onAddBilling}>{t('company.addresses.addBilling')}</Button>}
      <Button variant={hasBilling ? 'filled' : 'default'} disabled={full} onClick={onAddShipping}>
        {t('company.addresses.addShipping')}
      </Button>
    </Group>
  );
}

/**
 * The company's addresses: the billing address (on invoices) and ship-to addresses (chosen in
 * the returns wizard). Everyone in the company sees them; administrators change them.
 */
export function AddressesSection({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useCompanyAddressesQuery();
  const { company } = useViewer();
  const [edit, setEdit] = useState<{ edit: AddressEdit; title: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const deleting = useDeleteAddress(setNotice);
  const addresses = data?.companyAddresses ?? [];
  const billing = addresses.find((a) => a.kind === 'BILLING') ?? null;

  const open = (next: AddressEdit, title: string) => {
    setNotice(null);
    setEdit({ edit: next, title });
  };

  return (
    <SectionCard titleId="company-addresses-title" title={t('company.addresses.title')}>
      <Text size="sm" c="dimmed">
        {t('company.addresses.intro')}
      </Text>
      <Notices notice={notice} error={deleting.error} />
      {loading && !data && <Loading />}
      {error && !data && (
        <LoadError
          title={t('company.addresses.loadError')}
          error={error}
          onRetry={() => void refetch()}
        />
      )}
      {data && !billing && (
        <Alert color="orange" variant="light" title={t('company.addresses.noBilling')}>
          {isAdmin ? t('company.addresses.noBillingAdmin') : t('company.addresses.memberHint')}
        </Alert>
      )}
      <AddressGrid
        addresses={addresses}
        isAdmin={isAdmin}
        onEdit={(a) =>
          open(
            a.kind === 'BILLING' ? { mode: 'billing', address: a } : { mode: 'edit', address: a },
            t('company.addresses.editTitle'),
          )
        }
        onDelete={deleting.setTarget}
      />
      {isAdmin && data && (
        <AdminButtons
          hasBilling={billing !== null}
          full={addresses.length >= ADDRESS_LIMITS.perCompany}
          onAddBilling={() =>
            open({ mode: 'billing', address: null }, t('company.addresses.billingTitle'))
          }
          onAddShipping={() => open({ mode: 'shipping' }, t('company.addresses.addTitle'))}
        />
      )}
      {!isAdmin && billing && (
        <Text size="sm" c="dimmed">
          {t('company.addresses.memberHint')}
        </Text>
      )}
      {edit && (
        <AddressModal
          edit={edit.edit}
          country={company?.country ?? ''}
          title={edit.title}
          onClose={() => setEdit(null)}
          onSaved={() => {
            setEdit(null);
            setNotice(t('company.addresses.saved'));
          }}
        />
      )}
      <ConfirmModal
        opened={deleting.target !== null}
        {...deleteTexts(t)}
        loading={deleting.loading}
        onConfirm={() => void deleting.confirm()}
        onClose={() => deleting.setTarget(null)}
      />
    </SectionCard>
  );
}
