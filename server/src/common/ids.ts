/** Whether a string can be a record id (uuid); anything else is answered NOT_FOUND, not sent to SQL. */
export const isUuid = (id: string): boolean => /^[0-9a-f-]{36}$/i.test(id);
