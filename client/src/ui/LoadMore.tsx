import { Button, Center } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Load more" under a list whose server has more rows. */
export function LoadMore({ loading, onClick }: { loading: boolean; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Center>
      <Button variant="default" loading={loading} onClick={onClick}>
        {t('common.loadMore')}
      </Button>
    </Center>
  );
}
