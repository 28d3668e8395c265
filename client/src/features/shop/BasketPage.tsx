import {
  Alert,
  Anchor,
  Button,
  Grid,
  Group,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROUTES } from '../../../../shared/src/routes';
import { describeError } from '../../lib/errors';
import { PageTitle } from '../../ui/PageTitle';
import { useRemoveFromBasketMutation, useSetBasketQuantityMutation } from '../../gql/graphql';
import { useBasket, writeBasket, type BasketLine } from './basket';
import { CheckoutPanel } from './CheckoutPanel';
import { productPath } from './format';
import { WarningIcon } from './icons';
import { QuantityStepper } from './QuantityStepper';
import { LoadError } from '../../ui/LoadError';
import { Loading } from '../../ui/Loading';
import { formatMoney } from '../../lib/format';

/** /shop/basket: the lines with steppers and totals, and the checkout beside them. */
export function BasketPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useBasket({ fresh: true });
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [setQuantity] = useSetBasketQuantityMutation({
    update: (cache, { data: answer }) => writeBasket(cache, answer?.setBasketQuantity),
  });
  const [remove] = useRemoveFromBasketMutation({
    update: (cache, { data: answer }) => writeBasket(cache, answer?.removeFromBasket),
  });
  const reload = () => void refetch().catch(() => undefined);

  const change = async (line: BasketLine, quantity: number) => {
    const { product } = line;
    setBusy(product.id);
    setProblem(null);
    try {
      if (quantity === 0) {
        await remove({ variables: { productId: product.id } });
        setAnnouncement(t('shop.basket.removed', { name: product.name }));
      } else {
        await setQuantity({ variables: { productId: product.id, quantity } });
        setAnnouncement(t('shop.basket.changed', { name: product.name, quantity }));
      }
    } catch (err) {
      setProblem(describeError(err, t));
    } finally {
      setBusy(null);
    }
  };

  const basket = data?.basket;
  const header = (
    <>
      <PageTitle page={t('shop.basket.title')} />
      <Title order={1} id="basket-title">
        {t('shop.basket.title')}
      </Title>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
    </>
  );

  if (!basket) {
    return (
      <Stack gap="md">
        {header}
        {loading ? (
          <Loading size="sm" />
        ) : (
          <LoadError title={t('shop.basket.loadFailed')} error={error} onRetry={reload} />
        )}
      </Stack>
    );
  }

  if (basket.lines.length === 0) {
    return (
      <Stack gap="md" align="flex-start">
        {header}
        <Text fw={600}>{t('shop.basket.empty')}</Text>
        <Text c="dimmed">{t('shop.basket.emptyHint')}</Text>
        <Button component={Link} to={ROUTES.shop}>
          {t('shop.basket.toCatalogue')}
        </Button>
      </Stack>
    );
  }

  const short = basket.lines.filter((line) => !line.available);
  return (
    <Stack gap="md">
      {header}
      {problem && (
        <Alert
          color="red"
          variant="light"
          title={t('shop.basket.updateFailed')}
          role="alert"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setProblem(null)}
        >
          {problem}
        </Alert>
      )}
      {short.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          title={t('shop.basket.unavailableTitle')}
          icon={<WarningIcon />}
          data-testid="basket-stock-warning"
        >
          {t('shop.basket.unavailableSummary')}
        </Alert>
      )}
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" aria-labelledby="basket-title">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('shop.common.product')}</Table.Th>
                  <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {t('shop.common.unitPrice')}
                  </Table.Th>
                  <Table.Th>{t('shop.common.quantity')}</Table.Th>
                  <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {t('shop.common.lineTotal')}
                  </Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('shop.basket.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {basket.lines.map((line) => {
                  const { product } = line;
                  return (
                    <Table.Tr
                      key={product.id}
                      bg={line.available ? undefined : 'var(--mantine-color-orange-light)'}
                    >
                      <Table.Td>
                        <Anchor
                          component={Link}
                          to={productPath(product.sku)}
                          fw={600}
                          size="sm"
                          display="block"
                        >
                          {product.name}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {product.sku}
                        </Text>
                        {!line.available && (
                          <Group gap={4} wrap="nowrap" mt={4} c="orange.9">
                            <WarningIcon />
                            <Text size="sm" fw={600} c="orange.9">
                              {product.stock > 0
                                ? t('shop.basket.unavailable', { stock: product.stock })
                                : t('shop.basket.soldOut')}
                            </Text>
                          </Group>
                        )}
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {formatMoney(product.price, product.currency)}
                      </Table.Td>
                      <Table.Td>
                        <QuantityStepper
                          name={product.name}
                          quantity={line.quantity}
                          busy={busy === product.id}
                          onChange={(quantity) => void change(line, quantity)}
                        />
                      </Table.Td>
                      <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
                        {formatMoney(line.lineTotal, basket.currency)}
                      </Table.Td>
                      <Table.Td ta="right">
                        <Button
                          variant="subtle"
                          color="red"
                          size="xs"
                          disabled={busy === product.id}
                          aria-label={t('shop.basket.removeNamed', { name: product.name })}
                          onClick={() => void change(line, 0)}
                        >
                          {t('shop.basket.remove')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th colSpan={3} ta="right">
                    {t('shop.common.total')}
                  </Table.Th>
                  <Table.Td ta="right" fw={700} style={{ whiteSpace: 'nowrap' }}>
                    {formatMoney(basket.total, basket.currency)}
                  </Table.Td>
                  <Table.Td />
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <CheckoutPanel basket={basket} onStale={reload} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
