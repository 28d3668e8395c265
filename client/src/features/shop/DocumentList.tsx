import { Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CursorList as CursorListState } from '../../lib/useCursorList';
import { CursorList } from '../../ui/CursorList';
import { PageTitle } from '../../ui/PageTitle';
import { DocumentFilterForm, type useDocumentFilter } from './DocumentFilter';
import { ResponsiveTable } from '../../ui/ResponsiveTable';

export const DOCUMENTS_PAGE_SIZE = 20;

export interface DocumentColumn<D> {
  header: string;
  cell: (document: D) => ReactNode;
  /** Amounts line up on the right. */
  align?: 'right';
  /** Keeps the cell on one line (dates, amounts). */
  nowrap?: true;
}

interface DocumentsPageProps<D> {
  /** The page's heading, and the table's name. */
  title: string;
  titleId: string;
  intro: string;
  /** Shown under the intro (e.g. why some documents are not here yet). */
  notice?: ReactNode;
  filter: ReturnType<typeof useDocumentFilter>;
  list: CursorListState<D>;
  loadFailed: string;
  /** What an empty list says: without filters, and when filters match nothing. */
  empty: { none: ReactNode; noMatch: string };
  columns: DocumentColumn<D>[];
  minWidth: number;
}

/** The scaffold of a list of documents (orders, invoices): filter by dates and number, rows. */
export function DocumentsPage<D extends { id: string }>(props: DocumentsPageProps<D>) {
  const { columns } = props;
  const empty = (
    <Stack gap={4} py="lg">
      {props.filter.active ? <Text fw={600}>{props.empty.noMatch}</Text> : props.empty.none}
    </Stack>
  );
  return (
    <Stack gap="md">
      <PageTitle page={props.title} />
      <Stack gap={4}>
        <Title order={1} id={props.titleId}>
          {props.title}
        </Title>
        <Text c="dimmed">{props.intro}</Text>
      </Stack>
      {props.notice}
      <DocumentFilterForm values={props.filter.values} onApply={props.filter.apply} />
      <CursorList list={props.list} loadFailed={props.loadFailed} empty={empty}>
        {(documents) => (
          <ResponsiveTable minWidth={props.minWidth}>
            <Table verticalSpacing="sm" highlightOnHover aria-labelledby={props.titleId}>
              <Table.Thead>
                <Table.Tr>
                  {columns.map((c) => (
                    <Table.Th key={c.header} ta={c.align}>
                      {c.header}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {documents.map((d) => (
                  <Table.Tr key={d.id}>
                    {columns.map((c) => (
                      <Table.Td
                        key={c.header}
                        ta={c.align}
                        style={c.nowrap ? { whiteSpace: 'nowrap' } : undefined}
                      >
                        {c.cell(d)}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ResponsiveTable>
        )}
      </CursorList>
    </Stack>
  );
}
