import { Field, ObjectType } from 'type-graphql';

@ObjectType('AppInfo', { description: 'What this portal is and how to reach its support.' })
export class AppInfo {
  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'The server version (package.json).' })
  version: string;

  @Field(() => String, { description: 'The support address shown to users.' })
  supportEmail: string;

  @Field(() => [String], { description: 'The languages the portal speaks (BCP 47).' })
  locales: string[];

  @Field(() => Date, { description: 'The server clock, handy to check time zones.' })
  serverTime: Date;
}
