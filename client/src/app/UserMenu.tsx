import { Button, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../lib/session';
import { LineIcon } from '../ui/icons';
import { useSignOut } from './session';

function ChevronIcon() {
  return (
    <LineIcon size={14}>
      <path d="m6 9 6 6 6-6" />
    </LineIcon>
  );
}

const UserMenuDropdown = lazy(async () => ({
  default: (await import('./UserMenuDropdown')).UserMenuDropdown,
}));

/**
 * The signed-in person's menu: who they are (and for which company), their pages, sign out.
 * The button shows at once; the dropdown's code loads behind it (a click before that opens the
 * menu as soon as it is there).
 */
export function UserMenu() {
  const { t } = useTranslation();
  const { viewer, representative, company, agent } = useViewer();
  const { signOut, loading } = useSignOut();
  const [clickedEarly, setClickedEarly] = useState(false);
  if (!viewer) return null;
  const who = representative
    ? (representative.name ?? representative.email)
    : (agent?.name ?? t('userMenu.apiToken'));
  const where = company?.name ?? (agent ? t('userMenu.staff') : null);
  const button = (onClick?: () => void) => (
    <Button
      variant="default"
      size="sm"
      h="auto"
      py={4}
      rightSection={<ChevronIcon />}
      loading={loading}
      className="user-menu-button"
      onClick={onClick}
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
  );
  return (
    <Suspense fallback={button(() => setClickedEarly(true))}>
      <UserMenuDropdown
        target={button()}
        where={where}
        representative={!!representative}
        agent={!!agent}
        signOut={() => void signOut()}
        defaultOpened={clickedEarly}
      />
    </Suspense>
  );
}
