import { useState } from 'react';

/** A Relay-style connection as the portal's list queries answer it. */
export interface Connection<N> {
  edges: ReadonlyArray<{ node: N }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

type NodeOf<C> = C extends Connection<infer N> ? N : never;

/** What the list needs of a generated useXQuery hook's result. */
export interface CursorQuery<TData> {
  data: TData | undefined;
  previousData?: TData | undefined;
  loading: boolean;
  error?: unknown;
  fetchMore: (options: {
    variables: { after: string };
    updateQuery: (previous: TData, options: { fetchMoreResult: TData }) => TData;
  }) => Promise<unknown>;
  refetch: () => Promise<unknown>;
}

/**
 * One "load more" list over a connection field of a query (`tickets`, `orders` …): its rows
 * (the previous answer's while new filters load), whether there is more, and the next page
 * appended after the rows already shown.
 */
export function useCursorList<TData, K extends keyof TData>(query: CursorQuery<TData>, field: K) {
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const shown = query.data ?? query.previousData;
  const connection = shown?.[field] as Connection<NodeOf<TData[K]>> | undefined;
  const pageInfo = query.data ? (query.data[field] as Connection<unknown>).pageInfo : undefined;

  const loadMore = async () => {
    if (!pageInfo?.endCursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await query.fetchMore({
        variables: { after: pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          const before = previous[field] as Connection<unknown>;
          const next = fetchMoreResult[field] as Connection<unknown>;
          return { ...previous, [field]: { ...next, edges: [...before.edges, ...next.edges] } };
        },
      });
    } catch (err) {
      // The list stays as it was; the error says why, and the button can be pressed again.
      setMoreError(err);
    } finally {
      setLoadingMore(false);
    }
  };

  return {
    /** The rows shown, or null before the first answer. */
    items: connection ? connection.edges.map((e) => e.node) : null,
    hasMore: !!pageInfo?.hasNextPage,
    loadMore,
    loadingMore,
    /** Why the last "Load more" failed (null: it did not). */
    moreError,
    /** New filters are loading while the previous rows stay on screen. */
    refreshing: query.loading && !query.data && !!shown,
    loading: query.loading && !shown,
    error: shown ? undefined : query.error,
    retry: () => void query.refetch().catch(() => undefined),
  };
}

export type CursorList<N> = Omit<ReturnType<typeof useCursorList>, 'items'> & {
  items: N[] | null;
};
