import { Button, Menu, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROUTES } from '../../../shared/src/routes';
import { useViewer } from '../lib/session';
import { useSignOut } from './session';

function ChevronIcon() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width="14"
      height="14"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="m6 9 6 6 6-6" />
    </svg>
  );
}

/** The signed-in person's menu: who they are (and for which company), their pages, sign out. */
export function UserMenu() {
  const { t } = useTranslation();
  const { viewer, representative, company, agent } = useViewer();
  const { signOut, loading } = useSignOut();
  if (!viewer) return null;
  const who = representative
    ? (representative.name ?? representative.email)
    : (agent?.name ?? t('userMenu.apiToken'));
  const where = company?.name ?? (agent ? t('userMenu.staff') : null);
  return (
    <Menu position="bottom-end" width={220} withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          size="sm"
          h="auto"
          py={4}
          rightSection={<ChevronIcon />}
          loading={loading}
          className="user-menu-button"
        >
          <Stack gap={0} align="flex-start">
            <Text size="sm" fw={600} lh={1.3} truncate maw={200}>
              {who}
            </Text>
            {where && (
              <Text size="xs" c="dimmed" lh={1.3} truncate maw={200} data-testid="user-company">
                {where}
              </Text>
            )}
          </Stack>
        </Button>
      </Menu.Target>
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
        <Menu.Item onClick={() => void signOut()}>{t('userMenu.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
