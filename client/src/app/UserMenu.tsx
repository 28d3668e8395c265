import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../lib/session';
import { LineIcon } from '../ui/icons';
import { LoadOnIntent, type IntentHandlers } from '../ui/LoadOnIntent';
import { useSignOut } from './session';

function ChevronIcon() {
  return (
    <LineIcon size={14}>
      <path d="m6 9 6 6 6-6" />
    </LineIcon>
  );
}

const loadDropdown = () => import('./UserMenuDropdown').then((m) => m.UserMenuDropdown);

/**
 * The signed-in person's menu: who they are (and for which company), their pages, sign out.
 * The button shows at once; the dropdown's code (Mantine's Menu) loads when someone is about to
 * use it (LoadOnIntent), not with the page.
 */
export function UserMenu() {
  const { t } = useTranslation();
  const { viewer, representative, company, agent } = useViewer();
  const { signOut, loading } = useSignOut();
  if (!viewer) return null;
  const who = representative
    ? (representative.name ?? representative.email)
    : (agent?.name ?? t('userMenu.apiToken'));
  const where = company?.name ?? (agent ? t('userMenu.staff') : null);
  const button = (handlers?: IntentHandlers) => (
    <Button
      variant="default"
      size="sm"
      h="auto"
      py={4}
      rightSection={<ChevronIcon />}
      loading={loading}
      className="user-menu-button"
      {...handlers}
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
    <LoadOnIntent
      load={loadDropdown}
      popup="menu"
      button={button}
      render={(UserMenuDropdown, openedAtOnce) => (
        <UserMenuDropdown
          target={button()}
          where={where}
          representative={!!representative}
          agent={!!agent}
          signOut={() => void signOut()}
          defaultOpened={openedAtOnce}
        />
      )}
    />
  );
}
