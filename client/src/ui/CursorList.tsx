import { Stack, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CursorList as CursorListState } from '../lib/useCursorList';
import { LoadError } from './LoadError';
import { Loading } from './Loading';
import { LoadMore } from './LoadMore';

interface CursorListProps<N> {
  list: CursorListState<N>;
  /** The alert's title when the first page did not load. */
  loadFailed: string;
  /** What shows when there are no rows. */
  empty: ReactNode;
  /** The rows (a table, cards …). */
  children: (items: N[]) => ReactNode;
}

/**
 * A list of a cursor query: a spinner, the error with a retry, the empty state, or the rows
 * with "Load more" while the server has more (dimmed while new filters load).
 */
export function CursorList<N>({ list, loadFailed, empty, children }: CursorListProps<N>) {
  const { t } = useTranslation();
  if (!list.items && list.error) {
    return <LoadError title={loadFailed} error={list.error} onRetry={list.retry} />;
  }
  if (!list.items) return <Loading size="sm" />;
  if (list.items.length === 0) return <>{empty}</>;
  return (
    <Stack gap="md" style={{ opacity: list.refreshing ? 0.6 : 1 }} aria-busy={list.refreshing}>
      {children(list.items)}
      {list.moreError !== null && (
        <LoadError title={loadFailed} error={list.moreError} onRetry={() => void list.loadMore()} />
      )}
      {list.hasMore && <LoadMore loading={list.loadingMore} onClick={() => void list.loadMore()} />}
      <VisuallyHidden role="status" aria-live="polite">
        {list.refreshing ? t('common.loading') : ''}
      </VisuallyHidden>
    </Stack>
  );
}
