import type { MockLink } from '@apollo/client/testing';
import { PortalFooterDocument, PortalHomeDocument } from '../src/gql/graphql';

export const appInfo = {
  __typename: 'AppInfo',
  name: 'B2B Customer Portal',
  version: '1.2.3',
  supportEmail: 'help@portal.test',
  locales: ['en', 'uk', 'hu', 'pl'],
} as const;

export const portalHomeMock: MockLink.MockedResponse = {
  request: { query: PortalHomeDocument },
  result: { data: { appInfo } },
};

export const portalHomeErrorMock: MockLink.MockedResponse = {
  request: { query: PortalHomeDocument },
  error: new Error('Failed to fetch'),
};

export const portalFooterMock: MockLink.MockedResponse = {
  request: { query: PortalFooterDocument },
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
