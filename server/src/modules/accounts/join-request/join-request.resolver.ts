import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import { ConnectionType, type Connection } from '../../../common/connection';
import type { RequestContext } from '../../../context/request-context';
import { Company } from '../company/company.entity';
import { RepresentativeRole } from '../representative/representative.entity';
import { JoinRequestCommands } from './join-request.commands';
import { JoinRequest } from './join-request.entity';
import { JoinConfirmation } from './join-request.errors';
import {
  DeclineJoinRequestArgs,
  JoinRequestsArgs,
  RequestToJoinCompanyInput,
} from './join-request.inputs';
import { JoinRequestQueries } from './join-request.queries';

registerEnumType(JoinConfirmation, {
  name: 'JoinConfirmation',
  description:
    'CONFIRMED: sent on (the same whether a company has the tax ID or not); EXPIRED: ask again; HAS_ACCOUNT: the address already has an account.',
});

export const JoinRequestConnection = ConnectionType(JoinRequest, 'JoinRequest');
const commands = new JoinRequestCommands();
const queries = new JoinRequestQueries();

@Resolver(() => JoinRequest)
export class JoinRequestResolver {
  @Mutation(() => Boolean, {
    description:
      'Asks to join a registered company: e-mails a confirmation link to the address. Always true, whatever exists. Errors: BAD_USER_INPUT, TOO_MANY_ATTEMPTS.',
  })
  requestToJoinCompany(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RequestToJoinCompanyInput) input: RequestToJoinCompanyInput,
  ): Promise<boolean> {
    return commands.request(ctx, input);
  }

  @Mutation(() => JoinConfirmation, {
    description: 'The link of the confirmation e-mail (single use). Error: INVALID_TOKEN.',
  })
  confirmJoinRequest(
    @Ctx() ctx: RequestContext,
    @Arg('token', () => String) token: string,
  ): Promise<JoinConfirmation> {
    return commands.confirm(ctx, token);
  }

  @Authorized('ADMIN', 'STAFF')
  @Query(() => JoinRequestConnection, {
    description:
      "Pending requests to join, oldest first: the administrator's company's; for staff, those of companies without an active administrator.",
  })
  joinRequests(
    @Ctx() ctx: RequestContext,
    @Args(() => JoinRequestsArgs) args: JoinRequestsArgs,
  ): Promise<Connection<JoinRequest>> {
    return queries.list(ctx, args);
  }

  @Authorized('ADMIN', 'STAFF')
  @Mutation(() => JoinRequest, {
    description:
      'Approves: the person gets the usual invitation with this role. Errors: NOT_FOUND (another company, expired, answered), EMAIL_ALREADY_REGISTERED.',
  })
  approveJoinRequest(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('role', () => RepresentativeRole) role: RepresentativeRole,
  ): Promise<JoinRequest> {
    return commands.approve(ctx, id, role);
  }

  @Authorized('ADMIN', 'STAFF')
  @Mutation(() => JoinRequest, {
    description: 'Declines; the person is e-mailed, with the reason when given.',
  })
  declineJoinRequest(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Args(() => DeclineJoinRequestArgs) args: DeclineJoinRequestArgs,
  ): Promise<JoinRequest> {
    return commands.decline(ctx, id, args.reason ?? null);
  }

  @FieldResolver(() => Company, { nullable: true, description: 'The company asked to join.' })
  company(@Root() r: JoinRequest, @Ctx() ctx: RequestContext): Promise<Company | null> {
    return r.companyId ? queries.companies(ctx).load(r.companyId) : Promise.resolve(null);
  }
}
