import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { ConnectionType, type Connection } from '../../../common/connection';
import type { RequestContext } from '../../../context/request-context';
import { CompaniesArgs } from './company.directory.inputs';
import { searchCompanies } from './company.directory';
import { Company } from './company.entity';

export const CompanyConnection = ConnectionType(Company, 'Company');

/** Staff look customers up by name or tax ID (the queues' company filter). */
@Resolver(() => Company)
export class CompanyDirectoryResolver {
  @Authorized('STAFF')
  @Query(() => CompanyConnection, {
    description: 'Staff: customer companies whose name contains the text or tax ID starts with it.',
  })
  companies(
    @Ctx() ctx: RequestContext,
    @Args(() => CompaniesArgs) args: CompaniesArgs,
  ): Promise<Connection<Company>> {
    return searchCompanies(ctx, args);
  }
}
