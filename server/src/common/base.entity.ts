import { Field, ID, InterfaceType } from 'type-graphql';
import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * id, createdAt, updatedAt: the columns every table has. Entities that double as GraphQL
 * types (named explicitly with @ObjectType('Name')) expose these three fields too.
 */
@InterfaceType('Node', {
  description: 'Every stored record: a stable id and when it was created and last changed.',
})
export abstract class BaseEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
