import { In, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../../context/request-context';
import { actorOf } from '../../../context/viewer';
import {
  DEFAULT_SERVICE_LEVEL_TARGETS,
  openingWeek,
  openSla,
  slaAfterStep,
  slaView,
  type ServiceLevelTargets,
  type SlaState,
} from '../../../../../shared/src/service-levels';
import type { TicketAction, TicketStatus } from '../../../../../shared/src/tickets';
import { Portal, type PortalKey } from '../request-type/request-type.entity';
import { clockOf, stateOf } from './sla.clock';
import { portalIn, rememberPortal } from '../request-type/portals-in-tx';
import { deferQuery } from '../../../common/deferred-writes';
import { TicketSla } from './sla.entity';

/** The steps whose first public one by an agent is the first response. */
const RESPONSES: readonly TicketAction[] = ['AGENT_REPLY', 'RESOLVE', 'SET_STATUS'];

interface ClockedTicket {
  id: string;
  portalKey: PortalKey;
}

/** A step as the state machine took it. */
export interface TakenStep {
  action: TicketAction;
  from: TicketStatus;
  to: TicketStatus;
  visibility: 'PUBLIC' | 'INTERNAL';
  at: Date;
}

/** The targets of a request type: its own, else its parent's, else the defaults. */
export async function targetsOf(
  tx: EntityManager,
  requestTypeId: string,
): Promise<ServiceLevelTargets> {
  const [row] = (await tx.query(
    `SELECT coalesce(s."firstResponseHours", p."firstResponseHours") AS "firstResponseHours",
            coalesce(s."resolutionHours", p."resolutionHours") AS "resolutionHours"
       FROM request_type t
       LEFT JOIN service_level_target s ON s."requestTypeId" = t.id
       LEFT JOIN service_level_target p ON p."requestTypeId" = t."parentId"
      WHERE t.id = $1`,
    [requestTypeId],
  )) as Array<{ firstResponseHours: number | null; resolutionHours: number | null }>;
  return {
    firstResponseHours: row?.firstResponseHours ?? DEFAULT_SERVICE_LEVEL_TARGETS.firstResponseHours,
    resolutionHours: row?.resolutionHours ?? DEFAULT_SERVICE_LEVEL_TARGETS.resolutionHours,
  };
}

/**
 * The bookkeeping of the service-level clocks (table ticket_sla), called by the ticket
 * module in the transaction of each step, with the request locked: a new request starts its
 * clocks; each step records the first response, the pauses, the resolution and the breaches
 * through the shared rule (service-levels.ts) and the due time the queue sorts by.
 */
export class ServiceLevels {
  async opened(
    tx: EntityManager,
    ticket: ClockedTicket & { createdAt: Date; requestTypeId: string },
  ): Promise<void> {
    const state = openSla(ticket.createdAt, await targetsOf(tx, ticket.requestTypeId));
    const portal = await portalIn(tx, ticket.portalKey);
    const row = Object.assign(new TicketSla(), {
      ticketId: ticket.id,
      portalKey: ticket.portalKey,
      requestTypeId: ticket.requestTypeId,
      openedWeek: openingWeek(ticket.createdAt, portal.timeZone),
    });
    await deferQuery(
      tx,
      tx
        .createQueryBuilder()
        .insert()
        .into(TicketSla)
        .values(withState(row, state, portal, ticket.createdAt))
        .updateEntity(false),
    );
  }

  /** After one step of `apply`. Requests opened before service levels have no clocks. */
  async afterStep(
    ctx: RequestContext,
    tx: EntityManager,
    ticket: ClockedTicket,
    step: TakenStep,
  ): Promise<void> {
    // The clocks with their portal (business hours, time zone), in one query.
    const found = (await tx
      .getRepository(TicketSla)
      .createQueryBuilder('s')
      .innerJoinAndMapOne('s.portal', Portal, 'p', 'p.key = s.portalKey')
      .where('s.ticketId = :id', { id: ticket.id })
      .getOne()) as (TicketSla & { portal?: Portal }) | null;
    if (!found) return;
    const { portal: joined, ...columns } = found;
    const row = Object.assign(new TicketSla(), columns);
    if (joined) rememberPortal(tx, joined);
    const actor = actorOf(ctx).type;
    const agentResponse =
      (actor === 'AGENT' || actor === 'API_TOKEN') &&
      step.visibility === 'PUBLIC' &&
      RESPONSES.includes(step.action);
    const portal = await portalIn(tx, ticket.portalKey);
    const next = slaAfterStep(stateOf(row), { ...step, agentResponse }, clockOf(portal));
    const before: Record<string, unknown> = { ...row };
    const after: Record<string, unknown> = { ...withState(row, next, portal, step.at) };
    const changed = Object.fromEntries(
      Object.entries(after).filter(([k, v]) => !sameValue(before[k], v)),
    );
    if (!Object.keys(changed).length) return;
    await deferQuery(
      tx,
      tx
        .createQueryBuilder()
        .update(TicketSla)
        .set(changed)
        .where('"ticketId" = :id', { id: ticket.id }),
    );
  }

  /** After the lifecycle job's set-based step: the rows of the batch in two statements. */
  async afterAutomaticSteps(
    tx: EntityManager,
    changed: readonly ClockedTicket[],
    step: Pick<TakenStep, 'from' | 'to' | 'at'>,
  ): Promise<void> {
    if (!changed.length) return;
    const rows = await tx
      .getRepository(TicketSla)
      .findBy({ ticketId: In(changed.map((t) => t.id)) });
    if (!rows.length) return;
    const portals = await tx.getRepository(Portal).find();
    const portalOf = new Map(
      changed.map((t) => [t.id, portals.find((p) => p.key === t.portalKey)!]),
    );
    const next = rows.map((row) => {
      const portal = portalOf.get(row.ticketId)!;
      const state = slaAfterStep(stateOf(row), { ...step, agentResponse: false }, clockOf(portal));
      return withState(row, state, portal, step.at);
    });
    await tx.getRepository(TicketSla).upsert(next, ['ticketId']);
  }
}

const sameValue = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;

/** The row with the clocks' new state and the due time the running clocks head for at `now`. */
function withState(row: TicketSla, state: SlaState, portal: Portal, now: Date): TicketSla {
  const view = slaView(state, now, clockOf(portal));
  return Object.assign(row, state, { nextDueAt: view.nextDueAt });
}
