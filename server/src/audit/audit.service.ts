import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../context/request-context';
import { AuditEvent, type AuditActorType } from './audit-event.entity';

/** Records who did what to which record, inside the transaction of the change itself. */
export async function audit(
  ctx: RequestContext,
  tx: EntityManager,
  action: string,
  subject: { type: string; id: string; companyId?: string | null },
  data: Record<string, unknown> = {},
): Promise<void> {
  const v = ctx.viewer;
  const actor: { type: AuditActorType; id: string | null } =
    v?.kind === 'REPRESENTATIVE'
      ? { type: 'REPRESENTATIVE', id: v.representative.id }
      : v?.kind === 'AGENT'
        ? { type: 'AGENT', id: v.agent.id }
        : v?.kind === 'API_TOKEN'
          ? {
              type: v.tokenId === 'system' ? 'SYSTEM' : 'API_TOKEN',
              id: v.tokenId === 'system' ? null : v.tokenId,
            }
          : { type: 'SYSTEM', id: null };
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
