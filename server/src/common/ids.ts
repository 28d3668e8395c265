/** Whether a string can be a record id (uuid); anything else is answered NOT_FOUND, not sent to SQL. */
export const isUuid = (id: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** `%part%` for ILIKE, with the LIKE wildcards of the part escaped. */
export const likePattern = (part: string): string => `%${part.trim().replace(/[\\%_]/g, '\\$&')}%`;
