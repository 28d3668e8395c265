/** Whether a string can be a record id (uuid); anything else is answered NOT_FOUND, not sent to SQL. */
export const isUuid = (id: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** A text with LIKE's wildcards (and its escape character) escaped, to match literally. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, '\\$&');

/** `%part%` for ILIKE, with the LIKE wildcards of the part escaped. */
export const likePattern = (part: string): string => `%${escapeLike(part.trim())}%`;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether PostgreSQL can store the text: no NUL byte, no lone UTF-16 surrogate. */
export const isStorableText = (s: string): boolean =>
  !s.includes('\u0000') && !LONE_SURROGATE.test(s);
