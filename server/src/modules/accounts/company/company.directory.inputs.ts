import { IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../../../common/connection';

@ArgsType()
export class CompaniesArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Any part of the name, or the start of the tax ID.',
  })
  @IsOptional()
  @MaxLength(200)
  search?: string;
}
