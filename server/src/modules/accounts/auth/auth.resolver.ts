import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext, Viewer } from '../../../context/request-context';
import { AuthService } from './auth.service';
import { LinkInfoType, LinkState, ViewerKind, ViewerType } from './auth.types';

export function toViewerType(viewer: Viewer): ViewerType {
  switch (viewer.kind) {
    case 'REPRESENTATIVE':
      return {
        kind: ViewerKind.REPRESENTATIVE,
        representative: viewer.representative,
        company: viewer.company,
        agent: null,
      };
    case 'AGENT':
      return { kind: ViewerKind.AGENT, representative: null, company: null, agent: viewer.agent };
    case 'API_TOKEN':
      return { kind: ViewerKind.API_TOKEN, representative: null, company: null, agent: null };
  }
}

@Resolver()
export class AuthResolver {
  private readonly service = new AuthService();

  @Query(() => ViewerType, {
    nullable: true,
    description: 'Who is signed in; null when nobody is.',
  })
  viewer(@Ctx() ctx: RequestContext): ViewerType | null {
    return ctx.viewer ? toViewerType(ctx.viewer) : null;
  }

  @Mutation(() => ViewerType, {
    description: 'Signs in (session cookie). Errors: INVALID_CREDENTIALS, TOO_MANY_ATTEMPTS.',
  })
  async logIn(
    @Ctx() ctx: RequestContext,
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
  ): Promise<ViewerType> {
    return toViewerType(await this.service.logIn(ctx, email, password));
  }

  @Mutation(() => Boolean, { description: 'Ends this session.' })
  logOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.service.logOut(ctx);
  }

  @Mutation(() => Boolean, {
    description:
      'Emails a reset link if the address has an account. Always true: nobody learns which addresses exist.',
  })
  requestPasswordReset(
    @Ctx() ctx: RequestContext,
    @Arg('email', () => String) email: string,
  ): Promise<boolean> {
    return this.service.requestPasswordReset(ctx, email);
  }

  @Mutation(() => Boolean, {
    description: 'Errors: INVALID_TOKEN, TOKEN_EXPIRED, BAD_USER_INPUT (password rules).',
  })
  resetPassword(
    @Ctx() ctx: RequestContext,
    @Arg('token', () => String) token: string,
    @Arg('password', () => String) password: string,
  ): Promise<boolean> {
    return this.service.resetPassword(ctx, token, password);
  }

  @Query(() => LinkInfoType, {
    nullable: true,
    description: 'An activation or reset link: valid, expired or used.',
  })
  async link(
    @Ctx() ctx: RequestContext,
    @Arg('token', () => String) token: string,
  ): Promise<LinkInfoType | null> {
    const info = await this.service.linkInfo(ctx, token);
    return info ? { ...info, state: LinkState[info.state] } : null;
  }

  @Mutation(() => ViewerType, {
    description: 'Accepts an invitation: sets the password and name, and signs in.',
  })
  async activateRepresentative(
    @Ctx() ctx: RequestContext,
    @Arg('token', () => String) token: string,
    @Arg('password', () => String) password: string,
    @Arg('name', () => String) name: string,
  ): Promise<ViewerType> {
    return toViewerType(await this.service.activate(ctx, token, password, name));
  }

  @Mutation(() => Boolean, {
    description: 'Sends a fresh activation email for an expired invitation link.',
  })
  requestNewActivationLink(
    @Ctx() ctx: RequestContext,
    @Arg('token', () => String) token: string,
  ): Promise<boolean> {
    return this.service.requestNewActivationLink(ctx, token);
  }

  @Authorized('REPRESENTATIVE')
  @Mutation(() => Boolean, {
    description: 'Needs the current password; signs out every other device.',
  })
  changePassword(
    @Ctx() ctx: RequestContext,
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
  ): Promise<boolean> {
    return this.service.changePassword(ctx, currentPassword, newPassword);
  }
}
