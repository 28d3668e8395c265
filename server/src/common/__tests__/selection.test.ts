import {
  Kind,
  parse,
  type FieldNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { selects } from '../selection';

/** The resolve info of the operation's first root field (what `selects` reads of it). */
function infoOf(query: string): GraphQLResolveInfo {
  const doc = parse(query);
  const op = doc.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    doc.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [],
    ),
  );
  return {
    fieldNodes: [op.selectionSet.selections[0] as FieldNode],
    fragments,
  } as unknown as GraphQLResolveInfo;
}

const PATH = ['edges', 'node', 'items'];

describe('selects', () => {
  it('finds a field asked directly, through inline fragments and through named fragments', () => {
    expect(selects(infoOf('{ returnRequests { edges { node { items { id } } } } }'), PATH)).toBe(
      true,
    );
    expect(
      selects(
        infoOf(
          '{ returnRequests { edges { ... on ReturnRequestEdge { node { items { id } } } } } }',
        ),
        PATH,
      ),
    ).toBe(true);
    expect(
      selects(
        infoOf(
          'query { returnRequests { ...Page } } fragment Page on ReturnRequestConnection { edges { node { ...Row } } } fragment Row on ReturnRequest { rmaNumber items { sku } }',
        ),
        PATH,
      ),
    ).toBe(true);
  });

  it('says no when the rows do not ask for the field', () => {
    expect(selects(infoOf('{ returnRequests { edges { node { id rmaNumber } } } }'), PATH)).toBe(
      false,
    );
    expect(selects(infoOf('{ returnRequests { pageInfo { hasNextPage } } }'), PATH)).toBe(false);
    expect(selects(infoOf('{ returnRequests { edges { cursor items: cursor } } }'), PATH)).toBe(
      false,
    );
  });
});
