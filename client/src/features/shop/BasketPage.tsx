import { Alert, Button, Grid, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROUTES } from '../../../../shared/src/routes';
import { describeError } from '../../lib/errors';
import { PageTitle } from '../../ui/PageTitle';
import { useRemoveFromBasketMutation, useSetBasketQuantityMutation } from '../../gql/graphql';
import { useBasket, writeBasket, type Basket, type BasketLine } from './basket';
import { BasketTable } from './BasketTable';
import { CheckoutPanel } from './CheckoutPanel';
import { WarningIcon } from './icons';
import { LoadError } from '../../ui/LoadError';
import { Loading } from '../../ui/Loading';

/** Changing a line's quantity (0 removes it): which line waits, what went wrong, what changed. */
function useBasketChange() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [setQuantity] = useSetBasketQuantityMutation({
    update: (cache, { data: answer }) => writeBasket(cache, answer?.setBasketQuantity),
  });
  const [remove] = useRemoveFromBasketMutation({
    update: (cache, { data: answer }) => writeBasket(cache, answer?.removeFromBasket),
  });

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
  return { change, busy, problem, setProblem, announcement };
}

/** An empty basket: back to the catalogue. */
function EmptyBasket() {
  const { t } = useTranslation();
  return (
    <>
      <Text fw={600}>{t('shop.basket.empty')}</Text>
      <Text c="dimmed">{t('shop.basket.emptyHint')}</Text>
      <Button component={Link} to={ROUTES.shop}>
        {t('shop.basket.toCatalogue')}
      </Button>
    </>
  );
}

interface BasketAlertsProps {
  basket: Basket;
  problem: string | null;
  onCloseProblem: () => void;
}

/** A change that failed, and the lines that cannot be ordered as they stand. */
function BasketAlerts({ basket, problem, onCloseProblem }: BasketAlertsProps) {
  const { t } = useTranslation();
  const short = basket.lines.filter((line) => !line.available);
  return (
    <>
      {problem && (
        <Alert
          color="red"
          variant="light"
          title={t('shop.basket.updateFailed')}
          role="alert"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={onCloseProblem}
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
    </>
  );
}

/** /shop/basket: the lines with steppers and totals, and the checkout beside them. */
export function BasketPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useBasket({ fresh: true });
  const { change, busy, problem, setProblem, announcement } = useBasketChange();
  const reload = () => void refetch().catch(() => undefined);

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
        <EmptyBasket />
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      {header}
      <BasketAlerts basket={basket} problem={problem} onCloseProblem={() => setProblem(null)} />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <BasketTable basket={basket} busy={busy} onChange={(l, q) => void change(l, q)} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <CheckoutPanel basket={basket} onStale={reload} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
