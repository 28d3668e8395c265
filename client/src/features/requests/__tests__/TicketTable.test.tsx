import { Table } from '@mantine/core';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../../test/render';
import { TABLE_CLASSES } from '../../../ui/table-classes';
import { TicketTable, type TicketColumn } from '../TicketList';

type Row = { id: string; key: string; subject: string };
const rows: Row[] = [
  { id: '1', key: 'CS-1', subject: 'Damaged pallet' },
  { id: '2', key: 'CS-2', subject: 'Wrong invoice' },
];
const columns: TicketColumn<Row>[] = [
  { header: 'Key', cell: (r) => r.key, nowrap: true },
  { header: 'Subject', cell: (r) => r.subject },
];

/** The elements of a table with their classes and attributes (styles aside), in order. */
function shape(table: HTMLElement): string[] {
  return [table, ...table.querySelectorAll('*')].map((el) => {
    const attributes = [...el.attributes]
      .filter((a) => a.name !== 'style' && a.name !== 'aria-labelledby')
      .map((a) => `${a.name}=${a.value}`)
      .sort();
    return `${el.tagName} ${attributes.join(' ')}`;
  });
}

describe('TicketTable', () => {
  it("draws what Mantine's Table draws (verticalSpacing sm, row borders, hover), with its classes", () => {
    renderWithProviders(
      <>
        <h2 id="caption">Requests</h2>
        <TicketTable
          tickets={rows}
          columns={columns}
          pathOf={(r) => `/requests/${r.key}`}
          labelledBy="caption"
          minWidth={600}
        />
        <Table verticalSpacing="sm" highlightOnHover data-testid="mantine">
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th key={c.header}>{c.header}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id}>
                {columns.map((c) => (
                  <Table.Td key={c.header}>{c.cell(r)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </>,
    );
    const ours = screen.getByRole('table', { name: 'Requests' });
    const mantine = screen.getByTestId('mantine');
    mantine.removeAttribute('data-testid');
    // Mantine's static class names (mantine-Table-th …) are for theming, which the portal does
    // not use; the classes that carry the styles are the same.
    const withoutStatic = (lines: string[]) =>
      lines.map((l) => l.replace(/ ?mantine-Table-\w+/g, '').replace(/class= /, 'class='));
    expect(shape(ours)).toEqual(withoutStatic(shape(mantine)).map((l) => l.trimEnd()));
    expect(ours.style.getPropertyValue('--table-vertical-spacing')).toBe(
      mantine.style.getPropertyValue('--table-vertical-spacing'),
    );
    const tbody = ours.querySelector('tbody')!;
    expect(tbody.querySelector('td')).toHaveStyle({ whiteSpace: 'nowrap' });
  });

  it("keeps Mantine's class names (an upgrade that renames them fails here)", () => {
    const { table, thead, tbody, tr, th, td } = Table.classes;
    expect(TABLE_CLASSES).toEqual({ table, thead, tbody, tr, th, td });
  });
});
