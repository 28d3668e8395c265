import {
  canCancel,
  canClose,
  photosRequired,
  type ServiceStage,
  canMoveItem,
  canMoveServiceStage,
  deriveReturnStatus,
  faultRequired,
  needsReturnAddress,
  nextItemStatuses,
  RETURN_CONDITIONS,
  RETURN_ITEM_DECISIONS,
  RETURN_ITEM_STATUSES,
  type ReturnConditions,
  type ReturnItemStatus,
} from './rma';

describe('item transitions', () => {
  const legal: Array<[ReturnItemStatus, ReturnItemStatus]> = [
    ['PENDING', 'AUTHORIZED'],
    ['PENDING', 'DENIED'],
    ['PENDING', 'CANCELED'],
    ['AUTHORIZED', 'RECEIVED'],
    ['RECEIVED', 'APPROVED'],
    ['RECEIVED', 'REJECTED'],
  ];
  const all = RETURN_ITEM_STATUSES.flatMap((from) =>
    RETURN_ITEM_STATUSES.map((to) => [from, to] as [ReturnItemStatus, ReturnItemStatus]),
  );

  it.each(all)('%s -> %s', (from, to) => {
    const expected = legal.some(([f, t]) => f === from && t === to);
    expect(canMoveItem(from, to)).toBe(expected);
  });
});

describe('deriveReturnStatus', () => {
  it.each<[ReturnItemStatus[], boolean, string]>([
    [['PENDING', 'PENDING'], false, 'SUBMITTED'],
    [['AUTHORIZED', 'AUTHORIZED'], false, 'AUTHORIZED'],
    [['AUTHORIZED', 'DENIED'], false, 'PARTIALLY_AUTHORIZED'],
    [['AUTHORIZED', 'PENDING'], false, 'PARTIALLY_AUTHORIZED'],
    [['DENIED', 'DENIED'], false, 'DENIED'],
    [['RECEIVED', 'RECEIVED'], false, 'RECEIVED'],
    [['RECEIVED', 'APPROVED'], false, 'RECEIVED'],
    [['RECEIVED', 'DENIED'], false, 'RECEIVED'],
    [['APPROVED', 'APPROVED'], false, 'APPROVED'],
    [['APPROVED', 'REJECTED'], false, 'PARTIALLY_APPROVED'],
    [['APPROVED', 'DENIED'], false, 'PARTIALLY_APPROVED'],
    [['REJECTED', 'REJECTED'], false, 'REJECTED'],
    [['REJECTED', 'DENIED'], false, 'REJECTED'],
    [['APPROVED'], true, 'CLOSED'],
    [[], false, 'SUBMITTED'],
  ])('%j closed=%s -> %s', (items, closed, expected) => {
    expect(deriveReturnStatus(items, { closed })).toBe(expected);
  });
});

describe('closing and service stages', () => {
  it('closes only when every item is settled', () => {
    expect(canClose(['APPROVED', 'DENIED', 'REJECTED'], { closed: false })).toBe(true);
    expect(canClose(['APPROVED', 'RECEIVED'], { closed: false })).toBe(false);
    expect(canClose(['APPROVED'], { closed: true })).toBe(false);
    expect(canClose([], { closed: false })).toBe(false);
  });

  it('moves a service item one stage at a time', () => {
    expect(canMoveServiceStage(null, 'RECEIVED')).toBe(true);
    expect(canMoveServiceStage('RECEIVED', 'DIAGNOSIS')).toBe(true);
    expect(canMoveServiceStage('DIAGNOSIS', 'REPAIR')).toBe(true);
    expect(canMoveServiceStage('REPAIR', 'SHIPPED_BACK')).toBe(true);
    expect(canMoveServiceStage('RECEIVED', 'REPAIR')).toBe(false);
    expect(canMoveServiceStage('SHIPPED_BACK', 'RECEIVED')).toBe(false);
    expect(canMoveServiceStage(null, 'DIAGNOSIS')).toBe(false);
    expect(canMoveServiceStage('DIAGNOSIS', 'NOT_REPAIRABLE')).toBe(true);
    expect(canMoveServiceStage('RECEIVED', 'SHIPPED_BACK')).toBe(false);
    expect(canMoveServiceStage('DIAGNOSIS', 'SHIPPED_BACK')).toBe(false);
    expect(canMoveServiceStage('REPAIR', 'REPLACEMENT')).toBe(false);
  });

  it('closes a decided service item only once it was shipped back', () => {
    const item = (serviceStage: ServiceStage) => ({ status: 'APPROVED' as const, serviceStage });
    expect(canClose([item('REPAIR')], { closed: false })).toBe(false);
    expect(canClose([item('SHIPPED_BACK')], { closed: false })).toBe(true);
  });
});

describe('cancelling and photos', () => {
  it('lets the customer cancel until an item is authorized', () => {
    expect(canCancel(['PENDING', 'PENDING'], { closed: false })).toBe(true);
    expect(canCancel(['PENDING', 'DENIED'], { closed: false })).toBe(true);
    expect(canCancel(['PENDING', 'AUTHORIZED'], { closed: false })).toBe(false);
    expect(canCancel(['DENIED'], { closed: false })).toBe(false);
    expect(canCancel(['PENDING'], { closed: true })).toBe(false);
    expect(deriveReturnStatus(['CANCELED', 'DENIED'], { closed: true })).toBe('CANCELED');
  });

  it('asks photos of defective and damaged goods only', () => {
    expect(photosRequired('RETURN', 'DEFECTIVE')).toBe(true);
    expect(photosRequired('RETURN', 'DAMAGED_IN_TRANSIT')).toBe(true);
    expect(photosRequired('RETURN', 'WRONG_ITEM')).toBe(false);
    expect(photosRequired('SERVICE', 'DEFECTIVE')).toBe(false);
  });
});

describe('needsReturnAddress and faultRequired', () => {
  const all = Object.fromEntries(RETURN_CONDITIONS.map((c) => [c, true])) as ReturnConditions;
  it('a service request always needs the address the repaired product goes back to', () => {
    expect(needsReturnAddress('SERVICE', [{ conditions: all }])).toBe(true);
    expect(faultRequired('SERVICE')).toBe(true);
  });
  it('a return needs one only when a product fails a condition', () => {
    expect(needsReturnAddress('RETURN', [{ conditions: all }])).toBe(false);
    expect(needsReturnAddress('RETURN', [{ conditions: { ...all, undamaged: false } }])).toBe(true);
    expect(needsReturnAddress('RETURN', [{ conditions: {} }])).toBe(true);
    expect(faultRequired('RETURN')).toBe(false);
  });
});

describe('item decisions', () => {
  it('are exactly the statuses a received item can move to', () => {
    expect([...RETURN_ITEM_DECISIONS].sort()).toEqual([...nextItemStatuses('RECEIVED')].sort());
  });
});
