import { Alert, Anchor, Button, Card, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALE_NAMES, isLocale } from '../../../../shared/src/locales';
import type { PortalHomeQuery } from '../../gql/graphql';

interface HelpCardProps {
  appInfo: PortalHomeQuery['appInfo'] | undefined;
  loading: boolean;
  failed: boolean;
  onRetry: () => void;
}

/** Support contact and languages, from the server (with loading and error states). */
export function HelpCard({ appInfo, loading, failed, onRetry }: HelpCardProps) {
  const { t } = useTranslation();
  const languages = appInfo?.locales
    .filter(isLocale)
    .map((locale) => LOCALE_NAMES[locale])
    .join(', ');
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="home-help-title">
      <Title order={2} size="h3" mb="xs" id="home-help-title">
        {t('home.about.title')}
      </Title>
      {loading ? (
        <Loader role="status" aria-label={t('common.loading')} size="sm" />
      ) : failed || !appInfo ? (
        <Alert color="red" title={t('home.error.title')} variant="light">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('home.error.text')}</Text>
            <Button size="sm" color="red" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <Stack gap="xs">
          <Text>
            {t('home.about.supportLead')}{' '}
            <Anchor href={`mailto:${appInfo.supportEmail}`}>{appInfo.supportEmail}</Anchor>
          </Text>
          <Text>{t('home.about.languages', { languages })}</Text>
        </Stack>
      )}
    </Card>
  );
}
