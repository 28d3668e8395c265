import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context/request-context';
import { SystemService } from './system.service';
import { AppInfo } from './system.types';
import { GettingStarted, gettingStarted } from './getting-started.service';

@Resolver()
export class SystemResolver {
  private readonly service = new SystemService();

  @Query(() => AppInfo, { description: 'Facts about this portal; needs no sign-in.' })
  appInfo(@Ctx() ctx: RequestContext): AppInfo {
    return this.service.appInfo(ctx);
  }

  @Query(() => GettingStarted, {
    nullable: true,
    description:
      "A representative's company's first steps (billing address, colleagues, a first order or request), ticked from real data; null for anyone else.",
  })
  gettingStarted(@Ctx() ctx: RequestContext): Promise<GettingStarted | null> {
    return gettingStarted(ctx);
  }
}
