import type { MockLink } from '@apollo/client/testing';
import {
  GettingStartedDocument,
  PortalFooterDocument,
  PortalHomeDocument,
  ViewerDocument,
} from '../src/gql/graphql';

export const appInfo = {
  __typename: 'AppInfo',
  name: 'B2B Customer Portal',
  version: '1.2.3',
  supportEmail: 'help@portal.test',
  locales: ['en', 'uk', 'hu', 'pl'],
} as const;

export const portalHomeMock: MockLink.MockedResponse = {
  request: { query: PortalHomeDocument },
  // Asked again whenever the language changes.
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: { data: { appInfo } },
};

export const portalHomeErrorMock: MockLink.MockedResponse = {
  request: { query: PortalHomeDocument },
  error: new Error('Failed to fetch'),
};

export const portalFooterMock: MockLink.MockedResponse = {
  request: { query: PortalFooterDocument },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      appInfo: {
        __typename: 'AppInfo',
        supportEmail: appInfo.supportEmail,
        version: appInfo.version,
      },
    },
  },
};

// ---- Accounts: who is signed in ----

export const company = {
  __typename: 'Company',
  id: 'c0000000-0000-4000-8000-000000000001',
  name: 'Volt Distribution Sp. z o.o.',
  taxId: '5260001246',
  country: 'PL',
  contracted: true,
  taxIdConfirmed: true,
} as const;

type Role = 'ADMIN' | 'MEMBER';

export function representative(
  overrides: Partial<{
    id: string;
    email: string;
    name: string | null;
    role: Role;
    locale: string;
  }> = {},
) {
  return {
    __typename: 'Representative' as const,
    id: 'r0000000-0000-4000-8000-000000000001',
    email: 'anna@volt.test',
    name: 'Anna Kowalska' as string | null,
    role: 'ADMIN' as Role,
    status: 'ACTIVE' as const,
    locale: 'en',
    ...overrides,
  };
}

export function representativeViewer(rep = representative()) {
  return {
    __typename: 'Viewer' as const,
    kind: 'REPRESENTATIVE' as const,
    representative: rep,
    company,
    agent: null,
  };
}

export const adminViewer = representativeViewer();
export const memberViewer = representativeViewer(
  representative({
    id: 'r0000000-0000-4000-8000-000000000002',
    email: 'peter@volt.test',
    name: 'Péter Nagy',
    role: 'MEMBER',
  }),
);

export const agentViewer = {
  __typename: 'Viewer' as const,
  kind: 'AGENT' as const,
  representative: null,
  company: null,
  agent: {
    __typename: 'Agent' as const,
    id: 'a0000000-0000-4000-8000-000000000001',
    name: 'Olena Shevchenko',
    email: 'agent@seller.test',
    locale: 'en',
  },
};

/** The Viewer query's answer: null when signed out. Answers as often as it is asked. */
export function viewerMock(viewer: object | null): MockLink.MockedResponse {
  return {
    request: { query: ViewerDocument },
    result: { data: { viewer } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** A GraphQL error answer as the server words it (errors[].extensions.code …). */
export function graphqlError(
  message: string,
  extensions: Record<string, unknown>,
): { data: null; errors: Array<{ message: string; extensions: Record<string, unknown> }> } {
  return { data: null, errors: [{ message, extensions }] };
}

/** An administrator's first-steps checklist on the home page (nothing done yet). */
export const gettingStartedMock: MockLink.MockedResponse = {
  request: { query: GettingStartedDocument },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      gettingStarted: {
        __typename: 'GettingStarted',
        billingAddress: false,
        colleaguesInvited: false,
        firstOrderOrRequest: false,
        complete: false,
      },
    },
  },
};
