import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors';
import { useAddToBasketMutation, type ShopProductFieldsFragment } from '../../gql/graphql';
import { writeBasket } from './basket';

interface AddToBasketProps {
  product: ShopProductFieldsFragment;
  /** Units of the product already in the basket. */
  inBasket?: number;
  /** Told once the server took the units (for the page's announcement). */
  onAdded?: (quantity: number, product: ShopProductFieldsFragment) => void;
  size?: 'sm' | 'md';
}

/** A quantity and "Add to basket" for one product; nothing to add when it is out of stock. */
export function AddToBasket({ product, inBasket = 0, onAdded, size = 'sm' }: AddToBasketProps) {
  const { t } = useTranslation();
  const [quantity, setQuantity] = useState<number | string>(1);
  const [error, setError] = useState<string | null>(null);
  const [add, { loading }] = useAddToBasketMutation({
    update: (cache, { data }) => writeBasket(cache, data?.addToBasket),
  });
  const outOfStock = product.stock <= 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading || outOfStock) return;
    const units = Number(quantity);
    if (!Number.isInteger(units) || units < 1) {
      setError(t('shop.catalogue.quantityInvalid'));
      return;
    }
    setError(null);
    try {
      await add({ variables: { productId: product.id, quantity: units } });
      setQuantity(1);
      onAdded?.(units, product);
    } catch (err) {
      setError(describeError(err, t));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap={4} align="flex-start">
        <Group gap="xs" wrap="nowrap">
          <NumberInput
            aria-label={t('shop.catalogue.quantityOf', { name: product.name })}
            value={quantity}
            onChange={setQuantity}
            min={1}
            max={Math.max(1, product.stock)}
            allowDecimal={false}
            allowNegative={false}
            disabled={outOfStock}
            size={size}
            w={size === 'md' ? 96 : 72}
            aria-invalid={error ? true : undefined}
          />
          <Button
            type="submit"
            size={size}
            loading={loading}
            disabled={outOfStock}
            aria-label={t('shop.catalogue.addNamed', { name: product.name })}
          >
            {t('shop.catalogue.add')}
          </Button>
        </Group>
        {error ? (
          <Text size="xs" c="var(--mantine-color-error)" role="alert">
            {error}
          </Text>
        ) : (
          inBasket > 0 && (
            <Text size="xs" c="dimmed">
              {t('shop.catalogue.inBasket', { count: inBasket })}
            </Text>
          )
        )}
      </Stack>
    </form>
  );
}
