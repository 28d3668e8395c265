import { missingFault, needsAddress, type WizardState } from './wizardState';

export const STEP_IDS = ['kind', 'product', 'products', 'address', 'summary'] as const;
export type StepId = (typeof STEP_IDS)[number];

export const isStepId = (value: string | null): value is StepId =>
  !!value && (STEP_IDS as readonly string[]).includes(value);

/** The steps this run shows: the address only when a product does not meet every condition. */
export function visibleSteps(state: WizardState): StepId[] {
  return STEP_IDS.filter((s) => s !== 'address' || needsAddress(state.items));
}

/** Whether a step can be shown with what has been entered so far. */
export function isReachable(step: StepId, state: WizardState): boolean {
  const hasProducts = state.kind !== null && state.items.length > 0;
  switch (step) {
    case 'kind':
      return true;
    case 'product':
      return state.kind !== null;
    case 'products':
      return hasProducts;
    case 'address':
      return hasProducts && needsAddress(state.items) && missingFault(state).length === 0;
    case 'summary':
      return (
        hasProducts &&
        missingFault(state).length === 0 &&
        (!needsAddress(state.items) || !!state.address?.trim())
      );
  }
}

/**
 * The step to show for the one asked for in the address: that step when it can be shown,
 * otherwise the furthest earlier one that can (a reload keeps its place; an old link does not
 * skip a step). Without one: where the person left off.
 */
export function resolveStep(requested: StepId | null, state: WizardState): StepId {
  const steps = visibleSteps(state);
  if (requested === null) {
    if (state.items.length > 0) return 'products';
    return state.kind ? 'product' : 'kind';
  }
  // The address step is not shown when every product meets the conditions: back to the list.
  const index = steps.includes(requested) ? steps.indexOf(requested) : steps.indexOf('products');
  for (let i = index; i >= 0; i--) {
    const step = steps[i]!;
    if (isReachable(step, state)) return step;
  }
  return 'kind';
}
