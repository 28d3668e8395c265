import { Field, ObjectType } from 'type-graphql';
import type { RequestContext } from '../../context/request-context';
import { representativeOrNull } from '../../context/viewer';
import { CompanyAddress } from '../../modules/accounts/address/address.entity';
import { Representative } from '../../modules/accounts/representative/representative.entity';
import { Order } from '../../modules/shop/order/order.entity';
import { ReturnRequest } from '../../modules/returns/return-request/return-request.entity';
import { Ticket } from '../../modules/support/ticket/ticket.entity';

/** The first steps of a new company, each ticked from what the company really has. */
@ObjectType('GettingStarted')
export class GettingStarted {
  @Field(() => Boolean, { description: 'The company has a billing address.' })
  billingAddress: boolean;

  @Field(() => Boolean, { description: 'Someone besides the first person was invited.' })
  colleaguesInvited: boolean;

  @Field(() => Boolean, {
    description: 'The company placed an order, opened a support request or a return.',
  })
  firstOrderOrRequest: boolean;

  @Field(() => Boolean, { description: 'Every step is done.' })
  get complete(): boolean {
    return this.billingAddress && this.colleaguesInvited && this.firstOrderOrRequest;
  }
}

/**
 * The checklist of the viewer's own company (it spans the domains, hence here at the top
 * layer); null for anyone but a representative.
 */
export async function gettingStarted(ctx: RequestContext): Promise<GettingStarted | null> {
  const viewer = representativeOrNull(ctx);
  if (!viewer) return null;
  const companyId = viewer.company.id;
  const db = ctx.db;
  const [billing, people, order, ticket, rma] = await Promise.all([
    db.getRepository(CompanyAddress).exists({ where: { companyId, kind: 'BILLING' } }),
    db.getRepository(Representative).count({ where: { companyId } }),
    db.getRepository(Order).exists({ where: { companyId } }),
    db.getRepository(Ticket).exists({ where: { companyId } }),
    db.getRepository(ReturnRequest).exists({ where: { companyId } }),
  ]);
  return Object.assign(new GettingStarted(), {
    billingAddress: billing,
    colleaguesInvited: people > 1,
    firstOrderOrRequest: order || ticket || rma,
  });
}
