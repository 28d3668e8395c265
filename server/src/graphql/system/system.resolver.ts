import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context/request-context';
import { SystemService } from './system.service';
import { AppInfo } from './system.types';

@Resolver()
export class SystemResolver {
  private readonly service = new SystemService();

  @Query(() => AppInfo, { description: 'Facts about this portal; needs no sign-in.' })
  appInfo(@Ctx() ctx: RequestContext): AppInfo {
    return this.service.appInfo(ctx);
  }
}
