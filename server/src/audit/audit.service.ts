import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../context/request-context';
import { actorOf } from '../context/viewer';
import { AuditEvent, type AuditActorType } from './audit-event.entity';

/** Records who did what to which record, inside the transaction of the change itself. */
export async function audit(
  ctx: RequestContext,
  tx: EntityManager,
  action: string,
  subject: { type: string; id: string; companyId?: string | null },
  data: Record<string, unknown> = {},
): Promise<void> {
  const who = actorOf(ctx);
  const actor: { type: AuditActorType; id: string | null } = {
    type: who.type === 'CUSTOMER' ? 'REPRESENTATIVE' : who.type,
    id: who.id,
  };
  const event: Partial<AuditEvent> = {
    companyId: subject.companyId ?? null,
    actorType: actor.type,
    actorId: actor.id,
    action,
    subjectType: subject.type,
    subjectId: subject.id,
    data,
    requestId: ctx.requestId,
  };
  await tx.getRepository(AuditEvent).save(tx.getRepository(AuditEvent).create(event));
}
