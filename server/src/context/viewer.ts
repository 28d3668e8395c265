import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../common/errors';
import { isUuid } from '../common/ids';
import type { Company } from '../modules/accounts/company/company.entity';
import type { Representative } from '../modules/accounts/representative/representative.entity';
import type { RequestContext, Viewer } from './request-context';

/**
 * "Who is asking", answered once: services call these helpers instead of branching on
 * `viewer.kind` themselves. Representatives act for their own company only; staff (agents
 * and internal tools with an API token) act for every company.
 */
export type RepresentativeViewer = Extract<Viewer, { kind: 'REPRESENTATIVE' }>;
export type StaffViewer = Exclude<Viewer, { kind: 'REPRESENTATIVE' }>;

/** The signed-in viewer, or UNAUTHENTICATED. */
export function requireViewer(ctx: RequestContext): Viewer {
  if (!ctx.viewer) throw new UnauthenticatedError();
  return ctx.viewer;
}

/** The representative and their company, or UNAUTHENTICATED for anyone else. */
export function requireRepresentative(ctx: RequestContext): {
  representative: Representative;
  company: Company;
  id: string;
  companyId: string;
  sessionId: string;
} {
  const v = ctx.viewer;
  if (v?.kind !== 'REPRESENTATIVE')
    throw new UnauthenticatedError('Sign in as a company representative.');
  return {
    representative: v.representative,
    company: v.company,
    id: v.representative.id,
    companyId: v.company.id,
    sessionId: v.sessionId,
  };
}

/** The representative when one is asking, else null (staff, tools, anonymous). */
export function representativeOrNull(ctx: RequestContext): RepresentativeViewer | null {
  return ctx.viewer?.kind === 'REPRESENTATIVE' ? ctx.viewer : null;
}

/** The company administrator, or FORBIDDEN. */
export function requireCompanyAdmin(
  ctx: RequestContext,
  message = 'Only the company administrator can do this.',
): RepresentativeViewer {
  const v = ctx.viewer;
  if (!v) throw new UnauthenticatedError();
  if (v.kind !== 'REPRESENTATIVE' || v.representative.role !== 'ADMIN')
    throw new ForbiddenError(message);
  return v;
}

/** True for the seller's side: an agent or an internal tool. */
export function isStaff(ctx: RequestContext): boolean {
  return ctx.viewer?.kind === 'AGENT' || ctx.viewer?.kind === 'API_TOKEN';
}

/** An agent or an internal tool, or FORBIDDEN (UNAUTHENTICATED when nobody is signed in). */
export function requireStaff(ctx: RequestContext): StaffViewer {
  const v = requireViewer(ctx);
  if (v.kind === 'REPRESENTATIVE') throw new ForbiddenError();
  return v;
}

/** The agent's id when an agent is asking, else null. */
export function agentIdOf(ctx: RequestContext): string | null {
  return ctx.viewer?.kind === 'AGENT' ? ctx.viewer.agent.id : null;
}

/**
 * The tenant scope of a read: the viewer's company for a representative, null (every
 * company) for staff. Anonymous callers are UNAUTHENTICATED.
 */
export function tenantScope(ctx: RequestContext): string | null {
  const v = requireViewer(ctx);
  return v.kind === 'REPRESENTATIVE' ? v.company.id : null;
}

/** A `where` fragment that limits a find to the viewer's company (nothing for staff). */
export function tenantWhere(ctx: RequestContext): { companyId?: string } {
  const companyId = tenantScope(ctx);
  return companyId ? { companyId } : {};
}

/**
 * The company a read is about: a representative's own (naming another is NOT_FOUND), or,
 * for staff, the one they name.
 */
export function companyInScope(ctx: RequestContext, companyId?: string | null): string | null {
  const own = tenantScope(ctx);
  if (own) {
    if (companyId && companyId !== own) throw new NotFoundError('Company');
    return own;
  }
  if (companyId && !isUuid(companyId)) throw new NotFoundError('Company');
  return companyId ?? null;
}

/** Who did something, as the audit trail, comments and timelines record it. */
export interface Actor {
  /** CUSTOMER: a representative; AGENT: an agent; API_TOKEN: an internal tool; SYSTEM: jobs and the CLI. */
  type: 'CUSTOMER' | 'AGENT' | 'API_TOKEN' | 'SYSTEM';
  /** The representative's, agent's or token's id; null for the system. */
  id: string | null;
  /** A name to show: the person's name (else e-mail), the agent's name, the tool's name. */
  name: string;
  /** The person's e-mail where there is one. */
  email: string | null;
}

export const SYSTEM_TOKEN_ID = 'system';

export function actorOf(ctx: RequestContext): Actor {
  const v = ctx.viewer;
  switch (v?.kind) {
    case 'REPRESENTATIVE':
      return {
        type: 'CUSTOMER',
        id: v.representative.id,
        name: v.representative.name ?? v.representative.email,
        email: v.representative.email,
      };
    case 'AGENT':
      return { type: 'AGENT', id: v.agent.id, name: v.agent.name, email: v.agent.email };
    case 'API_TOKEN':
      return v.tokenId === SYSTEM_TOKEN_ID
        ? { type: 'SYSTEM', id: null, name: v.tokenName, email: null }
        : { type: 'API_TOKEN', id: v.tokenId, name: v.tokenName, email: null };
    default:
      return { type: 'SYSTEM', id: null, name: 'system', email: null };
  }
}

/** The language of the viewer's own messages, where they chose one. */
export function viewerLocale(viewer: Viewer | null): string | null {
  if (viewer?.kind === 'REPRESENTATIVE') return viewer.representative.locale;
  if (viewer?.kind === 'AGENT') return viewer.agent.locale;
  return null;
}
