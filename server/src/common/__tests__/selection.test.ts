import {
  Kind,
  parse,
  type FieldNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { selectedFieldNames, selects } from '../selection';

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

describe('selectedFieldNames', () => {
  const REPORTER = ['edges', 'node', 'reporter'];
  const names = (query: string) => [...selectedFieldNames(infoOf(query), REPORTER)].sort();

  it('names the fields asked inside the path, by field name, through fragments and aliases', () => {
    expect(names('{ tickets { edges { node { reporter { id name } } } } }')).toEqual([
      'id',
      'name',
    ]);
    expect(
      names(
        'query { tickets { ...Page } } fragment Page on TicketConnection { edges { node { key reporter { ...Who } } } } fragment Who on Representative { who: name ... on Representative { email __typename } }',
      ),
    ).toEqual(['__typename', 'email', 'name']);
    // Two occurrences of the path: the union.
    expect(
      names(
        '{ tickets { edges { node { reporter { name } } } more: edges { node { reporter { createdAt } } } } }',
      ),
    ).toEqual(['createdAt', 'name']);
  });

  it('is empty when the path is not asked for', () => {
    expect(names('{ tickets { edges { node { key subject } } } }')).toEqual([]);
  });
});
