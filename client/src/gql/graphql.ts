/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { DocumentNode } from 'graphql';
import * as ApolloReactHooks from '@apollo/client/react';
const defaultOptions = {} as const;
export type InviteRepresentativeInput = {
  email: string;
  /** The invitation's language; defaults to yours. */
  locale?: string | null | undefined;
  role?: RepresentativeRole;
};

export type LinkState = 'EXPIRED' | 'USED' | 'VALID';

export type OnboardCompanyInput = {
  /** The email the seller has on file for the first user. */
  adminEmail: string;
  contracted?: boolean;
  country: string;
  locale?: string | null | undefined;
  name: string;
  taxId: string;
};

export type RegisterCompanyInput = {
  /** The shop is for resale only (article 3 of the terms): must be true. */
  acceptResaleTerms: boolean;
  companyName: string;
  /** ISO 3166 alpha-2, e.g. PL, HU, UA. */
  country: string;
  email: string;
  /** en, uk, hu or pl; defaults to the browser language. */
  locale?: string | null | undefined;
  /** The administrator's name. */
  name: string;
  password: string;
  /** VAT number, NIP, adószám, Ukrainian tax number …; any formatting. */
  taxId: string;
};

/** ADMIN manages the company's account and colleagues; MEMBER uses the portal. */
export type RepresentativeRole = 'ADMIN' | 'MEMBER';

export type RepresentativeStatus = 'ACTIVE' | 'DISABLED' | 'INVITED';

export type UpdateCompanyInput = {
  addressLine1?: string | null | undefined;
  addressLine2?: string | null | undefined;
  city?: string | null | undefined;
  name?: string | null | undefined;
  postalCode?: string | null | undefined;
};

export type UpdateProfileInput = {
  /** en, uk, hu or pl */
  locale?: string | null | undefined;
  name?: string | null | undefined;
};

export type ViewerKind = 'AGENT' | 'API_TOKEN' | 'REPRESENTATIVE';

export type CompanyFieldsFragment = {
  id: string;
  name: string;
  taxId: string;
  country: string;
  contracted: boolean;
  addressLine1: string | null;
  addressLine2: string | null;
  postalCode: string | null;
  city: string | null;
};

export type LogOutMutationVariables = Exact<{ [key: string]: never }>;

export type LogOutMutation = { logOut: boolean };

export type PortalFooterQueryVariables = Exact<{ [key: string]: never }>;

export type PortalFooterQuery = { appInfo: { supportEmail: string; version: string } };

export type ViewerQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerQuery = {
  viewer: {
    kind: ViewerKind;
    representative: {
      id: string;
      email: string;
      name: string | null;
      role: RepresentativeRole;
      status: RepresentativeStatus;
      locale: string;
    } | null;
    company: {
      id: string;
      name: string;
      taxId: string;
      country: string;
      contracted: boolean;
      addressLine1: string | null;
      addressLine2: string | null;
      postalCode: string | null;
      city: string | null;
    } | null;
    agent: { id: string; name: string; email: string; locale: string } | null;
  } | null;
};

export type ViewerFieldsFragment = {
  kind: ViewerKind;
  representative: {
    id: string;
    email: string;
    name: string | null;
    role: RepresentativeRole;
    status: RepresentativeStatus;
    locale: string;
  } | null;
  company: {
    id: string;
    name: string;
    taxId: string;
    country: string;
    contracted: boolean;
    addressLine1: string | null;
    addressLine2: string | null;
    postalCode: string | null;
    city: string | null;
  } | null;
  agent: { id: string; name: string; email: string; locale: string } | null;
};

export type ActivateRepresentativeMutationVariables = Exact<{
  token: string;
  password: string;
  name: string;
}>;

export type ActivateRepresentativeMutation = {
  activateRepresentative: {
    kind: ViewerKind;
    representative: {
      id: string;
      email: string;
      name: string | null;
      role: RepresentativeRole;
      status: RepresentativeStatus;
      locale: string;
    } | null;
    company: {
      id: string;
      name: string;
      taxId: string;
      country: string;
      contracted: boolean;
      addressLine1: string | null;
      addressLine2: string | null;
      postalCode: string | null;
      city: string | null;
    } | null;
    agent: { id: string; name: string; email: string; locale: string } | null;
  };
};

export type LinkInfoQueryVariables = Exact<{
  token: string;
}>;

export type LinkInfoQuery = {
  link: { state: LinkState; email: string; companyName: string } | null;
};

export type LogInMutationVariables = Exact<{
  email: string;
  password: string;
}>;

export type LogInMutation = {
  logIn: {
    kind: ViewerKind;
    representative: {
      id: string;
      email: string;
      name: string | null;
      role: RepresentativeRole;
      status: RepresentativeStatus;
      locale: string;
    } | null;
    company: {
      id: string;
      name: string;
      taxId: string;
      country: string;
      contracted: boolean;
      addressLine1: string | null;
      addressLine2: string | null;
      postalCode: string | null;
      city: string | null;
    } | null;
    agent: { id: string; name: string; email: string; locale: string } | null;
  };
};

export type RegisterCompanyMutationVariables = Exact<{
  input: RegisterCompanyInput;
}>;

export type RegisterCompanyMutation = {
  registerCompany: {
    kind: ViewerKind;
    representative: {
      id: string;
      email: string;
      name: string | null;
      role: RepresentativeRole;
      status: RepresentativeStatus;
      locale: string;
    } | null;
    company: {
      id: string;
      name: string;
      taxId: string;
      country: string;
      contracted: boolean;
      addressLine1: string | null;
      addressLine2: string | null;
      postalCode: string | null;
      city: string | null;
    } | null;
    agent: { id: string; name: string; email: string; locale: string } | null;
  };
};

export type RequestNewActivationLinkMutationVariables = Exact<{
  token: string;
}>;

export type RequestNewActivationLinkMutation = { requestNewActivationLink: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;

export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;

export type ResetPasswordMutation = { resetPassword: boolean };

export type ChangeRepresentativeRoleMutationVariables = Exact<{
  id: string | number;
  role: RepresentativeRole;
}>;

export type ChangeRepresentativeRoleMutation = {
  changeRepresentativeRole: {
    id: string;
    email: string;
    name: string | null;
    role: RepresentativeRole;
    status: RepresentativeStatus;
    locale: string;
    invitedAt: string | null;
    activatedAt: string | null;
  };
};

export type DisableRepresentativeMutationVariables = Exact<{
  id: string | number;
}>;

export type DisableRepresentativeMutation = {
  disableRepresentative: {
    id: string;
    email: string;
    name: string | null;
    role: RepresentativeRole;
    status: RepresentativeStatus;
    locale: string;
    invitedAt: string | null;
    activatedAt: string | null;
  };
};

export type EnableRepresentativeMutationVariables = Exact<{
  id: string | number;
}>;

export type EnableRepresentativeMutation = {
  enableRepresentative: {
    id: string;
    email: string;
    name: string | null;
    role: RepresentativeRole;
    status: RepresentativeStatus;
    locale: string;
    invitedAt: string | null;
    activatedAt: string | null;
  };
};

export type InviteRepresentativeMutationVariables = Exact<{
  input: InviteRepresentativeInput;
}>;

export type InviteRepresentativeMutation = {
  inviteRepresentative: {
    id: string;
    email: string;
    name: string | null;
    role: RepresentativeRole;
    status: RepresentativeStatus;
    locale: string;
    invitedAt: string | null;
    activatedAt: string | null;
  };
};

export type RepresentativeFieldsFragment = {
  id: string;
  email: string;
  name: string | null;
  role: RepresentativeRole;
  status: RepresentativeStatus;
  locale: string;
  invitedAt: string | null;
  activatedAt: string | null;
};

export type RepresentativesQueryVariables = Exact<{ [key: string]: never }>;

export type RepresentativesQuery = {
  representatives: Array<{
    id: string;
    email: string;
    name: string | null;
    role: RepresentativeRole;
    status: RepresentativeStatus;
    locale: string;
    invitedAt: string | null;
    activatedAt: string | null;
  }>;
};

export type ResendInvitationMutationVariables = Exact<{
  id: string | number;
}>;

export type ResendInvitationMutation = {
  resendInvitation: {
    id: string;
    email: string;
    name: string | null;
    role: RepresentativeRole;
    status: RepresentativeStatus;
    locale: string;
    invitedAt: string | null;
    activatedAt: string | null;
  };
};

export type RevokeInvitationMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeInvitationMutation = { revokeInvitation: boolean };

export type UpdateCompanyMutationVariables = Exact<{
  input: UpdateCompanyInput;
}>;

export type UpdateCompanyMutation = {
  updateCompany: {
    id: string;
    name: string;
    taxId: string;
    country: string;
    contracted: boolean;
    addressLine1: string | null;
    addressLine2: string | null;
    postalCode: string | null;
    city: string | null;
  };
};

export type PortalHomeQueryVariables = Exact<{ [key: string]: never }>;

export type PortalHomeQuery = {
  appInfo: { name: string; version: string; supportEmail: string; locales: Array<string> };
};

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;

export type ChangePasswordMutation = { changePassword: boolean };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;

export type UpdateProfileMutation = {
  updateProfile: { id: string; name: string | null; locale: string };
};

export type OnboardCompanyMutationVariables = Exact<{
  input: OnboardCompanyInput;
}>;

export type OnboardCompanyMutation = {
  onboardCompany: {
    id: string;
    name: string;
    taxId: string;
    country: string;
    contracted: boolean;
    addressLine1: string | null;
    addressLine2: string | null;
    postalCode: string | null;
    city: string | null;
  };
};

export const CompanyFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CompanyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Company' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contracted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addressLine1' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addressLine2' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const ViewerFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Viewer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'representative' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'company' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CompanyFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CompanyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Company' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contracted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addressLine1' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addressLine2' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const RepresentativeFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RepresentativeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Representative' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const LogOutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LogOut' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'logOut' } }],
      },
    },
  ],
} as unknown as DocumentNode;
export type LogOutMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  LogOutMutation,
  LogOutMutationVariables
>;

/**
 * __useLogOutMutation__
 *
 * To run a mutation, you first call `useLogOutMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useLogOutMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [logOutMutation, { data, loading, error }] = useLogOutMutation({
 *   variables: {
 *   },
 * });
 */
export function useLogOutMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<LogOutMutation, LogOutMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<LogOutMutation, LogOutMutationVariables>(
    LogOutDocument,
    options,
  );
}
export type LogOutMutationHookResult = ReturnType<typeof useLogOutMutation>;
export type LogOutMutationResult = ApolloReactHooks.useMutation.Result<LogOutMutation>;
export type LogOutMutationOptions = ApolloReactHooks.useMutation.Options<
  LogOutMutation,
  LogOutMutationVariables
>;
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
export const ViewerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Viewer' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ViewerFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CompanyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Company' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contracted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addressLine1' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addressLine2' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Viewer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'representative' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'company' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CompanyFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useViewerQuery__
 *
 * To run a query within a React component, call `useViewerQuery` and pass it any options that fit your needs.
 * When your component renders, `useViewerQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useViewerQuery({
 *   variables: {
 *   },
 * });
 */
export function useViewerQuery(
  baseOptions?: ApolloReactHooks.useQuery.Options<ViewerQuery, ViewerQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<ViewerQuery, ViewerQueryVariables>(ViewerDocument, options);
}
export function useViewerLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<ViewerQuery, ViewerQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<ViewerQuery, ViewerQueryVariables>(ViewerDocument, options);
}
export function useViewerSuspenseQuery(
  baseOptions?:
    ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<ViewerQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<ViewerQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<ViewerQuery, ViewerQueryVariables>(
    ViewerDocument,
    options,
  );
}
export type ViewerQueryHookResult = ReturnType<typeof useViewerQuery>;
export type ViewerLazyQueryHookResult = ReturnType<typeof useViewerLazyQuery>;
export type ViewerSuspenseQueryHookResult = ReturnType<typeof useViewerSuspenseQuery>;
export type ViewerQueryResult = ApolloReactHooks.useQuery.Result<ViewerQuery, ViewerQueryVariables>;
export const ActivateRepresentativeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ActivateRepresentative' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activateRepresentative' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ViewerFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CompanyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Company' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contracted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addressLine1' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addressLine2' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Viewer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'representative' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'company' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CompanyFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type ActivateRepresentativeMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  ActivateRepresentativeMutation,
  ActivateRepresentativeMutationVariables
>;

/**
 * __useActivateRepresentativeMutation__
 *
 * To run a mutation, you first call `useActivateRepresentativeMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useActivateRepresentativeMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [activateRepresentativeMutation, { data, loading, error }] = useActivateRepresentativeMutation({
 *   variables: {
 *      token: // value for 'token'
 *      password: // value for 'password'
 *      name: // value for 'name'
 *   },
 * });
 */
export function useActivateRepresentativeMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    ActivateRepresentativeMutation,
    ActivateRepresentativeMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    ActivateRepresentativeMutation,
    ActivateRepresentativeMutationVariables
  >(ActivateRepresentativeDocument, options);
}
export type ActivateRepresentativeMutationHookResult = ReturnType<
  typeof useActivateRepresentativeMutation
>;
export type ActivateRepresentativeMutationResult =
  ApolloReactHooks.useMutation.Result<ActivateRepresentativeMutation>;
export type ActivateRepresentativeMutationOptions = ApolloReactHooks.useMutation.Options<
  ActivateRepresentativeMutation,
  ActivateRepresentativeMutationVariables
>;
export const LinkInfoDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LinkInfo' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'link' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'companyName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useLinkInfoQuery__
 *
 * To run a query within a React component, call `useLinkInfoQuery` and pass it any options that fit your needs.
 * When your component renders, `useLinkInfoQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useLinkInfoQuery({
 *   variables: {
 *      token: // value for 'token'
 *   },
 * });
 */
export function useLinkInfoQuery(
  baseOptions: ApolloReactHooks.useQuery.Options<LinkInfoQuery, LinkInfoQueryVariables> &
    ({ variables: LinkInfoQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<LinkInfoQuery, LinkInfoQueryVariables>(
    LinkInfoDocument,
    options,
  );
}
export function useLinkInfoLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<LinkInfoQuery, LinkInfoQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<LinkInfoQuery, LinkInfoQueryVariables>(
    LinkInfoDocument,
    options,
  );
}
export function useLinkInfoSuspenseQuery(
  baseOptions?:
    ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<LinkInfoQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<LinkInfoQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<LinkInfoQuery, LinkInfoQueryVariables>(
    LinkInfoDocument,
    options,
  );
}
export type LinkInfoQueryHookResult = ReturnType<typeof useLinkInfoQuery>;
export type LinkInfoLazyQueryHookResult = ReturnType<typeof useLinkInfoLazyQuery>;
export type LinkInfoSuspenseQueryHookResult = ReturnType<typeof useLinkInfoSuspenseQuery>;
export type LinkInfoQueryResult = ApolloReactHooks.useQuery.Result<
  LinkInfoQuery,
  LinkInfoQueryVariables
>;
export const LogInDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LogIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'logIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ViewerFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CompanyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Company' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contracted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addressLine1' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addressLine2' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Viewer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'representative' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'company' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CompanyFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type LogInMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  LogInMutation,
  LogInMutationVariables
>;

/**
 * __useLogInMutation__
 *
 * To run a mutation, you first call `useLogInMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useLogInMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [logInMutation, { data, loading, error }] = useLogInMutation({
 *   variables: {
 *      email: // value for 'email'
 *      password: // value for 'password'
 *   },
 * });
 */
export function useLogInMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<LogInMutation, LogInMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<LogInMutation, LogInMutationVariables>(
    LogInDocument,
    options,
  );
}
export type LogInMutationHookResult = ReturnType<typeof useLogInMutation>;
export type LogInMutationResult = ApolloReactHooks.useMutation.Result<LogInMutation>;
export type LogInMutationOptions = ApolloReactHooks.useMutation.Options<
  LogInMutation,
  LogInMutationVariables
>;
export const RegisterCompanyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RegisterCompany' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegisterCompanyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerCompany' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ViewerFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CompanyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Company' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contracted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addressLine1' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addressLine2' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Viewer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'representative' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'company' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CompanyFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type RegisterCompanyMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  RegisterCompanyMutation,
  RegisterCompanyMutationVariables
>;

/**
 * __useRegisterCompanyMutation__
 *
 * To run a mutation, you first call `useRegisterCompanyMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useRegisterCompanyMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [registerCompanyMutation, { data, loading, error }] = useRegisterCompanyMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useRegisterCompanyMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    RegisterCompanyMutation,
    RegisterCompanyMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<RegisterCompanyMutation, RegisterCompanyMutationVariables>(
    RegisterCompanyDocument,
    options,
  );
}
export type RegisterCompanyMutationHookResult = ReturnType<typeof useRegisterCompanyMutation>;
export type RegisterCompanyMutationResult =
  ApolloReactHooks.useMutation.Result<RegisterCompanyMutation>;
export type RegisterCompanyMutationOptions = ApolloReactHooks.useMutation.Options<
  RegisterCompanyMutation,
  RegisterCompanyMutationVariables
>;
export const RequestNewActivationLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestNewActivationLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestNewActivationLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type RequestNewActivationLinkMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  RequestNewActivationLinkMutation,
  RequestNewActivationLinkMutationVariables
>;

/**
 * __useRequestNewActivationLinkMutation__
 *
 * To run a mutation, you first call `useRequestNewActivationLinkMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useRequestNewActivationLinkMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [requestNewActivationLinkMutation, { data, loading, error }] = useRequestNewActivationLinkMutation({
 *   variables: {
 *      token: // value for 'token'
 *   },
 * });
 */
export function useRequestNewActivationLinkMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    RequestNewActivationLinkMutation,
    RequestNewActivationLinkMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    RequestNewActivationLinkMutation,
    RequestNewActivationLinkMutationVariables
  >(RequestNewActivationLinkDocument, options);
}
export type RequestNewActivationLinkMutationHookResult = ReturnType<
  typeof useRequestNewActivationLinkMutation
>;
export type RequestNewActivationLinkMutationResult =
  ApolloReactHooks.useMutation.Result<RequestNewActivationLinkMutation>;
export type RequestNewActivationLinkMutationOptions = ApolloReactHooks.useMutation.Options<
  RequestNewActivationLinkMutation,
  RequestNewActivationLinkMutationVariables
>;
export const RequestPasswordResetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPasswordReset' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestPasswordReset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type RequestPasswordResetMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  RequestPasswordResetMutation,
  RequestPasswordResetMutationVariables
>;

/**
 * __useRequestPasswordResetMutation__
 *
 * To run a mutation, you first call `useRequestPasswordResetMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useRequestPasswordResetMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [requestPasswordResetMutation, { data, loading, error }] = useRequestPasswordResetMutation({
 *   variables: {
 *      email: // value for 'email'
 *   },
 * });
 */
export function useRequestPasswordResetMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    RequestPasswordResetMutation,
    RequestPasswordResetMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    RequestPasswordResetMutation,
    RequestPasswordResetMutationVariables
  >(RequestPasswordResetDocument, options);
}
export type RequestPasswordResetMutationHookResult = ReturnType<
  typeof useRequestPasswordResetMutation
>;
export type RequestPasswordResetMutationResult =
  ApolloReactHooks.useMutation.Result<RequestPasswordResetMutation>;
export type RequestPasswordResetMutationOptions = ApolloReactHooks.useMutation.Options<
  RequestPasswordResetMutation,
  RequestPasswordResetMutationVariables
>;
export const ResetPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResetPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resetPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type ResetPasswordMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  ResetPasswordMutation,
  ResetPasswordMutationVariables
>;

/**
 * __useResetPasswordMutation__
 *
 * To run a mutation, you first call `useResetPasswordMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useResetPasswordMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [resetPasswordMutation, { data, loading, error }] = useResetPasswordMutation({
 *   variables: {
 *      token: // value for 'token'
 *      password: // value for 'password'
 *   },
 * });
 */
export function useResetPasswordMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    ResetPasswordMutation,
    ResetPasswordMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<ResetPasswordMutation, ResetPasswordMutationVariables>(
    ResetPasswordDocument,
    options,
  );
}
export type ResetPasswordMutationHookResult = ReturnType<typeof useResetPasswordMutation>;
export type ResetPasswordMutationResult =
  ApolloReactHooks.useMutation.Result<ResetPasswordMutation>;
export type ResetPasswordMutationOptions = ApolloReactHooks.useMutation.Options<
  ResetPasswordMutation,
  ResetPasswordMutationVariables
>;
export const ChangeRepresentativeRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangeRepresentativeRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RepresentativeRole' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeRepresentativeRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'role' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RepresentativeFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RepresentativeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Representative' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type ChangeRepresentativeRoleMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  ChangeRepresentativeRoleMutation,
  ChangeRepresentativeRoleMutationVariables
>;

/**
 * __useChangeRepresentativeRoleMutation__
 *
 * To run a mutation, you first call `useChangeRepresentativeRoleMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useChangeRepresentativeRoleMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [changeRepresentativeRoleMutation, { data, loading, error }] = useChangeRepresentativeRoleMutation({
 *   variables: {
 *      id: // value for 'id'
 *      role: // value for 'role'
 *   },
 * });
 */
export function useChangeRepresentativeRoleMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    ChangeRepresentativeRoleMutation,
    ChangeRepresentativeRoleMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    ChangeRepresentativeRoleMutation,
    ChangeRepresentativeRoleMutationVariables
  >(ChangeRepresentativeRoleDocument, options);
}
export type ChangeRepresentativeRoleMutationHookResult = ReturnType<
  typeof useChangeRepresentativeRoleMutation
>;
export type ChangeRepresentativeRoleMutationResult =
  ApolloReactHooks.useMutation.Result<ChangeRepresentativeRoleMutation>;
export type ChangeRepresentativeRoleMutationOptions = ApolloReactHooks.useMutation.Options<
  ChangeRepresentativeRoleMutation,
  ChangeRepresentativeRoleMutationVariables
>;
export const DisableRepresentativeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DisableRepresentative' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'disableRepresentative' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RepresentativeFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RepresentativeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Representative' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type DisableRepresentativeMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  DisableRepresentativeMutation,
  DisableRepresentativeMutationVariables
>;

/**
 * __useDisableRepresentativeMutation__
 *
 * To run a mutation, you first call `useDisableRepresentativeMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDisableRepresentativeMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [disableRepresentativeMutation, { data, loading, error }] = useDisableRepresentativeMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useDisableRepresentativeMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    DisableRepresentativeMutation,
    DisableRepresentativeMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    DisableRepresentativeMutation,
    DisableRepresentativeMutationVariables
  >(DisableRepresentativeDocument, options);
}
export type DisableRepresentativeMutationHookResult = ReturnType<
  typeof useDisableRepresentativeMutation
>;
export type DisableRepresentativeMutationResult =
  ApolloReactHooks.useMutation.Result<DisableRepresentativeMutation>;
export type DisableRepresentativeMutationOptions = ApolloReactHooks.useMutation.Options<
  DisableRepresentativeMutation,
  DisableRepresentativeMutationVariables
>;
export const EnableRepresentativeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EnableRepresentative' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enableRepresentative' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RepresentativeFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RepresentativeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Representative' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type EnableRepresentativeMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  EnableRepresentativeMutation,
  EnableRepresentativeMutationVariables
>;

/**
 * __useEnableRepresentativeMutation__
 *
 * To run a mutation, you first call `useEnableRepresentativeMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useEnableRepresentativeMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [enableRepresentativeMutation, { data, loading, error }] = useEnableRepresentativeMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useEnableRepresentativeMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    EnableRepresentativeMutation,
    EnableRepresentativeMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    EnableRepresentativeMutation,
    EnableRepresentativeMutationVariables
  >(EnableRepresentativeDocument, options);
}
export type EnableRepresentativeMutationHookResult = ReturnType<
  typeof useEnableRepresentativeMutation
>;
export type EnableRepresentativeMutationResult =
  ApolloReactHooks.useMutation.Result<EnableRepresentativeMutation>;
export type EnableRepresentativeMutationOptions = ApolloReactHooks.useMutation.Options<
  EnableRepresentativeMutation,
  EnableRepresentativeMutationVariables
>;
export const InviteRepresentativeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'InviteRepresentative' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'InviteRepresentativeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inviteRepresentative' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RepresentativeFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RepresentativeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Representative' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type InviteRepresentativeMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  InviteRepresentativeMutation,
  InviteRepresentativeMutationVariables
>;

/**
 * __useInviteRepresentativeMutation__
 *
 * To run a mutation, you first call `useInviteRepresentativeMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useInviteRepresentativeMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [inviteRepresentativeMutation, { data, loading, error }] = useInviteRepresentativeMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useInviteRepresentativeMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    InviteRepresentativeMutation,
    InviteRepresentativeMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    InviteRepresentativeMutation,
    InviteRepresentativeMutationVariables
  >(InviteRepresentativeDocument, options);
}
export type InviteRepresentativeMutationHookResult = ReturnType<
  typeof useInviteRepresentativeMutation
>;
export type InviteRepresentativeMutationResult =
  ApolloReactHooks.useMutation.Result<InviteRepresentativeMutation>;
export type InviteRepresentativeMutationOptions = ApolloReactHooks.useMutation.Options<
  InviteRepresentativeMutation,
  InviteRepresentativeMutationVariables
>;
export const RepresentativesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Representatives' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'representatives' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RepresentativeFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RepresentativeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Representative' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useRepresentativesQuery__
 *
 * To run a query within a React component, call `useRepresentativesQuery` and pass it any options that fit your needs.
 * When your component renders, `useRepresentativesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useRepresentativesQuery({
 *   variables: {
 *   },
 * });
 */
export function useRepresentativesQuery(
  baseOptions?: ApolloReactHooks.useQuery.Options<
    RepresentativesQuery,
    RepresentativesQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<RepresentativesQuery, RepresentativesQueryVariables>(
    RepresentativesDocument,
    options,
  );
}
export function useRepresentativesLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<
    RepresentativesQuery,
    RepresentativesQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<RepresentativesQuery, RepresentativesQueryVariables>(
    RepresentativesDocument,
    options,
  );
}
export function useRepresentativesSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.useSuspenseQuery.Options<RepresentativesQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<RepresentativesQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<RepresentativesQuery, RepresentativesQueryVariables>(
    RepresentativesDocument,
    options,
  );
}
export type RepresentativesQueryHookResult = ReturnType<typeof useRepresentativesQuery>;
export type RepresentativesLazyQueryHookResult = ReturnType<typeof useRepresentativesLazyQuery>;
export type RepresentativesSuspenseQueryHookResult = ReturnType<
  typeof useRepresentativesSuspenseQuery
>;
export type RepresentativesQueryResult = ApolloReactHooks.useQuery.Result<
  RepresentativesQuery,
  RepresentativesQueryVariables
>;
export const ResendInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResendInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resendInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RepresentativeFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RepresentativeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Representative' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type ResendInvitationMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  ResendInvitationMutation,
  ResendInvitationMutationVariables
>;

/**
 * __useResendInvitationMutation__
 *
 * To run a mutation, you first call `useResendInvitationMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useResendInvitationMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [resendInvitationMutation, { data, loading, error }] = useResendInvitationMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useResendInvitationMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    ResendInvitationMutation,
    ResendInvitationMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<ResendInvitationMutation, ResendInvitationMutationVariables>(
    ResendInvitationDocument,
    options,
  );
}
export type ResendInvitationMutationHookResult = ReturnType<typeof useResendInvitationMutation>;
export type ResendInvitationMutationResult =
  ApolloReactHooks.useMutation.Result<ResendInvitationMutation>;
export type ResendInvitationMutationOptions = ApolloReactHooks.useMutation.Options<
  ResendInvitationMutation,
  ResendInvitationMutationVariables
>;
export const RevokeInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type RevokeInvitationMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  RevokeInvitationMutation,
  RevokeInvitationMutationVariables
>;

/**
 * __useRevokeInvitationMutation__
 *
 * To run a mutation, you first call `useRevokeInvitationMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useRevokeInvitationMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [revokeInvitationMutation, { data, loading, error }] = useRevokeInvitationMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useRevokeInvitationMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    RevokeInvitationMutation,
    RevokeInvitationMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<RevokeInvitationMutation, RevokeInvitationMutationVariables>(
    RevokeInvitationDocument,
    options,
  );
}
export type RevokeInvitationMutationHookResult = ReturnType<typeof useRevokeInvitationMutation>;
export type RevokeInvitationMutationResult =
  ApolloReactHooks.useMutation.Result<RevokeInvitationMutation>;
export type RevokeInvitationMutationOptions = ApolloReactHooks.useMutation.Options<
  RevokeInvitationMutation,
  RevokeInvitationMutationVariables
>;
export const UpdateCompanyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateCompany' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateCompanyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateCompany' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CompanyFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CompanyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Company' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contracted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addressLine1' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addressLine2' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type UpdateCompanyMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  UpdateCompanyMutation,
  UpdateCompanyMutationVariables
>;

/**
 * __useUpdateCompanyMutation__
 *
 * To run a mutation, you first call `useUpdateCompanyMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useUpdateCompanyMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [updateCompanyMutation, { data, loading, error }] = useUpdateCompanyMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useUpdateCompanyMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    UpdateCompanyMutation,
    UpdateCompanyMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<UpdateCompanyMutation, UpdateCompanyMutationVariables>(
    UpdateCompanyDocument,
    options,
  );
}
export type UpdateCompanyMutationHookResult = ReturnType<typeof useUpdateCompanyMutation>;
export type UpdateCompanyMutationResult =
  ApolloReactHooks.useMutation.Result<UpdateCompanyMutation>;
export type UpdateCompanyMutationOptions = ApolloReactHooks.useMutation.Options<
  UpdateCompanyMutation,
  UpdateCompanyMutationVariables
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
export const ChangePasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangePassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'currentPassword' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'newPassword' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changePassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'currentPassword' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'currentPassword' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'newPassword' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'newPassword' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type ChangePasswordMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  ChangePasswordMutation,
  ChangePasswordMutationVariables
>;

/**
 * __useChangePasswordMutation__
 *
 * To run a mutation, you first call `useChangePasswordMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useChangePasswordMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [changePasswordMutation, { data, loading, error }] = useChangePasswordMutation({
 *   variables: {
 *      currentPassword: // value for 'currentPassword'
 *      newPassword: // value for 'newPassword'
 *   },
 * });
 */
export function useChangePasswordMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    ChangePasswordMutation,
    ChangePasswordMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<ChangePasswordMutation, ChangePasswordMutationVariables>(
    ChangePasswordDocument,
    options,
  );
}
export type ChangePasswordMutationHookResult = ReturnType<typeof useChangePasswordMutation>;
export type ChangePasswordMutationResult =
  ApolloReactHooks.useMutation.Result<ChangePasswordMutation>;
export type ChangePasswordMutationOptions = ApolloReactHooks.useMutation.Options<
  ChangePasswordMutation,
  ChangePasswordMutationVariables
>;
export const UpdateProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateProfileInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateProfile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type UpdateProfileMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  UpdateProfileMutation,
  UpdateProfileMutationVariables
>;

/**
 * __useUpdateProfileMutation__
 *
 * To run a mutation, you first call `useUpdateProfileMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useUpdateProfileMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [updateProfileMutation, { data, loading, error }] = useUpdateProfileMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useUpdateProfileMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    UpdateProfileMutation,
    UpdateProfileMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<UpdateProfileMutation, UpdateProfileMutationVariables>(
    UpdateProfileDocument,
    options,
  );
}
export type UpdateProfileMutationHookResult = ReturnType<typeof useUpdateProfileMutation>;
export type UpdateProfileMutationResult =
  ApolloReactHooks.useMutation.Result<UpdateProfileMutation>;
export type UpdateProfileMutationOptions = ApolloReactHooks.useMutation.Options<
  UpdateProfileMutation,
  UpdateProfileMutationVariables
>;
export const OnboardCompanyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OnboardCompany' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'OnboardCompanyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onboardCompany' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CompanyFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CompanyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Company' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contracted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addressLine1' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addressLine2' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type OnboardCompanyMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  OnboardCompanyMutation,
  OnboardCompanyMutationVariables
>;

/**
 * __useOnboardCompanyMutation__
 *
 * To run a mutation, you first call `useOnboardCompanyMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useOnboardCompanyMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [onboardCompanyMutation, { data, loading, error }] = useOnboardCompanyMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useOnboardCompanyMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    OnboardCompanyMutation,
    OnboardCompanyMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<OnboardCompanyMutation, OnboardCompanyMutationVariables>(
    OnboardCompanyDocument,
    options,
  );
}
export type OnboardCompanyMutationHookResult = ReturnType<typeof useOnboardCompanyMutation>;
export type OnboardCompanyMutationResult =
  ApolloReactHooks.useMutation.Result<OnboardCompanyMutation>;
export type OnboardCompanyMutationOptions = ApolloReactHooks.useMutation.Options<
  OnboardCompanyMutation,
  OnboardCompanyMutationVariables
>;
