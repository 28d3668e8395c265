import { AppError } from '../../../common/errors';
import type { ReturnKind } from '../../../../../shared/src/rma';

export class QuantityExceedsReturnableError extends AppError {
  constructor(sku: string, returnable: number) {
    super(
      'QUANTITY_EXCEEDS_RETURNABLE',
      `At most ${returnable} of ${sku} can still be returned from this invoice.`,
      {
        sku,
        returnable,
      },
    );
  }
}

/** No ship-back address where shared `needsReturnAddress` asks for one. */
export class ReturnAddressRequiredError extends AppError {
  constructor(kind: ReturnKind) {
    super(
      'RETURN_ADDRESS_REQUIRED',
      kind === 'SERVICE'
        ? 'Give the address the repaired products are shipped back to.'
        : 'Some goods do not meet the return conditions: give an address to ship them back to if they are refused.',
      { field: 'returnAddress' },
    );
  }
}

export class IllegalTransitionError extends AppError {
  constructor(what: string) {
    super('ILLEGAL_TRANSITION', what);
  }
}
