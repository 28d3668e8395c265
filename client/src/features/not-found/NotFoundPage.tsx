import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROUTES } from '../../../../shared/src/routes';
import { PageTitle } from '../../ui/PageTitle';

/** Any address the portal has no page for (yet). */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" align="flex-start" maw={640}>
      <PageTitle page={t('notFound.pageTitle')} />
      <Title order={1}>{t('notFound.title')}</Title>
      <Text>{t('notFound.text')}</Text>
      <Button component={Link} to={ROUTES.home}>
        {t('notFound.home')}
      </Button>
    </Stack>
  );
}
