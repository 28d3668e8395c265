import { createApiToken } from '../src/modules/accounts/auth/api-token.service';
import { Product } from '../src/modules/shop/catalog/product.entity';
import type { TestApp, TestBrowser } from './harness';

export interface PlacedOrder {
  id: string;
  number: string;
  invoice: { id: string; number: string };
}

/**
 * A product the seller's ERP lists (upsertProducts with an ERP token, 100 in stock unless
 * said), then `buyer` puts `quantity` of it in the basket and places the order: the product's
 * id and the order with the invoice made with it.
 */
export async function orderFromShop(
  app: TestApp,
  buyer: TestBrowser,
  product: { sku: string; name: string; price: string; currency?: string; stock?: number },
  order: { quantity: number; idempotencyKey: string },
): Promise<{ productId: string; order: PlacedOrder }> {
  const { token } = await app.db.dataSource.transaction((tx) => createApiToken(tx, 'ERP'));
  const listed = await app.gql(
    'mutation ($input: UpsertProductsInput!) { upsertProducts(input: $input) { created } }',
    { input: { products: [{ stock: 100, active: true, ...product }] } },
    { headers: { authorization: `Bearer ${token}` } },
  );
  if (listed.errors) throw new Error(JSON.stringify(listed.errors));
  const { id: productId } = await app.db.dataSource
    .getRepository(Product)
    .findOneByOrFail({ sku: product.sku });
  const basket = await buyer.gql(
    'mutation ($id: ID!, $q: Int!) { addToBasket(productId: $id, quantity: $q) { itemCount } }',
    { id: productId, q: order.quantity },
  );
  if (basket.errors) throw new Error(JSON.stringify(basket.errors));
  const placed = await buyer.gql<{ placeOrder: PlacedOrder }>(
    'mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id number invoice { id number } } }',
    { input: { idempotencyKey: order.idempotencyKey, acceptResaleTerms: true } },
  );
  if (!placed.data) throw new Error(JSON.stringify(placed.errors));
  return { productId, order: placed.data.placeOrder };
}
