import { Agent } from '../modules/agent/agent.entity';
import { ApiToken } from '../modules/auth/api-token.entity';
import { OneTimeToken } from '../modules/auth/one-time-token.entity';
import { Session } from '../modules/auth/session.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { Attachment } from '../modules/attachment/attachment.entity';
import { Company } from '../modules/company/company.entity';
import { Representative } from '../modules/representative/representative.entity';
import { OutboxEmail } from '../mail/outbox.entity';
import { BasketItem } from '../modules/basket/basket-item.entity';
import { Product } from '../modules/catalog/product.entity';
import { Invoice, InvoiceLine, NumberSequence } from '../modules/invoice/invoice.entity';
import { Order, OrderLine } from '../modules/order/order.entity';
import {
  ReturnEvent,
  ReturnItem,
  ReturnRequest,
} from '../modules/return-request/return-request.entity';
import {
  Portal,
  RequestType,
  RequestTypeGroup,
  Ticket,
  TicketComment,
  TicketParticipant,
} from '../modules/ticket/ticket.entity';

/** Every entity of the server, in one list (no globs: the same list works compiled and in tests). */
export const entities = [
  AuditEvent,
  Company,
  Representative,
  Agent,
  ApiToken,
  Session,
  OneTimeToken,
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
  TicketParticipant,
  TicketComment,
  Attachment,
];
