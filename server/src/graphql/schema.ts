import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
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
import { CompanyResolver } from '../modules/accounts/company/company.resolver';
import { CompanyDirectoryResolver } from '../modules/accounts/company/company.directory.resolver';
import { ReturnRequestCompanyResolver } from '../modules/returns/return-request/return-request.company.resolver';
import { ReturnStepsResolver } from '../modules/returns/return-request/return-request.steps.resolver';
import { TicketCompanyResolver } from '../modules/support/ticket/ticket.company.resolver';
import { RepresentativeResolver } from '../modules/accounts/representative/representative.resolver';
import { SystemResolver } from './system/system.resolver';
import { RequestTypeResolver } from '../modules/support/request-type/request-type.resolver';
import { TicketResolver } from '../modules/support/ticket/ticket.resolver';
import { authChecker } from './auth-checker';

export const resolvers = [
  SystemResolver,
  AuthResolver,
  CompanyResolver,
  RepresentativeResolver,
  CatalogResolver,
  BasketResolver,
  OrderResolver,
  InvoiceResolver,
  ReturnRequestResolver,
  InvoiceLineReturnsResolver,
  TicketResolver,
  RequestTypeResolver,
  ReturnItemPhotosResolver,
  TicketAttachmentsResolver,
  CompanyDirectoryResolver,
  ReturnStepsResolver,
  ReturnRequestCompanyResolver,
  TicketCompanyResolver,
] as const;

export async function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...resolvers],
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
