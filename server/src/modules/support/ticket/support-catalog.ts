/**
 * Kept only for app.ts (owned by main), which should import ensureSupportCatalog from
 * ../request-type/request-type.catalog. Nothing inside support/ uses this file.
 */
export { ensureSupportCatalog } from '../request-type/request-type.catalog';
