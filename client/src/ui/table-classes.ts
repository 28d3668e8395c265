// A type import, no code; it also tells the build to include Table's stylesheet, which these
// classes need (client/vite.mantine-styles.mts reads the names our sources import).
import type { Table } from '@mantine/core';

/**
 * Mantine's own Table classes (`Table.classes` in @mantine/core 9), for a table drawn as plain
 * elements that looks exactly like Mantine's: the request lists (features/requests/TicketList).
 * Importing Mantine's Table brings its module's Table.ScrollContainer, and with it ScrollArea
 * and floating UI (18 KiB gzipped), onto a page's first load. `table-classes.test.ts` holds
 * these names to Mantine's, so an upgrade that renames them fails the tests, not the page.
 */
export const TABLE_CLASSES = {
  table: 'm_b23fa0ef',
  thead: 'm_b242d975',
  tbody: 'm_b2404537',
  tr: 'm_4e7aa4fd',
  th: 'm_4e7aa4f3',
  td: 'm_4e7aa4ef',
} as const satisfies Partial<(typeof Table)['classes']>;
