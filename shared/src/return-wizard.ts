/**
 * The steps of the SPA's return wizard and when each one is complete, as pure functions on a
 * plain state: which steps a run shows, which step may be opened with what was entered so
 * far, and what blocks "Next" or "Add". The rules behind them (address, fault, limits) are
 * the ones the server enforces, from rma.ts.
 */
import {
  faultRequired,
  meetsAllConditions,
  needsReturnAddress,
  photosRequired,
  RETURN_LIMITS,
  type ReturnConditions,
  type ReturnKind,
} from './rma';
import { addressProblems, normalizeAddress, type PostalAddress } from './addresses';

export const WIZARD_STEPS = ['kind', 'product', 'products', 'address', 'summary'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export const isWizardStep = (value: string | null | undefined): value is WizardStep =>
  !!value && (WIZARD_STEPS as readonly string[]).includes(value);

/** A product added to the return, as far as the rules look at it. */
export interface WizardItemRules {
  uid: string;
  line: { id: string };
  quantity: number;
  faultDescription: string;
  conditions: Readonly<Partial<ReturnConditions>>;
}

/**
 * The ship-back address of a wizard run: one of the company's addresses (savedId, its fields
 * shown as they are) or a new one typed in (savedId null).
 */
export interface WizardAddress {
  savedId: string | null;
  fields: PostalAddress;
}

/** What the rules need of a wizard run. */
export interface WizardRulesState<I extends WizardItemRules = WizardItemRules> {
  kind: ReturnKind | null;
  items: readonly I[];
  /** null until an address is chosen or typed on the address step. */
  address: WizardAddress | null;
}

/** The product being added or changed on the "Add a product" step. */
export interface WizardDraftRules {
  /** The uid of the product being changed; null when adding one. */
  editing: string | null;
  /** The invoice line chosen, with how many of it may still be returned (server's count). */
  line: { id: string; returnableQuantity: number } | null;
  quantity: number | '';
  reason: string;
  faultDescription: string;
  /** Photos uploaded so far (ids of the customer's draft files). */
  photos: readonly unknown[];
  /** Service: YYYY-MM-DD or ''. */
  purchaseDate: string;
  /** Service: the uploaded warranty proof, or null. */
  warrantyProof: unknown;
}

export type DraftField =
  'line' | 'quantity' | 'reason' | 'faultDescription' | 'photos' | 'purchaseDate';
export type DraftProblem =
  | { field: 'line'; problem: 'required' }
  | { field: 'quantity'; problem: 'range'; max: number }
  | { field: 'reason'; problem: 'required' }
  | { field: 'faultDescription'; problem: 'required' | 'tooLong'; max: number }
  | { field: 'photos'; problem: 'required' }
  | { field: 'purchaseDate'; problem: 'required' | 'future' };

/** Today as YYYY-MM-DD in UTC, the server's "not in the future" check. */
const todayIso = (now: Date) => now.toISOString().slice(0, 10);

/** A service item's proof of warranty: a purchase date not in the future, or a file. */
function evidenceProblems(draft: WizardDraftRules, now: Date): DraftProblem[] {
  if (draft.purchaseDate && draft.purchaseDate > todayIso(now))
    return [{ field: 'purchaseDate', problem: 'future' }];
  if (!draft.purchaseDate && !draft.warrantyProof)
    return [{ field: 'purchaseDate', problem: 'required' }];
  return [];
}

export type AddressProblem = 'required' | 'invalid';

/** Whether this run asks for the ship-back address (SERVICE: always; RETURN: a failed condition). */
export function wizardNeedsAddress(state: Pick<WizardRulesState, 'kind' | 'items'>): boolean {
  return (
    state.kind !== null && state.items.length > 0 && needsReturnAddress(state.kind, state.items)
  );
}

/** The products that fail a return condition (a RETURN's reason to ask for the address). */
export function unmetItems<I extends WizardItemRules>(items: readonly I[]): I[] {
  return items.filter((i) => !meetsAllConditions(i.conditions));
}

/** Products of a kind that needs a fault description but have none. */
export function missingFault<I extends WizardItemRules>(
  state: Pick<WizardRulesState<I>, 'kind' | 'items'>,
): I[] {
  if (state.kind === null || !faultRequired(state.kind)) return [];
  return state.items.filter((i) => !i.faultDescription.trim());
}

/** How many of a line are already in this return, not counting the product being changed. */
export function alreadyAdded(
  items: readonly WizardItemRules[],
  lineId: string,
  except: string | null,
): number {
  return items
    .filter((i) => i.line.id === lineId && i.uid !== except)
    .reduce((sum, i) => sum + i.quantity, 0);
}

/** How many of a line may still go into this return. */
export function availableQuantity(
  items: readonly WizardItemRules[],
  line: { id: string; returnableQuantity: number },
  except: string | null,
): number {
  return Math.max(0, line.returnableQuantity - alreadyAdded(items, line.id, except));
}

/** True when no more products fit into one return (a product being changed still fits). */
export function itemsFull(items: readonly WizardItemRules[]): boolean {
  return items.length >= RETURN_LIMITS.items;
}

/** Why the address cannot be sent, or null: none chosen, or a new one the rules refuse. */
export function addressProblem(address: WizardAddress | null | undefined): AddressProblem | null {
  if (!address) return 'required';
  if (address.savedId) return null;
  return addressProblems(address.fields).length > 0 ? 'invalid' : null;
}

/** What blocks "Add" (or "Save") on the product step; empty when the product may be added. */
export function draftProblems(
  draft: WizardDraftRules,
  state: Pick<WizardRulesState, 'kind' | 'items'>,
  now: Date = new Date(),
): DraftProblem[] {
  const found: DraftProblem[] = [];
  if (!draft.line) found.push({ field: 'line', problem: 'required' });
  if (draft.line) {
    const max = availableQuantity(state.items, draft.line, draft.editing);
    const q = draft.quantity;
    if (typeof q !== 'number' || !Number.isInteger(q) || q < 1 || q > max) {
      found.push({ field: 'quantity', problem: 'range', max });
    }
  }
  if (state.kind === 'RETURN' && !draft.reason)
    found.push({ field: 'reason', problem: 'required' });
  if (state.kind !== null && photosRequired(state.kind, draft.reason) && draft.photos.length === 0)
    found.push({ field: 'photos', problem: 'required' });
  if (state.kind === 'SERVICE') found.push(...evidenceProblems(draft, now));
  if (state.kind !== null && faultRequired(state.kind)) {
    const fault = draft.faultDescription.trim();
    const max = RETURN_LIMITS.faultDescription;
    if (!fault) found.push({ field: 'faultDescription', problem: 'required', max });
    else if ([...fault].length > max) {
      found.push({ field: 'faultDescription', problem: 'tooLong', max });
    }
  }
  return found;
}

/** The steps this run shows: the address only when the run needs one. */
export function visibleSteps(state: WizardRulesState): WizardStep[] {
  return WIZARD_STEPS.filter((s) => s !== 'address' || wizardNeedsAddress(state));
}

/** "Next" on the products list: there are products and each has what its kind needs. */
export function productsComplete(state: WizardRulesState): boolean {
  return state.kind !== null && state.items.length > 0 && missingFault(state).length === 0;
}

/** Whether a step can be shown with what has been entered so far. */
export function isReachable(step: WizardStep, state: WizardRulesState): boolean {
  switch (step) {
    case 'kind':
      return true;
    case 'product':
      return state.kind !== null;
    case 'products':
      return state.kind !== null && state.items.length > 0;
    case 'address':
      return productsComplete(state) && wizardNeedsAddress(state);
    case 'summary':
      return (
        productsComplete(state) &&
        (!wizardNeedsAddress(state) || addressProblem(state.address) === null)
      );
  }
}

/**
 * The step to show for the one asked for: that step when it can be shown, otherwise the
 * furthest earlier one that can (a reload keeps its place; an old link does not skip a step).
 * Without one: where the person left off.
 */
export function resolveStep(requested: WizardStep | null, state: WizardRulesState): WizardStep {
  if (requested === null) {
    if (state.items.length > 0) return 'products';
    return state.kind ? 'product' : 'kind';
  }
  const steps = visibleSteps(state);
  // The address step is not shown for this run: back to the list of products.
  const index = steps.includes(requested) ? steps.indexOf(requested) : steps.indexOf('products');
  for (let i = index; i >= 0; i--) {
    const step = steps[i]!;
    if (isReachable(step, state)) return step;
  }
  return 'kind';
}

/** The ship-back address as the API takes it: one of the company's, or a new one. */
export type AddressToSend = { returnAddressId: string } | { newReturnAddress: PostalAddress };

/** The ship-back address to send: the one chosen when the run needs one, otherwise none. */
export function addressToSend(state: WizardRulesState): AddressToSend | null {
  if (!wizardNeedsAddress(state) || !state.address) return null;
  const { savedId, fields } = state.address;
  return savedId ? { returnAddressId: savedId } : { newReturnAddress: normalizeAddress(fields) };
}
