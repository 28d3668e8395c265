import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROUTES } from '../../../shared/src/routes';
import { PageTitle } from '../ui/PageTitle';

/** A signed-in person on a page that is not for their kind of account. */
export function ForbiddenPage({ kind }: { kind: 'REPRESENTATIVE' | 'AGENT' }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" align="flex-start" maw={640}>
      <PageTitle page={t('forbidden.title')} />
      <Title order={1}>{t('forbidden.title')}</Title>
      <Text>{kind === 'AGENT' ? t('forbidden.staffOnly') : t('forbidden.customersOnly')}</Text>
      <Button component={Link} to={kind === 'AGENT' ? ROUTES.home : ROUTES.staff}>
        {kind === 'AGENT' ? t('notFound.home') : t('nav.staff')}
      </Button>
    </Stack>
  );
}
