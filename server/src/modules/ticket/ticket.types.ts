import { Field, ID, ObjectType } from 'type-graphql';
import { PortalKey } from './ticket.entity';

@ObjectType('RequestType', { description: 'A request type, or (as a child) its sub-category.' })
export class RequestTypeType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: "In the viewer's language." })
  name: string;

  @Field(() => [RequestTypeType])
  children: RequestTypeType[];
}

@ObjectType('RequestTypeGroup')
export class RequestTypeGroupType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => [RequestTypeType])
  types: RequestTypeType[];
}

@ObjectType('Portal', { description: 'A support portal the viewer may use.' })
export class PortalType {
  @Field(() => PortalKey)
  key: PortalKey;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'The country whose public holidays count (ISO 3166).' })
  calendarCountry: string;

  @Field(() => String, { description: 'The time zone of its business days.' })
  timeZone: string;

  @Field(() => [RequestTypeGroupType])
  requestTypeGroups: RequestTypeGroupType[];
}

@ObjectType('TicketParticipant')
export class TicketParticipantType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String)
  email: string;
}
