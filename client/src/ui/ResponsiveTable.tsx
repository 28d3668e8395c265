import { useMediaQuery } from '@mantine/hooks';
import { useLayoutEffect, useRef, type ReactNode } from 'react';

/** Below this width a table's rows become cards (`.stack-table` in app/global.css). */
export const PHONE_QUERY = '(max-width: 599px)';

/** Names every body cell after its column's header (data-label), for the card layout. */
function labelCells(root: HTMLElement): void {
  for (const table of root.querySelectorAll('table')) {
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
    for (const row of table.querySelectorAll('tbody tr')) {
      let column = 0;
      for (const cell of row.children) {
        const label = headers[column] ?? '';
        if (cell.getAttribute('data-label') !== label) cell.setAttribute('data-label', label);
        column += (cell as HTMLTableCellElement).colSpan || 1;
      }
    }
  }
}

interface ResponsiveTableProps {
  /** On wider screens: the width below which the table scrolls sideways. */
  minWidth: number;
  children: ReactNode;
}

/**
 * A table's frame: on a desktop it scrolls sideways below minWidth; on a phone every row is a
 * card that shows each cell with its column's name, so no field and no action is hidden.
 */
export function ResponsiveTable({ minWidth, children }: ResponsiveTableProps) {
  const phone = useMediaQuery(PHONE_QUERY) ?? false;
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const root = ref.current;
    if (!phone || !root) return;
    labelCells(root);
    const observer = new MutationObserver(() => labelCells(root));
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [phone]);
  // The browser's own sideways scrolling: Mantine's Table.ScrollContainer would bring the Table
  // module, its ScrollArea and floating UI (17 KiB gzipped) onto the request list's first load.
  if (!phone)
    return (
      <div className="table-scroll">
        <div style={{ minWidth }}>{children}</div>
      </div>
    );
  return (
    <div ref={ref} className="stack-table">
      {children}
    </div>
  );
}
