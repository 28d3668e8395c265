import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../ui/PageTitle';
import { usePortalHomeQuery } from '../../gql/graphql';
import { DevelopersCard } from './DevelopersCard';
import { FeatureCards } from './FeatureCards';
import { HelpCard } from './HelpCard';
import { GettingStartedCard } from './GettingStartedCard';
import { SignedOutActions } from './SignedOutActions';
import { useViewer } from '../../lib/session';

/**
 * The portal's home: what each part of the portal is for (each card leads there), register or
 * sign in for visitors, an administrator's first steps, and how to reach support.
 */
export function HomePage() {
  const { t } = useTranslation();
  const { viewer, loading: viewerLoading, isAdmin } = useViewer();
  const { data, loading, error, refetch } = usePortalHomeQuery({
    notifyOnNetworkStatusChange: true,
  });
  const retry = () => {
    // The error is shown by the query state; the rejected promise needs no handler of its own.
    refetch().catch(() => undefined);
  };
  return (
    <Stack gap="xl">
      <PageTitle page={t('home.pageTitle')} />
      <Stack gap="xs">
        <Title order={1}>{t('home.title')}</Title>
        <Text size="lg" maw={720}>
          {t('home.intro')}
        </Text>
      </Stack>
      {!viewerLoading && !viewer && <SignedOutActions />}
      {isAdmin && <GettingStartedCard />}
      <FeatureCards />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <HelpCard appInfo={data?.appInfo} loading={loading} failed={!!error} onRetry={retry} />
        <DevelopersCard appInfo={data?.appInfo} />
      </SimpleGrid>
    </Stack>
  );
}
