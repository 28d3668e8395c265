import type { ApolloCache } from '@apollo/client';
import {
  ShopBasketDocument,
  useShopBasketQuery,
  type ShopBasketFieldsFragment,
  type ShopBasketQuery,
} from '../../gql/graphql';

export type Basket = ShopBasketFieldsFragment;
export type BasketLine = Basket['lines'][number];

/**
 * The signed-in representative's basket (kept on the server). One cache entry shared by the
 * shop's header and the basket page; every basket mutation writes its answer into it.
 */
export function useBasket(options: { fresh?: boolean } = {}) {
  return useShopBasketQuery(
    options.fresh ? { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' } : {},
  );
}

/** Puts the basket a mutation answered in place of the cached one. */
export function writeBasket(cache: ApolloCache, basket: Basket | undefined): void {
  if (!basket) return;
  cache.writeQuery<ShopBasketQuery>({ query: ShopBasketDocument, data: { basket } });
}

/** After an order the server's basket is empty: the cached one becomes empty too. */
export function emptyCachedBasket(cache: ApolloCache): void {
  cache.updateQuery<ShopBasketQuery>({ query: ShopBasketDocument }, (current) =>
    current ? { basket: { ...current.basket, itemCount: 0, total: '0.00', lines: [] } } : current,
  );
}

/** Units of each product in the basket, by product id. */
export function quantitiesInBasket(basket: Basket | undefined): Map<string, number> {
  return new Map((basket?.lines ?? []).map((line) => [line.product.id, line.quantity]));
}
