import { Badge, Button, Group, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { ROUTES } from '../../../../shared/src/routes';
import { useBasket } from './basket';
import { CartIcon } from './icons';

const TABS = [
  { value: 'catalogue', path: ROUTES.shop, label: 'shop.tabs.catalogue' },
  { value: 'basket', path: ROUTES.shopBasket, label: 'shop.tabs.basket' },
  { value: 'orders', path: ROUTES.shopOrders, label: 'shop.tabs.orders' },
  { value: 'invoices', path: ROUTES.shopInvoices, label: 'shop.tabs.invoices' },
] as const;
type TabValue = (typeof TABS)[number]['value'];

/** The section a page belongs to: a product is in the catalogue, an order in the orders … */
function sectionOf(pathname: string): TabValue {
  if (pathname.startsWith(ROUTES.shopBasket)) return 'basket';
  if (pathname.startsWith(ROUTES.shopOrders)) return 'orders';
  if (pathname.startsWith(ROUTES.shopInvoices)) return 'invoices';
  return 'catalogue';
}

/** The number of units in the basket, always in view in the shop; leads to the basket. */
function BasketIndicator() {
  const { t } = useTranslation();
  const { data } = useBasket();
  const count = data?.basket.itemCount ?? 0;
  return (
    <Button
      component={Link}
      to={ROUTES.shopBasket}
      variant="light"
      leftSection={<CartIcon />}
      rightSection={
        <Badge variant={count > 0 ? 'filled' : 'outline'} circle={count < 10} size="md">
          {count}
        </Badge>
      }
      aria-label={t('shop.basketLink.label', { count })}
      data-testid="basket-indicator"
    >
      {t('shop.basketLink.text')}
    </Button>
  );
}

/** Every shop page: the shop's sections as tabs, the basket indicator, then the page. */
export function ShopLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const active = sectionOf(pathname);
  return (
    <Tabs
      value={active}
      keepMounted={false}
      onChange={(value) => {
        const tab = TABS.find((item) => item.value === value);
        if (tab) navigate(tab.path);
      }}
    >
      <Group justify="space-between" align="flex-end" gap="sm" className="shop-bar">
        <Tabs.List aria-label={t('shop.tabs.label')} style={{ flex: '1 1 auto' }}>
          {TABS.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value}>
              {t(tab.label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <BasketIndicator />
      </Group>
      {TABS.map((tab) => (
        <Tabs.Panel key={tab.value} value={tab.value} pt="lg">
          {tab.value === active && <Outlet />}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
