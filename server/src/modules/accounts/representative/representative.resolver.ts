import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../context/request-context';
import { Representative, RepresentativeRole } from './representative.entity';
import { InviteRepresentativeInput, UpdateProfileInput } from './representative.inputs';
import { RepresentativeService } from './representative.service';

@Resolver(() => Representative)
export class RepresentativeResolver {
  private readonly service = new RepresentativeService();

  @Authorized()
  @Query(() => [Representative], {
    description: "The company's representatives (own company; staff name one with companyId).",
  })
  representatives(
    @Ctx() ctx: RequestContext,
    @Arg('companyId', () => ID, { nullable: true }) companyId?: string | null,
  ): Promise<Representative[]> {
    return this.service.list(ctx, companyId);
  }

  @Authorized('ADMIN')
  @Mutation(() => Representative, {
    description: 'Adds an employee and emails an activation link. Administrators only.',
  })
  inviteRepresentative(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => InviteRepresentativeInput) input: InviteRepresentativeInput,
  ): Promise<Representative> {
    return this.service.invite(ctx, input);
  }

  @Authorized('ADMIN', 'STAFF')
  @Mutation(() => Representative, { description: 'Sends the invitation again with a new link.' })
  resendInvitation(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
  ): Promise<Representative> {
    return this.service.resendInvitation(ctx, id);
  }

  @Authorized('ADMIN', 'STAFF')
  @Mutation(() => Boolean, { description: 'Withdraws an invitation that was not accepted.' })
  revokeInvitation(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return this.service.revokeInvitation(ctx, id);
  }

  @Authorized('ADMIN', 'STAFF')
  @Mutation(() => Representative, {
    description:
      'Changes a role; handing on the administrator role is promote-then-demote. Error: LAST_ADMINISTRATOR.',
  })
  changeRepresentativeRole(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('role', () => RepresentativeRole) role: RepresentativeRole,
  ): Promise<Representative> {
    return this.service.changeRole(ctx, id, role);
  }

  @Authorized('ADMIN', 'STAFF')
  @Mutation(() => Representative, { description: 'Blocks sign-in and ends the sessions at once.' })
  disableRepresentative(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
  ): Promise<Representative> {
    return this.service.disable(ctx, id);
  }

  @Authorized('ADMIN', 'STAFF')
  @Mutation(() => Representative)
  enableRepresentative(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
  ): Promise<Representative> {
    return this.service.enable(ctx, id);
  }

  @Authorized('REPRESENTATIVE')
  @Mutation(() => Representative, { description: 'Your name and language.' })
  updateProfile(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateProfileInput) input: UpdateProfileInput,
  ): Promise<Representative> {
    return this.service.updateProfile(ctx, input);
  }
}
