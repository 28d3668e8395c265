import { RETURN_CONDITIONS, RETURN_LIMITS, type ReturnConditions } from './rma';
import {
  addressProblem,
  addressToSend,
  alreadyAdded,
  availableQuantity,
  draftProblems,
  isReachable,
  isWizardStep,
  itemsFull,
  missingFault,
  productsComplete,
  resolveStep,
  visibleSteps,
  wizardNeedsAddress,
  type WizardDraftRules,
  type WizardItemRules,
  type WizardAddress,
  type WizardRulesState,
} from './return-wizard';
import type { PostalAddress } from './addresses';

const allMet = Object.fromEntries(RETURN_CONDITIONS.map((c) => [c, true])) as ReturnConditions;
const oneFailed: ReturnConditions = { ...allMet, undamaged: false };

const item = (over: Partial<WizardItemRules> = {}): WizardItemRules => ({
  uid: 'a',
  line: { id: 'line-1' },
  quantity: 1,
  faultDescription: '',
  conditions: allMet,
  ...over,
});

const state = (over: Partial<WizardRulesState> = {}): WizardRulesState => ({
  kind: 'RETURN',
  items: [item()],
  address: null,
  ...over,
});

const typed = (fields: Partial<PostalAddress>): WizardAddress => ({
  savedId: null,
  fields: {
    street: 'ul. Prosta 1',
    postalCode: '00-950',
    city: 'Warszawa',
    country: 'PL',
    ...fields,
  },
});

const draft = (over: Partial<WizardDraftRules> = {}): WizardDraftRules => ({
  editing: null,
  line: { id: 'line-1', returnableQuantity: 5 },
  quantity: 1,
  reason: 'DEFECTIVE',
  faultDescription: '',
  photos: ['photo-1'],
  purchaseDate: '',
  warrantyProof: null,
  ...over,
});

describe('the ship-back address', () => {
  it('is not asked for a return whose products meet every condition', () => {
    expect(wizardNeedsAddress(state())).toBe(false);
    expect(visibleSteps(state())).toEqual(['kind', 'product', 'products', 'summary']);
  });

  it('is asked for a return when a product fails a condition', () => {
    const s = state({ items: [item(), item({ uid: 'b', conditions: oneFailed })] });
    expect(wizardNeedsAddress(s)).toBe(true);
    expect(visibleSteps(s)).toContain('address');
  });

  it('is always asked for a service request (the repaired product goes back)', () => {
    const s = state({ kind: 'SERVICE', items: [item({ faultDescription: 'No power' })] });
    expect(wizardNeedsAddress(s)).toBe(true);
    expect(visibleSteps(s)).toEqual(['kind', 'product', 'products', 'address', 'summary']);
  });

  it('is not asked before there is a kind and a product', () => {
    expect(wizardNeedsAddress(state({ kind: null, items: [] }))).toBe(false);
    expect(wizardNeedsAddress(state({ kind: 'SERVICE', items: [] }))).toBe(false);
  });

  it('is one of the company addresses or a new one the postal rules accept', () => {
    expect(addressProblem(null)).toBe('required');
    expect(addressProblem({ savedId: 'a1', fields: typed({}).fields })).toBeNull();
    expect(addressProblem(typed({}))).toBeNull();
    expect(addressProblem(typed({ street: '  ' }))).toBe('invalid');
    expect(addressProblem(typed({ postalCode: '00950' }))).toBe('invalid');
  });

  it('is sent only when the run needs it: the chosen id, or the new address normalized', () => {
    expect(addressToSend(state({ address: typed({}) }))).toBeNull();
    expect(
      addressToSend(state({ kind: 'SERVICE', address: { ...typed({}), savedId: 'a1' } })),
    ).toEqual({
      returnAddressId: 'a1',
    });
    const service = state({
      kind: 'SERVICE',
      address: typed({ city: ' Warszawa ', country: 'pl' }),
    });
    expect(addressToSend(service)).toEqual({
      newReturnAddress: {
        attention: null,
        street: 'ul. Prosta 1',
        postalCode: '00-950',
        city: 'Warszawa',
        country: 'PL',
      },
    });
  });
});

describe('fault descriptions', () => {
  it('are needed for every product of a service request', () => {
    const s = state({
      kind: 'SERVICE',
      items: [item({ faultDescription: 'Broken' }), item({ uid: 'b', faultDescription: ' ' })],
    });
    expect(missingFault(s).map((i) => i.uid)).toEqual(['b']);
    expect(productsComplete(s)).toBe(false);
  });

  it('are not needed for a return', () => {
    expect(missingFault(state())).toEqual([]);
    expect(productsComplete(state())).toBe(true);
  });
});

describe('quantities', () => {
  const items = [
    item({ uid: 'a', quantity: 2 }),
    item({ uid: 'b', quantity: 1 }),
    item({ uid: 'c', line: { id: 'line-2' }, quantity: 4 }),
  ];

  it('counts what is already in the return, except the product being changed', () => {
    expect(alreadyAdded(items, 'line-1', null)).toBe(3);
    expect(alreadyAdded(items, 'line-1', 'a')).toBe(1);
    expect(alreadyAdded(items, 'line-3', null)).toBe(0);
  });

  it('leaves what the server allows minus what is added, never below zero', () => {
    expect(availableQuantity(items, { id: 'line-1', returnableQuantity: 5 }, null)).toBe(2);
    expect(availableQuantity(items, { id: 'line-2', returnableQuantity: 3 }, null)).toBe(0);
  });

  it('stops at the limit of products per return', () => {
    expect(itemsFull(Array.from({ length: RETURN_LIMITS.items - 1 }, () => item()))).toBe(false);
    expect(itemsFull(Array.from({ length: RETURN_LIMITS.items }, () => item()))).toBe(true);
  });
});

describe('adding a product', () => {
  it('accepts a complete product', () => {
    expect(draftProblems(draft(), state({ items: [] }))).toEqual([]);
  });

  it('needs a line, a reason and a quantity within what is left', () => {
    expect(draftProblems(draft({ line: null, reason: '' }), state())).toEqual([
      { field: 'line', problem: 'required' },
      { field: 'reason', problem: 'required' },
    ]);
    expect(draftProblems(draft({ quantity: 5 }), state())).toEqual([
      { field: 'quantity', problem: 'range', max: 4 },
    ]);
    expect(draftProblems(draft({ quantity: '' }), state())).toHaveLength(1);
    expect(draftProblems(draft({ quantity: 1.5 }), state())).toHaveLength(1);
    expect(draftProblems(draft({ quantity: 5, editing: 'a' }), state())).toEqual([]);
  });

  it('needs a photo of a defective or damaged product, not of a wrong one', () => {
    expect(draftProblems(draft({ photos: [] }), state())).toEqual([
      { field: 'photos', problem: 'required' },
    ]);
    expect(
      draftProblems(draft({ photos: [], reason: 'DAMAGED_IN_TRANSIT' }), state()),
    ).toHaveLength(1);
    expect(draftProblems(draft({ photos: [], reason: 'WRONG_ITEM' }), state())).toEqual([]);
  });

  it('asks a service item no reason, but a purchase date (not in the future) or a proof', () => {
    const service = state({ kind: 'SERVICE', items: [] });
    const now = new Date('2026-06-01T12:00:00Z');
    const base = draft({ reason: '', photos: [], faultDescription: 'Dead' });
    expect(draftProblems(base, service, now)).toEqual([
      { field: 'purchaseDate', problem: 'required' },
    ]);
    expect(draftProblems({ ...base, purchaseDate: '2026-06-02' }, service, now)).toEqual([
      { field: 'purchaseDate', problem: 'future' },
    ]);
    expect(draftProblems({ ...base, purchaseDate: '2026-05-01' }, service, now)).toEqual([]);
    expect(draftProblems({ ...base, warrantyProof: { id: 'p' } }, service, now)).toEqual([]);
  });

  it('needs a fault description of limited length for a service request', () => {
    const service = state({ kind: 'SERVICE', items: [] });
    const max = RETURN_LIMITS.faultDescription;
    const svc = (over: Partial<WizardDraftRules>) => draft({ purchaseDate: '2026-01-01', ...over });
    expect(draftProblems(svc({}), service)).toEqual([
      { field: 'faultDescription', problem: 'required', max },
    ]);
    expect(draftProblems(svc({ faultDescription: 'x'.repeat(max + 1) }), service)).toEqual([
      { field: 'faultDescription', problem: 'tooLong', max },
    ]);
    expect(draftProblems(svc({ faultDescription: 'Rattles' }), service)).toEqual([]);
  });
});

describe('steps', () => {
  it('knows its step names', () => {
    expect(isWizardStep('address')).toBe(true);
    expect(isWizardStep('payment')).toBe(false);
    expect(isWizardStep(null)).toBe(false);
  });

  it('opens a step only once the earlier ones are complete', () => {
    const empty = state({ kind: null, items: [] });
    expect(isReachable('kind', empty)).toBe(true);
    expect(isReachable('product', empty)).toBe(false);
    expect(isReachable('product', state({ items: [] }))).toBe(true);
    expect(isReachable('products', state({ items: [] }))).toBe(false);
    expect(isReachable('summary', state())).toBe(true);
    const service = state({ kind: 'SERVICE', items: [item({ faultDescription: 'Dead' })] });
    expect(isReachable('address', service)).toBe(true);
    expect(isReachable('summary', service)).toBe(false);
    expect(
      isReachable('summary', { ...service, address: { savedId: 'a1', fields: typed({}).fields } }),
    ).toBe(true);
  });

  it('resumes where the person left off without a step asked for', () => {
    expect(resolveStep(null, state({ kind: null, items: [] }))).toBe('kind');
    expect(resolveStep(null, state({ items: [] }))).toBe('product');
    expect(resolveStep(null, state())).toBe('products');
  });

  it('falls back to the furthest earlier step that can be shown', () => {
    expect(resolveStep('summary', state({ items: [] }))).toBe('product');
    // No address step for this run: back to the list.
    expect(resolveStep('address', state())).toBe('products');
    const service = state({ kind: 'SERVICE', items: [item({ faultDescription: 'Dead' })] });
    expect(resolveStep('summary', service)).toBe('address');
    expect(resolveStep('summary', { ...service, items: [item()] })).toBe('products');
  });
});
