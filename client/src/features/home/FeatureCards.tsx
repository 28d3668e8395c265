import { Anchor, Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROUTES } from '../../../../shared/src/routes';

/** The four parts of the portal and where each one lives. */
const FEATURES = [
  ['requests', ROUTES.requests],
  ['returns', ROUTES.returns],
  ['shop', ROUTES.shop],
  ['company', ROUTES.company],
] as const;

/** The four parts of the portal, each with what a customer can do there and a link to it. */
export function FeatureCards() {
  const { t } = useTranslation();
  return (
    <section aria-label={t('home.cardsLabel')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        {FEATURES.map(([feature, path]) => (
          <Card key={feature} withBorder padding="lg" component="article">
            <Title order={2} size="h3" mb="xs">
              <Anchor component={Link} to={path} inherit underline="hover">
                {t(`home.cards.${feature}.title`)}
              </Anchor>
            </Title>
            <Text mb="sm">{t(`home.cards.${feature}.text`)}</Text>
            <Anchor component={Link} to={path} fw={600} size="sm" aria-hidden tabIndex={-1}>
              {t(`home.cards.${feature}.link`)} →
            </Anchor>
          </Card>
        ))}
      </SimpleGrid>
    </section>
  );
}
