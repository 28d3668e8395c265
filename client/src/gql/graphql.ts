/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { DocumentNode } from 'graphql';
import * as ApolloReactHooks from '@apollo/client/react';
const defaultOptions = {} as const;
export type AddressInput = {
  /** Recipient, department or attention line. */
  attention?: string | null | undefined;
  city: string;
  /** ISO 3166 alpha-2, e.g. PL, HU, UA. */
  country: string;
  /** In the country's format, e.g. PL 00-950, HU 1051. */
  postalCode: string;
  street: string;
};

/** BILLING: the one address invoices are issued to; SHIPPING: a ship-to address. */
export type AddressKind = 'BILLING' | 'SHIPPING';

export type AssigneeFilter = 'ME' | 'UNASSIGNED';

export type CreateTicketInput = {
  /** Where many cases are affected, give several examples. */
  description: string;
  /** Documents the request is about: the company's own orders, invoices and returns, or products. Another company's: NOT_FOUND. */
  links?: Array<DocumentLinkInput> | null | undefined;
  portalKey: PortalKey;
  /** A request type (or sub-category) of that portal. */
  requestTypeId: string | number;
  /** With specifics: order id, inbound shipment id, SKU, date. */
  subject: string;
};

export type DocumentFilter = {
  /** From this moment (inclusive). */
  from?: string | null | undefined;
  /** Part of the number, whatever its case, spaces or separators: "000123", "zam 2026 123". */
  number?: string | null | undefined;
  /** Before this moment. */
  to?: string | null | undefined;
};

/** A document the request is about. */
export type DocumentLinkInput = {
  /** The order's, invoice's, return's or product's id. */
  id: string | number;
  kind: DocumentLinkKind;
};

/** What a request is about: one of the company's orders, invoices or returns, or a product. */
export type DocumentLinkKind = 'INVOICE' | 'ORDER' | 'PRODUCT' | 'RETURN_REQUEST';

export type InviteRepresentativeInput = {
  email: string;
  /** The invitation's language; defaults to yours. */
  locale?: string | null | undefined;
  role?: RepresentativeRole;
};

/** ASSIGNED: the company sees it. TAX_ID_NOT_CONFIRMED: a company registered this tax ID but an agent has not confirmed it yet. UNKNOWN_BUYER: no company has this country and tax ID. Both waiting kinds are in the staff queue (unmatchedInvoices). */
export type InvoiceMatch = 'ASSIGNED' | 'TAX_ID_NOT_CONFIRMED' | 'UNKNOWN_BUYER';

/** Issued for a portal order, or imported from the ERP. */
export type InvoiceSource = 'ERP' | 'ORDER';

/** CONFIRMED: sent on (the same whether a company has the tax ID or not); EXPIRED: ask again; HAS_ACCOUNT: the address already has an account. */
export type JoinConfirmation = 'CONFIRMED' | 'EXPIRED' | 'HAS_ACCOUNT';

export type JoinRequestStatus = 'APPROVED' | 'DECLINED' | 'PENDING' | 'UNCONFIRMED' | 'UNMATCHED';

export type LinkState = 'EXPIRED' | 'USED' | 'VALID';

export type LocalizedNamesInput = {
  en: string;
  hu: string;
  pl: string;
  uk: string;
};

export type OnboardCompanyInput = {
  /** The email the seller has on file for the first user. */
  adminEmail: string;
  /** The billing address, if known. */
  billingAddress?: AddressInput | null | undefined;
  contracted?: boolean;
  country: string;
  locale?: string | null | undefined;
  name: string;
  taxId: string;
};

export type PlaceOrderInput = {
  /** Goods are bought for resale (article 3 of the terms): must be true. */
  acceptResaleTerms: boolean;
  /** Chosen by the client for this checkout (e.g. a UUID): sending it again returns the same order. */
  idempotencyKey: string;
  /** Your purchase order number or other reference. */
  reference?: string | null | undefined;
};

/** CUSTOMER_SERVICE for contracted customers; TECHNICAL_ASSISTANCE for everyone. */
export type PortalKey = 'CUSTOMER_SERVICE' | 'TECHNICAL_ASSISTANCE';

export type RegisterCompanyInput = {
  /** The shop is for resale only (article 3 of the terms): must be true. */
  acceptResaleTerms: boolean;
  /** The billing address. The portal always asks for it; an API client may leave it out and add it later with saveBillingAddress. */
  billingAddress?: AddressInput | null | undefined;
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

export type RequestToJoinCompanyInput = {
  /** ISO 3166 alpha-2, e.g. PL, HU, UA. */
  country: string;
  /** Confirmed by a link before anyone sees the request. */
  email: string;
  /** en, uk, hu or pl: the language of the e-mails; defaults to the browser language. */
  locale?: string | null | undefined;
  /** The person's name, as the administrators will see it. */
  name: string;
  /** The tax ID of the company, any formatting. */
  taxId: string;
};

export type ReturnCommentInput = {
  body: string;
  returnRequestId: string | number;
};

export type ReturnConditionsInput = {
  /** Complete: all parts and accessories included. */
  complete: boolean;
  /** Disconnected: unplugged and detached from any installation. */
  disconnected: boolean;
  /** In merchantable condition. */
  merchantable: boolean;
  /** No signs of use. */
  noSignsOfUse: boolean;
  /** In the original packaging. */
  originalPackaging: boolean;
  /** Properly prepared for shipping. */
  properlyPacked: boolean;
  /** Undamaged. */
  undamaged: boolean;
};

export type ReturnItemDecision = 'APPROVED' | 'REJECTED';

export type ReturnItemInput = {
  /** Service requests: accessories sent along. */
  accessories?: string | null | undefined;
  /** Required for a return; a service request has no return conditions. */
  conditions?: ReturnConditionsInput | null | undefined;
  /** Required for a service request: what is wrong. */
  faultDescription?: string | null | undefined;
  /** An invoice line from checkInvoice. */
  invoiceLineId: string | number;
  /** Photos uploaded in the wizard (POST /returns/drafts/files), required for DEFECTIVE and DAMAGED_IN_TRANSIT returns (without: PHOTOS_REQUIRED). */
  photoIds?: Array<string | number> | null | undefined;
  /** Service requests: the date of purchase, YYYY-MM-DD (or give warrantyProofId). */
  purchaseDate?: string | null | undefined;
  quantity: number;
  /** Required for a return; a service request gives none. */
  reason?: ReturnReason | null | undefined;
  serialNumber?: string | null | undefined;
  /** Service requests: a warranty proof or purchase receipt uploaded in the wizard. */
  warrantyProofId?: string | number | null | undefined;
};

export type ReturnItemStatus =
  'APPROVED' | 'AUTHORIZED' | 'CANCELED' | 'DENIED' | 'PENDING' | 'RECEIVED' | 'REJECTED';

/** RETURN: goods sent back; SERVICE: warranty or repair. */
export type ReturnKind = 'RETURN' | 'SERVICE';

export type ReturnReason =
  | 'DAMAGED_IN_TRANSIT'
  | 'DEFECTIVE'
  | 'NOT_AS_DESCRIBED'
  | 'NO_LONGER_NEEDED'
  | 'ORDERED_BY_MISTAKE'
  | 'OTHER'
  | 'WARRANTY_REPAIR'
  | 'WRONG_ITEM';

export type ReturnRequestFilter = {
  /** Staff only: one company (pick it with the companies(search) type-ahead). */
  companyId?: string | number | null | undefined;
  kind?: ReturnKind | null | undefined;
  /** Created at least this many days ago (the age of the queue). */
  olderThanDays?: number | null | undefined;
  /** Part of the RMA number. */
  rmaNumber?: string | null | undefined;
  /** Three characters or more of the RMA number, an invoice number, a SKU or a serial number, whatever their case, spaces or separators. */
  search?: string | null | undefined;
  statuses?: Array<ReturnStatus> | null | undefined;
};

export type ReturnResolution = 'REFUND' | 'REPAIR' | 'REPLACE' | 'SHIP_BACK';

/** Derived from the items (shared/src/rma.ts). */
export type ReturnStatus =
  | 'APPROVED'
  | 'AUTHORIZED'
  | 'CANCELED'
  | 'CLOSED'
  | 'DENIED'
  | 'PARTIALLY_APPROVED'
  | 'PARTIALLY_AUTHORIZED'
  | 'RECEIVED'
  | 'REJECTED'
  | 'SUBMITTED';

export type ServiceLevelTargetsInput = {
  firstResponseHours: number;
  resolutionHours: number;
};

/** Workshop stages of a service item. */
export type ServiceStage =
  'DIAGNOSIS' | 'NOT_REPAIRABLE' | 'RECEIVED' | 'REPAIR' | 'REPLACEMENT' | 'SHIPPED_BACK';

/** Staff: BREACHED, a running service-level clock past its due time; DUE_SOON, due within the next business hour. */
export type SlaFilter = 'BREACHED' | 'DUE_SOON';

export type StaffQueue = 'ALL' | 'REQUESTS' | 'RETURNS';

export type SubmitReturnRequestInput = {
  /** Chosen by the client per wizard run: a retried submission returns the same RMA. */
  idempotencyKey: string;
  items: Array<ReturnItemInput>;
  kind: ReturnKind;
  /** Where goods are shipped back, a new address (not one of the company's). Errors: INVALID_POSTAL_CODE. */
  newReturnAddress?: AddressInput | null | undefined;
  /** @deprecated Send returnAddressId or newReturnAddress. Still accepted from API clients as free text, printed as sent. */
  returnAddress?: string | null | undefined;
  /** Where goods are shipped back, one of the company's addresses (companyAddresses). Required (this, newReturnAddress or the older returnAddress) for a service request, and for a return when any product does not meet the return conditions. */
  returnAddressId?: string | number | null | undefined;
};

export type TicketFilter = {
  /** Staff: unassigned, or mine. */
  assignee?: AssigneeFilter | null | undefined;
  /** Staff: one company. */
  companyId?: string | number | null | undefined;
  /** Staff: created at least this many days ago. */
  olderThanDays?: number | null | undefined;
  portalKey?: PortalKey | null | undefined;
  requestTypeId?: string | number | null | undefined;
  scope?: TicketScope | null | undefined;
  /** Words of the key, subject or description. */
  search?: string | null | undefined;
  /** Staff: by the service-level clocks. */
  sla?: SlaFilter | null | undefined;
  /** Without it: open requests only. */
  statuses?: Array<TicketStatus> | null | undefined;
};

/** LAST_ACTIVITY, newest first (default); staff: SLA_DUE, the running service-level clocks soonest due first. */
export type TicketOrder = 'LAST_ACTIVITY' | 'SLA_DUE';

/** MINE: reported by or shared with me; COMPANY: all of my company. */
export type TicketScope = 'COMPANY' | 'MINE';

export type TicketStatus =
  | 'CANCELED'
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'RESOLVED'
  | 'WAITING_FOR_CUSTOMER'
  | 'WAITING_FOR_SUPPORT';

export type UpdateCompanyInput = {
  /** @deprecated Use saveBillingAddress. */
  addressLine1?: string | null | undefined;
  /** @deprecated Use saveBillingAddress. */
  addressLine2?: string | null | undefined;
  /** @deprecated Use saveBillingAddress. */
  city?: string | null | undefined;
  name?: string | null | undefined;
  /** @deprecated Use saveBillingAddress. */
  postalCode?: string | null | undefined;
};

export type UpdateProfileInput = {
  /** en, uk, hu or pl */
  locale?: string | null | undefined;
  name?: string | null | undefined;
};

export type ViewerKind = 'AGENT' | 'API_TOKEN' | 'REPRESENTATIVE';

export type LogOutMutationVariables = Exact<{ [key: string]: never }>;

export type LogOutMutation = { logOut: boolean };

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
      taxIdConfirmed: boolean;
    } | null;
    agent: { id: string; name: string; email: string; locale: string } | null;
  };
};

export type ConfirmJoinRequestMutationVariables = Exact<{
  token: string;
}>;

export type ConfirmJoinRequestMutation = { confirmJoinRequest: JoinConfirmation };

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
      taxIdConfirmed: boolean;
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
      taxIdConfirmed: boolean;
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

export type RequestToJoinCompanyMutationVariables = Exact<{
  input: RequestToJoinCompanyInput;
}>;

export type RequestToJoinCompanyMutation = { requestToJoinCompany: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;

export type ResetPasswordMutation = { resetPassword: boolean };

export type AddShippingAddressMutationVariables = Exact<{
  input: AddressInput;
}>;

export type AddShippingAddressMutation = {
  addShippingAddress: {
    id: string;
    kind: AddressKind;
    attention: string | null;
    street: string;
    postalCode: string;
    city: string;
    country: string;
  };
};

export type ApproveJoinRequestMutationVariables = Exact<{
  id: string | number;
  role: RepresentativeRole;
}>;

export type ApproveJoinRequestMutation = {
  approveJoinRequest: { id: string; status: JoinRequestStatus; role: RepresentativeRole | null };
};

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

export type DeclineJoinRequestMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;

export type DeclineJoinRequestMutation = {
  declineJoinRequest: { id: string; status: JoinRequestStatus; declineReason: string | null };
};

export type DeleteCompanyAddressMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteCompanyAddressMutation = { deleteCompanyAddress: boolean };

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

export type JoinRequestFieldsFragment = {
  id: string;
  name: string;
  email: string;
  status: JoinRequestStatus;
  createdAt: string;
  expiresAt: string | null;
  routedToStaff: boolean;
  company: { id: string; name: string; taxId: string; country: string } | null;
};

export type JoinRequestsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type JoinRequestsQuery = {
  joinRequests: {
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        name: string;
        email: string;
        status: JoinRequestStatus;
        createdAt: string;
        expiresAt: string | null;
        routedToStaff: boolean;
        company: { id: string; name: string; taxId: string; country: string } | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
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

export type SaveBillingAddressMutationVariables = Exact<{
  input: AddressInput;
}>;

export type SaveBillingAddressMutation = {
  saveBillingAddress: {
    id: string;
    kind: AddressKind;
    attention: string | null;
    street: string;
    postalCode: string;
    city: string;
    country: string;
  };
};

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
    taxIdConfirmed: boolean;
  };
};

export type UpdateCompanyAddressMutationVariables = Exact<{
  id: string | number;
  input: AddressInput;
}>;

export type UpdateCompanyAddressMutation = {
  updateCompanyAddress: {
    id: string;
    kind: AddressKind;
    attention: string | null;
    street: string;
    postalCode: string;
    city: string;
    country: string;
  };
};

export type GettingStartedQueryVariables = Exact<{ [key: string]: never }>;

export type GettingStartedQuery = {
  gettingStarted: {
    billingAddress: boolean;
    colleaguesInvited: boolean;
    firstOrderOrRequest: boolean;
    complete: boolean;
  } | null;
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

export type CancelTicketMutationVariables = Exact<{
  ticketId: string | number;
}>;

export type CancelTicketMutation = {
  cancelTicket: {
    id: string;
    key: string;
    portalKey: PortalKey;
    status: TicketStatus;
    subject: string;
    description: string;
    createdAt: string;
    lastActivityAt: string;
    resolvedAt: string | null;
    closedAt: string | null;
    autoResolveAt: string | null;
    autoCloseAt: string | null;
    requestType: { id: string; name: string; fullName: string };
    reporter: { id: string; name: string | null; email: string } | null;
    assignee: { id: string; name: string } | null;
    attachments: Array<{
      id: string;
      fileName: string;
      contentType: string;
      size: number;
      url: string;
      createdAt: string;
    }>;
    links: Array<{
      kind: DocumentLinkKind;
      id: string;
      label: string;
      number: string;
      status: string | null;
      date: string | null;
    }>;
    participants: Array<{ id: string; name: string | null; email: string }>;
    comments: Array<{
      id: string;
      authorType: string;
      authorName: string;
      body: string;
      internal: boolean;
      statusChange: TicketStatus | null;
      createdAt: string;
    }>;
  };
};

export type CommentOnTicketMutationVariables = Exact<{
  ticketId: string | number;
  body: string;
}>;

export type CommentOnTicketMutation = {
  commentOnTicket: {
    id: string;
    key: string;
    portalKey: PortalKey;
    status: TicketStatus;
    subject: string;
    description: string;
    createdAt: string;
    lastActivityAt: string;
    resolvedAt: string | null;
    closedAt: string | null;
    autoResolveAt: string | null;
    autoCloseAt: string | null;
    requestType: { id: string; name: string; fullName: string };
    reporter: { id: string; name: string | null; email: string } | null;
    assignee: { id: string; name: string } | null;
    attachments: Array<{
      id: string;
      fileName: string;
      contentType: string;
      size: number;
      url: string;
      createdAt: string;
    }>;
    links: Array<{
      kind: DocumentLinkKind;
      id: string;
      label: string;
      number: string;
      status: string | null;
      date: string | null;
    }>;
    participants: Array<{ id: string; name: string | null; email: string }>;
    comments: Array<{
      id: string;
      authorType: string;
      authorName: string;
      body: string;
      internal: boolean;
      statusChange: TicketStatus | null;
      createdAt: string;
    }>;
  };
};

export type CreateTicketMutationVariables = Exact<{
  input: CreateTicketInput;
}>;

export type CreateTicketMutation = {
  createTicket: {
    id: string;
    key: string;
    portalKey: PortalKey;
    status: TicketStatus;
    subject: string;
    description: string;
    createdAt: string;
    lastActivityAt: string;
    resolvedAt: string | null;
    closedAt: string | null;
    autoResolveAt: string | null;
    autoCloseAt: string | null;
    requestType: { id: string; name: string; fullName: string };
    reporter: { id: string; name: string | null; email: string } | null;
    assignee: { id: string; name: string } | null;
    attachments: Array<{
      id: string;
      fileName: string;
      contentType: string;
      size: number;
      url: string;
      createdAt: string;
    }>;
    links: Array<{
      kind: DocumentLinkKind;
      id: string;
      label: string;
      number: string;
      status: string | null;
      date: string | null;
    }>;
    participants: Array<{ id: string; name: string | null; email: string }>;
    comments: Array<{
      id: string;
      authorType: string;
      authorName: string;
      body: string;
      internal: boolean;
      statusChange: TicketStatus | null;
      createdAt: string;
    }>;
  };
};

export type DocumentLinkFieldsFragment = {
  kind: DocumentLinkKind;
  id: string;
  label: string;
  number: string;
  status: string | null;
  date: string | null;
};

export type LinkableDocumentsQueryVariables = Exact<{
  search?: string | null | undefined;
  kinds?: Array<DocumentLinkKind> | DocumentLinkKind | null | undefined;
  first?: number | null | undefined;
}>;

export type LinkableDocumentsQuery = {
  linkableDocuments: Array<{
    kind: DocumentLinkKind;
    id: string;
    label: string;
    number: string;
    status: string | null;
    date: string | null;
  }>;
};

export type PortalsQueryVariables = Exact<{ [key: string]: never }>;

export type PortalsQuery = {
  portals: Array<{
    key: PortalKey;
    name: string;
    requestTypeGroups: Array<{
      id: string;
      name: string;
      types: Array<{ id: string; name: string; children: Array<{ id: string; name: string }> }>;
    }>;
  }>;
};

export type RateTicketMutationVariables = Exact<{
  ticketId: string | number;
  rating: number;
  comment?: string | null | undefined;
}>;

export type RateTicketMutation = {
  rateTicket: {
    id: string;
    status: TicketStatus;
    satisfaction: { rating: number; comment: string | null; ratedAt: string } | null;
  };
};

export type ReopenTicketMutationVariables = Exact<{
  ticketId: string | number;
  comment: string;
}>;

export type ReopenTicketMutation = {
  reopenTicket: {
    id: string;
    key: string;
    portalKey: PortalKey;
    status: TicketStatus;
    subject: string;
    description: string;
    createdAt: string;
    lastActivityAt: string;
    resolvedAt: string | null;
    closedAt: string | null;
    autoResolveAt: string | null;
    autoCloseAt: string | null;
    requestType: { id: string; name: string; fullName: string };
    reporter: { id: string; name: string | null; email: string } | null;
    assignee: { id: string; name: string } | null;
    attachments: Array<{
      id: string;
      fileName: string;
      contentType: string;
      size: number;
      url: string;
      createdAt: string;
    }>;
    links: Array<{
      kind: DocumentLinkKind;
      id: string;
      label: string;
      number: string;
      status: string | null;
      date: string | null;
    }>;
    participants: Array<{ id: string; name: string | null; email: string }>;
    comments: Array<{
      id: string;
      authorType: string;
      authorName: string;
      body: string;
      internal: boolean;
      statusChange: TicketStatus | null;
      createdAt: string;
    }>;
  };
};

export type ShareTicketMutationVariables = Exact<{
  ticketId: string | number;
  representativeIds: Array<string | number> | string | number;
}>;

export type ShareTicketMutation = {
  shareTicket: {
    id: string;
    key: string;
    portalKey: PortalKey;
    status: TicketStatus;
    subject: string;
    description: string;
    createdAt: string;
    lastActivityAt: string;
    resolvedAt: string | null;
    closedAt: string | null;
    autoResolveAt: string | null;
    autoCloseAt: string | null;
    requestType: { id: string; name: string; fullName: string };
    reporter: { id: string; name: string | null; email: string } | null;
    assignee: { id: string; name: string } | null;
    attachments: Array<{
      id: string;
      fileName: string;
      contentType: string;
      size: number;
      url: string;
      createdAt: string;
    }>;
    links: Array<{
      kind: DocumentLinkKind;
      id: string;
      label: string;
      number: string;
      status: string | null;
      date: string | null;
    }>;
    participants: Array<{ id: string; name: string | null; email: string }>;
    comments: Array<{
      id: string;
      authorType: string;
      authorName: string;
      body: string;
      internal: boolean;
      statusChange: TicketStatus | null;
      createdAt: string;
    }>;
  };
};

export type TicketQueryVariables = Exact<{
  key: string;
}>;

export type TicketQuery = {
  ticket: {
    id: string;
    key: string;
    portalKey: PortalKey;
    status: TicketStatus;
    subject: string;
    description: string;
    createdAt: string;
    lastActivityAt: string;
    resolvedAt: string | null;
    closedAt: string | null;
    autoResolveAt: string | null;
    autoCloseAt: string | null;
    requestType: { id: string; name: string; fullName: string };
    reporter: { id: string; name: string | null; email: string } | null;
    assignee: { id: string; name: string } | null;
    attachments: Array<{
      id: string;
      fileName: string;
      contentType: string;
      size: number;
      url: string;
      createdAt: string;
    }>;
    links: Array<{
      kind: DocumentLinkKind;
      id: string;
      label: string;
      number: string;
      status: string | null;
      date: string | null;
    }>;
    participants: Array<{ id: string; name: string | null; email: string }>;
    comments: Array<{
      id: string;
      authorType: string;
      authorName: string;
      body: string;
      internal: boolean;
      statusChange: TicketStatus | null;
      createdAt: string;
    }>;
  } | null;
};

export type TicketDetailFieldsFragment = {
  id: string;
  key: string;
  portalKey: PortalKey;
  status: TicketStatus;
  subject: string;
  description: string;
  createdAt: string;
  lastActivityAt: string;
  resolvedAt: string | null;
  closedAt: string | null;
  autoResolveAt: string | null;
  autoCloseAt: string | null;
  requestType: { id: string; name: string; fullName: string };
  reporter: { id: string; name: string | null; email: string } | null;
  assignee: { id: string; name: string } | null;
  attachments: Array<{
    id: string;
    fileName: string;
    contentType: string;
    size: number;
    url: string;
    createdAt: string;
  }>;
  links: Array<{
    kind: DocumentLinkKind;
    id: string;
    label: string;
    number: string;
    status: string | null;
    date: string | null;
  }>;
  participants: Array<{ id: string; name: string | null; email: string }>;
  comments: Array<{
    id: string;
    authorType: string;
    authorName: string;
    body: string;
    internal: boolean;
    statusChange: TicketStatus | null;
    createdAt: string;
  }>;
};

export type TicketSatisfactionQueryVariables = Exact<{
  key: string;
}>;

export type TicketSatisfactionQuery = {
  ticket: {
    id: string;
    status: TicketStatus;
    reporter: { id: string } | null;
    satisfaction: { rating: number; comment: string | null; ratedAt: string } | null;
  } | null;
};

export type TicketSummaryFieldsFragment = {
  id: string;
  key: string;
  portalKey: PortalKey;
  status: TicketStatus;
  subject: string;
  createdAt: string;
  lastActivityAt: string;
  requestType: { id: string; name: string };
  reporter: { id: string; name: string | null; email: string } | null;
};

export type TicketUpdatedSubscriptionVariables = Exact<{
  key: string;
}>;

export type TicketUpdatedSubscription = {
  ticketUpdated: {
    id: string;
    key: string;
    portalKey: PortalKey;
    status: TicketStatus;
    subject: string;
    description: string;
    createdAt: string;
    lastActivityAt: string;
    resolvedAt: string | null;
    closedAt: string | null;
    autoResolveAt: string | null;
    autoCloseAt: string | null;
    requestType: { id: string; name: string; fullName: string };
    reporter: { id: string; name: string | null; email: string } | null;
    assignee: { id: string; name: string } | null;
    attachments: Array<{
      id: string;
      fileName: string;
      contentType: string;
      size: number;
      url: string;
      createdAt: string;
    }>;
    links: Array<{
      kind: DocumentLinkKind;
      id: string;
      label: string;
      number: string;
      status: string | null;
      date: string | null;
    }>;
    participants: Array<{ id: string; name: string | null; email: string }>;
    comments: Array<{
      id: string;
      authorType: string;
      authorName: string;
      body: string;
      internal: boolean;
      statusChange: TicketStatus | null;
      createdAt: string;
    }>;
  };
};

export type TicketsQueryVariables = Exact<{
  filter?: TicketFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type TicketsQuery = {
  tickets: {
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        key: string;
        portalKey: PortalKey;
        status: TicketStatus;
        subject: string;
        createdAt: string;
        lastActivityAt: string;
        requestType: { id: string; name: string };
        reporter: { id: string; name: string | null; email: string } | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type AgentsQueryVariables = Exact<{ [key: string]: never }>;

export type AgentsQuery = { agents: Array<{ id: string; name: string; email: string }> };

export type AssignTicketMutationVariables = Exact<{
  ticketId: string | number;
  agentId: string | number;
  note?: string | null | undefined;
}>;

export type AssignTicketMutation = {
  assignTicket: {
    id: string;
    key: string;
    portalKey: PortalKey;
    status: TicketStatus;
    subject: string;
    description: string;
    createdAt: string;
    lastActivityAt: string;
    resolvedAt: string | null;
    closedAt: string | null;
    autoResolveAt: string | null;
    autoCloseAt: string | null;
    requestType: { id: string; name: string; fullName: string };
    reporter: { id: string; name: string | null; email: string } | null;
    assignee: { id: string; name: string } | null;
    attachments: Array<{
      id: string;
      fileName: string;
      contentType: string;
      size: number;
      url: string;
      createdAt: string;
    }>;
    links: Array<{
      kind: DocumentLinkKind;
      id: string;
      label: string;
      number: string;
      status: string | null;
      date: string | null;
    }>;
    participants: Array<{ id: string; name: string | null; email: string }>;
    comments: Array<{
      id: string;
      authorType: string;
      authorName: string;
      body: string;
      internal: boolean;
      statusChange: TicketStatus | null;
      createdAt: string;
    }>;
  };
};

export type CreateRequestTypeMutationVariables = Exact<{
  groupId: string | number;
  parentId?: string | number | null | undefined;
  names: LocalizedNamesInput;
}>;

export type CreateRequestTypeMutation = {
  createRequestType: {
    id: string;
    name: string;
    active: boolean;
    serviceLevels: { firstResponseHours: number; resolutionHours: number; own: boolean };
    names: { en: string; uk: string; hu: string; pl: string };
  };
};

export type ReplyToTicketMutationVariables = Exact<{
  ticketId: string | number;
  body: string;
  internal?: boolean | null | undefined;
  setStatus?: TicketStatus | null | undefined;
}>;

export type ReplyToTicketMutation = {
  replyToTicket: {
    id: string;
    key: string;
    portalKey: PortalKey;
    status: TicketStatus;
    subject: string;
    description: string;
    createdAt: string;
    lastActivityAt: string;
    resolvedAt: string | null;
    closedAt: string | null;
    autoResolveAt: string | null;
    autoCloseAt: string | null;
    requestType: { id: string; name: string; fullName: string };
    reporter: { id: string; name: string | null; email: string } | null;
    assignee: { id: string; name: string } | null;
    attachments: Array<{
      id: string;
      fileName: string;
      contentType: string;
      size: number;
      url: string;
      createdAt: string;
    }>;
    links: Array<{
      kind: DocumentLinkKind;
      id: string;
      label: string;
      number: string;
      status: string | null;
      date: string | null;
    }>;
    participants: Array<{ id: string; name: string | null; email: string }>;
    comments: Array<{
      id: string;
      authorType: string;
      authorName: string;
      body: string;
      internal: boolean;
      statusChange: TicketStatus | null;
      createdAt: string;
    }>;
  };
};

export type ResolveTicketMutationVariables = Exact<{
  ticketId: string | number;
  comment?: string | null | undefined;
}>;

export type ResolveTicketMutation = {
  resolveTicket: {
    id: string;
    key: string;
    portalKey: PortalKey;
    status: TicketStatus;
    subject: string;
    description: string;
    createdAt: string;
    lastActivityAt: string;
    resolvedAt: string | null;
    closedAt: string | null;
    autoResolveAt: string | null;
    autoCloseAt: string | null;
    requestType: { id: string; name: string; fullName: string };
    reporter: { id: string; name: string | null; email: string } | null;
    assignee: { id: string; name: string } | null;
    attachments: Array<{
      id: string;
      fileName: string;
      contentType: string;
      size: number;
      url: string;
      createdAt: string;
    }>;
    links: Array<{
      kind: DocumentLinkKind;
      id: string;
      label: string;
      number: string;
      status: string | null;
      date: string | null;
    }>;
    participants: Array<{ id: string; name: string | null; email: string }>;
    comments: Array<{
      id: string;
      authorType: string;
      authorName: string;
      body: string;
      internal: boolean;
      statusChange: TicketStatus | null;
      createdAt: string;
    }>;
  };
};

export type ServiceLevelFieldsFragment = {
  firstResponseDueAt: string;
  firstResponseAt: string | null;
  resolutionDueAt: string | null;
  breached: boolean;
  paused: boolean;
};

export type ServiceLevelReportQueryVariables = Exact<{
  from: string;
  to: string;
  portalKey?: PortalKey | null | undefined;
}>;

export type ServiceLevelReportQuery = {
  serviceLevelReport: Array<{
    week: string;
    portalKey: PortalKey;
    requestTypeId: string;
    requestTypeName: string;
    requests: number;
    firstResponseMedianHours: number | null;
    firstResponseP90Hours: number | null;
    resolutionMedianHours: number | null;
    resolutionP90Hours: number | null;
    breaches: number;
    averageRating: number | null;
  }>;
};

export type SetServiceLevelTargetsMutationVariables = Exact<{
  requestTypeId: string | number;
  targets: ServiceLevelTargetsInput;
}>;

export type SetServiceLevelTargetsMutation = {
  setServiceLevelTargets: {
    id: string;
    serviceLevels: { firstResponseHours: number; resolutionHours: number; own: boolean };
  };
};

export type StaffRequestTypeFieldsFragment = {
  id: string;
  name: string;
  active: boolean;
  serviceLevels: { firstResponseHours: number; resolutionHours: number; own: boolean };
  names: { en: string; uk: string; hu: string; pl: string };
};

export type StaffRequestTypesQueryVariables = Exact<{ [key: string]: never }>;

export type StaffRequestTypesQuery = {
  portals: Array<{
    key: PortalKey;
    name: string;
    requestTypeGroups: Array<{
      id: string;
      name: string;
      names: { en: string; uk: string; hu: string; pl: string };
      types: Array<{
        id: string;
        name: string;
        active: boolean;
        children: Array<{
          id: string;
          name: string;
          active: boolean;
          serviceLevels: { firstResponseHours: number; resolutionHours: number; own: boolean };
          names: { en: string; uk: string; hu: string; pl: string };
        }>;
        serviceLevels: { firstResponseHours: number; resolutionHours: number; own: boolean };
        names: { en: string; uk: string; hu: string; pl: string };
      }>;
    }>;
  }>;
};

export type StaffTicketCustomerQueryVariables = Exact<{
  key: string;
}>;

export type StaffTicketCustomerQuery = {
  ticket: {
    id: string;
    company: { id: string; name: string; taxId: string; contracted: boolean } | null;
  } | null;
};

export type StaffTicketServiceLevelQueryVariables = Exact<{
  key: string;
}>;

export type StaffTicketServiceLevelQuery = {
  ticket: {
    id: string;
    sla: {
      firstResponseDueAt: string;
      firstResponseAt: string | null;
      resolutionDueAt: string | null;
      breached: boolean;
      paused: boolean;
    } | null;
  } | null;
};

export type StaffTicketsQueryVariables = Exact<{
  filter?: TicketFilter | null | undefined;
  orderBy?: TicketOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type StaffTicketsQuery = {
  tickets: {
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        key: string;
        portalKey: PortalKey;
        status: TicketStatus;
        subject: string;
        createdAt: string;
        lastActivityAt: string;
        assignee: { id: string; name: string } | null;
        company: { id: string; name: string; taxId: string; contracted: boolean } | null;
        sla: {
          firstResponseDueAt: string;
          firstResponseAt: string | null;
          resolutionDueAt: string | null;
          breached: boolean;
          paused: boolean;
        } | null;
        requestType: { id: string; name: string };
        reporter: { id: string; name: string | null; email: string } | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type UpdateRequestTypeMutationVariables = Exact<{
  id: string | number;
  active?: boolean | null | undefined;
  names?: LocalizedNamesInput | null | undefined;
}>;

export type UpdateRequestTypeMutation = {
  updateRequestType: {
    id: string;
    name: string;
    active: boolean;
    serviceLevels: { firstResponseHours: number; resolutionHours: number; own: boolean };
    names: { en: string; uk: string; hu: string; pl: string };
  };
};

export type CancelReturnRequestMutationVariables = Exact<{
  id: string | number;
}>;

export type CancelReturnRequestMutation = {
  cancelReturnRequest: {
    id: string;
    rmaNumber: string;
    kind: ReturnKind;
    status: ReturnStatus;
    returnAddress: string | null;
    createdAt: string;
    closedAt: string | null;
    labelUrl: string;
    creditNoteNumber: string | null;
    shipBackAddress: {
      attention: string | null;
      street: string;
      postalCode: string;
      city: string;
      country: string;
    } | null;
    company: { id: string; name: string; taxId: string; contracted: boolean } | null;
    items: Array<{
      id: string;
      invoiceNumber: string;
      sku: string;
      name: string;
      quantity: number;
      reason: ReturnReason;
      meetsConditions: boolean;
      serialNumber: string | null;
      faultDescription: string | null;
      status: ReturnItemStatus;
      resolution: ReturnResolution | null;
      serviceStage: ServiceStage | null;
      decisionNote: string | null;
      purchaseDate: string | null;
      accessories: string | null;
      creditAmount: string | null;
      currency: string | null;
      carrier: string | null;
      trackingNumber: string | null;
      conditions: {
        complete: boolean;
        noSignsOfUse: boolean;
        undamaged: boolean;
        originalPackaging: boolean;
        properlyPacked: boolean;
        merchantable: boolean;
        disconnected: boolean;
      };
      warrantyProof: Array<{ id: string; fileName: string; url: string }>;
      photos: Array<{
        id: string;
        fileName: string;
        contentType: string;
        size: number;
        url: string;
      }>;
    }>;
    events: Array<{
      id: string;
      type: string;
      actorType: string;
      actorName: string;
      note: string | null;
      sku: string | null;
      statusAfter: ReturnStatus;
      stage: ServiceStage | null;
      carrier: string | null;
      trackingNumber: string | null;
      createdAt: string;
    }>;
  };
};

export type CheckInvoiceQueryVariables = Exact<{
  number: string;
}>;

export type CheckInvoiceQuery = {
  checkInvoice: {
    id: string;
    number: string;
    issuedAt: string;
    lines: Array<{
      id: string;
      lineNo: number;
      sku: string;
      name: string;
      quantity: number;
      returnableQuantity: number;
    }>;
  };
};

export type CommentOnReturnMutationVariables = Exact<{
  input: ReturnCommentInput;
}>;

export type CommentOnReturnMutation = {
  commentOnReturn: {
    id: string;
    rmaNumber: string;
    kind: ReturnKind;
    status: ReturnStatus;
    returnAddress: string | null;
    createdAt: string;
    closedAt: string | null;
    labelUrl: string;
    creditNoteNumber: string | null;
    shipBackAddress: {
      attention: string | null;
      street: string;
      postalCode: string;
      city: string;
      country: string;
    } | null;
    company: { id: string; name: string; taxId: string; contracted: boolean } | null;
    items: Array<{
      id: string;
      invoiceNumber: string;
      sku: string;
      name: string;
      quantity: number;
      reason: ReturnReason;
      meetsConditions: boolean;
      serialNumber: string | null;
      faultDescription: string | null;
      status: ReturnItemStatus;
      resolution: ReturnResolution | null;
      serviceStage: ServiceStage | null;
      decisionNote: string | null;
      purchaseDate: string | null;
      accessories: string | null;
      creditAmount: string | null;
      currency: string | null;
      carrier: string | null;
      trackingNumber: string | null;
      conditions: {
        complete: boolean;
        noSignsOfUse: boolean;
        undamaged: boolean;
        originalPackaging: boolean;
        properlyPacked: boolean;
        merchantable: boolean;
        disconnected: boolean;
      };
      warrantyProof: Array<{ id: string; fileName: string; url: string }>;
      photos: Array<{
        id: string;
        fileName: string;
        contentType: string;
        size: number;
        url: string;
      }>;
    }>;
    events: Array<{
      id: string;
      type: string;
      actorType: string;
      actorName: string;
      note: string | null;
      sku: string | null;
      statusAfter: ReturnStatus;
      stage: ServiceStage | null;
      carrier: string | null;
      trackingNumber: string | null;
      createdAt: string;
    }>;
  };
};

export type ReturnRequestQueryVariables = Exact<{
  rmaNumber: string;
}>;

export type ReturnRequestQuery = {
  returnRequest: {
    id: string;
    rmaNumber: string;
    kind: ReturnKind;
    status: ReturnStatus;
    returnAddress: string | null;
    createdAt: string;
    closedAt: string | null;
    labelUrl: string;
    creditNoteNumber: string | null;
    tickets: Array<{ key: string; subject: string; status: TicketStatus }>;
    shipBackAddress: {
      attention: string | null;
      street: string;
      postalCode: string;
      city: string;
      country: string;
    } | null;
    company: { id: string; name: string; taxId: string; contracted: boolean } | null;
    items: Array<{
      id: string;
      invoiceNumber: string;
      sku: string;
      name: string;
      quantity: number;
      reason: ReturnReason;
      meetsConditions: boolean;
      serialNumber: string | null;
      faultDescription: string | null;
      status: ReturnItemStatus;
      resolution: ReturnResolution | null;
      serviceStage: ServiceStage | null;
      decisionNote: string | null;
      purchaseDate: string | null;
      accessories: string | null;
      creditAmount: string | null;
      currency: string | null;
      carrier: string | null;
      trackingNumber: string | null;
      conditions: {
        complete: boolean;
        noSignsOfUse: boolean;
        undamaged: boolean;
        originalPackaging: boolean;
        properlyPacked: boolean;
        merchantable: boolean;
        disconnected: boolean;
      };
      warrantyProof: Array<{ id: string; fileName: string; url: string }>;
      photos: Array<{
        id: string;
        fileName: string;
        contentType: string;
        size: number;
        url: string;
      }>;
    }>;
    events: Array<{
      id: string;
      type: string;
      actorType: string;
      actorName: string;
      note: string | null;
      sku: string | null;
      statusAfter: ReturnStatus;
      stage: ServiceStage | null;
      carrier: string | null;
      trackingNumber: string | null;
      createdAt: string;
    }>;
  } | null;
};

export type ReturnRequestFieldsFragment = {
  id: string;
  rmaNumber: string;
  kind: ReturnKind;
  status: ReturnStatus;
  returnAddress: string | null;
  createdAt: string;
  closedAt: string | null;
  labelUrl: string;
  creditNoteNumber: string | null;
  shipBackAddress: {
    attention: string | null;
    street: string;
    postalCode: string;
    city: string;
    country: string;
  } | null;
  company: { id: string; name: string; taxId: string; contracted: boolean } | null;
  items: Array<{
    id: string;
    invoiceNumber: string;
    sku: string;
    name: string;
    quantity: number;
    reason: ReturnReason;
    meetsConditions: boolean;
    serialNumber: string | null;
    faultDescription: string | null;
    status: ReturnItemStatus;
    resolution: ReturnResolution | null;
    serviceStage: ServiceStage | null;
    decisionNote: string | null;
    purchaseDate: string | null;
    accessories: string | null;
    creditAmount: string | null;
    currency: string | null;
    carrier: string | null;
    trackingNumber: string | null;
    conditions: {
      complete: boolean;
      noSignsOfUse: boolean;
      undamaged: boolean;
      originalPackaging: boolean;
      properlyPacked: boolean;
      merchantable: boolean;
      disconnected: boolean;
    };
    warrantyProof: Array<{ id: string; fileName: string; url: string }>;
    photos: Array<{ id: string; fileName: string; contentType: string; size: number; url: string }>;
  }>;
  events: Array<{
    id: string;
    type: string;
    actorType: string;
    actorName: string;
    note: string | null;
    sku: string | null;
    statusAfter: ReturnStatus;
    stage: ServiceStage | null;
    carrier: string | null;
    trackingNumber: string | null;
    createdAt: string;
  }>;
};

export type ReturnRequestTicketsQueryVariables = Exact<{
  rmaNumber: string;
}>;

export type ReturnRequestTicketsQuery = {
  returnRequest: {
    id: string;
    tickets: Array<{ key: string; subject: string; status: TicketStatus }>;
  } | null;
};

export type ReturnRequestUpdatedSubscriptionVariables = Exact<{
  rmaNumber: string;
}>;

export type ReturnRequestUpdatedSubscription = {
  returnRequestUpdated: {
    id: string;
    rmaNumber: string;
    kind: ReturnKind;
    status: ReturnStatus;
    returnAddress: string | null;
    createdAt: string;
    closedAt: string | null;
    labelUrl: string;
    creditNoteNumber: string | null;
    shipBackAddress: {
      attention: string | null;
      street: string;
      postalCode: string;
      city: string;
      country: string;
    } | null;
    company: { id: string; name: string; taxId: string; contracted: boolean } | null;
    items: Array<{
      id: string;
      invoiceNumber: string;
      sku: string;
      name: string;
      quantity: number;
      reason: ReturnReason;
      meetsConditions: boolean;
      serialNumber: string | null;
      faultDescription: string | null;
      status: ReturnItemStatus;
      resolution: ReturnResolution | null;
      serviceStage: ServiceStage | null;
      decisionNote: string | null;
      purchaseDate: string | null;
      accessories: string | null;
      creditAmount: string | null;
      currency: string | null;
      carrier: string | null;
      trackingNumber: string | null;
      conditions: {
        complete: boolean;
        noSignsOfUse: boolean;
        undamaged: boolean;
        originalPackaging: boolean;
        properlyPacked: boolean;
        merchantable: boolean;
        disconnected: boolean;
      };
      warrantyProof: Array<{ id: string; fileName: string; url: string }>;
      photos: Array<{
        id: string;
        fileName: string;
        contentType: string;
        size: number;
        url: string;
      }>;
    }>;
    events: Array<{
      id: string;
      type: string;
      actorType: string;
      actorName: string;
      note: string | null;
      sku: string | null;
      statusAfter: ReturnStatus;
      stage: ServiceStage | null;
      carrier: string | null;
      trackingNumber: string | null;
      createdAt: string;
    }>;
  };
};

export type ReturnRequestsQueryVariables = Exact<{
  filter?: ReturnRequestFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ReturnRequestsQuery = {
  returnRequests: {
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        rmaNumber: string;
        kind: ReturnKind;
        status: ReturnStatus;
        createdAt: string;
        closedAt: string | null;
        company: { id: string; name: string; taxId: string; contracted: boolean } | null;
        items: Array<{ id: string; quantity: number }>;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type SubmitReturnRequestMutationVariables = Exact<{
  input: SubmitReturnRequestInput;
}>;

export type SubmitReturnRequestMutation = {
  submitReturnRequest: {
    id: string;
    rmaNumber: string;
    kind: ReturnKind;
    status: ReturnStatus;
    returnAddress: string | null;
    createdAt: string;
    closedAt: string | null;
    labelUrl: string;
    creditNoteNumber: string | null;
    shipBackAddress: {
      attention: string | null;
      street: string;
      postalCode: string;
      city: string;
      country: string;
    } | null;
    company: { id: string; name: string; taxId: string; contracted: boolean } | null;
    items: Array<{
      id: string;
      invoiceNumber: string;
      sku: string;
      name: string;
      quantity: number;
      reason: ReturnReason;
      meetsConditions: boolean;
      serialNumber: string | null;
      faultDescription: string | null;
      status: ReturnItemStatus;
      resolution: ReturnResolution | null;
      serviceStage: ServiceStage | null;
      decisionNote: string | null;
      purchaseDate: string | null;
      accessories: string | null;
      creditAmount: string | null;
      currency: string | null;
      carrier: string | null;
      trackingNumber: string | null;
      conditions: {
        complete: boolean;
        noSignsOfUse: boolean;
        undamaged: boolean;
        originalPackaging: boolean;
        properlyPacked: boolean;
        merchantable: boolean;
        disconnected: boolean;
      };
      warrantyProof: Array<{ id: string; fileName: string; url: string }>;
      photos: Array<{
        id: string;
        fileName: string;
        contentType: string;
        size: number;
        url: string;
      }>;
    }>;
    events: Array<{
      id: string;
      type: string;
      actorType: string;
      actorName: string;
      note: string | null;
      sku: string | null;
      statusAfter: ReturnStatus;
      stage: ServiceStage | null;
      carrier: string | null;
      trackingNumber: string | null;
      createdAt: string;
    }>;
  };
};

export type AdvanceServiceStageMutationVariables = Exact<{
  itemId: string | number;
  stage: ServiceStage;
  note?: string | null | undefined;
  carrier?: string | null | undefined;
  trackingNumber?: string | null | undefined;
}>;

export type AdvanceServiceStageMutation = {
  advanceServiceStage: {
    id: string;
    rmaNumber: string;
    kind: ReturnKind;
    status: ReturnStatus;
    returnAddress: string | null;
    createdAt: string;
    closedAt: string | null;
    labelUrl: string;
    creditNoteNumber: string | null;
    shipBackAddress: {
      attention: string | null;
      street: string;
      postalCode: string;
      city: string;
      country: string;
    } | null;
    company: { id: string; name: string; taxId: string; contracted: boolean } | null;
    items: Array<{
      id: string;
      invoiceNumber: string;
      sku: string;
      name: string;
      quantity: number;
      reason: ReturnReason;
      meetsConditions: boolean;
      serialNumber: string | null;
      faultDescription: string | null;
      status: ReturnItemStatus;
      resolution: ReturnResolution | null;
      serviceStage: ServiceStage | null;
      decisionNote: string | null;
      purchaseDate: string | null;
      accessories: string | null;
      creditAmount: string | null;
      currency: string | null;
      carrier: string | null;
      trackingNumber: string | null;
      conditions: {
        complete: boolean;
        noSignsOfUse: boolean;
        undamaged: boolean;
        originalPackaging: boolean;
        properlyPacked: boolean;
        merchantable: boolean;
        disconnected: boolean;
      };
      warrantyProof: Array<{ id: string; fileName: string; url: string }>;
      photos: Array<{
        id: string;
        fileName: string;
        contentType: string;
        size: number;
        url: string;
      }>;
    }>;
    events: Array<{
      id: string;
      type: string;
      actorType: string;
      actorName: string;
      note: string | null;
      sku: string | null;
      statusAfter: ReturnStatus;
      stage: ServiceStage | null;
      carrier: string | null;
      trackingNumber: string | null;
      createdAt: string;
    }>;
  };
};

export type AuthorizeReturnItemMutationVariables = Exact<{
  itemId: string | number;
}>;

export type AuthorizeReturnItemMutation = {
  authorizeReturnItem: {
    id: string;
    rmaNumber: string;
    kind: ReturnKind;
    status: ReturnStatus;
    returnAddress: string | null;
    createdAt: string;
    closedAt: string | null;
    labelUrl: string;
    creditNoteNumber: string | null;
    shipBackAddress: {
      attention: string | null;
      street: string;
      postalCode: string;
      city: string;
      country: string;
    } | null;
    company: { id: string; name: string; taxId: string; contracted: boolean } | null;
    items: Array<{
      id: string;
      invoiceNumber: string;
      sku: string;
      name: string;
      quantity: number;
      reason: ReturnReason;
      meetsConditions: boolean;
      serialNumber: string | null;
      faultDescription: string | null;
      status: ReturnItemStatus;
      resolution: ReturnResolution | null;
      serviceStage: ServiceStage | null;
      decisionNote: string | null;
      purchaseDate: string | null;
      accessories: string | null;
      creditAmount: string | null;
      currency: string | null;
      carrier: string | null;
      trackingNumber: string | null;
      conditions: {
        complete: boolean;
        noSignsOfUse: boolean;
        undamaged: boolean;
        originalPackaging: boolean;
        properlyPacked: boolean;
        merchantable: boolean;
        disconnected: boolean;
      };
      warrantyProof: Array<{ id: string; fileName: string; url: string }>;
      photos: Array<{
        id: string;
        fileName: string;
        contentType: string;
        size: number;
        url: string;
      }>;
    }>;
    events: Array<{
      id: string;
      type: string;
      actorType: string;
      actorName: string;
      note: string | null;
      sku: string | null;
      statusAfter: ReturnStatus;
      stage: ServiceStage | null;
      carrier: string | null;
      trackingNumber: string | null;
      createdAt: string;
    }>;
  };
};

export type AuthorizeReturnRequestMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;

export type AuthorizeReturnRequestMutation = {
  authorizeReturnRequest: {
    id: string;
    rmaNumber: string;
    kind: ReturnKind;
    status: ReturnStatus;
    returnAddress: string | null;
    createdAt: string;
    closedAt: string | null;
    labelUrl: string;
    creditNoteNumber: string | null;
    shipBackAddress: {
      attention: string | null;
      street: string;
      postalCode: string;
      city: string;
      country: string;
    } | null;
    company: { id: string; name: string; taxId: string; contracted: boolean } | null;
    items: Array<{
      id: string;
      invoiceNumber: string;
      sku: string;
      name: string;
      quantity: number;
      reason: ReturnReason;
      meetsConditions: boolean;
      serialNumber: string | null;
      faultDescription: string | null;
      status: ReturnItemStatus;
      resolution: ReturnResolution | null;
      serviceStage: ServiceStage | null;
      decisionNote: string | null;
      purchaseDate: string | null;
      accessories: string | null;
      creditAmount: string | null;
      currency: string | null;
      carrier: string | null;
      trackingNumber: string | null;
      conditions: {
        complete: boolean;
        noSignsOfUse: boolean;
        undamaged: boolean;
        originalPackaging: boolean;
        properlyPacked: boolean;
        merchantable: boolean;
        disconnected: boolean;
      };
      warrantyProof: Array<{ id: string; fileName: string; url: string }>;
      photos: Array<{
        id: string;
        fileName: string;
        contentType: string;
        size: number;
        url: string;
      }>;
    }>;
    events: Array<{
      id: string;
      type: string;
      actorType: string;
      actorName: string;
      note: string | null;
      sku: string | null;
      statusAfter: ReturnStatus;
      stage: ServiceStage | null;
      carrier: string | null;
      trackingNumber: string | null;
      createdAt: string;
    }>;
  };
};

export type CloseReturnRequestMutationVariables = Exact<{
  id: string | number;
}>;

export type CloseReturnRequestMutation = {
  closeReturnRequest: {
    id: string;
    rmaNumber: string;
    kind: ReturnKind;
    status: ReturnStatus;
    returnAddress: string | null;
    createdAt: string;
    closedAt: string | null;
    labelUrl: string;
    creditNoteNumber: string | null;
    shipBackAddress: {
      attention: string | null;
      street: string;
      postalCode: string;
      city: string;
      country: string;
    } | null;
    company: { id: string; name: string; taxId: string; contracted: boolean } | null;
    items: Array<{
      id: string;
      invoiceNumber: string;
      sku: string;
      name: string;
      quantity: number;
      reason: ReturnReason;
      meetsConditions: boolean;
      serialNumber: string | null;
      faultDescription: string | null;
      status: ReturnItemStatus;
      resolution: ReturnResolution | null;
      serviceStage: ServiceStage | null;
      decisionNote: string | null;
      purchaseDate: string | null;
      accessories: string | null;
      creditAmount: string | null;
      currency: string | null;
      carrier: string | null;
      trackingNumber: string | null;
      conditions: {
        complete: boolean;
        noSignsOfUse: boolean;
        undamaged: boolean;
        originalPackaging: boolean;
        properlyPacked: boolean;
        merchantable: boolean;
        disconnected: boolean;
      };
      warrantyProof: Array<{ id: string; fileName: string; url: string }>;
      photos: Array<{
        id: string;
        fileName: string;
        contentType: string;
        size: number;
        url: string;
      }>;
    }>;
    events: Array<{
      id: string;
      type: string;
      actorType: string;
      actorName: string;
      note: string | null;
      sku: string | null;
      statusAfter: ReturnStatus;
      stage: ServiceStage | null;
      carrier: string | null;
      trackingNumber: string | null;
      createdAt: string;
    }>;
  };
};

export type DecideReturnItemMutationVariables = Exact<{
  itemId: string | number;
  decision: ReturnItemDecision;
  resolution?: ReturnResolution | null | undefined;
  note?: string | null | undefined;
  amount?: string | null | undefined;
}>;

export type DecideReturnItemMutation = {
  decideReturnItem: {
    id: string;
    rmaNumber: string;
    kind: ReturnKind;
    status: ReturnStatus;
    returnAddress: string | null;
    createdAt: string;
    closedAt: string | null;
    labelUrl: string;
    creditNoteNumber: string | null;
    shipBackAddress: {
      attention: string | null;
      street: string;
      postalCode: string;
      city: string;
      country: string;
    } | null;
    company: { id: string; name: string; taxId: string; contracted: boolean } | null;
    items: Array<{
      id: string;
      invoiceNumber: string;
      sku: string;
      name: string;
      quantity: number;
      reason: ReturnReason;
      meetsConditions: boolean;
      serialNumber: string | null;
      faultDescription: string | null;
      status: ReturnItemStatus;
      resolution: ReturnResolution | null;
      serviceStage: ServiceStage | null;
      decisionNote: string | null;
      purchaseDate: string | null;
      accessories: string | null;
      creditAmount: string | null;
      currency: string | null;
      carrier: string | null;
      trackingNumber: string | null;
      conditions: {
        complete: boolean;
        noSignsOfUse: boolean;
        undamaged: boolean;
        originalPackaging: boolean;
        properlyPacked: boolean;
        merchantable: boolean;
        disconnected: boolean;
      };
      warrantyProof: Array<{ id: string; fileName: string; url: string }>;
      photos: Array<{
        id: string;
        fileName: string;
        contentType: string;
        size: number;
        url: string;
      }>;
    }>;
    events: Array<{
      id: string;
      type: string;
      actorType: string;
      actorName: string;
      note: string | null;
      sku: string | null;
      statusAfter: ReturnStatus;
      stage: ServiceStage | null;
      carrier: string | null;
      trackingNumber: string | null;
      createdAt: string;
    }>;
  };
};

export type DenyReturnItemMutationVariables = Exact<{
  itemId: string | number;
  note: string;
}>;

export type DenyReturnItemMutation = {
  denyReturnItem: {
    id: string;
    rmaNumber: string;
    kind: ReturnKind;
    status: ReturnStatus;
    returnAddress: string | null;
    createdAt: string;
    closedAt: string | null;
    labelUrl: string;
    creditNoteNumber: string | null;
    shipBackAddress: {
      attention: string | null;
      street: string;
      postalCode: string;
      city: string;
      country: string;
    } | null;
    company: { id: string; name: string; taxId: string; contracted: boolean } | null;
    items: Array<{
      id: string;
      invoiceNumber: string;
      sku: string;
      name: string;
      quantity: number;
      reason: ReturnReason;
      meetsConditions: boolean;
      serialNumber: string | null;
      faultDescription: string | null;
      status: ReturnItemStatus;
      resolution: ReturnResolution | null;
      serviceStage: ServiceStage | null;
      decisionNote: string | null;
      purchaseDate: string | null;
      accessories: string | null;
      creditAmount: string | null;
      currency: string | null;
      carrier: string | null;
      trackingNumber: string | null;
      conditions: {
        complete: boolean;
        noSignsOfUse: boolean;
        undamaged: boolean;
        originalPackaging: boolean;
        properlyPacked: boolean;
        merchantable: boolean;
        disconnected: boolean;
      };
      warrantyProof: Array<{ id: string; fileName: string; url: string }>;
      photos: Array<{
        id: string;
        fileName: string;
        contentType: string;
        size: number;
        url: string;
      }>;
    }>;
    events: Array<{
      id: string;
      type: string;
      actorType: string;
      actorName: string;
      note: string | null;
      sku: string | null;
      statusAfter: ReturnStatus;
      stage: ServiceStage | null;
      carrier: string | null;
      trackingNumber: string | null;
      createdAt: string;
    }>;
  };
};

export type DenyReturnRequestMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;

export type DenyReturnRequestMutation = {
  denyReturnRequest: {
    id: string;
    rmaNumber: string;
    kind: ReturnKind;
    status: ReturnStatus;
    returnAddress: string | null;
    createdAt: string;
    closedAt: string | null;
    labelUrl: string;
    creditNoteNumber: string | null;
    shipBackAddress: {
      attention: string | null;
      street: string;
      postalCode: string;
      city: string;
      country: string;
    } | null;
    company: { id: string; name: string; taxId: string; contracted: boolean } | null;
    items: Array<{
      id: string;
      invoiceNumber: string;
      sku: string;
      name: string;
      quantity: number;
      reason: ReturnReason;
      meetsConditions: boolean;
      serialNumber: string | null;
      faultDescription: string | null;
      status: ReturnItemStatus;
      resolution: ReturnResolution | null;
      serviceStage: ServiceStage | null;
      decisionNote: string | null;
      purchaseDate: string | null;
      accessories: string | null;
      creditAmount: string | null;
      currency: string | null;
      carrier: string | null;
      trackingNumber: string | null;
      conditions: {
        complete: boolean;
        noSignsOfUse: boolean;
        undamaged: boolean;
        originalPackaging: boolean;
        properlyPacked: boolean;
        merchantable: boolean;
        disconnected: boolean;
      };
      warrantyProof: Array<{ id: string; fileName: string; url: string }>;
      photos: Array<{
        id: string;
        fileName: string;
        contentType: string;
        size: number;
        url: string;
      }>;
    }>;
    events: Array<{
      id: string;
      type: string;
      actorType: string;
      actorName: string;
      note: string | null;
      sku: string | null;
      statusAfter: ReturnStatus;
      stage: ServiceStage | null;
      carrier: string | null;
      trackingNumber: string | null;
      createdAt: string;
    }>;
  };
};

export type ReceiveReturnRequestMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;

export type ReceiveReturnRequestMutation = {
  receiveReturnRequest: {
    id: string;
    rmaNumber: string;
    kind: ReturnKind;
    status: ReturnStatus;
    returnAddress: string | null;
    createdAt: string;
    closedAt: string | null;
    labelUrl: string;
    creditNoteNumber: string | null;
    shipBackAddress: {
      attention: string | null;
      street: string;
      postalCode: string;
      city: string;
      country: string;
    } | null;
    company: { id: string; name: string; taxId: string; contracted: boolean } | null;
    items: Array<{
      id: string;
      invoiceNumber: string;
      sku: string;
      name: string;
      quantity: number;
      reason: ReturnReason;
      meetsConditions: boolean;
      serialNumber: string | null;
      faultDescription: string | null;
      status: ReturnItemStatus;
      resolution: ReturnResolution | null;
      serviceStage: ServiceStage | null;
      decisionNote: string | null;
      purchaseDate: string | null;
      accessories: string | null;
      creditAmount: string | null;
      currency: string | null;
      carrier: string | null;
      trackingNumber: string | null;
      conditions: {
        complete: boolean;
        noSignsOfUse: boolean;
        undamaged: boolean;
        originalPackaging: boolean;
        properlyPacked: boolean;
        merchantable: boolean;
        disconnected: boolean;
      };
      warrantyProof: Array<{ id: string; fileName: string; url: string }>;
      photos: Array<{
        id: string;
        fileName: string;
        contentType: string;
        size: number;
        url: string;
      }>;
    }>;
    events: Array<{
      id: string;
      type: string;
      actorType: string;
      actorName: string;
      note: string | null;
      sku: string | null;
      statusAfter: ReturnStatus;
      stage: ServiceStage | null;
      carrier: string | null;
      trackingNumber: string | null;
      createdAt: string;
    }>;
  };
};

export type AddToBasketMutationVariables = Exact<{
  productId: string | number;
  quantity: number;
}>;

export type AddToBasketMutation = {
  addToBasket: {
    itemCount: number;
    total: string;
    currency: string;
    lines: Array<{
      quantity: number;
      lineTotal: string;
      available: boolean;
      product: {
        id: string;
        sku: string;
        name: string;
        description: string;
        price: string;
        priceMinor: number;
        currency: string;
        stock: number;
        active: boolean;
      };
    }>;
  };
};

export type PlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;

export type PlaceOrderMutation = {
  placeOrder: {
    id: string;
    number: string;
    total: string;
    currency: string;
    reference: string | null;
    createdAt: string;
    lines: Array<{
      lineNo: number;
      sku: string;
      name: string;
      quantity: number;
      unitPrice: string;
      lineTotal: string;
    }>;
    invoice: { id: string; number: string; pdfUrl: string } | null;
  };
};

export type RemoveFromBasketMutationVariables = Exact<{
  productId: string | number;
}>;

export type RemoveFromBasketMutation = {
  removeFromBasket: {
    itemCount: number;
    total: string;
    currency: string;
    lines: Array<{
      quantity: number;
      lineTotal: string;
      available: boolean;
      product: {
        id: string;
        sku: string;
        name: string;
        description: string;
        price: string;
        priceMinor: number;
        currency: string;
        stock: number;
        active: boolean;
      };
    }>;
  };
};

export type SetBasketQuantityMutationVariables = Exact<{
  productId: string | number;
  quantity: number;
}>;

export type SetBasketQuantityMutation = {
  setBasketQuantity: {
    itemCount: number;
    total: string;
    currency: string;
    lines: Array<{
      quantity: number;
      lineTotal: string;
      available: boolean;
      product: {
        id: string;
        sku: string;
        name: string;
        description: string;
        price: string;
        priceMinor: number;
        currency: string;
        stock: number;
        active: boolean;
      };
    }>;
  };
};

export type ShopBasketQueryVariables = Exact<{ [key: string]: never }>;

export type ShopBasketQuery = {
  basket: {
    itemCount: number;
    total: string;
    currency: string;
    lines: Array<{
      quantity: number;
      lineTotal: string;
      available: boolean;
      product: {
        id: string;
        sku: string;
        name: string;
        description: string;
        price: string;
        priceMinor: number;
        currency: string;
        stock: number;
        active: boolean;
      };
    }>;
  };
};

export type ShopBasketFieldsFragment = {
  itemCount: number;
  total: string;
  currency: string;
  lines: Array<{
    quantity: number;
    lineTotal: string;
    available: boolean;
    product: {
      id: string;
      sku: string;
      name: string;
      description: string;
      price: string;
      priceMinor: number;
      currency: string;
      stock: number;
      active: boolean;
    };
  }>;
};

export type ShopInvoiceQueryVariables = Exact<{
  id: string | number;
}>;

export type ShopInvoiceQuery = {
  invoice: {
    id: string;
    number: string;
    issuedAt: string;
    source: InvoiceSource;
    total: string;
    currency: string;
    pdfUrl: string;
    tickets: Array<{ key: string; subject: string; status: TicketStatus }>;
    lines: Array<{
      lineNo: number;
      sku: string;
      name: string;
      quantity: number;
      unitPrice: string;
      lineTotal: string;
    }>;
  };
};

export type ShopInvoiceFieldsFragment = {
  id: string;
  number: string;
  issuedAt: string;
  source: InvoiceSource;
  total: string;
  currency: string;
  pdfUrl: string;
  lines: Array<{
    lineNo: number;
    sku: string;
    name: string;
    quantity: number;
    unitPrice: string;
    lineTotal: string;
  }>;
};

export type ShopInvoicesQueryVariables = Exact<{
  filter?: DocumentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ShopInvoicesQuery = {
  invoices: {
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        number: string;
        issuedAt: string;
        source: InvoiceSource;
        total: string;
        currency: string;
        pdfUrl: string;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type ShopOrderQueryVariables = Exact<{
  id: string | number;
}>;

export type ShopOrderQuery = {
  order: {
    id: string;
    number: string;
    total: string;
    currency: string;
    reference: string | null;
    createdAt: string;
    tickets: Array<{ key: string; subject: string; status: TicketStatus }>;
    lines: Array<{
      lineNo: number;
      sku: string;
      name: string;
      quantity: number;
      unitPrice: string;
      lineTotal: string;
    }>;
    invoice: { id: string; number: string; pdfUrl: string } | null;
  };
};

export type ShopOrderFieldsFragment = {
  id: string;
  number: string;
  total: string;
  currency: string;
  reference: string | null;
  createdAt: string;
  lines: Array<{
    lineNo: number;
    sku: string;
    name: string;
    quantity: number;
    unitPrice: string;
    lineTotal: string;
  }>;
  invoice: { id: string; number: string; pdfUrl: string } | null;
};

export type ShopOrdersQueryVariables = Exact<{
  filter?: DocumentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ShopOrdersQuery = {
  orders: {
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        number: string;
        total: string;
        currency: string;
        reference: string | null;
        createdAt: string;
        invoice: { id: string; number: string; pdfUrl: string } | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type ShopProductQueryVariables = Exact<{
  sku: string;
}>;

export type ShopProductQuery = {
  product: {
    id: string;
    sku: string;
    name: string;
    description: string;
    price: string;
    priceMinor: number;
    currency: string;
    stock: number;
    active: boolean;
  };
};

export type ShopProductFieldsFragment = {
  id: string;
  sku: string;
  name: string;
  description: string;
  price: string;
  priceMinor: number;
  currency: string;
  stock: number;
  active: boolean;
};

export type ShopProductsQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ShopProductsQuery = {
  products: {
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        sku: string;
        name: string;
        description: string;
        price: string;
        priceMinor: number;
        currency: string;
        stock: number;
        active: boolean;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type AssignInvoiceMutationVariables = Exact<{
  invoiceId: string | number;
  companyId: string | number;
}>;

export type AssignInvoiceMutation = { assignInvoice: { id: string; match: InvoiceMatch } };

export type ConfirmCompanyTaxIdMutationVariables = Exact<{
  companyId: string | number;
}>;

export type ConfirmCompanyTaxIdMutation = {
  confirmCompanyTaxId: { id: string; taxIdConfirmed: boolean; taxIdConfirmedAt: string | null };
};

export type UnmatchedInvoiceFieldsFragment = {
  id: string;
  number: string;
  issuedAt: string;
  total: string;
  currency: string;
  match: InvoiceMatch;
  buyerCountry: string | null;
  buyerTaxId: string | null;
  buyerCompany: { id: string; name: string; taxIdConfirmed: boolean } | null;
};

export type UnmatchedInvoicesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type UnmatchedInvoicesQuery = {
  unmatchedInvoices: {
    edges: Array<{
      node: {
        id: string;
        number: string;
        issuedAt: string;
        total: string;
        currency: string;
        match: InvoiceMatch;
        buyerCountry: string | null;
        buyerTaxId: string | null;
        buyerCompany: { id: string; name: string; taxIdConfirmed: boolean } | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
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
    taxIdConfirmed: boolean;
  };
};

export type CompanyAddressFieldsFragment = {
  id: string;
  kind: AddressKind;
  attention: string | null;
  street: string;
  postalCode: string;
  city: string;
  country: string;
};

export type CompanyAddressesQueryVariables = Exact<{ [key: string]: never }>;

export type CompanyAddressesQuery = {
  companyAddresses: Array<{
    id: string;
    kind: AddressKind;
    attention: string | null;
    street: string;
    postalCode: string;
    city: string;
    country: string;
  }>;
};

export type CompanyFieldsFragment = {
  id: string;
  name: string;
  taxId: string;
  country: string;
  contracted: boolean;
  taxIdConfirmed: boolean;
};

export type PortalFooterQueryVariables = Exact<{ [key: string]: never }>;

export type PortalFooterQuery = { appInfo: { supportEmail: string; version: string } };

export type StaffQueueUpdatedSubscriptionVariables = Exact<{ [key: string]: never }>;

export type StaffQueueUpdatedSubscription = {
  staffQueueUpdated: { queue: StaffQueue; key: string | null };
};

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
      taxIdConfirmed: boolean;
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
    taxIdConfirmed: boolean;
  } | null;
  agent: { id: string; name: string; email: string; locale: string } | null;
};

export type CompaniesQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type CompaniesQuery = {
  companies: {
    edges: Array<{
      cursor: string;
      node: { id: string; name: string; taxId: string; contracted: boolean };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export const JoinRequestFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'JoinRequestFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JoinRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'routedToStaff' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'company' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
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
export const DocumentLinkFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentLinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentLink' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const TicketDetailFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portalKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'autoResolveAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'autoCloseAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reporter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'links' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentLinkFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'internal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusChange' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentLinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentLink' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const TicketSummaryFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portalKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reporter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const ServiceLevelFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceLevelFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketServiceLevel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'breached' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paused' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const StaffRequestTypeFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StaffRequestTypeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestType' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serviceLevels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstResponseHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolutionHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'own' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'names' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uk' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hu' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const ReturnRequestFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnRequestFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rmaNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnAddress' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shipBackAddress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attention' } },
                { kind: 'Field', name: { kind: 'Name', value: 'street' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'labelUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditNoteNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'company' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contracted' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invoiceNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conditions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'noSignsOfUse' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'undamaged' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'originalPackaging' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'properlyPacked' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'merchantable' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'disconnected' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'meetsConditions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serialNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'faultDescription' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serviceStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purchaseDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accessories' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'warrantyProof' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'photos' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const ShopProductFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ShopProductFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'price' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priceMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stock' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const ShopBasketFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ShopBasketFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Basket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'itemCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lineTotal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ShopProductFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ShopProductFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'price' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priceMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stock' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const ShopInvoiceFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ShopInvoiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Invoice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pdfUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lineNo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lineTotal' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const ShopOrderFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ShopOrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lineNo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lineTotal' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invoice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pdfUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const UnmatchedInvoiceFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnmatchedInvoiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Invoice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'match' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerTaxId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'buyerCompany' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxIdConfirmed' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const CompanyAddressFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CompanyAddressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CompanyAddress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attention' } },
          { kind: 'Field', name: { kind: 'Name', value: 'street' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
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
          { kind: 'Field', name: { kind: 'Name', value: 'taxIdConfirmed' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'taxIdConfirmed' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'taxIdConfirmed' } },
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
export const ConfirmJoinRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmJoinRequest' },
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
            name: { kind: 'Name', value: 'confirmJoinRequest' },
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
export type ConfirmJoinRequestMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  ConfirmJoinRequestMutation,
  ConfirmJoinRequestMutationVariables
>;

/**
 * __useConfirmJoinRequestMutation__
 *
 * To run a mutation, you first call `useConfirmJoinRequestMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useConfirmJoinRequestMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [confirmJoinRequestMutation, { data, loading, error }] = useConfirmJoinRequestMutation({
 *   variables: {
 *      token: // value for 'token'
 *   },
 * });
 */
export function useConfirmJoinRequestMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    ConfirmJoinRequestMutation,
    ConfirmJoinRequestMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    ConfirmJoinRequestMutation,
    ConfirmJoinRequestMutationVariables
  >(ConfirmJoinRequestDocument, options);
}
export type ConfirmJoinRequestMutationHookResult = ReturnType<typeof useConfirmJoinRequestMutation>;
export type ConfirmJoinRequestMutationResult =
  ApolloReactHooks.useMutation.Result<ConfirmJoinRequestMutation>;
export type ConfirmJoinRequestMutationOptions = ApolloReactHooks.useMutation.Options<
  ConfirmJoinRequestMutation,
  ConfirmJoinRequestMutationVariables
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
          { kind: 'Field', name: { kind: 'Name', value: 'taxIdConfirmed' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'taxIdConfirmed' } },
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
export const RequestToJoinCompanyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestToJoinCompany' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestToJoinCompanyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestToJoinCompany' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type RequestToJoinCompanyMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  RequestToJoinCompanyMutation,
  RequestToJoinCompanyMutationVariables
>;

/**
 * __useRequestToJoinCompanyMutation__
 *
 * To run a mutation, you first call `useRequestToJoinCompanyMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useRequestToJoinCompanyMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [requestToJoinCompanyMutation, { data, loading, error }] = useRequestToJoinCompanyMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useRequestToJoinCompanyMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    RequestToJoinCompanyMutation,
    RequestToJoinCompanyMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    RequestToJoinCompanyMutation,
    RequestToJoinCompanyMutationVariables
  >(RequestToJoinCompanyDocument, options);
}
export type RequestToJoinCompanyMutationHookResult = ReturnType<
  typeof useRequestToJoinCompanyMutation
>;
export type RequestToJoinCompanyMutationResult =
  ApolloReactHooks.useMutation.Result<RequestToJoinCompanyMutation>;
export type RequestToJoinCompanyMutationOptions = ApolloReactHooks.useMutation.Options<
  RequestToJoinCompanyMutation,
  RequestToJoinCompanyMutationVariables
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
export const AddShippingAddressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddShippingAddress' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddressInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addShippingAddress' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CompanyAddressFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CompanyAddressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CompanyAddress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attention' } },
          { kind: 'Field', name: { kind: 'Name', value: 'street' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type AddShippingAddressMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  AddShippingAddressMutation,
  AddShippingAddressMutationVariables
>;

/**
 * __useAddShippingAddressMutation__
 *
 * To run a mutation, you first call `useAddShippingAddressMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useAddShippingAddressMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [addShippingAddressMutation, { data, loading, error }] = useAddShippingAddressMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useAddShippingAddressMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    AddShippingAddressMutation,
    AddShippingAddressMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    AddShippingAddressMutation,
    AddShippingAddressMutationVariables
  >(AddShippingAddressDocument, options);
}
export type AddShippingAddressMutationHookResult = ReturnType<typeof useAddShippingAddressMutation>;
export type AddShippingAddressMutationResult =
  ApolloReactHooks.useMutation.Result<AddShippingAddressMutation>;
export type AddShippingAddressMutationOptions = ApolloReactHooks.useMutation.Options<
  AddShippingAddressMutation,
  AddShippingAddressMutationVariables
>;
export const ApproveJoinRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveJoinRequest' },
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
            name: { kind: 'Name', value: 'approveJoinRequest' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type ApproveJoinRequestMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  ApproveJoinRequestMutation,
  ApproveJoinRequestMutationVariables
>;

/**
 * __useApproveJoinRequestMutation__
 *
 * To run a mutation, you first call `useApproveJoinRequestMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useApproveJoinRequestMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [approveJoinRequestMutation, { data, loading, error }] = useApproveJoinRequestMutation({
 *   variables: {
 *      id: // value for 'id'
 *      role: // value for 'role'
 *   },
 * });
 */
export function useApproveJoinRequestMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    ApproveJoinRequestMutation,
    ApproveJoinRequestMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    ApproveJoinRequestMutation,
    ApproveJoinRequestMutationVariables
  >(ApproveJoinRequestDocument, options);
}
export type ApproveJoinRequestMutationHookResult = ReturnType<typeof useApproveJoinRequestMutation>;
export type ApproveJoinRequestMutationResult =
  ApolloReactHooks.useMutation.Result<ApproveJoinRequestMutation>;
export type ApproveJoinRequestMutationOptions = ApolloReactHooks.useMutation.Options<
  ApproveJoinRequestMutation,
  ApproveJoinRequestMutationVariables
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
export const DeclineJoinRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeclineJoinRequest' },
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declineJoinRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type DeclineJoinRequestMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  DeclineJoinRequestMutation,
  DeclineJoinRequestMutationVariables
>;

/**
 * __useDeclineJoinRequestMutation__
 *
 * To run a mutation, you first call `useDeclineJoinRequestMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDeclineJoinRequestMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [declineJoinRequestMutation, { data, loading, error }] = useDeclineJoinRequestMutation({
 *   variables: {
 *      id: // value for 'id'
 *      reason: // value for 'reason'
 *   },
 * });
 */
export function useDeclineJoinRequestMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    DeclineJoinRequestMutation,
    DeclineJoinRequestMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    DeclineJoinRequestMutation,
    DeclineJoinRequestMutationVariables
  >(DeclineJoinRequestDocument, options);
}
export type DeclineJoinRequestMutationHookResult = ReturnType<typeof useDeclineJoinRequestMutation>;
export type DeclineJoinRequestMutationResult =
  ApolloReactHooks.useMutation.Result<DeclineJoinRequestMutation>;
export type DeclineJoinRequestMutationOptions = ApolloReactHooks.useMutation.Options<
  DeclineJoinRequestMutation,
  DeclineJoinRequestMutationVariables
>;
export const DeleteCompanyAddressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteCompanyAddress' },
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
            name: { kind: 'Name', value: 'deleteCompanyAddress' },
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
export type DeleteCompanyAddressMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  DeleteCompanyAddressMutation,
  DeleteCompanyAddressMutationVariables
>;

/**
 * __useDeleteCompanyAddressMutation__
 *
 * To run a mutation, you first call `useDeleteCompanyAddressMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDeleteCompanyAddressMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [deleteCompanyAddressMutation, { data, loading, error }] = useDeleteCompanyAddressMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useDeleteCompanyAddressMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    DeleteCompanyAddressMutation,
    DeleteCompanyAddressMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    DeleteCompanyAddressMutation,
    DeleteCompanyAddressMutationVariables
  >(DeleteCompanyAddressDocument, options);
}
export type DeleteCompanyAddressMutationHookResult = ReturnType<
  typeof useDeleteCompanyAddressMutation
>;
export type DeleteCompanyAddressMutationResult =
  ApolloReactHooks.useMutation.Result<DeleteCompanyAddressMutation>;
export type DeleteCompanyAddressMutationOptions = ApolloReactHooks.useMutation.Options<
  DeleteCompanyAddressMutation,
  DeleteCompanyAddressMutationVariables
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
export const JoinRequestsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'JoinRequests' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'joinRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'JoinRequestFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'JoinRequestFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JoinRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'routedToStaff' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'company' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useJoinRequestsQuery__
 *
 * To run a query within a React component, call `useJoinRequestsQuery` and pass it any options that fit your needs.
 * When your component renders, `useJoinRequestsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useJoinRequestsQuery({
 *   variables: {
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useJoinRequestsQuery(
  baseOptions?: ApolloReactHooks.useQuery.Options<JoinRequestsQuery, JoinRequestsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<JoinRequestsQuery, JoinRequestsQueryVariables>(
    JoinRequestsDocument,
    options,
  );
}
export function useJoinRequestsLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<
    JoinRequestsQuery,
    JoinRequestsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<JoinRequestsQuery, JoinRequestsQueryVariables>(
    JoinRequestsDocument,
    options,
  );
}
export function useJoinRequestsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.useSuspenseQuery.Options<JoinRequestsQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<JoinRequestsQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<JoinRequestsQuery, JoinRequestsQueryVariables>(
    JoinRequestsDocument,
    options,
  );
}
export type JoinRequestsQueryHookResult = ReturnType<typeof useJoinRequestsQuery>;
export type JoinRequestsLazyQueryHookResult = ReturnType<typeof useJoinRequestsLazyQuery>;
export type JoinRequestsSuspenseQueryHookResult = ReturnType<typeof useJoinRequestsSuspenseQuery>;
export type JoinRequestsQueryResult = ApolloReactHooks.useQuery.Result<
  JoinRequestsQuery,
  JoinRequestsQueryVariables
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
export const SaveBillingAddressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveBillingAddress' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddressInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveBillingAddress' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CompanyAddressFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CompanyAddressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CompanyAddress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attention' } },
          { kind: 'Field', name: { kind: 'Name', value: 'street' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type SaveBillingAddressMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  SaveBillingAddressMutation,
  SaveBillingAddressMutationVariables
>;

/**
 * __useSaveBillingAddressMutation__
 *
 * To run a mutation, you first call `useSaveBillingAddressMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useSaveBillingAddressMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [saveBillingAddressMutation, { data, loading, error }] = useSaveBillingAddressMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useSaveBillingAddressMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    SaveBillingAddressMutation,
    SaveBillingAddressMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    SaveBillingAddressMutation,
    SaveBillingAddressMutationVariables
  >(SaveBillingAddressDocument, options);
}
export type SaveBillingAddressMutationHookResult = ReturnType<typeof useSaveBillingAddressMutation>;
export type SaveBillingAddressMutationResult =
  ApolloReactHooks.useMutation.Result<SaveBillingAddressMutation>;
export type SaveBillingAddressMutationOptions = ApolloReactHooks.useMutation.Options<
  SaveBillingAddressMutation,
  SaveBillingAddressMutationVariables
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
          { kind: 'Field', name: { kind: 'Name', value: 'taxIdConfirmed' } },
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
export const UpdateCompanyAddressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateCompanyAddress' },
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddressInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateCompanyAddress' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CompanyAddressFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CompanyAddressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CompanyAddress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attention' } },
          { kind: 'Field', name: { kind: 'Name', value: 'street' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type UpdateCompanyAddressMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  UpdateCompanyAddressMutation,
  UpdateCompanyAddressMutationVariables
>;

/**
 * __useUpdateCompanyAddressMutation__
 *
 * To run a mutation, you first call `useUpdateCompanyAddressMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useUpdateCompanyAddressMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [updateCompanyAddressMutation, { data, loading, error }] = useUpdateCompanyAddressMutation({
 *   variables: {
 *      id: // value for 'id'
 *      input: // value for 'input'
 *   },
 * });
 */
export function useUpdateCompanyAddressMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    UpdateCompanyAddressMutation,
    UpdateCompanyAddressMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    UpdateCompanyAddressMutation,
    UpdateCompanyAddressMutationVariables
  >(UpdateCompanyAddressDocument, options);
}
export type UpdateCompanyAddressMutationHookResult = ReturnType<
  typeof useUpdateCompanyAddressMutation
>;
export type UpdateCompanyAddressMutationResult =
  ApolloReactHooks.useMutation.Result<UpdateCompanyAddressMutation>;
export type UpdateCompanyAddressMutationOptions = ApolloReactHooks.useMutation.Options<
  UpdateCompanyAddressMutation,
  UpdateCompanyAddressMutationVariables
>;
export const GettingStartedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GettingStarted' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gettingStarted' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'billingAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'colleaguesInvited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstOrderOrRequest' } },
                { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useGettingStartedQuery__
 *
 * To run a query within a React component, call `useGettingStartedQuery` and pass it any options that fit your needs.
 * When your component renders, `useGettingStartedQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useGettingStartedQuery({
 *   variables: {
 *   },
 * });
 */
export function useGettingStartedQuery(
  baseOptions?: ApolloReactHooks.useQuery.Options<
    GettingStartedQuery,
    GettingStartedQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<GettingStartedQuery, GettingStartedQueryVariables>(
    GettingStartedDocument,
    options,
  );
}
export function useGettingStartedLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<
    GettingStartedQuery,
    GettingStartedQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<GettingStartedQuery, GettingStartedQueryVariables>(
    GettingStartedDocument,
    options,
  );
}
export function useGettingStartedSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.useSuspenseQuery.Options<GettingStartedQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<GettingStartedQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<GettingStartedQuery, GettingStartedQueryVariables>(
    GettingStartedDocument,
    options,
  );
}
export type GettingStartedQueryHookResult = ReturnType<typeof useGettingStartedQuery>;
export type GettingStartedLazyQueryHookResult = ReturnType<typeof useGettingStartedLazyQuery>;
export type GettingStartedSuspenseQueryHookResult = ReturnType<
  typeof useGettingStartedSuspenseQuery
>;
export type GettingStartedQueryResult = ApolloReactHooks.useQuery.Result<
  GettingStartedQuery,
  GettingStartedQueryVariables
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
export const CancelTicketDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelTicket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
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
            name: { kind: 'Name', value: 'cancelTicket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ticketId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketDetailFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentLinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentLink' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portalKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'autoResolveAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'autoCloseAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reporter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'links' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentLinkFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'internal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusChange' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type CancelTicketMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  CancelTicketMutation,
  CancelTicketMutationVariables
>;

/**
 * __useCancelTicketMutation__
 *
 * To run a mutation, you first call `useCancelTicketMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCancelTicketMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [cancelTicketMutation, { data, loading, error }] = useCancelTicketMutation({
 *   variables: {
 *      ticketId: // value for 'ticketId'
 *   },
 * });
 */
export function useCancelTicketMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    CancelTicketMutation,
    CancelTicketMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<CancelTicketMutation, CancelTicketMutationVariables>(
    CancelTicketDocument,
    options,
  );
}
export type CancelTicketMutationHookResult = ReturnType<typeof useCancelTicketMutation>;
export type CancelTicketMutationResult = ApolloReactHooks.useMutation.Result<CancelTicketMutation>;
export type CancelTicketMutationOptions = ApolloReactHooks.useMutation.Options<
  CancelTicketMutation,
  CancelTicketMutationVariables
>;
export const CommentOnTicketDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CommentOnTicket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
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
            name: { kind: 'Name', value: 'commentOnTicket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ticketId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'body' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketDetailFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentLinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentLink' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portalKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'autoResolveAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'autoCloseAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reporter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'links' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentLinkFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'internal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusChange' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type CommentOnTicketMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  CommentOnTicketMutation,
  CommentOnTicketMutationVariables
>;

/**
 * __useCommentOnTicketMutation__
 *
 * To run a mutation, you first call `useCommentOnTicketMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCommentOnTicketMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [commentOnTicketMutation, { data, loading, error }] = useCommentOnTicketMutation({
 *   variables: {
 *      ticketId: // value for 'ticketId'
 *      body: // value for 'body'
 *   },
 * });
 */
export function useCommentOnTicketMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    CommentOnTicketMutation,
    CommentOnTicketMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<CommentOnTicketMutation, CommentOnTicketMutationVariables>(
    CommentOnTicketDocument,
    options,
  );
}
export type CommentOnTicketMutationHookResult = ReturnType<typeof useCommentOnTicketMutation>;
export type CommentOnTicketMutationResult =
  ApolloReactHooks.useMutation.Result<CommentOnTicketMutation>;
export type CommentOnTicketMutationOptions = ApolloReactHooks.useMutation.Options<
  CommentOnTicketMutation,
  CommentOnTicketMutationVariables
>;
export const CreateTicketDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateTicket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateTicketInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createTicket' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketDetailFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentLinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentLink' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portalKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'autoResolveAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'autoCloseAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reporter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'links' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentLinkFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'internal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusChange' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type CreateTicketMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  CreateTicketMutation,
  CreateTicketMutationVariables
>;

/**
 * __useCreateTicketMutation__
 *
 * To run a mutation, you first call `useCreateTicketMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCreateTicketMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [createTicketMutation, { data, loading, error }] = useCreateTicketMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useCreateTicketMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    CreateTicketMutation,
    CreateTicketMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<CreateTicketMutation, CreateTicketMutationVariables>(
    CreateTicketDocument,
    options,
  );
}
export type CreateTicketMutationHookResult = ReturnType<typeof useCreateTicketMutation>;
export type CreateTicketMutationResult = ApolloReactHooks.useMutation.Result<CreateTicketMutation>;
export type CreateTicketMutationOptions = ApolloReactHooks.useMutation.Options<
  CreateTicketMutation,
  CreateTicketMutationVariables
>;
export const LinkableDocumentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LinkableDocuments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kinds' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentLinkKind' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'linkableDocuments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kinds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kinds' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentLinkFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentLinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentLink' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useLinkableDocumentsQuery__
 *
 * To run a query within a React component, call `useLinkableDocumentsQuery` and pass it any options that fit your needs.
 * When your component renders, `useLinkableDocumentsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useLinkableDocumentsQuery({
 *   variables: {
 *      search: // value for 'search'
 *      kinds: // value for 'kinds'
 *      first: // value for 'first'
 *   },
 * });
 */
export function useLinkableDocumentsQuery(
  baseOptions?: ApolloReactHooks.useQuery.Options<
    LinkableDocumentsQuery,
    LinkableDocumentsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<LinkableDocumentsQuery, LinkableDocumentsQueryVariables>(
    LinkableDocumentsDocument,
    options,
  );
}
export function useLinkableDocumentsLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<
    LinkableDocumentsQuery,
    LinkableDocumentsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<LinkableDocumentsQuery, LinkableDocumentsQueryVariables>(
    LinkableDocumentsDocument,
    options,
  );
}
export function useLinkableDocumentsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.useSuspenseQuery.Options<LinkableDocumentsQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<LinkableDocumentsQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<LinkableDocumentsQuery, LinkableDocumentsQueryVariables>(
    LinkableDocumentsDocument,
    options,
  );
}
export type LinkableDocumentsQueryHookResult = ReturnType<typeof useLinkableDocumentsQuery>;
export type LinkableDocumentsLazyQueryHookResult = ReturnType<typeof useLinkableDocumentsLazyQuery>;
export type LinkableDocumentsSuspenseQueryHookResult = ReturnType<
  typeof useLinkableDocumentsSuspenseQuery
>;
export type LinkableDocumentsQueryResult = ApolloReactHooks.useQuery.Result<
  LinkableDocumentsQuery,
  LinkableDocumentsQueryVariables
>;
export const PortalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Portals' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'portals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'requestTypeGroups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'types' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'children' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __usePortalsQuery__
 *
 * To run a query within a React component, call `usePortalsQuery` and pass it any options that fit your needs.
 * When your component renders, `usePortalsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = usePortalsQuery({
 *   variables: {
 *   },
 * });
 */
export function usePortalsQuery(
  baseOptions?: ApolloReactHooks.useQuery.Options<PortalsQuery, PortalsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<PortalsQuery, PortalsQueryVariables>(PortalsDocument, options);
}
export function usePortalsLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<PortalsQuery, PortalsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<PortalsQuery, PortalsQueryVariables>(
    PortalsDocument,
    options,
  );
}
export function usePortalsSuspenseQuery(
  baseOptions?:
    ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<PortalsQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<PortalsQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<PortalsQuery, PortalsQueryVariables>(
    PortalsDocument,
    options,
  );
}
export type PortalsQueryHookResult = ReturnType<typeof usePortalsQuery>;
export type PortalsLazyQueryHookResult = ReturnType<typeof usePortalsLazyQuery>;
export type PortalsSuspenseQueryHookResult = ReturnType<typeof usePortalsSuspenseQuery>;
export type PortalsQueryResult = ApolloReactHooks.useQuery.Result<
  PortalsQuery,
  PortalsQueryVariables
>;
export const RateTicketDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RateTicket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'rating' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rateTicket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ticketId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'rating' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'rating' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'comment' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'satisfaction' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ratedAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type RateTicketMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  RateTicketMutation,
  RateTicketMutationVariables
>;

/**
 * __useRateTicketMutation__
 *
 * To run a mutation, you first call `useRateTicketMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useRateTicketMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [rateTicketMutation, { data, loading, error }] = useRateTicketMutation({
 *   variables: {
 *      ticketId: // value for 'ticketId'
 *      rating: // value for 'rating'
 *      comment: // value for 'comment'
 *   },
 * });
 */
export function useRateTicketMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    RateTicketMutation,
    RateTicketMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<RateTicketMutation, RateTicketMutationVariables>(
    RateTicketDocument,
    options,
  );
}
export type RateTicketMutationHookResult = ReturnType<typeof useRateTicketMutation>;
export type RateTicketMutationResult = ApolloReactHooks.useMutation.Result<RateTicketMutation>;
export type RateTicketMutationOptions = ApolloReactHooks.useMutation.Options<
  RateTicketMutation,
  RateTicketMutationVariables
>;
export const ReopenTicketDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReopenTicket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
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
            name: { kind: 'Name', value: 'reopenTicket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ticketId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'comment' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketDetailFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentLinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentLink' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portalKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'autoResolveAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'autoCloseAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reporter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'links' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentLinkFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'internal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusChange' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type ReopenTicketMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  ReopenTicketMutation,
  ReopenTicketMutationVariables
>;

/**
 * __useReopenTicketMutation__
 *
 * To run a mutation, you first call `useReopenTicketMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useReopenTicketMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [reopenTicketMutation, { data, loading, error }] = useReopenTicketMutation({
 *   variables: {
 *      ticketId: // value for 'ticketId'
 *      comment: // value for 'comment'
 *   },
 * });
 */
export function useReopenTicketMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    ReopenTicketMutation,
    ReopenTicketMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<ReopenTicketMutation, ReopenTicketMutationVariables>(
    ReopenTicketDocument,
    options,
  );
}
export type ReopenTicketMutationHookResult = ReturnType<typeof useReopenTicketMutation>;
export type ReopenTicketMutationResult = ApolloReactHooks.useMutation.Result<ReopenTicketMutation>;
export type ReopenTicketMutationOptions = ApolloReactHooks.useMutation.Options<
  ReopenTicketMutation,
  ReopenTicketMutationVariables
>;
export const ShareTicketDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ShareTicket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'representativeIds' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shareTicket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ticketId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'representativeIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'representativeIds' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketDetailFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentLinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentLink' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portalKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'autoResolveAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'autoCloseAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reporter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'links' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentLinkFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'internal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusChange' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type ShareTicketMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  ShareTicketMutation,
  ShareTicketMutationVariables
>;

/**
 * __useShareTicketMutation__
 *
 * To run a mutation, you first call `useShareTicketMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useShareTicketMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [shareTicketMutation, { data, loading, error }] = useShareTicketMutation({
 *   variables: {
 *      ticketId: // value for 'ticketId'
 *      representativeIds: // value for 'representativeIds'
 *   },
 * });
 */
export function useShareTicketMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    ShareTicketMutation,
    ShareTicketMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<ShareTicketMutation, ShareTicketMutationVariables>(
    ShareTicketDocument,
    options,
  );
}
export type ShareTicketMutationHookResult = ReturnType<typeof useShareTicketMutation>;
export type ShareTicketMutationResult = ApolloReactHooks.useMutation.Result<ShareTicketMutation>;
export type ShareTicketMutationOptions = ApolloReactHooks.useMutation.Options<
  ShareTicketMutation,
  ShareTicketMutationVariables
>;
export const TicketDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Ticket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
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
            name: { kind: 'Name', value: 'ticket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketDetailFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentLinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentLink' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portalKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'autoResolveAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'autoCloseAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reporter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'links' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentLinkFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'internal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusChange' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useTicketQuery__
 *
 * To run a query within a React component, call `useTicketQuery` and pass it any options that fit your needs.
 * When your component renders, `useTicketQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useTicketQuery({
 *   variables: {
 *      key: // value for 'key'
 *   },
 * });
 */
export function useTicketQuery(
  baseOptions: ApolloReactHooks.useQuery.Options<TicketQuery, TicketQueryVariables> &
    ({ variables: TicketQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<TicketQuery, TicketQueryVariables>(TicketDocument, options);
}
export function useTicketLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<TicketQuery, TicketQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<TicketQuery, TicketQueryVariables>(TicketDocument, options);
}
export function useTicketSuspenseQuery(
  baseOptions?:
    ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<TicketQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<TicketQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<TicketQuery, TicketQueryVariables>(
    TicketDocument,
    options,
  );
}
export type TicketQueryHookResult = ReturnType<typeof useTicketQuery>;
export type TicketLazyQueryHookResult = ReturnType<typeof useTicketLazyQuery>;
export type TicketSuspenseQueryHookResult = ReturnType<typeof useTicketSuspenseQuery>;
export type TicketQueryResult = ApolloReactHooks.useQuery.Result<TicketQuery, TicketQueryVariables>;
export const TicketSatisfactionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TicketSatisfaction' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
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
            name: { kind: 'Name', value: 'ticket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reporter' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'satisfaction' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ratedAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useTicketSatisfactionQuery__
 *
 * To run a query within a React component, call `useTicketSatisfactionQuery` and pass it any options that fit your needs.
 * When your component renders, `useTicketSatisfactionQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useTicketSatisfactionQuery({
 *   variables: {
 *      key: // value for 'key'
 *   },
 * });
 */
export function useTicketSatisfactionQuery(
  baseOptions: ApolloReactHooks.useQuery.Options<
    TicketSatisfactionQuery,
    TicketSatisfactionQueryVariables
  > &
    ({ variables: TicketSatisfactionQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<TicketSatisfactionQuery, TicketSatisfactionQueryVariables>(
    TicketSatisfactionDocument,
    options,
  );
}
export function useTicketSatisfactionLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<
    TicketSatisfactionQuery,
    TicketSatisfactionQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<TicketSatisfactionQuery, TicketSatisfactionQueryVariables>(
    TicketSatisfactionDocument,
    options,
  );
}
export function useTicketSatisfactionSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.useSuspenseQuery.Options<TicketSatisfactionQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<TicketSatisfactionQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<
    TicketSatisfactionQuery,
    TicketSatisfactionQueryVariables
  >(TicketSatisfactionDocument, options);
}
export type TicketSatisfactionQueryHookResult = ReturnType<typeof useTicketSatisfactionQuery>;
export type TicketSatisfactionLazyQueryHookResult = ReturnType<
  typeof useTicketSatisfactionLazyQuery
>;
export type TicketSatisfactionSuspenseQueryHookResult = ReturnType<
  typeof useTicketSatisfactionSuspenseQuery
>;
export type TicketSatisfactionQueryResult = ApolloReactHooks.useQuery.Result<
  TicketSatisfactionQuery,
  TicketSatisfactionQueryVariables
>;
export const TicketUpdatedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'TicketUpdated' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
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
            name: { kind: 'Name', value: 'ticketUpdated' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketDetailFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentLinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentLink' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portalKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'autoResolveAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'autoCloseAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reporter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'links' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentLinkFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'internal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusChange' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useTicketUpdatedSubscription__
 *
 * To run a query within a React component, call `useTicketUpdatedSubscription` and pass it any options that fit your needs.
 * When your component renders, `useTicketUpdatedSubscription` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the subscription, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useTicketUpdatedSubscription({
 *   variables: {
 *      key: // value for 'key'
 *   },
 * });
 */
export function useTicketUpdatedSubscription(
  baseOptions: ApolloReactHooks.useSubscription.Options<
    TicketUpdatedSubscription,
    TicketUpdatedSubscriptionVariables
  > &
    ({ variables: TicketUpdatedSubscriptionVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSubscription<
    TicketUpdatedSubscription,
    TicketUpdatedSubscriptionVariables
  >(TicketUpdatedDocument, options);
}
export type TicketUpdatedSubscriptionHookResult = ReturnType<typeof useTicketUpdatedSubscription>;
export type TicketUpdatedSubscriptionResult =
  ApolloReactHooks.useSubscription.Result<TicketUpdatedSubscription>;
export const TicketsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Tickets' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tickets' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'TicketSummaryFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portalKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reporter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useTicketsQuery__
 *
 * To run a query within a React component, call `useTicketsQuery` and pass it any options that fit your needs.
 * When your component renders, `useTicketsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useTicketsQuery({
 *   variables: {
 *      filter: // value for 'filter'
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useTicketsQuery(
  baseOptions?: ApolloReactHooks.useQuery.Options<TicketsQuery, TicketsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<TicketsQuery, TicketsQueryVariables>(TicketsDocument, options);
}
export function useTicketsLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<TicketsQuery, TicketsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<TicketsQuery, TicketsQueryVariables>(
    TicketsDocument,
    options,
  );
}
export function useTicketsSuspenseQuery(
  baseOptions?:
    ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<TicketsQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<TicketsQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<TicketsQuery, TicketsQueryVariables>(
    TicketsDocument,
    options,
  );
}
export type TicketsQueryHookResult = ReturnType<typeof useTicketsQuery>;
export type TicketsLazyQueryHookResult = ReturnType<typeof useTicketsLazyQuery>;
export type TicketsSuspenseQueryHookResult = ReturnType<typeof useTicketsSuspenseQuery>;
export type TicketsQueryResult = ApolloReactHooks.useQuery.Result<
  TicketsQuery,
  TicketsQueryVariables
>;
export const AgentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Agents' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useAgentsQuery__
 *
 * To run a query within a React component, call `useAgentsQuery` and pass it any options that fit your needs.
 * When your component renders, `useAgentsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useAgentsQuery({
 *   variables: {
 *   },
 * });
 */
export function useAgentsQuery(
  baseOptions?: ApolloReactHooks.useQuery.Options<AgentsQuery, AgentsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<AgentsQuery, AgentsQueryVariables>(AgentsDocument, options);
}
export function useAgentsLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<AgentsQuery, AgentsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<AgentsQuery, AgentsQueryVariables>(AgentsDocument, options);
}
export function useAgentsSuspenseQuery(
  baseOptions?:
    ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<AgentsQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<AgentsQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<AgentsQuery, AgentsQueryVariables>(
    AgentsDocument,
    options,
  );
}
export type AgentsQueryHookResult = ReturnType<typeof useAgentsQuery>;
export type AgentsLazyQueryHookResult = ReturnType<typeof useAgentsLazyQuery>;
export type AgentsSuspenseQueryHookResult = ReturnType<typeof useAgentsSuspenseQuery>;
export type AgentsQueryResult = ApolloReactHooks.useQuery.Result<AgentsQuery, AgentsQueryVariables>;
export const AssignTicketDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AssignTicket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'agentId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignTicket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ticketId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'agentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'agentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketDetailFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentLinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentLink' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portalKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'autoResolveAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'autoCloseAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reporter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'links' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentLinkFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'internal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusChange' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type AssignTicketMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  AssignTicketMutation,
  AssignTicketMutationVariables
>;

/**
 * __useAssignTicketMutation__
 *
 * To run a mutation, you first call `useAssignTicketMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useAssignTicketMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [assignTicketMutation, { data, loading, error }] = useAssignTicketMutation({
 *   variables: {
 *      ticketId: // value for 'ticketId'
 *      agentId: // value for 'agentId'
 *      note: // value for 'note'
 *   },
 * });
 */
export function useAssignTicketMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    AssignTicketMutation,
    AssignTicketMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<AssignTicketMutation, AssignTicketMutationVariables>(
    AssignTicketDocument,
    options,
  );
}
export type AssignTicketMutationHookResult = ReturnType<typeof useAssignTicketMutation>;
export type AssignTicketMutationResult = ApolloReactHooks.useMutation.Result<AssignTicketMutation>;
export type AssignTicketMutationOptions = ApolloReactHooks.useMutation.Options<
  AssignTicketMutation,
  AssignTicketMutationVariables
>;
export const CreateRequestTypeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateRequestType' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'parentId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'names' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalizedNamesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createRequestType' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'groupId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'parentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'parentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'names' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'names' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StaffRequestTypeFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StaffRequestTypeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestType' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serviceLevels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstResponseHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolutionHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'own' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'names' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uk' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hu' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type CreateRequestTypeMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  CreateRequestTypeMutation,
  CreateRequestTypeMutationVariables
>;

/**
 * __useCreateRequestTypeMutation__
 *
 * To run a mutation, you first call `useCreateRequestTypeMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCreateRequestTypeMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [createRequestTypeMutation, { data, loading, error }] = useCreateRequestTypeMutation({
 *   variables: {
 *      groupId: // value for 'groupId'
 *      parentId: // value for 'parentId'
 *      names: // value for 'names'
 *   },
 * });
 */
export function useCreateRequestTypeMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    CreateRequestTypeMutation,
    CreateRequestTypeMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    CreateRequestTypeMutation,
    CreateRequestTypeMutationVariables
  >(CreateRequestTypeDocument, options);
}
export type CreateRequestTypeMutationHookResult = ReturnType<typeof useCreateRequestTypeMutation>;
export type CreateRequestTypeMutationResult =
  ApolloReactHooks.useMutation.Result<CreateRequestTypeMutation>;
export type CreateRequestTypeMutationOptions = ApolloReactHooks.useMutation.Options<
  CreateRequestTypeMutation,
  CreateRequestTypeMutationVariables
>;
export const ReplyToTicketDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReplyToTicket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'internal' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'setStatus' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketStatus' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'replyToTicket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ticketId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'body' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'internal' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'internal' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'setStatus' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'setStatus' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketDetailFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentLinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentLink' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portalKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'autoResolveAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'autoCloseAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reporter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'links' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentLinkFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'internal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusChange' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type ReplyToTicketMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  ReplyToTicketMutation,
  ReplyToTicketMutationVariables
>;

/**
 * __useReplyToTicketMutation__
 *
 * To run a mutation, you first call `useReplyToTicketMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useReplyToTicketMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [replyToTicketMutation, { data, loading, error }] = useReplyToTicketMutation({
 *   variables: {
 *      ticketId: // value for 'ticketId'
 *      body: // value for 'body'
 *      internal: // value for 'internal'
 *      setStatus: // value for 'setStatus'
 *   },
 * });
 */
export function useReplyToTicketMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    ReplyToTicketMutation,
    ReplyToTicketMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<ReplyToTicketMutation, ReplyToTicketMutationVariables>(
    ReplyToTicketDocument,
    options,
  );
}
export type ReplyToTicketMutationHookResult = ReturnType<typeof useReplyToTicketMutation>;
export type ReplyToTicketMutationResult =
  ApolloReactHooks.useMutation.Result<ReplyToTicketMutation>;
export type ReplyToTicketMutationOptions = ApolloReactHooks.useMutation.Options<
  ReplyToTicketMutation,
  ReplyToTicketMutationVariables
>;
export const ResolveTicketDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResolveTicket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolveTicket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ticketId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'comment' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketDetailFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentLinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentLink' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portalKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'autoResolveAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'autoCloseAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reporter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'links' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentLinkFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'internal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusChange' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type ResolveTicketMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  ResolveTicketMutation,
  ResolveTicketMutationVariables
>;

/**
 * __useResolveTicketMutation__
 *
 * To run a mutation, you first call `useResolveTicketMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useResolveTicketMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [resolveTicketMutation, { data, loading, error }] = useResolveTicketMutation({
 *   variables: {
 *      ticketId: // value for 'ticketId'
 *      comment: // value for 'comment'
 *   },
 * });
 */
export function useResolveTicketMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    ResolveTicketMutation,
    ResolveTicketMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<ResolveTicketMutation, ResolveTicketMutationVariables>(
    ResolveTicketDocument,
    options,
  );
}
export type ResolveTicketMutationHookResult = ReturnType<typeof useResolveTicketMutation>;
export type ResolveTicketMutationResult =
  ApolloReactHooks.useMutation.Result<ResolveTicketMutation>;
export type ResolveTicketMutationOptions = ApolloReactHooks.useMutation.Options<
  ResolveTicketMutation,
  ResolveTicketMutationVariables
>;
export const ServiceLevelReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ServiceLevelReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTimeISO' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTimeISO' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'portalKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PortalKey' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serviceLevelReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'portalKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'portalKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'week' } },
                { kind: 'Field', name: { kind: 'Name', value: 'portalKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestTypeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestTypeName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstResponseMedianHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstResponseP90Hours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolutionMedianHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolutionP90Hours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'breaches' } },
                { kind: 'Field', name: { kind: 'Name', value: 'averageRating' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useServiceLevelReportQuery__
 *
 * To run a query within a React component, call `useServiceLevelReportQuery` and pass it any options that fit your needs.
 * When your component renders, `useServiceLevelReportQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useServiceLevelReportQuery({
 *   variables: {
 *      from: // value for 'from'
 *      to: // value for 'to'
 *      portalKey: // value for 'portalKey'
 *   },
 * });
 */
export function useServiceLevelReportQuery(
  baseOptions: ApolloReactHooks.useQuery.Options<
    ServiceLevelReportQuery,
    ServiceLevelReportQueryVariables
  > &
    ({ variables: ServiceLevelReportQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<ServiceLevelReportQuery, ServiceLevelReportQueryVariables>(
    ServiceLevelReportDocument,
    options,
  );
}
export function useServiceLevelReportLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<
    ServiceLevelReportQuery,
    ServiceLevelReportQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<ServiceLevelReportQuery, ServiceLevelReportQueryVariables>(
    ServiceLevelReportDocument,
    options,
  );
}
export function useServiceLevelReportSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.useSuspenseQuery.Options<ServiceLevelReportQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<ServiceLevelReportQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<
    ServiceLevelReportQuery,
    ServiceLevelReportQueryVariables
  >(ServiceLevelReportDocument, options);
}
export type ServiceLevelReportQueryHookResult = ReturnType<typeof useServiceLevelReportQuery>;
export type ServiceLevelReportLazyQueryHookResult = ReturnType<
  typeof useServiceLevelReportLazyQuery
>;
export type ServiceLevelReportSuspenseQueryHookResult = ReturnType<
  typeof useServiceLevelReportSuspenseQuery
>;
export type ServiceLevelReportQueryResult = ApolloReactHooks.useQuery.Result<
  ServiceLevelReportQuery,
  ServiceLevelReportQueryVariables
>;
export const SetServiceLevelTargetsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetServiceLevelTargets' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'requestTypeId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'targets' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceLevelTargetsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setServiceLevelTargets' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'requestTypeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'requestTypeId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'targets' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'targets' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'serviceLevels' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'firstResponseHours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'resolutionHours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'own' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type SetServiceLevelTargetsMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  SetServiceLevelTargetsMutation,
  SetServiceLevelTargetsMutationVariables
>;

/**
 * __useSetServiceLevelTargetsMutation__
 *
 * To run a mutation, you first call `useSetServiceLevelTargetsMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useSetServiceLevelTargetsMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [setServiceLevelTargetsMutation, { data, loading, error }] = useSetServiceLevelTargetsMutation({
 *   variables: {
 *      requestTypeId: // value for 'requestTypeId'
 *      targets: // value for 'targets'
 *   },
 * });
 */
export function useSetServiceLevelTargetsMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    SetServiceLevelTargetsMutation,
    SetServiceLevelTargetsMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    SetServiceLevelTargetsMutation,
    SetServiceLevelTargetsMutationVariables
  >(SetServiceLevelTargetsDocument, options);
}
export type SetServiceLevelTargetsMutationHookResult = ReturnType<
  typeof useSetServiceLevelTargetsMutation
>;
export type SetServiceLevelTargetsMutationResult =
  ApolloReactHooks.useMutation.Result<SetServiceLevelTargetsMutation>;
export type SetServiceLevelTargetsMutationOptions = ApolloReactHooks.useMutation.Options<
  SetServiceLevelTargetsMutation,
  SetServiceLevelTargetsMutationVariables
>;
export const StaffRequestTypesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StaffRequestTypes' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'portals' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeInactive' },
                value: { kind: 'BooleanValue', value: true },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'requestTypeGroups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'names' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'uk' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'hu' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pl' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'types' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'StaffRequestTypeFields' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'children' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'StaffRequestTypeFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StaffRequestTypeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestType' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serviceLevels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstResponseHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolutionHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'own' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'names' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uk' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hu' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useStaffRequestTypesQuery__
 *
 * To run a query within a React component, call `useStaffRequestTypesQuery` and pass it any options that fit your needs.
 * When your component renders, `useStaffRequestTypesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useStaffRequestTypesQuery({
 *   variables: {
 *   },
 * });
 */
export function useStaffRequestTypesQuery(
  baseOptions?: ApolloReactHooks.useQuery.Options<
    StaffRequestTypesQuery,
    StaffRequestTypesQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<StaffRequestTypesQuery, StaffRequestTypesQueryVariables>(
    StaffRequestTypesDocument,
    options,
  );
}
export function useStaffRequestTypesLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<
    StaffRequestTypesQuery,
    StaffRequestTypesQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<StaffRequestTypesQuery, StaffRequestTypesQueryVariables>(
    StaffRequestTypesDocument,
    options,
  );
}
export function useStaffRequestTypesSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.useSuspenseQuery.Options<StaffRequestTypesQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<StaffRequestTypesQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<StaffRequestTypesQuery, StaffRequestTypesQueryVariables>(
    StaffRequestTypesDocument,
    options,
  );
}
export type StaffRequestTypesQueryHookResult = ReturnType<typeof useStaffRequestTypesQuery>;
export type StaffRequestTypesLazyQueryHookResult = ReturnType<typeof useStaffRequestTypesLazyQuery>;
export type StaffRequestTypesSuspenseQueryHookResult = ReturnType<
  typeof useStaffRequestTypesSuspenseQuery
>;
export type StaffRequestTypesQueryResult = ApolloReactHooks.useQuery.Result<
  StaffRequestTypesQuery,
  StaffRequestTypesQueryVariables
>;
export const StaffTicketCustomerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StaffTicketCustomer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
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
            name: { kind: 'Name', value: 'ticket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'company' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contracted' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useStaffTicketCustomerQuery__
 *
 * To run a query within a React component, call `useStaffTicketCustomerQuery` and pass it any options that fit your needs.
 * When your component renders, `useStaffTicketCustomerQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useStaffTicketCustomerQuery({
 *   variables: {
 *      key: // value for 'key'
 *   },
 * });
 */
export function useStaffTicketCustomerQuery(
  baseOptions: ApolloReactHooks.useQuery.Options<
    StaffTicketCustomerQuery,
    StaffTicketCustomerQueryVariables
  > &
    ({ variables: StaffTicketCustomerQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<StaffTicketCustomerQuery, StaffTicketCustomerQueryVariables>(
    StaffTicketCustomerDocument,
    options,
  );
}
export function useStaffTicketCustomerLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<
    StaffTicketCustomerQuery,
    StaffTicketCustomerQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<StaffTicketCustomerQuery, StaffTicketCustomerQueryVariables>(
    StaffTicketCustomerDocument,
    options,
  );
}
export function useStaffTicketCustomerSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.useSuspenseQuery.Options<StaffTicketCustomerQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<StaffTicketCustomerQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<
    StaffTicketCustomerQuery,
    StaffTicketCustomerQueryVariables
  >(StaffTicketCustomerDocument, options);
}
export type StaffTicketCustomerQueryHookResult = ReturnType<typeof useStaffTicketCustomerQuery>;
export type StaffTicketCustomerLazyQueryHookResult = ReturnType<
  typeof useStaffTicketCustomerLazyQuery
>;
export type StaffTicketCustomerSuspenseQueryHookResult = ReturnType<
  typeof useStaffTicketCustomerSuspenseQuery
>;
export type StaffTicketCustomerQueryResult = ApolloReactHooks.useQuery.Result<
  StaffTicketCustomerQuery,
  StaffTicketCustomerQueryVariables
>;
export const StaffTicketServiceLevelDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StaffTicketServiceLevel' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
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
            name: { kind: 'Name', value: 'ticket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sla' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ServiceLevelFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceLevelFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketServiceLevel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'breached' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paused' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useStaffTicketServiceLevelQuery__
 *
 * To run a query within a React component, call `useStaffTicketServiceLevelQuery` and pass it any options that fit your needs.
 * When your component renders, `useStaffTicketServiceLevelQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useStaffTicketServiceLevelQuery({
 *   variables: {
 *      key: // value for 'key'
 *   },
 * });
 */
export function useStaffTicketServiceLevelQuery(
  baseOptions: ApolloReactHooks.useQuery.Options<
    StaffTicketServiceLevelQuery,
    StaffTicketServiceLevelQueryVariables
  > &
    ({ variables: StaffTicketServiceLevelQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<
    StaffTicketServiceLevelQuery,
    StaffTicketServiceLevelQueryVariables
  >(StaffTicketServiceLevelDocument, options);
}
export function useStaffTicketServiceLevelLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<
    StaffTicketServiceLevelQuery,
    StaffTicketServiceLevelQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<
    StaffTicketServiceLevelQuery,
    StaffTicketServiceLevelQueryVariables
  >(StaffTicketServiceLevelDocument, options);
}
export function useStaffTicketServiceLevelSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.useSuspenseQuery.Options<StaffTicketServiceLevelQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<StaffTicketServiceLevelQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<
    StaffTicketServiceLevelQuery,
    StaffTicketServiceLevelQueryVariables
  >(StaffTicketServiceLevelDocument, options);
}
export type StaffTicketServiceLevelQueryHookResult = ReturnType<
  typeof useStaffTicketServiceLevelQuery
>;
export type StaffTicketServiceLevelLazyQueryHookResult = ReturnType<
  typeof useStaffTicketServiceLevelLazyQuery
>;
export type StaffTicketServiceLevelSuspenseQueryHookResult = ReturnType<
  typeof useStaffTicketServiceLevelSuspenseQuery
>;
export type StaffTicketServiceLevelQueryResult = ApolloReactHooks.useQuery.Result<
  StaffTicketServiceLevelQuery,
  StaffTicketServiceLevelQueryVariables
>;
export const StaffTicketsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StaffTickets' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketOrder' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tickets' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'TicketSummaryFields' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'assignee' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'company' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'contracted' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'sla' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'ServiceLevelFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portalKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestType' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reporter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceLevelFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketServiceLevel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'breached' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paused' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useStaffTicketsQuery__
 *
 * To run a query within a React component, call `useStaffTicketsQuery` and pass it any options that fit your needs.
 * When your component renders, `useStaffTicketsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useStaffTicketsQuery({
 *   variables: {
 *      filter: // value for 'filter'
 *      orderBy: // value for 'orderBy'
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useStaffTicketsQuery(
  baseOptions?: ApolloReactHooks.useQuery.Options<StaffTicketsQuery, StaffTicketsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<StaffTicketsQuery, StaffTicketsQueryVariables>(
    StaffTicketsDocument,
    options,
  );
}
export function useStaffTicketsLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<
    StaffTicketsQuery,
    StaffTicketsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<StaffTicketsQuery, StaffTicketsQueryVariables>(
    StaffTicketsDocument,
    options,
  );
}
export function useStaffTicketsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.useSuspenseQuery.Options<StaffTicketsQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<StaffTicketsQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<StaffTicketsQuery, StaffTicketsQueryVariables>(
    StaffTicketsDocument,
    options,
  );
}
export type StaffTicketsQueryHookResult = ReturnType<typeof useStaffTicketsQuery>;
export type StaffTicketsLazyQueryHookResult = ReturnType<typeof useStaffTicketsLazyQuery>;
export type StaffTicketsSuspenseQueryHookResult = ReturnType<typeof useStaffTicketsSuspenseQuery>;
export type StaffTicketsQueryResult = ApolloReactHooks.useQuery.Result<
  StaffTicketsQuery,
  StaffTicketsQueryVariables
>;
export const UpdateRequestTypeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateRequestType' },
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'active' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'names' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalizedNamesInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateRequestType' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'active' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'active' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'names' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'names' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StaffRequestTypeFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StaffRequestTypeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestType' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serviceLevels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstResponseHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolutionHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'own' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'names' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uk' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hu' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type UpdateRequestTypeMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  UpdateRequestTypeMutation,
  UpdateRequestTypeMutationVariables
>;

/**
 * __useUpdateRequestTypeMutation__
 *
 * To run a mutation, you first call `useUpdateRequestTypeMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useUpdateRequestTypeMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [updateRequestTypeMutation, { data, loading, error }] = useUpdateRequestTypeMutation({
 *   variables: {
 *      id: // value for 'id'
 *      active: // value for 'active'
 *      names: // value for 'names'
 *   },
 * });
 */
export function useUpdateRequestTypeMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    UpdateRequestTypeMutation,
    UpdateRequestTypeMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    UpdateRequestTypeMutation,
    UpdateRequestTypeMutationVariables
  >(UpdateRequestTypeDocument, options);
}
export type UpdateRequestTypeMutationHookResult = ReturnType<typeof useUpdateRequestTypeMutation>;
export type UpdateRequestTypeMutationResult =
  ApolloReactHooks.useMutation.Result<UpdateRequestTypeMutation>;
export type UpdateRequestTypeMutationOptions = ApolloReactHooks.useMutation.Options<
  UpdateRequestTypeMutation,
  UpdateRequestTypeMutationVariables
>;
export const CancelReturnRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelReturnRequest' },
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
            name: { kind: 'Name', value: 'cancelReturnRequest' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnRequestFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnRequestFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rmaNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnAddress' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shipBackAddress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attention' } },
                { kind: 'Field', name: { kind: 'Name', value: 'street' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'labelUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditNoteNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'company' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contracted' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invoiceNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conditions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'noSignsOfUse' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'undamaged' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'originalPackaging' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'properlyPacked' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'merchantable' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'disconnected' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'meetsConditions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serialNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'faultDescription' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serviceStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purchaseDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accessories' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'warrantyProof' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'photos' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type CancelReturnRequestMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  CancelReturnRequestMutation,
  CancelReturnRequestMutationVariables
>;

/**
 * __useCancelReturnRequestMutation__
 *
 * To run a mutation, you first call `useCancelReturnRequestMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCancelReturnRequestMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [cancelReturnRequestMutation, { data, loading, error }] = useCancelReturnRequestMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useCancelReturnRequestMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    CancelReturnRequestMutation,
    CancelReturnRequestMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    CancelReturnRequestMutation,
    CancelReturnRequestMutationVariables
  >(CancelReturnRequestDocument, options);
}
export type CancelReturnRequestMutationHookResult = ReturnType<
  typeof useCancelReturnRequestMutation
>;
export type CancelReturnRequestMutationResult =
  ApolloReactHooks.useMutation.Result<CancelReturnRequestMutation>;
export type CancelReturnRequestMutationOptions = ApolloReactHooks.useMutation.Options<
  CancelReturnRequestMutation,
  CancelReturnRequestMutationVariables
>;
export const CheckInvoiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CheckInvoice' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
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
            name: { kind: 'Name', value: 'checkInvoice' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'number' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lineNo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'returnableQuantity' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useCheckInvoiceQuery__
 *
 * To run a query within a React component, call `useCheckInvoiceQuery` and pass it any options that fit your needs.
 * When your component renders, `useCheckInvoiceQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useCheckInvoiceQuery({
 *   variables: {
 *      number: // value for 'number'
 *   },
 * });
 */
export function useCheckInvoiceQuery(
  baseOptions: ApolloReactHooks.useQuery.Options<CheckInvoiceQuery, CheckInvoiceQueryVariables> &
    ({ variables: CheckInvoiceQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<CheckInvoiceQuery, CheckInvoiceQueryVariables>(
    CheckInvoiceDocument,
    options,
  );
}
export function useCheckInvoiceLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<
    CheckInvoiceQuery,
    CheckInvoiceQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<CheckInvoiceQuery, CheckInvoiceQueryVariables>(
    CheckInvoiceDocument,
    options,
  );
}
export function useCheckInvoiceSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.useSuspenseQuery.Options<CheckInvoiceQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<CheckInvoiceQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<CheckInvoiceQuery, CheckInvoiceQueryVariables>(
    CheckInvoiceDocument,
    options,
  );
}
export type CheckInvoiceQueryHookResult = ReturnType<typeof useCheckInvoiceQuery>;
export type CheckInvoiceLazyQueryHookResult = ReturnType<typeof useCheckInvoiceLazyQuery>;
export type CheckInvoiceSuspenseQueryHookResult = ReturnType<typeof useCheckInvoiceSuspenseQuery>;
export type CheckInvoiceQueryResult = ApolloReactHooks.useQuery.Result<
  CheckInvoiceQuery,
  CheckInvoiceQueryVariables
>;
export const CommentOnReturnDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CommentOnReturn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnCommentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'commentOnReturn' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnRequestFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnRequestFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rmaNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnAddress' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shipBackAddress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attention' } },
                { kind: 'Field', name: { kind: 'Name', value: 'street' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'labelUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditNoteNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'company' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contracted' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invoiceNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conditions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'noSignsOfUse' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'undamaged' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'originalPackaging' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'properlyPacked' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'merchantable' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'disconnected' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'meetsConditions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serialNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'faultDescription' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serviceStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purchaseDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accessories' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'warrantyProof' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'photos' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type CommentOnReturnMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  CommentOnReturnMutation,
  CommentOnReturnMutationVariables
>;

/**
 * __useCommentOnReturnMutation__
 *
 * To run a mutation, you first call `useCommentOnReturnMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCommentOnReturnMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [commentOnReturnMutation, { data, loading, error }] = useCommentOnReturnMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useCommentOnReturnMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    CommentOnReturnMutation,
    CommentOnReturnMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<CommentOnReturnMutation, CommentOnReturnMutationVariables>(
    CommentOnReturnDocument,
    options,
  );
}
export type CommentOnReturnMutationHookResult = ReturnType<typeof useCommentOnReturnMutation>;
export type CommentOnReturnMutationResult =
  ApolloReactHooks.useMutation.Result<CommentOnReturnMutation>;
export type CommentOnReturnMutationOptions = ApolloReactHooks.useMutation.Options<
  CommentOnReturnMutation,
  CommentOnReturnMutationVariables
>;
export const ReturnRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReturnRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'rmaNumber' } },
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
            name: { kind: 'Name', value: 'returnRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'rmaNumber' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'rmaNumber' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnRequestFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tickets' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnRequestFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rmaNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnAddress' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shipBackAddress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attention' } },
                { kind: 'Field', name: { kind: 'Name', value: 'street' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'labelUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditNoteNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'company' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contracted' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invoiceNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conditions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'noSignsOfUse' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'undamaged' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'originalPackaging' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'properlyPacked' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'merchantable' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'disconnected' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'meetsConditions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serialNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'faultDescription' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serviceStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purchaseDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accessories' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'warrantyProof' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'photos' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useReturnRequestQuery__
 *
 * To run a query within a React component, call `useReturnRequestQuery` and pass it any options that fit your needs.
 * When your component renders, `useReturnRequestQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useReturnRequestQuery({
 *   variables: {
 *      rmaNumber: // value for 'rmaNumber'
 *   },
 * });
 */
export function useReturnRequestQuery(
  baseOptions: ApolloReactHooks.useQuery.Options<ReturnRequestQuery, ReturnRequestQueryVariables> &
    ({ variables: ReturnRequestQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<ReturnRequestQuery, ReturnRequestQueryVariables>(
    ReturnRequestDocument,
    options,
  );
}
export function useReturnRequestLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<
    ReturnRequestQuery,
    ReturnRequestQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<ReturnRequestQuery, ReturnRequestQueryVariables>(
    ReturnRequestDocument,
    options,
  );
}
export function useReturnRequestSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.useSuspenseQuery.Options<ReturnRequestQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<ReturnRequestQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<ReturnRequestQuery, ReturnRequestQueryVariables>(
    ReturnRequestDocument,
    options,
  );
}
export type ReturnRequestQueryHookResult = ReturnType<typeof useReturnRequestQuery>;
export type ReturnRequestLazyQueryHookResult = ReturnType<typeof useReturnRequestLazyQuery>;
export type ReturnRequestSuspenseQueryHookResult = ReturnType<typeof useReturnRequestSuspenseQuery>;
export type ReturnRequestQueryResult = ApolloReactHooks.useQuery.Result<
  ReturnRequestQuery,
  ReturnRequestQueryVariables
>;
export const ReturnRequestTicketsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReturnRequestTickets' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'rmaNumber' } },
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
            name: { kind: 'Name', value: 'returnRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'rmaNumber' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'rmaNumber' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tickets' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useReturnRequestTicketsQuery__
 *
 * To run a query within a React component, call `useReturnRequestTicketsQuery` and pass it any options that fit your needs.
 * When your component renders, `useReturnRequestTicketsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useReturnRequestTicketsQuery({
 *   variables: {
 *      rmaNumber: // value for 'rmaNumber'
 *   },
 * });
 */
export function useReturnRequestTicketsQuery(
  baseOptions: ApolloReactHooks.useQuery.Options<
    ReturnRequestTicketsQuery,
    ReturnRequestTicketsQueryVariables
  > &
    ({ variables: ReturnRequestTicketsQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<ReturnRequestTicketsQuery, ReturnRequestTicketsQueryVariables>(
    ReturnRequestTicketsDocument,
    options,
  );
}
export function useReturnRequestTicketsLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<
    ReturnRequestTicketsQuery,
    ReturnRequestTicketsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<
    ReturnRequestTicketsQuery,
    ReturnRequestTicketsQueryVariables
  >(ReturnRequestTicketsDocument, options);
}
export function useReturnRequestTicketsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.useSuspenseQuery.Options<ReturnRequestTicketsQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<ReturnRequestTicketsQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<
    ReturnRequestTicketsQuery,
    ReturnRequestTicketsQueryVariables
  >(ReturnRequestTicketsDocument, options);
}
export type ReturnRequestTicketsQueryHookResult = ReturnType<typeof useReturnRequestTicketsQuery>;
export type ReturnRequestTicketsLazyQueryHookResult = ReturnType<
  typeof useReturnRequestTicketsLazyQuery
>;
export type ReturnRequestTicketsSuspenseQueryHookResult = ReturnType<
  typeof useReturnRequestTicketsSuspenseQuery
>;
export type ReturnRequestTicketsQueryResult = ApolloReactHooks.useQuery.Result<
  ReturnRequestTicketsQuery,
  ReturnRequestTicketsQueryVariables
>;
export const ReturnRequestUpdatedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'ReturnRequestUpdated' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'rmaNumber' } },
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
            name: { kind: 'Name', value: 'returnRequestUpdated' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'rmaNumber' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'rmaNumber' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnRequestFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnRequestFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rmaNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnAddress' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shipBackAddress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attention' } },
                { kind: 'Field', name: { kind: 'Name', value: 'street' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'labelUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditNoteNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'company' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contracted' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invoiceNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conditions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'noSignsOfUse' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'undamaged' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'originalPackaging' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'properlyPacked' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'merchantable' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'disconnected' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'meetsConditions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serialNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'faultDescription' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serviceStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purchaseDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accessories' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'warrantyProof' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'photos' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useReturnRequestUpdatedSubscription__
 *
 * To run a query within a React component, call `useReturnRequestUpdatedSubscription` and pass it any options that fit your needs.
 * When your component renders, `useReturnRequestUpdatedSubscription` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the subscription, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useReturnRequestUpdatedSubscription({
 *   variables: {
 *      rmaNumber: // value for 'rmaNumber'
 *   },
 * });
 */
export function useReturnRequestUpdatedSubscription(
  baseOptions: ApolloReactHooks.useSubscription.Options<
    ReturnRequestUpdatedSubscription,
    ReturnRequestUpdatedSubscriptionVariables
  > &
    ({ variables: ReturnRequestUpdatedSubscriptionVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSubscription<
    ReturnRequestUpdatedSubscription,
    ReturnRequestUpdatedSubscriptionVariables
  >(ReturnRequestUpdatedDocument, options);
}
export type ReturnRequestUpdatedSubscriptionHookResult = ReturnType<
  typeof useReturnRequestUpdatedSubscription
>;
export type ReturnRequestUpdatedSubscriptionResult =
  ApolloReactHooks.useSubscription.Result<ReturnRequestUpdatedSubscription>;
export const ReturnRequestsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReturnRequests' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnRequestFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'rmaNumber' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'company' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'contracted' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'items' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useReturnRequestsQuery__
 *
 * To run a query within a React component, call `useReturnRequestsQuery` and pass it any options that fit your needs.
 * When your component renders, `useReturnRequestsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useReturnRequestsQuery({
 *   variables: {
 *      filter: // value for 'filter'
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useReturnRequestsQuery(
  baseOptions?: ApolloReactHooks.useQuery.Options<
    ReturnRequestsQuery,
    ReturnRequestsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<ReturnRequestsQuery, ReturnRequestsQueryVariables>(
    ReturnRequestsDocument,
    options,
  );
}
export function useReturnRequestsLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<
    ReturnRequestsQuery,
    ReturnRequestsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<ReturnRequestsQuery, ReturnRequestsQueryVariables>(
    ReturnRequestsDocument,
    options,
  );
}
export function useReturnRequestsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.useSuspenseQuery.Options<ReturnRequestsQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<ReturnRequestsQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<ReturnRequestsQuery, ReturnRequestsQueryVariables>(
    ReturnRequestsDocument,
    options,
  );
}
export type ReturnRequestsQueryHookResult = ReturnType<typeof useReturnRequestsQuery>;
export type ReturnRequestsLazyQueryHookResult = ReturnType<typeof useReturnRequestsLazyQuery>;
export type ReturnRequestsSuspenseQueryHookResult = ReturnType<
  typeof useReturnRequestsSuspenseQuery
>;
export type ReturnRequestsQueryResult = ApolloReactHooks.useQuery.Result<
  ReturnRequestsQuery,
  ReturnRequestsQueryVariables
>;
export const SubmitReturnRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitReturnRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmitReturnRequestInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitReturnRequest' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnRequestFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnRequestFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rmaNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnAddress' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shipBackAddress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attention' } },
                { kind: 'Field', name: { kind: 'Name', value: 'street' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'labelUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditNoteNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'company' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contracted' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invoiceNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conditions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'noSignsOfUse' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'undamaged' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'originalPackaging' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'properlyPacked' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'merchantable' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'disconnected' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'meetsConditions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serialNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'faultDescription' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serviceStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purchaseDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accessories' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'warrantyProof' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'photos' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type SubmitReturnRequestMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  SubmitReturnRequestMutation,
  SubmitReturnRequestMutationVariables
>;

/**
 * __useSubmitReturnRequestMutation__
 *
 * To run a mutation, you first call `useSubmitReturnRequestMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useSubmitReturnRequestMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [submitReturnRequestMutation, { data, loading, error }] = useSubmitReturnRequestMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useSubmitReturnRequestMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    SubmitReturnRequestMutation,
    SubmitReturnRequestMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    SubmitReturnRequestMutation,
    SubmitReturnRequestMutationVariables
  >(SubmitReturnRequestDocument, options);
}
export type SubmitReturnRequestMutationHookResult = ReturnType<
  typeof useSubmitReturnRequestMutation
>;
export type SubmitReturnRequestMutationResult =
  ApolloReactHooks.useMutation.Result<SubmitReturnRequestMutation>;
export type SubmitReturnRequestMutationOptions = ApolloReactHooks.useMutation.Options<
  SubmitReturnRequestMutation,
  SubmitReturnRequestMutationVariables
>;
export const AdvanceServiceStageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdvanceServiceStage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'itemId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'stage' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceStage' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'carrier' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'trackingNumber' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'advanceServiceStage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'itemId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'itemId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'stage' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'stage' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'carrier' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'carrier' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'trackingNumber' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'trackingNumber' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnRequestFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnRequestFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rmaNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnAddress' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shipBackAddress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attention' } },
                { kind: 'Field', name: { kind: 'Name', value: 'street' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'labelUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditNoteNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'company' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contracted' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invoiceNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conditions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'noSignsOfUse' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'undamaged' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'originalPackaging' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'properlyPacked' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'merchantable' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'disconnected' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'meetsConditions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serialNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'faultDescription' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serviceStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purchaseDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accessories' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'warrantyProof' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'photos' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type AdvanceServiceStageMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  AdvanceServiceStageMutation,
  AdvanceServiceStageMutationVariables
>;

/**
 * __useAdvanceServiceStageMutation__
 *
 * To run a mutation, you first call `useAdvanceServiceStageMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useAdvanceServiceStageMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [advanceServiceStageMutation, { data, loading, error }] = useAdvanceServiceStageMutation({
 *   variables: {
 *      itemId: // value for 'itemId'
 *      stage: // value for 'stage'
 *      note: // value for 'note'
 *      carrier: // value for 'carrier'
 *      trackingNumber: // value for 'trackingNumber'
 *   },
 * });
 */
export function useAdvanceServiceStageMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    AdvanceServiceStageMutation,
    AdvanceServiceStageMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    AdvanceServiceStageMutation,
    AdvanceServiceStageMutationVariables
  >(AdvanceServiceStageDocument, options);
}
export type AdvanceServiceStageMutationHookResult = ReturnType<
  typeof useAdvanceServiceStageMutation
>;
export type AdvanceServiceStageMutationResult =
  ApolloReactHooks.useMutation.Result<AdvanceServiceStageMutation>;
export type AdvanceServiceStageMutationOptions = ApolloReactHooks.useMutation.Options<
  AdvanceServiceStageMutation,
  AdvanceServiceStageMutationVariables
>;
export const AuthorizeReturnItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AuthorizeReturnItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'itemId' } },
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
            name: { kind: 'Name', value: 'authorizeReturnItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'itemId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'itemId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnRequestFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnRequestFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rmaNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnAddress' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shipBackAddress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attention' } },
                { kind: 'Field', name: { kind: 'Name', value: 'street' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'labelUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditNoteNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'company' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contracted' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invoiceNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conditions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'noSignsOfUse' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'undamaged' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'originalPackaging' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'properlyPacked' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'merchantable' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'disconnected' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'meetsConditions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serialNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'faultDescription' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serviceStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purchaseDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accessories' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'warrantyProof' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'photos' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type AuthorizeReturnItemMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  AuthorizeReturnItemMutation,
  AuthorizeReturnItemMutationVariables
>;

/**
 * __useAuthorizeReturnItemMutation__
 *
 * To run a mutation, you first call `useAuthorizeReturnItemMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useAuthorizeReturnItemMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [authorizeReturnItemMutation, { data, loading, error }] = useAuthorizeReturnItemMutation({
 *   variables: {
 *      itemId: // value for 'itemId'
 *   },
 * });
 */
export function useAuthorizeReturnItemMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    AuthorizeReturnItemMutation,
    AuthorizeReturnItemMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    AuthorizeReturnItemMutation,
    AuthorizeReturnItemMutationVariables
  >(AuthorizeReturnItemDocument, options);
}
export type AuthorizeReturnItemMutationHookResult = ReturnType<
  typeof useAuthorizeReturnItemMutation
>;
export type AuthorizeReturnItemMutationResult =
  ApolloReactHooks.useMutation.Result<AuthorizeReturnItemMutation>;
export type AuthorizeReturnItemMutationOptions = ApolloReactHooks.useMutation.Options<
  AuthorizeReturnItemMutation,
  AuthorizeReturnItemMutationVariables
>;
export const AuthorizeReturnRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AuthorizeReturnRequest' },
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authorizeReturnRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnRequestFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnRequestFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rmaNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnAddress' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shipBackAddress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attention' } },
                { kind: 'Field', name: { kind: 'Name', value: 'street' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'labelUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditNoteNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'company' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contracted' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invoiceNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conditions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'noSignsOfUse' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'undamaged' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'originalPackaging' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'properlyPacked' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'merchantable' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'disconnected' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'meetsConditions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serialNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'faultDescription' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serviceStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purchaseDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accessories' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'warrantyProof' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'photos' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type AuthorizeReturnRequestMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  AuthorizeReturnRequestMutation,
  AuthorizeReturnRequestMutationVariables
>;

/**
 * __useAuthorizeReturnRequestMutation__
 *
 * To run a mutation, you first call `useAuthorizeReturnRequestMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useAuthorizeReturnRequestMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [authorizeReturnRequestMutation, { data, loading, error }] = useAuthorizeReturnRequestMutation({
 *   variables: {
 *      id: // value for 'id'
 *      note: // value for 'note'
 *   },
 * });
 */
export function useAuthorizeReturnRequestMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    AuthorizeReturnRequestMutation,
    AuthorizeReturnRequestMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    AuthorizeReturnRequestMutation,
    AuthorizeReturnRequestMutationVariables
  >(AuthorizeReturnRequestDocument, options);
}
export type AuthorizeReturnRequestMutationHookResult = ReturnType<
  typeof useAuthorizeReturnRequestMutation
>;
export type AuthorizeReturnRequestMutationResult =
  ApolloReactHooks.useMutation.Result<AuthorizeReturnRequestMutation>;
export type AuthorizeReturnRequestMutationOptions = ApolloReactHooks.useMutation.Options<
  AuthorizeReturnRequestMutation,
  AuthorizeReturnRequestMutationVariables
>;
export const CloseReturnRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseReturnRequest' },
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
            name: { kind: 'Name', value: 'closeReturnRequest' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnRequestFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnRequestFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rmaNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnAddress' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shipBackAddress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attention' } },
                { kind: 'Field', name: { kind: 'Name', value: 'street' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'labelUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditNoteNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'company' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contracted' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invoiceNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conditions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'noSignsOfUse' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'undamaged' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'originalPackaging' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'properlyPacked' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'merchantable' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'disconnected' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'meetsConditions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serialNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'faultDescription' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serviceStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purchaseDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accessories' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'warrantyProof' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'photos' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type CloseReturnRequestMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  CloseReturnRequestMutation,
  CloseReturnRequestMutationVariables
>;

/**
 * __useCloseReturnRequestMutation__
 *
 * To run a mutation, you first call `useCloseReturnRequestMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCloseReturnRequestMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [closeReturnRequestMutation, { data, loading, error }] = useCloseReturnRequestMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useCloseReturnRequestMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    CloseReturnRequestMutation,
    CloseReturnRequestMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    CloseReturnRequestMutation,
    CloseReturnRequestMutationVariables
  >(CloseReturnRequestDocument, options);
}
export type CloseReturnRequestMutationHookResult = ReturnType<typeof useCloseReturnRequestMutation>;
export type CloseReturnRequestMutationResult =
  ApolloReactHooks.useMutation.Result<CloseReturnRequestMutation>;
export type CloseReturnRequestMutationOptions = ApolloReactHooks.useMutation.Options<
  CloseReturnRequestMutation,
  CloseReturnRequestMutationVariables
>;
export const DecideReturnItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DecideReturnItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'itemId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'decision' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnItemDecision' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'resolution' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnResolution' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'amount' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decideReturnItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'itemId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'itemId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'decision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'decision' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'resolution' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'resolution' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'amount' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'amount' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnRequestFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnRequestFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rmaNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnAddress' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shipBackAddress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attention' } },
                { kind: 'Field', name: { kind: 'Name', value: 'street' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'labelUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditNoteNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'company' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contracted' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invoiceNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conditions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'noSignsOfUse' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'undamaged' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'originalPackaging' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'properlyPacked' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'merchantable' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'disconnected' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'meetsConditions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serialNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'faultDescription' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serviceStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purchaseDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accessories' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'warrantyProof' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'photos' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type DecideReturnItemMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  DecideReturnItemMutation,
  DecideReturnItemMutationVariables
>;

/**
 * __useDecideReturnItemMutation__
 *
 * To run a mutation, you first call `useDecideReturnItemMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDecideReturnItemMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [decideReturnItemMutation, { data, loading, error }] = useDecideReturnItemMutation({
 *   variables: {
 *      itemId: // value for 'itemId'
 *      decision: // value for 'decision'
 *      resolution: // value for 'resolution'
 *      note: // value for 'note'
 *      amount: // value for 'amount'
 *   },
 * });
 */
export function useDecideReturnItemMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    DecideReturnItemMutation,
    DecideReturnItemMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<DecideReturnItemMutation, DecideReturnItemMutationVariables>(
    DecideReturnItemDocument,
    options,
  );
}
export type DecideReturnItemMutationHookResult = ReturnType<typeof useDecideReturnItemMutation>;
export type DecideReturnItemMutationResult =
  ApolloReactHooks.useMutation.Result<DecideReturnItemMutation>;
export type DecideReturnItemMutationOptions = ApolloReactHooks.useMutation.Options<
  DecideReturnItemMutation,
  DecideReturnItemMutationVariables
>;
export const DenyReturnItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DenyReturnItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'itemId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
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
            name: { kind: 'Name', value: 'denyReturnItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'itemId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'itemId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnRequestFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnRequestFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rmaNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnAddress' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shipBackAddress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attention' } },
                { kind: 'Field', name: { kind: 'Name', value: 'street' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'labelUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditNoteNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'company' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contracted' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invoiceNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conditions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'noSignsOfUse' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'undamaged' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'originalPackaging' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'properlyPacked' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'merchantable' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'disconnected' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'meetsConditions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serialNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'faultDescription' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serviceStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purchaseDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accessories' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'warrantyProof' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'photos' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type DenyReturnItemMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  DenyReturnItemMutation,
  DenyReturnItemMutationVariables
>;

/**
 * __useDenyReturnItemMutation__
 *
 * To run a mutation, you first call `useDenyReturnItemMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDenyReturnItemMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [denyReturnItemMutation, { data, loading, error }] = useDenyReturnItemMutation({
 *   variables: {
 *      itemId: // value for 'itemId'
 *      note: // value for 'note'
 *   },
 * });
 */
export function useDenyReturnItemMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    DenyReturnItemMutation,
    DenyReturnItemMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<DenyReturnItemMutation, DenyReturnItemMutationVariables>(
    DenyReturnItemDocument,
    options,
  );
}
export type DenyReturnItemMutationHookResult = ReturnType<typeof useDenyReturnItemMutation>;
export type DenyReturnItemMutationResult =
  ApolloReactHooks.useMutation.Result<DenyReturnItemMutation>;
export type DenyReturnItemMutationOptions = ApolloReactHooks.useMutation.Options<
  DenyReturnItemMutation,
  DenyReturnItemMutationVariables
>;
export const DenyReturnRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DenyReturnRequest' },
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
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
            name: { kind: 'Name', value: 'denyReturnRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnRequestFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnRequestFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rmaNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnAddress' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shipBackAddress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attention' } },
                { kind: 'Field', name: { kind: 'Name', value: 'street' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'labelUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditNoteNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'company' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contracted' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invoiceNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conditions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'noSignsOfUse' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'undamaged' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'originalPackaging' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'properlyPacked' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'merchantable' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'disconnected' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'meetsConditions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serialNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'faultDescription' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serviceStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purchaseDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accessories' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'warrantyProof' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'photos' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type DenyReturnRequestMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  DenyReturnRequestMutation,
  DenyReturnRequestMutationVariables
>;

/**
 * __useDenyReturnRequestMutation__
 *
 * To run a mutation, you first call `useDenyReturnRequestMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDenyReturnRequestMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [denyReturnRequestMutation, { data, loading, error }] = useDenyReturnRequestMutation({
 *   variables: {
 *      id: // value for 'id'
 *      note: // value for 'note'
 *   },
 * });
 */
export function useDenyReturnRequestMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    DenyReturnRequestMutation,
    DenyReturnRequestMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    DenyReturnRequestMutation,
    DenyReturnRequestMutationVariables
  >(DenyReturnRequestDocument, options);
}
export type DenyReturnRequestMutationHookResult = ReturnType<typeof useDenyReturnRequestMutation>;
export type DenyReturnRequestMutationResult =
  ApolloReactHooks.useMutation.Result<DenyReturnRequestMutation>;
export type DenyReturnRequestMutationOptions = ApolloReactHooks.useMutation.Options<
  DenyReturnRequestMutation,
  DenyReturnRequestMutationVariables
>;
export const ReceiveReturnRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReceiveReturnRequest' },
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'receiveReturnRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReturnRequestFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReturnRequestFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rmaNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnAddress' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shipBackAddress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attention' } },
                { kind: 'Field', name: { kind: 'Name', value: 'street' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'labelUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditNoteNumber' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'company' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contracted' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invoiceNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conditions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'noSignsOfUse' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'undamaged' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'originalPackaging' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'properlyPacked' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'merchantable' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'disconnected' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'meetsConditions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serialNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'faultDescription' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serviceStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purchaseDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accessories' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'warrantyProof' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'photos' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'carrier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type ReceiveReturnRequestMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  ReceiveReturnRequestMutation,
  ReceiveReturnRequestMutationVariables
>;

/**
 * __useReceiveReturnRequestMutation__
 *
 * To run a mutation, you first call `useReceiveReturnRequestMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useReceiveReturnRequestMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [receiveReturnRequestMutation, { data, loading, error }] = useReceiveReturnRequestMutation({
 *   variables: {
 *      id: // value for 'id'
 *      note: // value for 'note'
 *   },
 * });
 */
export function useReceiveReturnRequestMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    ReceiveReturnRequestMutation,
    ReceiveReturnRequestMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    ReceiveReturnRequestMutation,
    ReceiveReturnRequestMutationVariables
  >(ReceiveReturnRequestDocument, options);
}
export type ReceiveReturnRequestMutationHookResult = ReturnType<
  typeof useReceiveReturnRequestMutation
>;
export type ReceiveReturnRequestMutationResult =
  ApolloReactHooks.useMutation.Result<ReceiveReturnRequestMutation>;
export type ReceiveReturnRequestMutationOptions = ApolloReactHooks.useMutation.Options<
  ReceiveReturnRequestMutation,
  ReceiveReturnRequestMutationVariables
>;
export const AddToBasketDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddToBasket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'productId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'quantity' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addToBasket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'productId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'productId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'quantity' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'quantity' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ShopBasketFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ShopBasketFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Basket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'itemCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lineTotal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ShopProductFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ShopProductFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'price' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priceMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stock' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type AddToBasketMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  AddToBasketMutation,
  AddToBasketMutationVariables
>;

/**
 * __useAddToBasketMutation__
 *
 * To run a mutation, you first call `useAddToBasketMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useAddToBasketMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [addToBasketMutation, { data, loading, error }] = useAddToBasketMutation({
 *   variables: {
 *      productId: // value for 'productId'
 *      quantity: // value for 'quantity'
 *   },
 * });
 */
export function useAddToBasketMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    AddToBasketMutation,
    AddToBasketMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<AddToBasketMutation, AddToBasketMutationVariables>(
    AddToBasketDocument,
    options,
  );
}
export type AddToBasketMutationHookResult = ReturnType<typeof useAddToBasketMutation>;
export type AddToBasketMutationResult = ApolloReactHooks.useMutation.Result<AddToBasketMutation>;
export type AddToBasketMutationOptions = ApolloReactHooks.useMutation.Options<
  AddToBasketMutation,
  AddToBasketMutationVariables
>;
export const PlaceOrderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlaceOrder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlaceOrderInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'placeOrder' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ShopOrderFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ShopOrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lineNo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lineTotal' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invoice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pdfUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type PlaceOrderMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  PlaceOrderMutation,
  PlaceOrderMutationVariables
>;

/**
 * __usePlaceOrderMutation__
 *
 * To run a mutation, you first call `usePlaceOrderMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `usePlaceOrderMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [placeOrderMutation, { data, loading, error }] = usePlaceOrderMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function usePlaceOrderMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    PlaceOrderMutation,
    PlaceOrderMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<PlaceOrderMutation, PlaceOrderMutationVariables>(
    PlaceOrderDocument,
    options,
  );
}
export type PlaceOrderMutationHookResult = ReturnType<typeof usePlaceOrderMutation>;
export type PlaceOrderMutationResult = ApolloReactHooks.useMutation.Result<PlaceOrderMutation>;
export type PlaceOrderMutationOptions = ApolloReactHooks.useMutation.Options<
  PlaceOrderMutation,
  PlaceOrderMutationVariables
>;
export const RemoveFromBasketDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveFromBasket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'productId' } },
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
            name: { kind: 'Name', value: 'removeFromBasket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'productId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'productId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ShopBasketFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ShopBasketFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Basket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'itemCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lineTotal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ShopProductFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ShopProductFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'price' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priceMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stock' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type RemoveFromBasketMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  RemoveFromBasketMutation,
  RemoveFromBasketMutationVariables
>;

/**
 * __useRemoveFromBasketMutation__
 *
 * To run a mutation, you first call `useRemoveFromBasketMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useRemoveFromBasketMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [removeFromBasketMutation, { data, loading, error }] = useRemoveFromBasketMutation({
 *   variables: {
 *      productId: // value for 'productId'
 *   },
 * });
 */
export function useRemoveFromBasketMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    RemoveFromBasketMutation,
    RemoveFromBasketMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<RemoveFromBasketMutation, RemoveFromBasketMutationVariables>(
    RemoveFromBasketDocument,
    options,
  );
}
export type RemoveFromBasketMutationHookResult = ReturnType<typeof useRemoveFromBasketMutation>;
export type RemoveFromBasketMutationResult =
  ApolloReactHooks.useMutation.Result<RemoveFromBasketMutation>;
export type RemoveFromBasketMutationOptions = ApolloReactHooks.useMutation.Options<
  RemoveFromBasketMutation,
  RemoveFromBasketMutationVariables
>;
export const SetBasketQuantityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetBasketQuantity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'productId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'quantity' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setBasketQuantity' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'productId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'productId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'quantity' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'quantity' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ShopBasketFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ShopBasketFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Basket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'itemCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lineTotal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ShopProductFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ShopProductFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'price' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priceMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stock' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type SetBasketQuantityMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  SetBasketQuantityMutation,
  SetBasketQuantityMutationVariables
>;

/**
 * __useSetBasketQuantityMutation__
 *
 * To run a mutation, you first call `useSetBasketQuantityMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useSetBasketQuantityMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [setBasketQuantityMutation, { data, loading, error }] = useSetBasketQuantityMutation({
 *   variables: {
 *      productId: // value for 'productId'
 *      quantity: // value for 'quantity'
 *   },
 * });
 */
export function useSetBasketQuantityMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    SetBasketQuantityMutation,
    SetBasketQuantityMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    SetBasketQuantityMutation,
    SetBasketQuantityMutationVariables
  >(SetBasketQuantityDocument, options);
}
export type SetBasketQuantityMutationHookResult = ReturnType<typeof useSetBasketQuantityMutation>;
export type SetBasketQuantityMutationResult =
  ApolloReactHooks.useMutation.Result<SetBasketQuantityMutation>;
export type SetBasketQuantityMutationOptions = ApolloReactHooks.useMutation.Options<
  SetBasketQuantityMutation,
  SetBasketQuantityMutationVariables
>;
export const ShopBasketDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ShopBasket' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'basket' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ShopBasketFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ShopBasketFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Basket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'itemCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lineTotal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ShopProductFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ShopProductFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'price' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priceMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stock' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useShopBasketQuery__
 *
 * To run a query within a React component, call `useShopBasketQuery` and pass it any options that fit your needs.
 * When your component renders, `useShopBasketQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useShopBasketQuery({
 *   variables: {
 *   },
 * });
 */
export function useShopBasketQuery(
  baseOptions?: ApolloReactHooks.useQuery.Options<ShopBasketQuery, ShopBasketQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<ShopBasketQuery, ShopBasketQueryVariables>(
    ShopBasketDocument,
    options,
  );
}
export function useShopBasketLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<ShopBasketQuery, ShopBasketQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<ShopBasketQuery, ShopBasketQueryVariables>(
    ShopBasketDocument,
    options,
  );
}
export function useShopBasketSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.useSuspenseQuery.Options<ShopBasketQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<ShopBasketQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<ShopBasketQuery, ShopBasketQueryVariables>(
    ShopBasketDocument,
    options,
  );
}
export type ShopBasketQueryHookResult = ReturnType<typeof useShopBasketQuery>;
export type ShopBasketLazyQueryHookResult = ReturnType<typeof useShopBasketLazyQuery>;
export type ShopBasketSuspenseQueryHookResult = ReturnType<typeof useShopBasketSuspenseQuery>;
export type ShopBasketQueryResult = ApolloReactHooks.useQuery.Result<
  ShopBasketQuery,
  ShopBasketQueryVariables
>;
export const ShopInvoiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ShopInvoice' },
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
            name: { kind: 'Name', value: 'invoice' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ShopInvoiceFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tickets' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ShopInvoiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Invoice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pdfUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lineNo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lineTotal' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useShopInvoiceQuery__
 *
 * To run a query within a React component, call `useShopInvoiceQuery` and pass it any options that fit your needs.
 * When your component renders, `useShopInvoiceQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useShopInvoiceQuery({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useShopInvoiceQuery(
  baseOptions: ApolloReactHooks.useQuery.Options<ShopInvoiceQuery, ShopInvoiceQueryVariables> &
    ({ variables: ShopInvoiceQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<ShopInvoiceQuery, ShopInvoiceQueryVariables>(
    ShopInvoiceDocument,
    options,
  );
}
export function useShopInvoiceLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<ShopInvoiceQuery, ShopInvoiceQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<ShopInvoiceQuery, ShopInvoiceQueryVariables>(
    ShopInvoiceDocument,
    options,
  );
}
export function useShopInvoiceSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.useSuspenseQuery.Options<ShopInvoiceQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<ShopInvoiceQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<ShopInvoiceQuery, ShopInvoiceQueryVariables>(
    ShopInvoiceDocument,
    options,
  );
}
export type ShopInvoiceQueryHookResult = ReturnType<typeof useShopInvoiceQuery>;
export type ShopInvoiceLazyQueryHookResult = ReturnType<typeof useShopInvoiceLazyQuery>;
export type ShopInvoiceSuspenseQueryHookResult = ReturnType<typeof useShopInvoiceSuspenseQuery>;
export type ShopInvoiceQueryResult = ApolloReactHooks.useQuery.Result<
  ShopInvoiceQuery,
  ShopInvoiceQueryVariables
>;
export const ShopInvoicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ShopInvoices' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invoices' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pdfUrl' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useShopInvoicesQuery__
 *
 * To run a query within a React component, call `useShopInvoicesQuery` and pass it any options that fit your needs.
 * When your component renders, `useShopInvoicesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useShopInvoicesQuery({
 *   variables: {
 *      filter: // value for 'filter'
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useShopInvoicesQuery(
  baseOptions?: ApolloReactHooks.useQuery.Options<ShopInvoicesQuery, ShopInvoicesQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<ShopInvoicesQuery, ShopInvoicesQueryVariables>(
    ShopInvoicesDocument,
    options,
  );
}
export function useShopInvoicesLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<
    ShopInvoicesQuery,
    ShopInvoicesQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<ShopInvoicesQuery, ShopInvoicesQueryVariables>(
    ShopInvoicesDocument,
    options,
  );
}
export function useShopInvoicesSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.useSuspenseQuery.Options<ShopInvoicesQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<ShopInvoicesQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<ShopInvoicesQuery, ShopInvoicesQueryVariables>(
    ShopInvoicesDocument,
    options,
  );
}
export type ShopInvoicesQueryHookResult = ReturnType<typeof useShopInvoicesQuery>;
export type ShopInvoicesLazyQueryHookResult = ReturnType<typeof useShopInvoicesLazyQuery>;
export type ShopInvoicesSuspenseQueryHookResult = ReturnType<typeof useShopInvoicesSuspenseQuery>;
export type ShopInvoicesQueryResult = ApolloReactHooks.useQuery.Result<
  ShopInvoicesQuery,
  ShopInvoicesQueryVariables
>;
export const ShopOrderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ShopOrder' },
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
            name: { kind: 'Name', value: 'order' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ShopOrderFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tickets' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ShopOrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lineNo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lineTotal' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invoice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pdfUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useShopOrderQuery__
 *
 * To run a query within a React component, call `useShopOrderQuery` and pass it any options that fit your needs.
 * When your component renders, `useShopOrderQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useShopOrderQuery({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useShopOrderQuery(
  baseOptions: ApolloReactHooks.useQuery.Options<ShopOrderQuery, ShopOrderQueryVariables> &
    ({ variables: ShopOrderQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<ShopOrderQuery, ShopOrderQueryVariables>(
    ShopOrderDocument,
    options,
  );
}
export function useShopOrderLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<ShopOrderQuery, ShopOrderQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<ShopOrderQuery, ShopOrderQueryVariables>(
    ShopOrderDocument,
    options,
  );
}
export function useShopOrderSuspenseQuery(
  baseOptions?:
    ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<ShopOrderQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<ShopOrderQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<ShopOrderQuery, ShopOrderQueryVariables>(
    ShopOrderDocument,
    options,
  );
}
export type ShopOrderQueryHookResult = ReturnType<typeof useShopOrderQuery>;
export type ShopOrderLazyQueryHookResult = ReturnType<typeof useShopOrderLazyQuery>;
export type ShopOrderSuspenseQueryHookResult = ReturnType<typeof useShopOrderSuspenseQuery>;
export type ShopOrderQueryResult = ApolloReactHooks.useQuery.Result<
  ShopOrderQuery,
  ShopOrderQueryVariables
>;
export const ShopOrdersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ShopOrders' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orders' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'invoice' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'pdfUrl' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useShopOrdersQuery__
 *
 * To run a query within a React component, call `useShopOrdersQuery` and pass it any options that fit your needs.
 * When your component renders, `useShopOrdersQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useShopOrdersQuery({
 *   variables: {
 *      filter: // value for 'filter'
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useShopOrdersQuery(
  baseOptions?: ApolloReactHooks.useQuery.Options<ShopOrdersQuery, ShopOrdersQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<ShopOrdersQuery, ShopOrdersQueryVariables>(
    ShopOrdersDocument,
    options,
  );
}
export function useShopOrdersLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<ShopOrdersQuery, ShopOrdersQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<ShopOrdersQuery, ShopOrdersQueryVariables>(
    ShopOrdersDocument,
    options,
  );
}
export function useShopOrdersSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.useSuspenseQuery.Options<ShopOrdersQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<ShopOrdersQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<ShopOrdersQuery, ShopOrdersQueryVariables>(
    ShopOrdersDocument,
    options,
  );
}
export type ShopOrdersQueryHookResult = ReturnType<typeof useShopOrdersQuery>;
export type ShopOrdersLazyQueryHookResult = ReturnType<typeof useShopOrdersLazyQuery>;
export type ShopOrdersSuspenseQueryHookResult = ReturnType<typeof useShopOrdersSuspenseQuery>;
export type ShopOrdersQueryResult = ApolloReactHooks.useQuery.Result<
  ShopOrdersQuery,
  ShopOrdersQueryVariables
>;
export const ShopProductDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ShopProduct' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sku' } },
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
            name: { kind: 'Name', value: 'product' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sku' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sku' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ShopProductFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ShopProductFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'price' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priceMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stock' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useShopProductQuery__
 *
 * To run a query within a React component, call `useShopProductQuery` and pass it any options that fit your needs.
 * When your component renders, `useShopProductQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useShopProductQuery({
 *   variables: {
 *      sku: // value for 'sku'
 *   },
 * });
 */
export function useShopProductQuery(
  baseOptions: ApolloReactHooks.useQuery.Options<ShopProductQuery, ShopProductQueryVariables> &
    ({ variables: ShopProductQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<ShopProductQuery, ShopProductQueryVariables>(
    ShopProductDocument,
    options,
  );
}
export function useShopProductLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<ShopProductQuery, ShopProductQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<ShopProductQuery, ShopProductQueryVariables>(
    ShopProductDocument,
    options,
  );
}
export function useShopProductSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.useSuspenseQuery.Options<ShopProductQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<ShopProductQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<ShopProductQuery, ShopProductQueryVariables>(
    ShopProductDocument,
    options,
  );
}
export type ShopProductQueryHookResult = ReturnType<typeof useShopProductQuery>;
export type ShopProductLazyQueryHookResult = ReturnType<typeof useShopProductLazyQuery>;
export type ShopProductSuspenseQueryHookResult = ReturnType<typeof useShopProductSuspenseQuery>;
export type ShopProductQueryResult = ApolloReactHooks.useQuery.Result<
  ShopProductQuery,
  ShopProductQueryVariables
>;
export const ShopProductsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ShopProducts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'products' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'ShopProductFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ShopProductFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'price' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priceMinor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stock' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useShopProductsQuery__
 *
 * To run a query within a React component, call `useShopProductsQuery` and pass it any options that fit your needs.
 * When your component renders, `useShopProductsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useShopProductsQuery({
 *   variables: {
 *      search: // value for 'search'
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useShopProductsQuery(
  baseOptions?: ApolloReactHooks.useQuery.Options<ShopProductsQuery, ShopProductsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<ShopProductsQuery, ShopProductsQueryVariables>(
    ShopProductsDocument,
    options,
  );
}
export function useShopProductsLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<
    ShopProductsQuery,
    ShopProductsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<ShopProductsQuery, ShopProductsQueryVariables>(
    ShopProductsDocument,
    options,
  );
}
export function useShopProductsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.useSuspenseQuery.Options<ShopProductsQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<ShopProductsQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<ShopProductsQuery, ShopProductsQueryVariables>(
    ShopProductsDocument,
    options,
  );
}
export type ShopProductsQueryHookResult = ReturnType<typeof useShopProductsQuery>;
export type ShopProductsLazyQueryHookResult = ReturnType<typeof useShopProductsLazyQuery>;
export type ShopProductsSuspenseQueryHookResult = ReturnType<typeof useShopProductsSuspenseQuery>;
export type ShopProductsQueryResult = ApolloReactHooks.useQuery.Result<
  ShopProductsQuery,
  ShopProductsQueryVariables
>;
export const AssignInvoiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AssignInvoice' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'invoiceId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'companyId' } },
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
            name: { kind: 'Name', value: 'assignInvoice' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'invoiceId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'invoiceId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'companyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'companyId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'match' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type AssignInvoiceMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  AssignInvoiceMutation,
  AssignInvoiceMutationVariables
>;

/**
 * __useAssignInvoiceMutation__
 *
 * To run a mutation, you first call `useAssignInvoiceMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useAssignInvoiceMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [assignInvoiceMutation, { data, loading, error }] = useAssignInvoiceMutation({
 *   variables: {
 *      invoiceId: // value for 'invoiceId'
 *      companyId: // value for 'companyId'
 *   },
 * });
 */
export function useAssignInvoiceMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    AssignInvoiceMutation,
    AssignInvoiceMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<AssignInvoiceMutation, AssignInvoiceMutationVariables>(
    AssignInvoiceDocument,
    options,
  );
}
export type AssignInvoiceMutationHookResult = ReturnType<typeof useAssignInvoiceMutation>;
export type AssignInvoiceMutationResult =
  ApolloReactHooks.useMutation.Result<AssignInvoiceMutation>;
export type AssignInvoiceMutationOptions = ApolloReactHooks.useMutation.Options<
  AssignInvoiceMutation,
  AssignInvoiceMutationVariables
>;
export const ConfirmCompanyTaxIdDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmCompanyTaxId' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'companyId' } },
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
            name: { kind: 'Name', value: 'confirmCompanyTaxId' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'companyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'companyId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxIdConfirmed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxIdConfirmedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type ConfirmCompanyTaxIdMutationFn = ApolloReactHooks.useMutation.MutationFunction<
  ConfirmCompanyTaxIdMutation,
  ConfirmCompanyTaxIdMutationVariables
>;

/**
 * __useConfirmCompanyTaxIdMutation__
 *
 * To run a mutation, you first call `useConfirmCompanyTaxIdMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useConfirmCompanyTaxIdMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [confirmCompanyTaxIdMutation, { data, loading, error }] = useConfirmCompanyTaxIdMutation({
 *   variables: {
 *      companyId: // value for 'companyId'
 *   },
 * });
 */
export function useConfirmCompanyTaxIdMutation(
  baseOptions?: ApolloReactHooks.useMutation.Options<
    ConfirmCompanyTaxIdMutation,
    ConfirmCompanyTaxIdMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    ConfirmCompanyTaxIdMutation,
    ConfirmCompanyTaxIdMutationVariables
  >(ConfirmCompanyTaxIdDocument, options);
}
export type ConfirmCompanyTaxIdMutationHookResult = ReturnType<
  typeof useConfirmCompanyTaxIdMutation
>;
export type ConfirmCompanyTaxIdMutationResult =
  ApolloReactHooks.useMutation.Result<ConfirmCompanyTaxIdMutation>;
export type ConfirmCompanyTaxIdMutationOptions = ApolloReactHooks.useMutation.Options<
  ConfirmCompanyTaxIdMutation,
  ConfirmCompanyTaxIdMutationVariables
>;
export const UnmatchedInvoicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UnmatchedInvoices' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unmatchedInvoices' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'UnmatchedInvoiceFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnmatchedInvoiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Invoice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'match' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerTaxId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'buyerCompany' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxIdConfirmed' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useUnmatchedInvoicesQuery__
 *
 * To run a query within a React component, call `useUnmatchedInvoicesQuery` and pass it any options that fit your needs.
 * When your component renders, `useUnmatchedInvoicesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useUnmatchedInvoicesQuery({
 *   variables: {
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useUnmatchedInvoicesQuery(
  baseOptions?: ApolloReactHooks.useQuery.Options<
    UnmatchedInvoicesQuery,
    UnmatchedInvoicesQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<UnmatchedInvoicesQuery, UnmatchedInvoicesQueryVariables>(
    UnmatchedInvoicesDocument,
    options,
  );
}
export function useUnmatchedInvoicesLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<
    UnmatchedInvoicesQuery,
    UnmatchedInvoicesQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<UnmatchedInvoicesQuery, UnmatchedInvoicesQueryVariables>(
    UnmatchedInvoicesDocument,
    options,
  );
}
export function useUnmatchedInvoicesSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.useSuspenseQuery.Options<UnmatchedInvoicesQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<UnmatchedInvoicesQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<UnmatchedInvoicesQuery, UnmatchedInvoicesQueryVariables>(
    UnmatchedInvoicesDocument,
    options,
  );
}
export type UnmatchedInvoicesQueryHookResult = ReturnType<typeof useUnmatchedInvoicesQuery>;
export type UnmatchedInvoicesLazyQueryHookResult = ReturnType<typeof useUnmatchedInvoicesLazyQuery>;
export type UnmatchedInvoicesSuspenseQueryHookResult = ReturnType<
  typeof useUnmatchedInvoicesSuspenseQuery
>;
export type UnmatchedInvoicesQueryResult = ApolloReactHooks.useQuery.Result<
  UnmatchedInvoicesQuery,
  UnmatchedInvoicesQueryVariables
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
          { kind: 'Field', name: { kind: 'Name', value: 'taxIdConfirmed' } },
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
export const CompanyAddressesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CompanyAddresses' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'companyAddresses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CompanyAddressFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CompanyAddressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CompanyAddress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attention' } },
          { kind: 'Field', name: { kind: 'Name', value: 'street' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useCompanyAddressesQuery__
 *
 * To run a query within a React component, call `useCompanyAddressesQuery` and pass it any options that fit your needs.
 * When your component renders, `useCompanyAddressesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useCompanyAddressesQuery({
 *   variables: {
 *   },
 * });
 */
export function useCompanyAddressesQuery(
  baseOptions?: ApolloReactHooks.useQuery.Options<
    CompanyAddressesQuery,
    CompanyAddressesQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<CompanyAddressesQuery, CompanyAddressesQueryVariables>(
    CompanyAddressesDocument,
    options,
  );
}
export function useCompanyAddressesLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<
    CompanyAddressesQuery,
    CompanyAddressesQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<CompanyAddressesQuery, CompanyAddressesQueryVariables>(
    CompanyAddressesDocument,
    options,
  );
}
export function useCompanyAddressesSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.useSuspenseQuery.Options<CompanyAddressesQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<CompanyAddressesQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<CompanyAddressesQuery, CompanyAddressesQueryVariables>(
    CompanyAddressesDocument,
    options,
  );
}
export type CompanyAddressesQueryHookResult = ReturnType<typeof useCompanyAddressesQuery>;
export type CompanyAddressesLazyQueryHookResult = ReturnType<typeof useCompanyAddressesLazyQuery>;
export type CompanyAddressesSuspenseQueryHookResult = ReturnType<
  typeof useCompanyAddressesSuspenseQuery
>;
export type CompanyAddressesQueryResult = ApolloReactHooks.useQuery.Result<
  CompanyAddressesQuery,
  CompanyAddressesQueryVariables
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
export const StaffQueueUpdatedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'StaffQueueUpdated' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'staffQueueUpdated' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'queue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useStaffQueueUpdatedSubscription__
 *
 * To run a query within a React component, call `useStaffQueueUpdatedSubscription` and pass it any options that fit your needs.
 * When your component renders, `useStaffQueueUpdatedSubscription` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the subscription, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useStaffQueueUpdatedSubscription({
 *   variables: {
 *   },
 * });
 */
export function useStaffQueueUpdatedSubscription(
  baseOptions?: ApolloReactHooks.useSubscription.Options<
    StaffQueueUpdatedSubscription,
    StaffQueueUpdatedSubscriptionVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSubscription<
    StaffQueueUpdatedSubscription,
    StaffQueueUpdatedSubscriptionVariables
  >(StaffQueueUpdatedDocument, options);
}
export type StaffQueueUpdatedSubscriptionHookResult = ReturnType<
  typeof useStaffQueueUpdatedSubscription
>;
export type StaffQueueUpdatedSubscriptionResult =
  ApolloReactHooks.useSubscription.Result<StaffQueueUpdatedSubscription>;
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
          { kind: 'Field', name: { kind: 'Name', value: 'taxIdConfirmed' } },
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
export const CompaniesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Companies' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'companies' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'contracted' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

/**
 * __useCompaniesQuery__
 *
 * To run a query within a React component, call `useCompaniesQuery` and pass it any options that fit your needs.
 * When your component renders, `useCompaniesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useCompaniesQuery({
 *   variables: {
 *      search: // value for 'search'
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useCompaniesQuery(
  baseOptions?: ApolloReactHooks.useQuery.Options<CompaniesQuery, CompaniesQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<CompaniesQuery, CompaniesQueryVariables>(
    CompaniesDocument,
    options,
  );
}
export function useCompaniesLazyQuery(
  baseOptions?: ApolloReactHooks.useLazyQuery.Options<CompaniesQuery, CompaniesQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<CompaniesQuery, CompaniesQueryVariables>(
    CompaniesDocument,
    options,
  );
}
export function useCompaniesSuspenseQuery(
  baseOptions?:
    ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<CompaniesQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : ({
          ...defaultOptions,
          ...baseOptions,
        } as ApolloReactHooks.useSuspenseQuery.Options<CompaniesQueryVariables>);
  return ApolloReactHooks.useSuspenseQuery<CompaniesQuery, CompaniesQueryVariables>(
    CompaniesDocument,
    options,
  );
}
export type CompaniesQueryHookResult = ReturnType<typeof useCompaniesQuery>;
export type CompaniesLazyQueryHookResult = ReturnType<typeof useCompaniesLazyQuery>;
export type CompaniesSuspenseQueryHookResult = ReturnType<typeof useCompaniesSuspenseQuery>;
export type CompaniesQueryResult = ApolloReactHooks.useQuery.Result<
  CompaniesQuery,
  CompaniesQueryVariables
>;
