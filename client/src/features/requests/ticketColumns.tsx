import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { TicketStatus } from '../../../../shared/src/tickets';
import { RelativeTime, TicketStatusBadge } from './components';
import { KeyLink, type TicketColumn } from './TicketList';

/** The columns every request list has, the customer's and the agents' alike. */
export function keyColumn<T extends { key: string }>(
  t: TFunction,
  pathOf: (key: string) => string,
): TicketColumn<T> {
  return {
    header: t('requests.columns.key'),
    cell: (ticket) => <KeyLink to={pathOf(ticket.key)}>{ticket.key}</KeyLink>,
    nowrap: true,
  };
}

export function statusColumn<T extends { status: TicketStatus }>(t: TFunction): TicketColumn<T> {
  return {
    header: t('requests.columns.status'),
    cell: (ticket) => <TicketStatusBadge status={ticket.status} />,
  };
}

/** A moment of the request (created, last activity), shown relative to now. */
export function timeColumn<T>(header: string, at: (ticket: T) => string): TicketColumn<T> {
  return {
    header,
    cell: (ticket) => (
      <Text size="sm">
        <RelativeTime iso={at(ticket)} />
      </Text>
    ),
    nowrap: true,
  };
}
