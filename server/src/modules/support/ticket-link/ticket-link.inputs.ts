import { IsEnum, IsString, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DocumentLinkKind } from './ticket-link.entity';

@InputType({ description: 'A document the request is about.' })
export class DocumentLinkInput {
  @Field(() => DocumentLinkKind)
  @IsEnum(DocumentLinkKind)
  kind: DocumentLinkKind;

  @Field(() => ID, { description: "The order's, invoice's, return's or product's id." })
  @IsString()
  @MaxLength(64)
  id: string;
}
