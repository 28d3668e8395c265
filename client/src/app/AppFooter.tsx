import { Anchor, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROUTES } from '../../../shared/src/routes';
import { usePortalFooterQuery } from '../gql/graphql';

export function AppFooter() {
  const { t } = useTranslation();
  const { data } = usePortalFooterQuery();
  const info = data?.appInfo;
  return (
    <footer className="app-footer">
      <Container size="lg" py="md">
        <Group justify="space-between" gap="md">
          {info ? (
            <Text size="sm">
              {t('footer.support')}{' '}
              <Anchor href={`mailto:${info.supportEmail}`}>{info.supportEmail}</Anchor>
            </Text>
          ) : (
            <span />
          )}
          <Group gap="lg">
            {/* The explorer is its own page, not a route of the SPA: a plain link. */}
            <Anchor href={ROUTES.graphiql} size="sm">
              {t('footer.apiExplorer')}
            </Anchor>
            {info && (
              <Text size="sm" c="dimmed">
                {t('footer.version', { version: info.version })}
              </Text>
            )}
          </Group>
        </Group>
      </Container>
    </footer>
  );
}
