import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';

/** How long typing pauses before a list is searched or filtered. */
export const SEARCH_DELAY_MS = 300;

/**
 * A list's search field: what is typed shows at once, and `search` gets the trimmed text once the
 * typing has paused for SEARCH_DELAY_MS (so a word is searched once, not once per letter).
 */
export function useTypedSearch(initial: string, search: (term: string) => void) {
  const [typed, setTyped] = useState(initial);
  const commit = useDebouncedCallback((value: string) => search(value.trim()), SEARCH_DELAY_MS);
  return {
    typed,
    /** Shows `value` in the field without searching it (a reset). */
    setTyped,
    /** What the field's change handler calls. */
    type: (value: string) => {
      setTyped(value);
      commit(value);
    },
  };
}
