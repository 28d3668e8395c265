/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { DocumentNode } from 'graphql';
import * as ApolloReactHooks from '@apollo/client/react';
const defaultOptions = {} as const;
export type PortalFooterQueryVariables = Exact<{ [key: string]: never }>;

export type PortalFooterQuery = { appInfo: { supportEmail: string; version: string } };

export type PortalHomeQueryVariables = Exact<{ [key: string]: never }>;

export type PortalHomeQuery = {
  appInfo: { name: string; version: string; supportEmail: string; locales: Array<string> };
};

export const PortalFooterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PortalFooter' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appInfo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'supportEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __usePortalFooterQuery__
 *
 * To run a query within a React component, call `usePortalFooterQuery` and pass it any options that fit your needs.
 * When your component renders, `usePortalFooterQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = usePortalFooterQuery({
 *   variables: {
 *   },
 * });
 */
export function usePortalFooterQuery(
  baseOptions?: ApolloReactHooks.useQuery.Options<PortalFooterQuery, PortalFooterQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<PortalFooterQuery, PortalFooterQueryVariables>(
    PortalFooterDocument,
    options,
  );
}
export function usePortalFooterLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<
    PortalFooterQuery,
    PortalFooterQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<PortalFooterQuery, PortalFooterQueryVariables>(
    PortalFooterDocument,
    options,
  );
}
export function usePortalFooterSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.useSuspenseQuery.Options<PortalFooterQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<PortalFooterQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<PortalFooterQuery, PortalFooterQueryVariables>(
    PortalFooterDocument,
    options,
  );
}
export type PortalFooterQueryHookResult = ReturnType<typeof usePortalFooterQuery>;
export type PortalFooterLazyQueryHookResult = ReturnType<typeof usePortalFooterLazyQuery>;
export type PortalFooterSuspenseQueryHookResult = ReturnType<typeof usePortalFooterSuspenseQuery>;
export type PortalFooterQueryResult = ApolloReactHooks.useQuery.Result<
  PortalFooterQuery,
  PortalFooterQueryVariables
>;
export const PortalHomeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PortalHome' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appInfo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'supportEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locales' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __usePortalHomeQuery__
 *
 * To run a query within a React component, call `usePortalHomeQuery` and pass it any options that fit your needs.
 * When your component renders, `usePortalHomeQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = usePortalHomeQuery({
 *   variables: {
 *   },
 * });
 */
export function usePortalHomeQuery(
  baseOptions?: ApolloReactHooks.useQuery.Options<PortalHomeQuery, PortalHomeQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<PortalHomeQuery, PortalHomeQueryVariables>(
    PortalHomeDocument,
    options,
  );
}
export function usePortalHomeLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<PortalHomeQuery, PortalHomeQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<PortalHomeQuery, PortalHomeQueryVariables>(
    PortalHomeDocument,
    options,
  );
}
export function usePortalHomeSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.useSuspenseQuery.Options<PortalHomeQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<PortalHomeQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<PortalHomeQuery, PortalHomeQueryVariables>(
    PortalHomeDocument,
    options,
  );
}
export type PortalHomeQueryHookResult = ReturnType<typeof usePortalHomeQuery>;
export type PortalHomeLazyQueryHookResult = ReturnType<typeof usePortalHomeLazyQuery>;
export type PortalHomeSuspenseQueryHookResult = ReturnType<typeof usePortalHomeSuspenseQuery>;
export type PortalHomeQueryResult = ApolloReactHooks.useQuery.Result<
  PortalHomeQuery,
  PortalHomeQueryVariables
>;
