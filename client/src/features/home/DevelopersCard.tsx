import { Anchor, Card, Code, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROUTES } from '../../../../shared/src/routes';
import type { PortalHomeQuery } from '../../gql/graphql';

interface DevelopersCardProps {
  appInfo: PortalHomeQuery['appInfo'] | undefined;
}

/** Points developers to the GraphQL API explorer (its own page, so a plain link). */
export function DevelopersCard({ appInfo }: DevelopersCardProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="home-dev-title">
      <Title order={2} size="h3" mb="xs" id="home-dev-title">
        {t('home.developers.title')}
      </Title>
      <Stack gap="xs">
        <Text>{t('home.developers.text')}</Text>
        {appInfo && (
          <Text size="sm" c="dimmed">
            {t('home.developers.server')}{' '}
            <Code>
              {appInfo.name} {appInfo.version}
            </Code>
          </Text>
        )}
        <Anchor href={ROUTES.graphiql} fw={600}>
          {t('home.developers.link')}
        </Anchor>
      </Stack>
    </Card>
  );
}
