import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { LiveBus } from '../context/live-events';
import { StaffQueueResolver } from './live/staff-queue.resolver';
import {
  ReturnItemPhotosResolver,
  TicketAttachmentsResolver,
} from '../modules/returns/attachment/attachment.resolver';
import { AuthResolver } from '../modules/accounts/auth/auth.resolver';
import { BasketResolver } from '../modules/shop/basket/basket.resolver';
import { CatalogResolver } from '../modules/shop/catalog/catalog.resolver';
import { InvoiceResolver } from '../modules/shop/invoice/invoice.resolver';
import { OrderResolver } from '../modules/shop/order/order.resolver';
import {
  InvoiceLineReturnsResolver,
  ReturnRequestResolver,
} from '../modules/returns/return-request/return-request.resolver';
import { JoinRequestResolver } from '../modules/accounts/join-request/join-request.resolver';
import { CompanyResolver } from '../modules/accounts/company/company.resolver';
import {
  AddressResolver,
  CompanyAddressFieldsResolver,
} from '../modules/accounts/address/address.resolver';
import { CompanyDirectoryResolver } from '../modules/accounts/company/company.directory.resolver';
import { ReturnRequestCompanyResolver } from '../modules/returns/return-request/return-request.company.resolver';
import { ReturnStepsResolver } from '../modules/returns/return-request/return-request.steps.resolver';
import { TicketCompanyResolver } from '../modules/support/ticket/ticket.company.resolver';
import { RepresentativeResolver } from '../modules/accounts/representative/representative.resolver';
import { SystemResolver } from './system/system.resolver';
import { RequestTypeResolver } from '../modules/support/request-type/request-type.resolver';
import { SatisfactionResolver } from '../modules/support/satisfaction/satisfaction.resolver';
import {
  RequestTypeServiceLevelResolver,
  TicketServiceLevelResolver,
} from '../modules/support/sla/sla.resolver';
import { TicketResolver } from '../modules/support/ticket/ticket.resolver';
import {
  InvoiceTicketsResolver,
  OrderTicketsResolver,
  ReturnRequestTicketsResolver,
  TicketLinksResolver,
} from '../modules/support/ticket-link/ticket-link.resolver';
import { authChecker } from './auth-checker';
import { memoizeValidationMetadata } from './validation-metadata';

export const resolvers = [
  SystemResolver,
  AuthResolver,
  CompanyResolver,
  AddressResolver,
  CompanyAddressFieldsResolver,
  RepresentativeResolver,
  JoinRequestResolver,
  CatalogResolver,
  BasketResolver,
  OrderResolver,
  InvoiceResolver,
  ReturnRequestResolver,
  InvoiceLineReturnsResolver,
  TicketResolver,
  SatisfactionResolver,
  RequestTypeResolver,
  ReturnItemPhotosResolver,
  TicketAttachmentsResolver,
  StaffQueueResolver,
  TicketLinksResolver,
  OrderTicketsResolver,
  InvoiceTicketsResolver,
  ReturnRequestTicketsResolver,
  TicketServiceLevelResolver,
  RequestTypeServiceLevelResolver,
  CompanyDirectoryResolver,
  ReturnStepsResolver,
  ReturnRequestCompanyResolver,
  TicketCompanyResolver,
] as const;

/** `pubSub`: the app's live bus (app.ts); printing the schema needs none of its own. */
export async function buildAppSchema(
  pubSub: PubSub = new LiveBus({ crossProcess: false }).asPubSub(),
): Promise<GraphQLSchema> {
  memoizeValidationMetadata();
  return buildSchema({
    resolvers: [...resolvers],
    pubSub,
    // type-graphql 2 leaves class-validator off unless asked: every input class is validated.
    validate: { forbidUnknownValues: false },
    authChecker,
    // NUL bytes and lone surrogates never reach a service (nor PostgreSQL, nor the audit jsonb).
    // Not signed in: UNAUTHENTICATED; signed in without the role: FORBIDDEN.
    authMode: 'error',
    emitSchemaFile: false,
  });
}

/** The SDL committed as schema.graphql; sorted so that it diffs cleanly. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
