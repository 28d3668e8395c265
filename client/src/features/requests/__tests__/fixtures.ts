import type { MockLink } from '@apollo/client/testing';
import { adminViewer, portalFooterMock, viewerMock } from '../../../../test/mocks';
import {
  PortalsDocument,
  TicketDocument,
  TicketsDocument,
  type DocumentLinkFieldsFragment,
  type TicketFilter,
  type TicketStatus,
} from '../../../gql/graphql';

const HOUR = 3600_000;
export const hoursAgo = (h: number) => new Date(Date.now() - h * HOUR).toISOString();
export const inHours = (h: number) => new Date(Date.now() + h * HOUR).toISOString();

const anna = adminViewer.representative;
export const reporter = {
  __typename: 'Representative' as const,
  id: anna.id,
  name: anna.name,
  email: anna.email,
};
export const peter = {
  __typename: 'Representative' as const,
  id: 'r0000000-0000-4000-8000-000000000002',
  name: 'Péter Nagy',
  email: 'peter@volt.test',
};

const type = (id: string, name: string, children: Array<{ id: string; name: string }> = []) => ({
  __typename: 'RequestType' as const,
  id,
  name,
  children: children.map((c) => ({ __typename: 'RequestType' as const, ...c, children: [] })),
});

export const customerService = {
  __typename: 'Portal' as const,
  key: 'CUSTOMER_SERVICE' as const,
  name: 'Customer service',
  requestTypeGroups: [
    {
      __typename: 'RequestTypeGroup' as const,
      id: 'g-orders',
      name: 'Orders and deliveries',
      types: [
        type('t-order-status', 'Order status'),
        type('t-delivery', 'Delivery problem', [
          { id: 't-late', name: 'Late delivery' },
          { id: 't-damaged', name: 'Damaged parcel' },
        ]),
      ],
    },
    {
      __typename: 'RequestTypeGroup' as const,
      id: 'g-invoices',
      name: 'Invoices and payments',
      types: [type('t-invoice', 'Invoice correction')],
    },
  ],
};

export const technicalAssistance = {
  __typename: 'Portal' as const,
  key: 'TECHNICAL_ASSISTANCE' as const,
  name: 'Technical assistance',
  requestTypeGroups: [
    {
      __typename: 'RequestTypeGroup' as const,
      id: 'g-products',
      name: 'Products',
      types: [type('t-question', 'Technical question'), type('t-compat', 'Compatibility')],
    },
  ],
};

export function portalsMock(
  portals: object[] = [customerService, technicalAssistance],
): MockLink.MockedResponse {
  return {
    request: { query: PortalsDocument },
    result: { data: { portals } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export interface CommentInput {
  id: string;
  authorType: 'CUSTOMER' | 'AGENT' | 'SYSTEM';
  authorName: string;
  body: string;
  internal?: boolean;
  statusChange?: TicketStatus | null;
  createdAt?: string;
}

export const comment = (c: CommentInput) => ({
  __typename: 'TicketComment' as const,
  internal: false,
  statusChange: null,
  createdAt: hoursAgo(1),
  ...c,
});

function baseTicket() {
  return {
    __typename: 'Ticket' as const,
    id: 'ti000000-0000-4000-8000-000000000012',
    key: 'CS-12',
    portalKey: 'CUSTOMER_SERVICE' as 'CUSTOMER_SERVICE' | 'TECHNICAL_ASSISTANCE',
    status: 'WAITING_FOR_SUPPORT' as TicketStatus,
    subject: 'Order ZAM/2026/000123 arrived damaged',
    description: 'Three boxes were crushed; photos are on the delivery note.',
    createdAt: hoursAgo(30),
    lastActivityAt: hoursAgo(2),
    resolvedAt: null as string | null,
    closedAt: null as string | null,
    autoResolveAt: null as string | null,
    autoCloseAt: null as string | null,
    requestType: {
      __typename: 'RequestType' as const,
      id: 't-damaged',
      name: 'Damaged parcel',
      fullName: 'Delivery problem › Damaged parcel',
    },
    reporter,
    assignee: null as { __typename: 'Agent'; id: string; name: string } | null,
    links: [] as DocumentLinkFieldsFragment[],
    participants: [] as Array<typeof peter>,
    attachments: [] as Array<{
      __typename: 'Attachment';
      id: string;
      fileName: string;
      contentType: string;
      size: number;
      url: string;
      createdAt: string;
    }>,
    comments: [] as Array<ReturnType<typeof comment>>,
  };
}

export function ticket(overrides: Partial<ReturnType<typeof baseTicket>> = {}) {
  return { ...baseTicket(), ...overrides };
}

/** The summary fields of a request, as the list asks for them. */
export function listed(t: ReturnType<typeof ticket>) {
  return {
    __typename: 'Ticket' as const,
    id: t.id,
    key: t.key,
    portalKey: t.portalKey,
    status: t.status,
    subject: t.subject,
    createdAt: t.createdAt,
    lastActivityAt: t.lastActivityAt,
    requestType: t.requestType,
    reporter: t.reporter,
  };
}

export function connection(
  nodes: object[],
  pageInfo: { hasNextPage: boolean; endCursor: string | null } = {
    hasNextPage: false,
    endCursor: null,
  },
) {
  return {
    tickets: {
      __typename: 'TicketConnection' as const,
      edges: nodes.map((node, i) => ({
        __typename: 'TicketEdge' as const,
        cursor: `c${i}`,
        node,
      })),
      pageInfo: { __typename: 'PageInfo' as const, ...pageInfo },
    },
  };
}

export function ticketsMock(
  filter: TicketFilter,
  nodes: object[],
  options: { after?: string; hasNextPage?: boolean; endCursor?: string | null } = {},
): MockLink.MockedResponse {
  return {
    request: {
      query: TicketsDocument,
      variables: { filter, first: 20, ...(options.after ? { after: options.after } : {}) },
    },
    result: {
      data: connection(nodes, {
        hasNextPage: options.hasNextPage ?? false,
        endCursor: options.endCursor ?? null,
      }),
    },
  };
}

export function ticketMock(t: ReturnType<typeof ticket>): MockLink.MockedResponse {
  return {
    request: { query: TicketDocument, variables: { key: t.key } },
    result: { data: { ticket: t } },
  };
}

/** A representative of a contracted company, signed in. */
export const customer = (viewer: object = adminViewer) => [
  portalFooterMock,
  viewerMock(viewer),
  portalsMock(),
];
