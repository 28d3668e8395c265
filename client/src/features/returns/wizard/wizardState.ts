import { useCallback, useEffect, useState } from 'react';
import { RETURN_CONDITIONS, type ReturnConditions } from '../../../../../shared/src/rma';
import type { WizardAddress } from '../../../../../shared/src/return-wizard';
import type { ReturnKind, ReturnReason } from '../../../gql/graphql';

/**
 * The return wizard keeps its state in sessionStorage (this tab only), so a reload or the
 * back button never loses what was entered. One idempotency key per wizard run: sending the
 * same run again (a retry after a lost answer) returns the same RMA.
 */
export const WIZARD_STORAGE_KEY = 'portal.returns.wizard';
const VERSION = 2;

export type Conditions = ReturnConditions;

/** Every condition set to one value (all unticked for a new product, "all of them" ticked). */
export const everyCondition = ({ met }: { met: boolean }): Conditions =>
  Object.fromEntries(RETURN_CONDITIONS.map((c) => [c, met])) as Conditions;

export const NO_CONDITIONS: Conditions = everyCondition({ met: false });

export interface CheckedLine {
  id: string;
  lineNo: number;
  sku: string;
  name: string;
  quantity: number;
  returnableQuantity: number;
}

export interface CheckedInvoice {
  id: string;
  number: string;
  issuedAt: string;
  lines: CheckedLine[];
}

/** A file uploaded in the wizard (a draft on the server until the request is sent). */
export interface WizardFile {
  id: string;
  fileName: string;
  url: string;
}

/** What a service item says of itself: purchase, proof, accessories. */
export interface ServiceFacts {
  /** YYYY-MM-DD or ''. */
  purchaseDate: string;
  warrantyProof: WizardFile | null;
  accessories: string;
}

/** A product added to the return (a service item has no reason: ''). */
export interface WizardItem extends ServiceFacts {
  uid: string;
  invoice: CheckedInvoice;
  line: CheckedLine;
  quantity: number;
  reason: ReturnReason | '';
  serialNumber: string;
  faultDescription: string;
  conditions: Conditions;
  photos: WizardFile[];
}

/** The product being added (or changed) on the "Add a product" step. */
export interface ProductDraft extends ServiceFacts {
  /** "Return this" from an invoice line: check the invoice, then pick the line of this SKU. */
  pickSku?: string;
  /** The uid of the product being changed; null when adding one. */
  editing: string | null;
  invoiceNumber: string;
  invoice: CheckedInvoice | null;
  lineId: string | null;
  quantity: number | '';
  reason: ReturnReason | '';
  serialNumber: string;
  faultDescription: string;
  conditions: Conditions;
  photos: WizardFile[];
}

export interface WizardState {
  version: number;
  /** The representative who started it: another person in this tab starts afresh. */
  owner: string;
  idempotencyKey: string;
  kind: ReturnKind | null;
  items: WizardItem[];
  draft: ProductDraft;
  /** null until an address is chosen on the address step (one of the company's, or a new one). */
  address: WizardAddress | null;
}

/** A random UUID; crypto.randomUUID needs a secure context, getRandomValues does not. */
export function newId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function emptyDraft(): ProductDraft {
  return {
    editing: null,
    invoiceNumber: '',
    invoice: null,
    lineId: null,
    quantity: '',
    reason: '',
    serialNumber: '',
    faultDescription: '',
    conditions: { ...NO_CONDITIONS },
    ...emptyProductFacts(),
  };
}

/** What a new product starts with besides the invoice: no photos, no service facts. */
export function emptyProductFacts(): Pick<ProductDraft, 'photos' | keyof ServiceFacts> {
  return { photos: [], purchaseDate: '', warrantyProof: null, accessories: '' };
}

export function freshState(owner: string): WizardState {
  return {
    version: VERSION,
    owner,
    idempotencyKey: newId(),
    kind: null,
    items: [],
    draft: emptyDraft(),
    address: null,
  };
}

/** Nothing entered yet: nothing worth keeping. */
export const isPristine = (s: WizardState) =>
  s.kind === null && s.items.length === 0 && !s.draft.invoiceNumber;

function load(owner: string): WizardState | null {
  try {
    const raw = window.sessionStorage.getItem(WIZARD_STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<WizardState>;
    if (
      parsed.version !== VERSION ||
      parsed.owner !== owner ||
      typeof parsed.idempotencyKey !== 'string' ||
      !Array.isArray(parsed.items) ||
      !parsed.draft
    ) {
      return null;
    }
    return parsed as WizardState;
  } catch {
    return null;
  }
}

function save(state: WizardState): void {
  try {
    if (isPristine(state)) window.sessionStorage.removeItem(WIZARD_STORAGE_KEY);
    else window.sessionStorage.setItem(WIZARD_STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Storage full or blocked: the wizard still works, it just does not survive a reload.
  }
}

export function clearStoredWizard(): void {
  try {
    window.sessionStorage.removeItem(WIZARD_STORAGE_KEY);
  } catch {
    // Nothing to clear.
  }
}

/** The wizard opened from "Return this": the invoice number and SKU of the line. */
export function startFromLine(
  s: WizardState,
  invoiceNumber: string,
  sku: string,
): Partial<WizardState> {
  return {
    kind: s.kind ?? 'RETURN',
    draft: { ...emptyDraft(), invoiceNumber, pickSku: sku },
  };
}

/** The wizard's state, restored from and saved to sessionStorage. */
export function useWizardState(owner: string) {
  const [state, setState] = useState<WizardState>(() => load(owner) ?? freshState(owner));
  const [restored, setRestored] = useState(() => !isPristine(state));
  useEffect(() => save(state), [state]);
  const update = useCallback(
    (change: Partial<WizardState> | ((s: WizardState) => Partial<WizardState>)) =>
      setState((s) => ({ ...s, ...(typeof change === 'function' ? change(s) : change) })),
    [],
  );
  /** Forgets this run (after sending, or "Start over"): the next one gets a new key. */
  const reset = useCallback(() => {
    clearStoredWizard();
    setRestored(false);
    setState(freshState(owner));
  }, [owner]);
  return { state, update, reset, restored };
}
