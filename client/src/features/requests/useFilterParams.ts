import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A list's filters, kept in the address (?status=&q=…) so that "back" from a request returns
 * to the same list, but read from component state. The router changes the address inside a
 * transition; a query whose variables came straight from the address would flip between the
 * old and the new filters while Apollo's urgent updates render the committed (old) address.
 * State changes at once; the address follows, and a change of the address from elsewhere
 * (a link, "back") is taken over while rendering.
 */
export function useFilterParams() {
  const [params, setParams] = useSearchParams();
  const fromAddress = params.toString();
  const [seen, setSeen] = useState(fromAddress);
  const [filters, setFilters] = useState(fromAddress);
  if (fromAddress !== seen) {
    setSeen(fromAddress);
    if (fromAddress !== filters) setFilters(fromAddress);
  }
  const current = useMemo(() => new URLSearchParams(filters), [filters]);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(filters);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setFilters(next.toString());
    setParams(next, { replace: true });
  };
  return [current, update] as const;
}
