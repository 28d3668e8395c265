import { Agent } from '../modules/accounts/agent/agent.entity';
import { ApiToken } from '../modules/accounts/auth/api-token.entity';
import { OneTimeToken } from '../modules/accounts/auth/one-time-token.entity';
import { Session } from '../modules/accounts/auth/session.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { Attachment } from '../modules/returns/attachment/attachment.entity';
import { Company } from '../modules/accounts/company/company.entity';
import { JoinRequest } from '../modules/accounts/join-request/join-request.entity';
import { CompanyAddress } from '../modules/accounts/address/address.entity';
import { Representative } from '../modules/accounts/representative/representative.entity';
import { OutboxEmail } from '../mail/outbox.entity';
import { EmailReplyToken } from '../mail/reply-token.entity';
import { InboundEmail } from '../mail/inbound-email.entity';
import { BasketItem } from '../modules/shop/basket/basket-item.entity';
import { Product } from '../modules/shop/catalog/product.entity';
import { Invoice, InvoiceLine, NumberSequence } from '../modules/shop/invoice/invoice.entity';
import { Order, OrderLine } from '../modules/shop/order/order.entity';
import {
  ReturnEvent,
  ReturnItem,
  ReturnRequest,
} from '../modules/returns/return-request/return-request.entity';
import {
  Portal,
  RequestType,
  RequestTypeGroup,
} from '../modules/support/request-type/request-type.entity';
import { TicketSatisfaction } from '../modules/support/satisfaction/satisfaction.entity';
import { ServiceLevelTarget, TicketSla } from '../modules/support/sla/sla.entity';
import {
  Ticket,
  TicketComment,
  TicketParticipant,
  TicketSearch,
} from '../modules/support/ticket/ticket.entity';
import { TicketLink } from '../modules/support/ticket-link/ticket-link.entity';

/** Every entity of the server, in one list (no globs: the same list works compiled and in tests). */
export const entities = [
  AuditEvent,
  Company,
  CompanyAddress,
  Representative,
  Agent,
  ApiToken,
  Session,
  OneTimeToken,
  JoinRequest,
  OutboxEmail,
  Product,
  BasketItem,
  Order,
  OrderLine,
  Invoice,
  InvoiceLine,
  NumberSequence,
  ReturnRequest,
  ReturnItem,
  ReturnEvent,
  Portal,
  RequestTypeGroup,
  RequestType,
  Ticket,
  TicketSearch,
  TicketParticipant,
  TicketComment,
  TicketSatisfaction,
  TicketLink,
  Attachment,
  EmailReplyToken,
  InboundEmail,
  ServiceLevelTarget,
  TicketSla,
];
