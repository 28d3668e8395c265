import { Anchor, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  useReturnRequestsQuery,
  type ReturnRequestFilter,
  type ReturnRequestsQuery,
} from '../../gql/graphql';
import { useCursorList } from '../../lib/useCursorList';
import { useStaffQueueUpdates } from '../../lib/useStaffQueueUpdates';
import { CursorList } from '../../ui/CursorList';
import { KindBadge, ReturnStatusBadge } from './components';
import { formatDate } from '../../lib/format';
import { ResponsiveTable } from '../../ui/ResponsiveTable';

export const PAGE_SIZE = 20;

export type ReturnRow = ReturnRequestsQuery['returnRequests']['edges'][number]['node'];

/** A column a page adds before the number of items (staff: how long a return has waited). */
export interface ReturnColumn {
  header: string;
  cell: (row: ReturnRow) => ReactNode;
}

interface ReturnsTableProps {
  filter: ReturnRequestFilter;
  /** The link of one return (customer or staff page). */
  linkTo: (rmaNumber: string) => string;
  titleId: string;
  empty: string;
  /** Staff: the customer company, how long a return has waited. */
  extraColumns?: ReturnColumn[];
}

/** Returns, newest first, with "Load more" (keyset pages: endCursor → after). */
export function ReturnsTable({
  filter,
  linkTo,
  titleId,
  empty,
  extraColumns = [],
}: ReturnsTableProps) {
  const { t } = useTranslation();
  const query = useReturnRequestsQuery({
    variables: { filter, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });
  const list = useCursorList(query, 'returnRequests');
  // The staff queue follows changes live (customers' lists do not subscribe).
  useStaffQueueUpdates('RETURNS', () => query.refetch().catch(() => undefined));
  return (
    <CursorList
      list={list}
      loadFailed={t('returns.list.loadFailed')}
      empty={
        <Text c="dimmed" py="lg">
          {empty}
        </Text>
      }
    >
      {(rows) => (
        <ResponsiveTable minWidth={640}>
          <Table verticalSpacing="sm" highlightOnHover aria-labelledby={titleId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('returns.list.rma')}</Table.Th>
                <Table.Th>{t('returns.list.kind')}</Table.Th>
                <Table.Th>{t('returns.list.status')}</Table.Th>
                <Table.Th>{t('returns.list.created')}</Table.Th>
                {extraColumns.map((c) => (
                  <Table.Th key={c.header}>{c.header}</Table.Th>
                ))}
                <Table.Th ta="right">{t('returns.list.items')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Anchor component={Link} to={linkTo(r.rmaNumber)} fw={600} ff="monospace">
                      {r.rmaNumber}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <KindBadge kind={r.kind} />
                  </Table.Td>
                  <Table.Td>
                    <ReturnStatusBadge status={r.status} />
                  </Table.Td>
                  <Table.Td>{formatDate(r.createdAt)}</Table.Td>
                  {extraColumns.map((c) => (
                    <Table.Td key={c.header}>{c.cell(r)}</Table.Td>
                  ))}
                  <Table.Td ta="right">{r.items.length}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ResponsiveTable>
      )}
    </CursorList>
  );
}
