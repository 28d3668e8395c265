import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../../context/request-context';
import { nameIn } from './request-type.entity';
import { requestTypeLoader, requestTypeView, RequestTypeService } from './request-type.service';
import { LocalizedNamesInput, PortalType, RequestTypeType } from './request-type.types';

const service = new RequestTypeService();

@Resolver(() => RequestTypeType)
export class RequestTypeResolver {
  @Authorized()
  @Query(() => [PortalType], {
    description: 'The portals you may use (Customer service only with a contract).',
  })
  portals(
    @Ctx() ctx: RequestContext,
    @Arg('includeInactive', () => Boolean, {
      nullable: true,
      description: 'Staff: also retired request types.',
    })
    includeInactive?: boolean | null,
  ): Promise<PortalType[]> {
    return service.portals(ctx, { includeInactive: includeInactive ?? false });
  }

  @Authorized('STAFF')
  @Mutation(() => RequestTypeType, {
    description: 'Staff: adds a request type to a group, or a sub-category under parentId.',
  })
  async createRequestType(
    @Ctx() ctx: RequestContext,
    @Arg('groupId', () => ID) groupId: string,
    @Arg('names', () => LocalizedNamesInput) names: LocalizedNamesInput,
    @Arg('parentId', () => ID, { nullable: true }) parentId?: string | null,
  ): Promise<RequestTypeType> {
    return requestTypeView(
      ctx,
      await service.create(ctx, { groupId, parentId: parentId ?? null, names }),
    );
  }

  @Authorized('STAFF')
  @Mutation(() => RequestTypeType, {
    description: 'Staff: renames a request type, or retires it (active: false).',
  })
  async updateRequestType(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('names', () => LocalizedNamesInput, { nullable: true }) names?: LocalizedNamesInput | null,
    @Arg('active', () => Boolean, { nullable: true }) active?: boolean | null,
  ): Promise<RequestTypeType> {
    return requestTypeView(
      ctx,
      await service.update(ctx, id, { names: names ?? null, active: active ?? null }),
    );
  }

  @FieldResolver(() => String, {
    description:
      'With its parent for a sub-category ("Delivery problem › Damaged"), in the viewer\'s language.',
  })
  async fullName(@Root() type: RequestTypeType, @Ctx() ctx: RequestContext): Promise<string> {
    if (!type.parentId) return type.name;
    const parent = await requestTypeLoader(ctx).load(type.parentId);
    return parent ? `${nameIn(parent.names, ctx.locale)} › ${type.name}` : type.name;
  }
}
