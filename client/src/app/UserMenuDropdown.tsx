import { Menu } from '@mantine/core';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROUTES } from '../../../shared/src/routes';

type Props = {
  /** The button that opens the menu (UserMenu's, shown alone until this module loads). */
  target: ReactElement;
  where: string | null;
  representative: boolean;
  agent: boolean;
  signOut: () => void;
  /** Open at once: the button was clicked before this module had loaded. */
  defaultOpened: boolean;
};

/**
 * The user menu's dropdown, a chunk of its own: Mantine's Menu (popover, floating UI, focus
 * trap) is not needed before someone signs in, nor before they reach for the menu.
 */
export function UserMenuDropdown({
  target,
  where,
  representative,
  agent,
  signOut,
  defaultOpened,
}: Props) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" width={220} withinPortal defaultOpened={defaultOpened}>
      <Menu.Target>{target}</Menu.Target>
      <Menu.Dropdown>
        {where && <Menu.Label className="phone-only">{where}</Menu.Label>}
        {representative && (
          <>
            <Menu.Item component={Link} to={ROUTES.profile}>
              {t('userMenu.profile')}
            </Menu.Item>
            <Menu.Item component={Link} to={ROUTES.companyEmployees}>
              {t('userMenu.company')}
            </Menu.Item>
          </>
        )}
        {agent && (
          <Menu.Item component={Link} to={ROUTES.staff}>
            {t('nav.staff')}
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item onClick={signOut}>{t('userMenu.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
