import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import type { ReturnItemView } from './rmaView';

/** A service item's purchase date, warranty proof and accessories, where given. */
export function ServiceFacts({ item }: { item: ReturnItemView }) {
  const { t } = useTranslation();
  return (
    <>
      {item.purchaseDate && (
        <Text size="xs">
          {t('returns.item.purchaseDate', { date: formatDate(item.purchaseDate) })}
        </Text>
      )}
      {item.warrantyProof.map((proof) => (
        <Text size="xs" key={proof.id}>
          {t('returns.item.warrantyProof')}:{' '}
          <Anchor href={proof.url} target="_blank" rel="noopener" size="xs">
            {proof.fileName}
          </Anchor>
        </Text>
      ))}
      {item.accessories && (
        <Text size="xs">
          {t('returns.item.accessories')}: {item.accessories}
        </Text>
      )}
    </>
  );
}
