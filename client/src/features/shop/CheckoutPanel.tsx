import { Alert, Button, Card, Checkbox, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiErrors, describeError, fieldErrors } from '../../lib/errors';
import { FormErrorAlert } from '../../ui/forms';
import { ShopOrderDocument, usePlaceOrderMutation, type ShopOrderQuery } from '../../gql/graphql';
import { emptyCachedBasket, type Basket } from './basket';
import { newIdempotencyKey, orderPath } from './format';
import { formatMoney } from '../../lib/format';

/** Router state of the order page right after checkout: it thanks for the order. */
export interface OrderPlacedState {
  placed: true;
}

const REFERENCE_MAX = 64;

interface Problem {
  title: string;
  message: string;
  hint?: string;
}

/** How a failed checkout is shown: a problem above the form, or one under a field. */
type Failure =
  { problem: Problem; stale?: true } | { field: 'terms' | 'reference'; message: string };

/** What the server's refusal of an order means for the form. */
function checkoutFailure(err: unknown, t: TFunction): Failure {
  const first = apiErrors(err)[0];
  if (first?.code === 'OUT_OF_STOCK') {
    const sku = String(first.extensions.sku ?? '');
    const available = Number(first.extensions.available ?? 0);
    const message =
      available > 0
        ? t('shop.checkout.outOfStock', { sku, available })
        : t('shop.checkout.outOfStockNone', { sku });
    return { problem: { title: t('shop.checkout.outOfStockTitle'), message }, stale: true };
  }
  if (first?.code === 'BAD_USER_INPUT' && first.extensions.reason === 'EMPTY_BASKET') {
    const message = t('shop.checkout.emptyBasket');
    return { problem: { title: t('shop.checkout.failedTitle'), message }, stale: true };
  }
  const byField = fieldErrors(err, t);
  if (byField.acceptResaleTerms) {
    return { field: 'terms', message: t('shop.checkout.resaleRequired') };
  }
  if (byField.reference) return { field: 'reference', message: byField.reference };
  return {
    problem: {
      title: t('shop.checkout.failedTitle'),
      message: describeError(err, t),
      // Nothing reached the server, or its answer got lost: the same key makes a retry safe.
      hint: first ? undefined : t('shop.checkout.retrySafe'),
    },
  };
}

/** placeOrder, which puts the new order in the cache and makes the rest the server's anew. */
function usePlaceOrder() {
  return usePlaceOrderMutation({
    update(cache, { data }) {
      const order = data?.placeOrder;
      if (!order) return;
      // The order page shows it at once; lists, stock and the basket are the server's anew.
      cache.writeQuery<ShopOrderQuery>({
        query: ShopOrderDocument,
        variables: { id: order.id },
        // A new order has no requests about it yet.
        data: { order: { ...order, tickets: [] } },
      });
      emptyCachedBasket(cache);
      for (const fieldName of ['orders', 'invoices', 'products', 'product']) {
        cache.evict({ id: 'ROOT_QUERY', fieldName });
      }
      cache.gc();
    },
  });
}

/** The checkout form's state and submission. */
function useCheckout(onStale: () => void) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [reference, setReference] = useState('');
  const [referenceError, setReferenceError] = useState<string | null>(null);
  const [accepted, setAccepted] = useState(false);
  const [termsError, setTermsError] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [placeOrder, { loading }] = usePlaceOrder();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setProblem(null);
    const ref = reference.trim();
    const refProblem = [...ref].length > REFERENCE_MAX ? t('shop.checkout.referenceTooLong') : null;
    const terms = accepted ? null : t('shop.checkout.resaleRequired');
    setReferenceError(refProblem);
    setTermsError(terms);
    if (refProblem || terms) return;
    try {
      const { data } = await placeOrder({
        variables: {
          input: { idempotencyKey, reference: ref || null, acceptResaleTerms: true },
        },
      });
      if (!data) return;
      const state: OrderPlacedState = { placed: true };
      navigate(orderPath(data.placeOrder.id), { state });
    } catch (err) {
      const failure = checkoutFailure(err, t);
      if ('problem' in failure) {
        setProblem(failure.problem);
        if (failure.stale) onStale();
      } else if (failure.field === 'terms') setTermsError(failure.message);
      else setReferenceError(failure.message);
    }
  };
  const accept = (event: ChangeEvent<HTMLInputElement>) => {
    const checked = event.currentTarget.checked;
    setAccepted(checked);
    if (checked) setTermsError(null);
  };
  return {
    reference,
    setReference,
    referenceError,
    accepted,
    accept,
    termsError,
    problem,
    loading,
    submit,
  };
}

/** How many items, and what they cost (net). */
function CheckoutTotals({ basket }: { basket: Basket }) {
  const { t } = useTranslation();
  return (
    <>
      <Group justify="space-between" gap="xs">
        <Text>{t('shop.checkout.items', { count: basket.itemCount })}</Text>
        <Text fw={700} size="lg" data-testid="checkout-total">
          {formatMoney(basket.total, basket.currency)}
        </Text>
      </Group>
      <Text size="sm" c="dimmed" mt={-12}>
        {t('shop.checkout.netNote')}
      </Text>
    </>
  );
}

/**
 * The checkout: an optional reference, the resale-only terms, "Place order". One idempotency
 * key per checkout, kept until the order succeeds: a double click or a retry after a lost
 * answer places one order.
 */
export function CheckoutPanel({ basket, onStale }: { basket: Basket; onStale: () => void }) {
  const { t } = useTranslation();
  const form = useCheckout(onStale);
  const { problem, referenceError, termsError } = form;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="checkout-title">
      <form onSubmit={(e) => void form.submit(e)} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3" id="checkout-title">
            {t('shop.checkout.title')}
          </Title>
          <CheckoutTotals basket={basket} />
          {problem && (
            <FormErrorAlert title={problem.title}>
              <Stack gap={4}>
                <span>{problem.message}</span>
                {problem.hint && <span>{problem.hint}</span>}
              </Stack>
            </FormErrorAlert>
          )}
          <TextInput
            label={t('shop.checkout.reference')}
            description={t('shop.checkout.referenceHint')}
            value={form.reference}
            onChange={(e) => form.setReference(e.currentTarget.value)}
            error={referenceError}
            aria-invalid={referenceError ? true : undefined}
            maxLength={REFERENCE_MAX}
            autoComplete="off"
          />
          <Alert color="blue" variant="light" p="sm" role="note">
            <Text size="sm">{t('shop.checkout.resaleNotice')}</Text>
          </Alert>
          <Checkbox
            label={t('shop.checkout.resale')}
            checked={form.accepted}
            onChange={form.accept}
            error={termsError}
            aria-invalid={termsError ? true : undefined}
            required
          />
          <Button type="submit" size="md" loading={form.loading} fullWidth>
            {t('shop.checkout.submit')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('shop.checkout.invoiceNote')}
          </Text>
        </Stack>
      </form>
    </Card>
  );
}
