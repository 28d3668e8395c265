import {
  ArrayMaxSize,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { PageArgs } from '../../../common/connection';
import { TICKET_LIMITS } from '../../../../../shared/src/tickets';
import { MAX_DOCUMENT_LINKS } from '../../../../../shared/src/document-links';
import { PortalKey } from '../request-type/request-type.entity';
import { DocumentLinkInput } from '../ticket-link/ticket-link.inputs';
import { SlaFilter, TicketOrder } from '../sla/sla.types';
import { TicketStatus } from './ticket.entity';

@InputType()
export class CreateTicketInput {
  @Field(() => PortalKey)
  portalKey: PortalKey;

  @Field(() => ID, { description: 'A request type (or sub-category) of that portal.' })
  requestTypeId: string;

  @Field(() => String, { description: 'With specifics: order id, inbound shipment id, SKU, date.' })
  @IsString()
  @Length(TICKET_LIMITS.subject.min, TICKET_LIMITS.subject.max)
  subject: string;

  @Field(() => String, { description: 'Where many cases are affected, give several examples.' })
  @IsString()
  @Length(TICKET_LIMITS.description.min, TICKET_LIMITS.description.max)
  description: string;

  @Field(() => [DocumentLinkInput], {
    nullable: true,
    description:
      "Documents the request is about: the company's own orders, invoices and returns, or products. Another company's: NOT_FOUND.",
  })
  @IsOptional()
  @ArrayMaxSize(MAX_DOCUMENT_LINKS)
  @ValidateNested({ each: true })
  links?: DocumentLinkInput[];
}

export enum TicketScope {
  MINE = 'MINE',
  COMPANY = 'COMPANY',
}
registerEnumType(TicketScope, {
  name: 'TicketScope',
  description: 'MINE: reported by or shared with me; COMPANY: all of my company.',
});

export enum AssigneeFilter {
  UNASSIGNED = 'UNASSIGNED',
  ME = 'ME',
}
registerEnumType(AssigneeFilter, { name: 'AssigneeFilter' });

@InputType()
export class TicketFilter {
  @Field(() => [TicketStatus], { nullable: true, description: 'Without it: open requests only.' })
  @IsOptional()
  @ArrayMaxSize(20)
  statuses?: TicketStatus[];

  @Field(() => String, { nullable: true, description: 'Words of the key, subject or description.' })
  @IsOptional()
  @MaxLength(TICKET_LIMITS.search.max)
  search?: string;

  @Field(() => TicketScope, { nullable: true, defaultValue: TicketScope.COMPANY })
  @IsOptional()
  scope?: TicketScope;

  @Field(() => PortalKey, { nullable: true })
  @IsOptional()
  portalKey?: PortalKey;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  requestTypeId?: string;

  @Field(() => AssigneeFilter, { nullable: true, description: 'Staff: unassigned, or mine.' })
  @IsOptional()
  assignee?: AssigneeFilter;

  @Field(() => ID, { nullable: true, description: 'Staff: one company.' })
  @IsOptional()
  companyId?: string;

  @Field(() => Int, { nullable: true, description: 'Staff: created at least this many days ago.' })
  @IsOptional()
  @Min(0)
  @Max(3650)
  olderThanDays?: number;

  @Field(() => SlaFilter, { nullable: true, description: 'Staff: by the service-level clocks.' })
  @IsOptional()
  sla?: SlaFilter;
}

@ArgsType()
export class TicketsArgs extends PageArgs {
  @Field(() => TicketFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: TicketFilter;

  @Field(() => TicketOrder, { nullable: true, defaultValue: TicketOrder.LAST_ACTIVITY })
  @IsOptional()
  orderBy?: TicketOrder;
}
