import { AuditEvent } from '../modules/audit/audit-event.entity';

/** Every entity of the server, in one list (no globs: the same list works compiled and in tests). */
export const entities = [AuditEvent];
