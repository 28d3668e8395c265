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

/** A product returned for a reason shared `photosRequired` names, without a photo. */
export class PhotosRequiredError extends AppError {
  constructor(index: number, reason: string) {
    super(
      'PHOTOS_REQUIRED',
      'Add at least one photo of each defective or damaged product (uploaded in the wizard).',
      { field: `items.${index}.photoIds`, reason },
    );
  }
}

export class IllegalTransitionError extends AppError {
  constructor(what: string) {
    super('ILLEGAL_TRANSITION', what);
  }
}

/** A closed return is final: no step, comment or photo any more (RETURN_CLOSED). */
export class ReturnClosedError extends AppError {
  constructor() {
    super('RETURN_CLOSED', 'This return is closed and cannot be changed. Start a new return.');
  }
}

/** The one check every writer of a return calls first: closed is final, for everyone. */
export function refuseIfClosed(request: { closedAt: Date | null }): void {
  if (request.closedAt) throw new ReturnClosedError();
}

/** The customer cancels only until the seller authorized something of the return. */
export class ReturnAlreadyAuthorizedError extends AppError {
  constructor() {
    super(
      'RETURN_ALREADY_AUTHORIZED',
      'This return is already authorized and can no longer be cancelled. Write to us in a comment instead.',
    );
  }
}
