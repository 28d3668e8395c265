import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../lib/session';

/**
 * While the signed-in customer's company has an unconfirmed tax ID, its ERP documents wait for
 * an agent: this says so (nothing otherwise, and nothing for staff).
 */
export function TaxIdPendingNote() {
  const { t } = useTranslation();
  const { company } = useViewer();
  if (!company || company.taxIdConfirmed) return null;
  return (
    <Alert color="yellow" variant="light" title={t('company.taxIdPending.title')}>
      {t('company.taxIdPending.text')}
    </Alert>
  );
}
