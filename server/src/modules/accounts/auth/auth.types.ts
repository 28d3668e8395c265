import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Agent } from '../agent/agent.entity';
import { Company } from '../company/company.entity';
import { Representative } from '../representative/representative.entity';

export enum ViewerKind {
  REPRESENTATIVE = 'REPRESENTATIVE',
  AGENT = 'AGENT',
  API_TOKEN = 'API_TOKEN',
}
registerEnumType(ViewerKind, { name: 'ViewerKind' });

@ObjectType('Viewer', {
  description: 'Who is signed in: a representative (with their company), an agent, or a tool.',
})
export class ViewerType {
  @Field(() => ViewerKind)
  kind: ViewerKind;

  @Field(() => Representative, { nullable: true })
  representative: Representative | null;

  @Field(() => Company, { nullable: true })
  company: Company | null;

  @Field(() => Agent, { nullable: true })
  agent: Agent | null;
}

export enum LinkState {
  VALID = 'VALID',
  EXPIRED = 'EXPIRED',
  USED = 'USED',
}
registerEnumType(LinkState, { name: 'LinkState' });

@ObjectType('LinkInfo', {
  description: 'What an activation or password-reset link is, before it is used.',
})
export class LinkInfoType {
  @Field(() => LinkState)
  state: LinkState;

  @Field(() => String)
  email: string;

  @Field(() => String)
  companyName: string;
}
