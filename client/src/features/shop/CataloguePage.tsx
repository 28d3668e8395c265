import {
  Anchor,
  Loader,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../ui/PageTitle';
import { SearchIcon } from '../../ui/icons';
import { useTypedSearch } from '../../lib/useTypedSearch';
import { useShopProductsQuery, type ShopProductFieldsFragment } from '../../gql/graphql';
import { AddToBasket } from './AddToBasket';
import { quantitiesInBasket, useBasket } from './basket';
import { StockBadge } from './common';
import { productPath } from './format';
import { useCursorList } from '../../lib/useCursorList';
import { CursorList } from '../../ui/CursorList';
import { formatMoney } from '../../lib/format';
import { ResponsiveTable } from '../../ui/ResponsiveTable';

export const PRODUCTS_PAGE_SIZE = 25;

interface CatalogueTableProps {
  products: ShopProductFieldsFragment[];
  onAdded: (quantity: number, product: ShopProductFieldsFragment) => void;
}

/** The products found: SKU, name, net price, stock, and "Add to basket". */
function CatalogueTable({ products, onAdded }: CatalogueTableProps) {
  const { t } = useTranslation();
  const { data: basketData } = useBasket();
  const inBasket = quantitiesInBasket(basketData?.basket);
  return (
    <>
      <Text size="sm" c="dimmed">
        {t('shop.catalogue.count', { shown: products.length })}
      </Text>
      <ResponsiveTable minWidth={820}>
        <Table verticalSpacing="sm" aria-labelledby="catalogue-title" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={130}>{t('shop.common.sku')}</Table.Th>
              <Table.Th>{t('shop.common.product')}</Table.Th>
              <Table.Th ta="right" w={120}>
                {t('shop.common.netPrice')}
              </Table.Th>
              <Table.Th w={130}>{t('shop.common.stock')}</Table.Th>
              <Table.Th w={230}>{t('shop.catalogue.order')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {products.map((product) => (
              <Table.Tr key={product.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {product.sku}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={productPath(product.sku)} fw={600} size="sm">
                    {product.name}
                  </Anchor>
                  {product.description && (
                    <Text size="sm" c="dimmed" lineClamp={2}>
                      {product.description}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(product.price, product.currency)}
                </Table.Td>
                <Table.Td>
                  <StockBadge stock={product.stock} />
                </Table.Td>
                <Table.Td>
                  <AddToBasket
                    product={product}
                    inBasket={inBasket.get(product.id)}
                    onAdded={onAdded}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ResponsiveTable>
    </>
  );
}

/** /shop: search the catalogue (words or SKU), see net prices and stock, add to the basket. */
export function CataloguePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  // What is typed, and (a moment later) what is searched. The search is also written into the
  // address, so "back" from a product returns to it; the query reads the state, not the
  // address, which the router updates in a transition.
  const [term, setTerm] = useState(() => (params.get('q') ?? '').trim());
  const { typed, type } = useTypedSearch(params.get('q') ?? '', (next) => {
    setTerm(next);
    setParams(next ? { q: next } : {}, { replace: true });
  });

  const query = useShopProductsQuery({
    variables: { search: term || null, first: PRODUCTS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const list = useCursorList(query, 'products');
  const [announcement, setAnnouncement] = useState('');

  const added = (quantity: number, product: ShopProductFieldsFragment) =>
    setAnnouncement(t('shop.catalogue.added', { quantity, name: product.name }));

  return (
    <Stack gap="md">
      <PageTitle page={t('shop.catalogue.title')} />
      <Stack gap={4}>
        <Title order={1} id="catalogue-title">
          {t('shop.catalogue.title')}
        </Title>
        <Text c="dimmed">{t('shop.catalogue.intro')}</Text>
      </Stack>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <TextInput
          type="search"
          label={t('shop.catalogue.search')}
          placeholder={t('shop.catalogue.searchPlaceholder')}
          value={typed}
          onChange={(e) => type(e.currentTarget.value)}
          leftSection={<SearchIcon />}
          rightSection={list.refreshing ? <Loader size="xs" aria-hidden="true" /> : null}
          maw={560}
          autoComplete="off"
        />
      </form>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>

      <CursorList
        list={list}
        loadFailed={t('shop.catalogue.loadFailed')}
        empty={
          <Stack gap={4} py="lg" data-testid="catalogue-empty">
            <Text fw={600}>
              {term ? t('shop.catalogue.noMatch', { search: term }) : t('shop.catalogue.empty')}
            </Text>
            {term && <Text c="dimmed">{t('shop.catalogue.noMatchHint')}</Text>}
          </Stack>
        }
      >
        {(products) => <CatalogueTable products={products} onAdded={added} />}
      </CursorList>
    </Stack>
  );
}
