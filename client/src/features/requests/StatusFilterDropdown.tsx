import { Button, Checkbox, Group, Popover, Stack, Text } from '@mantine/core';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import {
  OPEN_TICKET_STATUSES,
  TICKET_STATUSES,
  type TicketStatus,
} from '../../../../shared/src/tickets';

const FINISHED: readonly TicketStatus[] = TICKET_STATUSES.filter(
  (s) => !OPEN_TICKET_STATUSES.includes(s),
);

/** The Status filter's list of statuses to tick, a chunk of its own (StatusFilter loads it). */
export function StatusFilterDropdown({
  target,
  value,
  onChange,
  defaultOpened,
}: {
  /** The filter's button (StatusFilter's, shown alone until this module loads). */
  target: ReactElement;
  value: readonly TicketStatus[];
  onChange: (statuses: TicketStatus[]) => void;
  /** Open at once: the button was clicked before this module had loaded. */
  defaultOpened: boolean;
}) {
  const { t } = useTranslation();
  const box = (status: TicketStatus) => (
    <Checkbox key={status} value={status} label={t(`requests.status.${status}`)} />
  );
  return (
    <Popover
      position="bottom-start"
      shadow="md"
      trapFocus
      returnFocus
      withinPortal
      defaultOpened={defaultOpened}
    >
      <Popover.Target>{target}</Popover.Target>
      <Popover.Dropdown>
        <Checkbox.Group
          label={t('requests.filters.status')}
          value={[...value]}
          onChange={(next) => onChange(TICKET_STATUSES.filter((s) => next.includes(s)))}
        >
          <Stack gap={6} mt="xs">
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              {t('requests.filters.openGroup')}
            </Text>
            {OPEN_TICKET_STATUSES.map(box)}
            <Text size="xs" c="dimmed" fw={600} tt="uppercase" mt={4}>
              {t('requests.filters.finishedGroup')}
            </Text>
            {FINISHED.map(box)}
          </Stack>
        </Checkbox.Group>
        <Group gap="xs" mt="md">
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => onChange([...OPEN_TICKET_STATUSES])}
          >
            {t('requests.filters.onlyOpen')}
          </Button>
          <Button size="compact-sm" variant="subtle" onClick={() => onChange([...TICKET_STATUSES])}>
            {t('requests.filters.all')}
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
