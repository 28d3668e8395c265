import { In } from 'typeorm';
import { NotFoundError } from '../../../common/errors';
import { isUuid } from '../../../common/ids';
import { audit } from '../../../audit/audit.service';
import type { RequestContext } from '../../../context/request-context';
import {
  isStaff,
  representativeOrNull,
  requireStaff,
  requireViewer,
} from '../../../context/viewer';
import { LOCALES } from '../../../../../shared/src/locales';
import {
  nameIn,
  Portal,
  PortalKey,
  RequestType,
  RequestTypeGroup,
  type Names,
} from './request-type.entity';
import type { PortalType, RequestTypeType } from './request-type.types';

/** The portals a viewer may use: contracted companies and staff see both. */
export function allowedPortals(ctx: RequestContext): PortalKey[] {
  requireViewer(ctx);
  const representative = representativeOrNull(ctx);
  if (representative && !representative.company.contracted) return [PortalKey.TECHNICAL_ASSISTANCE];
  return [PortalKey.CUSTOMER_SERVICE, PortalKey.TECHNICAL_ASSISTANCE];
}

/** A request type as the API shows it, named in the viewer's language. */
export function requestTypeView(
  ctx: RequestContext,
  type: RequestType,
  children: RequestTypeType[] = [],
): RequestTypeType {
  return {
    id: type.id,
    name: nameIn(type.names, ctx.locale),
    names: type.names,
    active: type.active,
    children,
    parentId: type.parentId,
  };
}

/** Request types by id, batched per request (a ticket's type and a sub-category's parent). */
export function requestTypeLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, RequestType | null>('requestType', async (ids) => {
    const types = await ctx.db.getRepository(RequestType).find({ where: { id: In([...ids]) } });
    return ids.map((id) => types.find((t) => t.id === id) ?? null);
  });
}

/** Portals, their request type groups, request types and sub-categories. */
export class RequestTypeService {
  /** The portals the viewer may use; staff may also ask for retired types. */
  async portals(
    ctx: RequestContext,
    options: { includeInactive?: boolean } = {},
  ): Promise<PortalType[]> {
    const keys = allowedPortals(ctx);
    const portals = await ctx.db
      .getRepository(Portal)
      .find({ where: { key: In(keys) }, order: { key: 'ASC' } });
    const groups = await ctx.db
      .getRepository(RequestTypeGroup)
      .find({ where: { portalKey: In(keys) }, order: { position: 'ASC' } });
    const types = await ctx.db.getRepository(RequestType).find({
      where: {
        groupId: In(groups.map((g) => g.id)),
        ...(options.includeInactive && isStaff(ctx) ? {} : { active: true }),
      },
      order: { position: 'ASC' },
    });
    const toType = (t: RequestType): RequestTypeType =>
      requestTypeView(ctx, t, types.filter((c) => c.parentId === t.id).map(toType));
    return keys
      .map((key) => portals.find((p) => p.key === key))
      .filter((p): p is Portal => !!p)
      .map((p) => ({
        key: p.key,
        name: nameIn(p.names, ctx.locale),
        calendarCountry: p.calendarCountry,
        timeZone: p.timeZone,
        requestTypeGroups: groups
          .filter((g) => g.portalKey === p.key)
          .map((g) => ({
            id: g.id,
            name: nameIn(g.names, ctx.locale),
            names: g.names,
            types: types.filter((t) => t.groupId === g.id && !t.parentId).map(toType),
          })),
      }));
  }

  /** Staff: a new request type (or, with parentId, a sub-category) at the end of its group. */
  async create(
    ctx: RequestContext,
    input: { groupId: string; parentId: string | null; names: Names },
  ): Promise<RequestType> {
    requireStaff(ctx);
    const { groupId, parentId } = input;
    return ctx.transaction(async (tx) => {
      const group = isUuid(groupId)
        ? await tx.getRepository(RequestTypeGroup).findOne({ where: { id: groupId } })
        : null;
      if (!group) throw new NotFoundError('Request type group');
      if (parentId) {
        const parent = isUuid(parentId)
          ? await tx.getRepository(RequestType).findOne({ where: { id: parentId, groupId } })
          : null;
        if (!parent || parent.parentId) throw new NotFoundError('Parent request type');
      }
      const position = await tx.getRepository(RequestType).count({ where: { groupId } });
      const type = await tx.getRepository(RequestType).save(
        tx.getRepository(RequestType).create({
          groupId,
          parentId: parentId ?? null,
          names: trimmed(input.names),
          position,
          active: true,
        }),
      );
      await audit(
        ctx,
        tx,
        'request_type.created',
        { type: 'RequestType', id: type.id },
        { names: type.names },
      );
      return type;
    });
  }

  /** Staff: renames a type, or retires it (inactive: customers no longer see it; old requests keep it). */
  async update(
    ctx: RequestContext,
    id: string,
    changes: { names: Names | null; active: boolean | null },
  ): Promise<RequestType> {
    requireStaff(ctx);
    return ctx.transaction(async (tx) => {
      const type = isUuid(id)
        ? await tx.getRepository(RequestType).findOne({ where: { id } })
        : null;
      if (!type) throw new NotFoundError('Request type');
      if (changes.names) type.names = trimmed(changes.names);
      if (changes.active !== null) type.active = changes.active;
      await audit(
        ctx,
        tx,
        'request_type.updated',
        { type: 'RequestType', id: type.id },
        { names: type.names, active: type.active },
      );
      return tx.getRepository(RequestType).save(type);
    });
  }
}

function trimmed(names: Names): Names {
  return Object.fromEntries(LOCALES.map((l) => [l, names[l].trim()])) as Names;
}
