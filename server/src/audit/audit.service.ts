import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../context/request-context';
import { actorOf } from '../context/viewer';
import { deferWrite } from '../common/deferred-writes';
import type { AuditActorType } from './audit-event.entity';

/** The record an audit event is about. */
export interface AuditSubject {
  type: string;
  id: string;
  companyId?: string | null;
}

function actorFor(ctx: RequestContext): { type: AuditActorType; id: string | null } {
  const who = actorOf(ctx);
  return { type: who.type === 'CUSTOMER' ? 'REPRESENTATIVE' : who.type, id: who.id };
}

/**
 * Records who did what to which record, inside the transaction of the change itself (sent
 * with the transaction's other deferred writes, see db/deferred-writes.ts).
 */
export function audit(
  ctx: RequestContext,
  tx: EntityManager,
  action: string,
  subject: AuditSubject,
  data: Record<string, unknown> = {},
): Promise<void> {
  return auditMany(ctx, tx, action, [{ subject, data }]);
}

/**
 * `audit` for many records in one statement: the same action by the same actor, one event per
 * subject with its own data (a set-based step, e.g. the lifecycle job's batch).
 */
export async function auditMany(
  ctx: RequestContext,
  tx: EntityManager,
  action: string,
  events: ReadonlyArray<{ subject: AuditSubject; data: Record<string, unknown> }>,
): Promise<void> {
  if (!events.length) return;
  const actor = actorFor(ctx);
  await deferWrite(
    tx,
    `INSERT INTO audit_event ("companyId", "actorType", "actorId", action, "subjectType", "subjectId", data, "requestId")
     SELECT c, $1::varchar, $2::varchar, $3::varchar, s, i, d, $4::varchar
       FROM unnest($5::uuid[], $6::varchar[], $7::varchar[], $8::jsonb[]) AS e(c, s, i, d)`,
    [
      actor.type,
      actor.id,
      action,
      ctx.requestId,
      events.map((e) => e.subject.companyId ?? null),
      events.map((e) => e.subject.type),
      events.map((e) => e.subject.id),
      events.map((e) => JSON.stringify(e.data)),
    ],
  );
}
