import { Anchor, Loader, TextInput } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { OPEN_TICKET_STATUSES, type TicketStatus } from '../../../../shared/src/tickets';
import type { PortalKey } from '../../gql/graphql';
import { useTypedSearch } from '../../lib/useTypedSearch';
import { SearchIcon } from '../../ui/icons';
import { isOpenOnly, parseStatuses } from './format';
import { useFilterParams } from './useFilterParams';
import { ResponsiveTable } from '../../ui/ResponsiveTable';
import { TABLE_CLASSES as classes } from '../../ui/table-classes';

export const PORTAL_KEYS: readonly PortalKey[] = ['CUSTOMER_SERVICE', 'TECHNICAL_ASSISTANCE'];

/**
 * The filters both request lists share, kept in the address: statuses (open ones unless
 * chosen), the portal, and the search (typed at once, sent after a pause).
 */
export function useTicketFilters() {
  const [params, update] = useFilterParams();
  const statuses = parseStatuses(params.get('status')) ?? [...OPEN_TICKET_STATUSES];
  const portalParam = params.get('portal');
  const { typed, setTyped, type } = useTypedSearch(params.get('q') ?? '', (term) =>
    update({ q: term || null }),
  );
  return {
    params,
    update,
    statuses,
    setStatuses: (next: TicketStatus[]) =>
      update({ status: isOpenOnly(next) ? null : next.join(',') }),
    portal: PORTAL_KEYS.find((k) => k === portalParam) ?? null,
    term: (params.get('q') ?? '').trim(),
    typed,
    type,
    /** Forgets the search, and the other filters given (null: back to the default). */
    reset: (changes: Record<string, null> = {}) => {
      setTyped('');
      update({ q: null, ...changes });
    },
  };
}

interface TicketSearchProps {
  value: string;
  onChange: (value: string) => void;
  /** A search is on its way (a small spinner in the field). */
  busy: boolean;
  style?: CSSProperties;
}

/** The search field of a request list (role="search"). */
export function TicketSearch({ value, onChange, busy, style }: TicketSearchProps) {
  const { t } = useTranslation();
  return (
    <form role="search" onSubmit={(e) => e.preventDefault()} style={style}>
      <TextInput
        type="search"
        label={t('requests.filters.search')}
        placeholder={t('requests.filters.searchPlaceholder')}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        leftSection={<SearchIcon />}
        rightSection={busy ? <Loader size="xs" aria-hidden="true" /> : null}
        autoComplete="off"
      />
    </form>
  );
}

export interface TicketColumn<T> {
  header: string;
  cell: (ticket: T) => ReactNode;
  /** Keeps the cell on one line (keys, dates). */
  nowrap?: true;
}

interface TicketTableProps<T> {
  tickets: T[];
  columns: TicketColumn<T>[];
  /** Where a row leads (the whole row is clickable; its links work as links). */
  pathOf: (ticket: T) => string;
  labelledBy: string;
  minWidth: number;
}

/**
 * A table of requests whose rows open the request. Plain elements with Mantine's own table
 * classes, data attributes and variables (what Table, Table.Tr and Table.Td render with
 * verticalSpacing "sm", row borders and hover): a list of 20 rows is 160 components fewer to
 * render on the page's first load, and the page loads none of Mantine's Table module (issue 11).
 */
export function TicketTable<T extends { id: string }>(props: TicketTableProps<T>) {
  const navigate = useNavigate();
  const nowrap = { whiteSpace: 'nowrap' } as const;
  return (
    <ResponsiveTable minWidth={props.minWidth}>
      <table
        className={classes.table}
        style={{ '--table-vertical-spacing': 'var(--mantine-spacing-sm)' } as CSSProperties}
        aria-labelledby={props.labelledBy}
      >
        <thead className={classes.thead}>
          <tr className={classes.tr} data-with-row-border data-hover>
            {props.columns.map((c) => (
              <th key={c.header} className={classes.th}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={classes.tbody}>
          {props.tickets.map((ticket) => (
            <tr
              key={ticket.id}
              className={classes.tr}
              data-with-row-border
              data-hover
              onClick={(e) => {
                if ((e.target as HTMLElement).closest('a')) return;
                void navigate(props.pathOf(ticket));
              }}
              style={{ cursor: 'pointer' }}
            >
              {props.columns.map((c) => (
                <td key={c.header} className={classes.td} style={c.nowrap ? nowrap : undefined}>
                  {c.cell(ticket)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ResponsiveTable>
  );
}

/** The request's key, linking to it. */
export function KeyLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Anchor component={Link} to={to} fw={600} size="sm">
      {children}
    </Anchor>
  );
}
