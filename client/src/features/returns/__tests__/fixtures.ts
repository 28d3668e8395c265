import type { MockLink } from '@apollo/client/testing';
import {
  ReturnRequestTicketsDocument,
  CheckInvoiceDocument,
  ReturnRequestDocument,
  type ReturnRequestFieldsFragment,
} from '../../../gql/graphql';

/** Test data of the returns feature (not a test file: jest runs *.test.tsx only). */

export const ALL_MET = {
  __typename: 'ReturnConditions' as const,
  complete: true,
  noSignsOfUse: true,
  undamaged: true,
  originalPackaging: true,
  properlyPacked: true,
  merchantable: true,
  disconnected: true,
};

export const invoice = {
  __typename: 'Invoice' as const,
  id: 'i0000000-0000-4000-8000-000000000815',
  number: 'ERP/2026/0815',
  issuedAt: '2026-02-10T09:00:00.000Z',
  lines: [
    {
      __typename: 'InvoiceLine' as const,
      id: 'l0000000-0000-4000-8000-000000000001',
      lineNo: 1,
      sku: 'CAM-4K-01',
      name: 'IP camera 4K',
      quantity: 10,
      returnableQuantity: 3,
    },
    {
      __typename: 'InvoiceLine' as const,
      id: 'l0000000-0000-4000-8000-000000000002',
      lineNo: 2,
      sku: 'PSU-12V',
      name: 'Power supply 12 V',
      quantity: 2,
      returnableQuantity: 0,
    },
  ],
};

export const checkInvoiceMock = (number = invoice.number): MockLink.MockedResponse => ({
  request: { query: CheckInvoiceDocument, variables: { number } },
  result: { data: { checkInvoice: invoice } },
});

// The generated types leave __typename out; the cache wants it in answers.
type Typed<T, N extends string> = T & { __typename: N };
type Item = Typed<ReturnRequestFieldsFragment['items'][number], 'ReturnItem'>;
type Event = Typed<ReturnRequestFieldsFragment['events'][number], 'ReturnEvent'>;
type Request = Typed<ReturnRequestFieldsFragment, 'ReturnRequest'>;

export function returnItem(overrides: Partial<Item> = {}): Item {
  return {
    __typename: 'ReturnItem',
    id: 'ri000000-0000-4000-8000-000000000001',
    invoiceNumber: invoice.number,
    sku: 'CAM-4K-01',
    name: 'IP camera 4K',
    quantity: 2,
    reason: 'DEFECTIVE',
    conditions: ALL_MET,
    meetsConditions: true,
    serialNumber: null,
    faultDescription: null,
    status: 'PENDING',
    resolution: null,
    serviceStage: null,
    decisionNote: null,
    purchaseDate: null,
    accessories: null,
    creditAmount: null,
    currency: null,
    carrier: null,
    trackingNumber: null,
    warrantyProof: [],
    photos: [],
    ...overrides,
  };
}

type Photo = Typed<Item['photos'][number], 'Attachment'>;

export function returnPhoto(overrides: Partial<Photo> = {}): Photo {
  const id = overrides.id ?? 'p0000000-0000-4000-8000-000000000001';
  return {
    __typename: 'Attachment',
    id,
    fileName: 'scratched-housing.jpg',
    contentType: 'image/jpeg',
    size: 240 * 1024,
    url: `/attachments/${id}`,
    ...overrides,
  };
}

export function returnEvent(overrides: Partial<Event> = {}): Event {
  return {
    __typename: 'ReturnEvent',
    id: 'e0000000-0000-4000-8000-000000000001',
    type: 'SUBMITTED',
    actorType: 'CUSTOMER',
    actorName: 'Anna Kowalska',
    note: null,
    sku: null,
    statusAfter: 'SUBMITTED',
    stage: null,
    carrier: null,
    trackingNumber: null,
    createdAt: '2026-03-02T10:00:00.000Z',
    ...overrides,
  };
}

export function returnRequest(overrides: Partial<ReturnRequestFieldsFragment> = {}): Request {
  const rmaNumber = overrides.rmaNumber ?? 'RMA-2026-000042';
  return {
    __typename: 'ReturnRequest',
    id: 'rr000000-0000-4000-8000-000000000042',
    rmaNumber,
    kind: 'RETURN',
    status: 'SUBMITTED',
    returnAddress: null,
    shipBackAddress: null,
    createdAt: '2026-03-02T10:00:00.000Z',
    closedAt: null,
    labelUrl: `/returns/${rmaNumber}/label.pdf`,
    creditNoteNumber: null,
    company: {
      __typename: 'Company',
      id: 'c0000000-0000-4000-8000-000000000001',
      name: 'Kamera Serwis Sp. z o.o.',
      taxId: '5260250274',
      contracted: true,
    } as ReturnRequestFieldsFragment['company'],
    items: [returnItem()],
    events: [returnEvent()],
    ...overrides,
  };
}

export const returnRequestMock = (
  request: ReturnRequestFieldsFragment,
  usage = 1,
): MockLink.MockedResponse => ({
  request: { query: ReturnRequestDocument, variables: { rmaNumber: request.rmaNumber } },
  // The page asks for the requests about the return with it (none here).
  result: { data: { returnRequest: { ...request, tickets: [] } } },
  maxUsageCount: usage,
});

/** The requests about a return (none), which its customer page asks for beside the return. */
export const returnTicketsMock = (
  request: { id: string; rmaNumber: string },
  usage = 5,
): MockLink.MockedResponse => ({
  request: { query: ReturnRequestTicketsDocument, variables: { rmaNumber: request.rmaNumber } },
  result: {
    data: { returnRequest: { __typename: 'ReturnRequest', id: request.id, tickets: [] } },
  },
  maxUsageCount: usage,
});
