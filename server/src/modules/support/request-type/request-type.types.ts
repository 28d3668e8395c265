import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsString, Length } from 'class-validator';
import { PortalKey } from './request-type.entity';

@ObjectType('LocalizedNames')
export class LocalizedNames {
  @Field(() => String) en: string;
  @Field(() => String) uk: string;
  @Field(() => String) hu: string;
  @Field(() => String) pl: string;
}

@InputType()
export class LocalizedNamesInput {
  @Field(() => String) @IsString() @Length(1, 120) en: string;
  @Field(() => String) @IsString() @Length(1, 120) uk: string;
  @Field(() => String) @IsString() @Length(1, 120) hu: string;
  @Field(() => String) @IsString() @Length(1, 120) pl: string;
}

@ObjectType('RequestType', {
  description: 'A request type, or (as a child) its sub-category.',
  simpleResolvers: true,
})
export class RequestTypeType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: "In the viewer's language." })
  name: string;

  @Field(() => LocalizedNames, { description: 'All four languages (for staff editing them).' })
  names: LocalizedNames;

  @Field(() => Boolean, {
    description:
      'Inactive types are hidden from customers (staff: portals(includeInactive: true)).',
  })
  active: boolean;

  @Field(() => [RequestTypeType])
  children: RequestTypeType[];

  /** The type a sub-category belongs to (for fullName); null for a type. */
  parentId: string | null;
}

@ObjectType('RequestTypeGroup')
export class RequestTypeGroupType {
  @Field(() => ID)
  id: string;

  @Field(() => LocalizedNames)
  names: LocalizedNames;

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
