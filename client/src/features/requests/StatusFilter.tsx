import { Button } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { TICKET_STATUSES, type TicketStatus } from '../../../../shared/src/tickets';
import { LoadOnIntent, type IntentHandlers } from '../../ui/LoadOnIntent';
import { isOpenOnly } from './format';

const loadDropdown = () => import('./StatusFilterDropdown').then((m) => m.StatusFilterDropdown);

/** The words on the Status filter's button: "Open", "Any", one status, or how many. */
function statusSummary(statuses: readonly TicketStatus[], t: TFunction): string {
  if (isOpenOnly(statuses)) return t('requests.filters.statusOpen');
  if (statuses.length === 0 || statuses.length === TICKET_STATUSES.length)
    return t('requests.filters.statusAny');
  if (statuses.length === 1) return t(`requests.status.${statuses[0]!}`);
  return t('requests.filters.statusSome', { n: statuses.length });
}

/**
 * The Status filter: a button that says what is shown ("Status: Open") and opens a list of
 * every status to tick, with shortcuts to open ones and to all. The list (Mantine's Popover
 * and checkboxes) loads when someone reaches for the button (LoadOnIntent), not with the page.
 */
export function StatusFilter({
  value,
  onChange,
}: {
  value: readonly TicketStatus[];
  onChange: (statuses: TicketStatus[]) => void;
}) {
  const { t } = useTranslation();
  const button = (handlers?: IntentHandlers): ReactElement => (
    <Button
      variant={isOpenOnly(value) ? 'default' : 'light'}
      rightSection={<span aria-hidden="true">▾</span>}
      {...handlers}
    >
      {t('requests.filters.statusButton', { value: statusSummary(value, t) })}
    </Button>
  );
  return (
    <LoadOnIntent
      load={loadDropdown}
      popup="dialog"
      button={button}
      render={(StatusFilterDropdown, openedAtOnce) => (
        <StatusFilterDropdown
          target={button()}
          value={value}
          onChange={onChange}
          defaultOpened={openedAtOnce}
        />
      )}
    />
  );
}
