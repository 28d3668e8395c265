import { searchFragment } from '../../../shared/src/search';
import { escapeLike } from './ids';

/**
 * The SQL twin of `normalizeForSearch` (shared/src/search.ts): lower case, without spaces and
 * ASCII punctuation. Immutable, so it can define a stored column or an expression index; the
 * trigram indexes of search are built on it and queries compare with the same expression.
 */
export const normalizedSql = (expression: string): string =>
  `lower(regexp_replace(${expression}, '[[:space:]!-/:-@\\[-\`{-~]+', '', 'g'))`;

/**
 * The LIKE pattern that finds a fragment of what a person typed inside a normalized text
 * (`%zam2026000014%`), or null when the fragment is shorter than trigrams can find.
 */
export function fragmentPattern(typed: string | null | undefined): string | null {
  const fragment = searchFragment(typed ?? '');
  return fragment === null ? null : `%${escapeLike(fragment)}%`;
}
