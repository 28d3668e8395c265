import { Alert, Card, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ROUTES } from '../../../../shared/src/routes';
import { PageTitle } from '../../ui/PageTitle';
import { useShopProductQuery, type ShopProductQuery } from '../../gql/graphql';
import { AddToBasket } from './AddToBasket';
import { quantitiesInBasket, useBasket } from './basket';
import { StockBadge, UnavailablePage } from './common';
import { BackLink } from '../../ui/BackLink';
import { Loading } from '../../ui/Loading';
import { formatMoney } from '../../lib/format';

type Product = NonNullable<ShopProductQuery['product']>;

interface BuyCardProps {
  product: Product;
  /** How many are in the basket already. */
  inBasket: number | undefined;
  onAdded: (quantity: number) => void;
}

/** The buying card: price per unit, stock, and "Add to basket" for an active product. */
function BuyCard({ product, inBasket, onAdded }: BuyCardProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" w={320} component="section" aria-label={t('shop.product.buy')}>
      <Stack gap="sm">
        <div>
          <Text size="xl" fw={700}>
            {formatMoney(product.price, product.currency)}
          </Text>
          <Text size="sm" c="dimmed">
            {t('shop.product.perUnit')}
          </Text>
        </div>
        <div>
          <StockBadge stock={product.stock} />
        </div>
        {product.active && (
          <AddToBasket product={product} inBasket={inBasket} size="md" onAdded={onAdded} />
        )}
      </Stack>
    </Card>
  );
}

/** The SKU above the product's name. */
function ProductHeading({ product }: { product: Product }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm" c="dimmed">
        {t('shop.common.sku')}:{' '}
        <Text span fw={600} c="var(--mantine-color-text)">
          {product.sku}
        </Text>
      </Text>
      <Title order={1}>{product.name}</Title>
    </Stack>
  );
}

/** /shop/products/:sku — one product with its full description. */
export function ProductPage() {
  const { t } = useTranslation();
  const { sku = '' } = useParams();
  const { data, loading, error, refetch } = useShopProductQuery({
    variables: { sku },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const { data: basketData } = useBasket();
  const [announcement, setAnnouncement] = useState('');
  const product = data?.product;

  const back = <BackLink to={ROUTES.shop}>{t('shop.product.back')}</BackLink>;
  if (!product) {
    if (loading) return <Loading size="sm" />;
    return (
      <UnavailablePage
        back={back}
        error={error}
        notFoundTitle={t('shop.product.notFoundTitle')}
        notFound={t('shop.product.notFound', { sku })}
        loadFailed={t('shop.product.loadFailed')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }

  return (
    <Stack gap="lg">
      <PageTitle page={product.name} />
      {back}
      <ProductHeading product={product} />
      {!product.active && (
        <Alert color="yellow" variant="light" title={t('shop.product.inactiveTitle')}>
          {t('shop.product.inactive')}
        </Alert>
      )}
      <Group align="flex-start" gap="xl" wrap="wrap">
        <Stack
          gap="xs"
          style={{ flex: '1 1 360px' }}
          component="section"
          aria-labelledby="product-description-title"
        >
          <Title order={2} size="h4" id="product-description-title">
            {t('shop.product.description')}
          </Title>
          <Text style={{ whiteSpace: 'pre-line' }}>
            {product.description || t('shop.product.noDescription')}
          </Text>
        </Stack>
        <BuyCard
          product={product}
          inBasket={quantitiesInBasket(basketData?.basket).get(product.id)}
          onAdded={(quantity) =>
            setAnnouncement(t('shop.catalogue.added', { quantity, name: product.name }))
          }
        />
      </Group>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
    </Stack>
  );
}
