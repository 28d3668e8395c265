import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../ui/SectionCard';
import { ItemsTable, ReturnAddress } from './ReturnParts';
import type { ReturnItemView, ReturnView } from './rmaView';

interface ReturnItemsCardProps {
  request: ReturnView;
  /** Staff: the steps to take on each product. */
  actions?: (item: ReturnItemView) => ReactNode;
  /** Customer: refetch after a photo is added (offers "+ Add photo"). */
  onPhotoAdded?: () => Promise<unknown>;
}

/** The "Items" section of a return's page: its products, and where to send them. */
export function ReturnItemsCard({ request, actions, onPhotoAdded }: ReturnItemsCardProps) {
  const { t } = useTranslation();
  return (
    <SectionCard titleId="return-items-title" title={t('returns.detail.items')}>
      <ItemsTable request={request} actions={actions} onPhotoAdded={onPhotoAdded} />
      <ReturnAddress address={request.shipBackAddress} text={request.returnAddress} />
    </SectionCard>
  );
}
