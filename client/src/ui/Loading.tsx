import { Center, Loader, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A spinner in place of a page or a block that is loading (role="status", named). */
export function Loading({ size }: { size?: MantineSize }) {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader role="status" aria-label={t('common.loading')} size={size} />
    </Center>
  );
}
