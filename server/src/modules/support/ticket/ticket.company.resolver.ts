import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../context/request-context';
import { companyLoader } from '../../accounts/company/company.directory';
import { Company } from '../../accounts/company/company.entity';
import { Ticket } from './ticket.entity';

@Resolver(() => Ticket)
export class TicketCompanyResolver {
  @FieldResolver(() => Company, {
    nullable: true,
    description: 'Who the customer is (name, taxId, contracted), for staff pages and queues.',
  })
  company(@Root() t: Ticket, @Ctx() ctx: RequestContext): Promise<Company | null> {
    return companyLoader(ctx).load(t.companyId);
  }
}
