import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const FEATURES = ['requests', 'returns', 'shop', 'company'] as const;

/** The four parts of the portal, each with what a customer can do there. */
export function FeatureCards() {
  const { t } = useTranslation();
  return (
    <section aria-label={t('home.cardsLabel')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        {FEATURES.map((feature) => (
          <Card key={feature} withBorder padding="lg" component="article">
            <Title order={2} size="h3" mb="xs">
              {t(`home.cards.${feature}.title`)}
            </Title>
            <Text>{t(`home.cards.${feature}.text`)}</Text>
          </Card>
        ))}
      </SimpleGrid>
    </section>
  );
}
