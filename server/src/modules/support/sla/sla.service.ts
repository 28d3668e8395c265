import { In } from 'typeorm';
import { audit } from '../../../audit/audit.service';
import { BadUserInputError, NotFoundError } from '../../../common/errors';
import { isUuid } from '../../../common/ids';
import type { RequestContext } from '../../../context/request-context';
import { requireStaff } from '../../../context/viewer';
import { DEFAULT_SERVICE_LEVEL_TARGETS, slaView } from '../../../../../shared/src/service-levels';
import { Portal, RequestType, type PortalKey } from '../request-type/request-type.entity';
import { clockOf, stateOf } from './sla.clock';
import { ServiceLevelTarget, TicketSla } from './sla.entity';
import type { ServiceLevelTargetsType, TicketServiceLevelType } from './sla.types';

function slaLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, TicketSla | null>('ticket.sla', async (ids) => {
    const rows = await ctx.db.getRepository(TicketSla).findBy({ ticketId: In([...ids]) });
    return ids.map((id) => rows.find((r) => r.ticketId === id) ?? null);
  });
}

function targetsLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, ServiceLevelTarget | null>('sla.targets', async (ids) => {
    const rows = await ctx.db
      .getRepository(ServiceLevelTarget)
      .findBy({ requestTypeId: In([...ids]) });
    return ids.map((id) => rows.find((r) => r.requestTypeId === id) ?? null);
  });
}

function requestTypeLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, RequestType | null>('sla.requestType', async (ids) => {
    const rows = await ctx.db.getRepository(RequestType).findBy({ id: In([...ids]) });
    return ids.map((id) => rows.find((r) => r.id === id) ?? null);
  });
}

function portalsLoader(ctx: RequestContext) {
  return ctx.loaders.get<PortalKey, Portal>('sla.portal', async (keys) => {
    const portals = await ctx.db.getRepository(Portal).findBy({ key: In([...keys]) });
    return keys.map((k) => portals.find((p) => p.key === k)!);
  });
}

/** Reads and the staff's targets of the service levels. */
export class ServiceLevelService {
  /** A request's clocks now, for staff; null for a request opened before service levels. */
  async ofTicket(
    ctx: RequestContext,
    ticket: { id: string; portalKey: PortalKey },
  ): Promise<TicketServiceLevelType | null> {
    requireStaff(ctx);
    const row = await slaLoader(ctx).load(ticket.id);
    if (!row) return null;
    const portal = await portalsLoader(ctx).load(ticket.portalKey);
    const view = slaView(stateOf(row), new Date(), clockOf(portal));
    return {
      firstResponseDueAt: view.firstResponseDueAt,
      firstResponseAt: view.firstResponseAt,
      resolutionDueAt: view.resolutionDueAt,
      breached: view.breached,
      paused: view.paused,
    };
  }

  /** A type's targets: its own, else its parent's, else the defaults. */
  async targets(ctx: RequestContext, type: { id: string }): Promise<ServiceLevelTargetsType> {
    requireStaff(ctx);
    const own = await targetsLoader(ctx).load(type.id);
    if (own) return { ...pick(own), own: true };
    const row = await requestTypeLoader(ctx).load(type.id);
    const parent = row?.parentId ? await targetsLoader(ctx).load(row.parentId) : null;
    return { ...pick(parent ?? DEFAULT_SERVICE_LEVEL_TARGETS), own: false };
  }

  /** Staff: sets a type's targets; new requests of the type are measured against them. */
  async setTargets(
    ctx: RequestContext,
    requestTypeId: string,
    input: { firstResponseHours: number; resolutionHours: number },
  ): Promise<RequestType> {
    requireStaff(ctx);
    if (input.resolutionHours < input.firstResponseHours)
      throw new BadUserInputError(
        'The resolution target cannot be shorter than the first response target.',
        'resolutionHours',
      );
    return ctx.transaction(async (tx) => {
      const type = isUuid(requestTypeId)
        ? await tx.getRepository(RequestType).findOneBy({ id: requestTypeId })
        : null;
      if (!type) throw new NotFoundError('Request type');
      await tx
        .getRepository(ServiceLevelTarget)
        .upsert({ requestTypeId, ...pick(input) }, ['requestTypeId']);
      await audit(
        ctx,
        tx,
        'request_type.service_levels_set',
        { type: 'RequestType', id: type.id },
        pick(input),
      );
      return type;
    });
  }
}

function pick(t: { firstResponseHours: number; resolutionHours: number }) {
  return { firstResponseHours: t.firstResponseHours, resolutionHours: t.resolutionHours };
}
