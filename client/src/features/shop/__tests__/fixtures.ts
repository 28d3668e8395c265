import type { MockLink } from '@apollo/client/testing';
import { adminViewer, portalFooterMock, viewerMock } from '../../../../test/mocks';
import { ShopBasketDocument } from '../../../gql/graphql';

/** Test data of the shop, shaped as the server answers (with __typename for the cache). */
export function product(
  overrides: Partial<{
    id: string;
    sku: string;
    name: string;
    description: string;
    price: string;
    stock: number;
    active: boolean;
  }> = {},
) {
  const price = overrides.price ?? '38.90';
  return {
    __typename: 'Product' as const,
    id: 'p0000000-0000-4000-8000-000000000001',
    sku: 'PSU-MW-24-60',
    name: 'Meanwell DIN-rail power supply 24 V 2.5 A 60 W',
    description: 'Slim DIN-rail switching power supply, 85-264 VAC input, short-circuit protected.',
    currency: 'EUR',
    stock: 12,
    active: true,
    ...overrides,
    price,
    priceMinor: Math.round(Number(price) * 100),
  };
}

export const psu = product();
export const ssd = product({
  id: 'p0000000-0000-4000-8000-000000000002',
  sku: 'SSD-SAM-1TB',
  name: 'Samsung SSD NVMe M.2 1 TB',
  description: 'PCIe 4.0 NVMe M.2 2280 solid-state drive, up to 7,000 MB/s read.',
  price: '79.90',
  stock: 0,
});
export const relay = product({
  id: 'p0000000-0000-4000-8000-000000000003',
  sku: 'REL-FIN-24',
  name: 'Finder industrial relay 24 V',
  description: 'Industrial relay with gold contacts.',
  price: '12.40',
  stock: 300,
});

type Product = ReturnType<typeof product>;

export function basketOf(
  lines: Array<{ product: Product; quantity: number; available?: boolean }>,
) {
  const cents = lines.reduce((sum, l) => sum + l.product.priceMinor * l.quantity, 0);
  return {
    __typename: 'Basket' as const,
    currency: 'EUR',
    itemCount: lines.reduce((sum, l) => sum + l.quantity, 0),
    total: (cents / 100).toFixed(2),
    lines: lines.map((l) => ({
      __typename: 'BasketLine' as const,
      quantity: l.quantity,
      available: l.available ?? true,
      lineTotal: ((l.product.priceMinor * l.quantity) / 100).toFixed(2),
      product: l.product,
    })),
  };
}

export function basketMock(basket = basketOf([])): MockLink.MockedResponse {
  return {
    request: { query: ShopBasketDocument },
    result: { data: { basket } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** Signed in as a representative, with the footer and the basket answered. */
export function signedIn(basket = basketOf([])): MockLink.MockedResponse[] {
  return [portalFooterMock, viewerMock(adminViewer), basketMock(basket)];
}

export function connection<T extends { id: string }>(
  typename: string,
  nodes: T[],
  hasNextPage = false,
) {
  return {
    __typename: `${typename}Connection`,
    edges: nodes.map((node) => ({ __typename: `${typename}Edge`, cursor: `c-${node.id}`, node })),
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage,
      endCursor: nodes.length ? `c-${nodes[nodes.length - 1]!.id}` : null,
    },
  };
}

export const order = {
  __typename: 'Order' as const,
  id: 'o0000000-0000-4000-8000-000000000001',
  number: 'ZAM/2026/000042',
  total: '77.80',
  currency: 'EUR',
  reference: 'PO-7781',
  createdAt: '2026-03-02T10:00:00.000Z',
  lines: [
    {
      __typename: 'OrderLine' as const,
      lineNo: 1,
      sku: psu.sku,
      name: psu.name,
      quantity: 2,
      unitPrice: '38.90',
      lineTotal: '77.80',
    },
  ],
  invoice: {
    __typename: 'Invoice' as const,
    id: 'i0000000-0000-4000-8000-000000000001',
    number: 'FV/2026/000017',
    pdfUrl: '/invoices/i0000000-0000-4000-8000-000000000001/pdf',
  },
};
