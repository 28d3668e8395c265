import { AppError } from '../../../common/errors';

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

export class ReturnAddressRequiredError extends AppError {
  constructor() {
    super(
      'RETURN_ADDRESS_REQUIRED',
      'Some goods do not meet the return conditions: give an address to ship them back to if they are refused.',
      { field: 'returnAddress' },
    );
  }
}

export class IllegalTransitionError extends AppError {
  constructor(what: string) {
    super('ILLEGAL_TRANSITION', what);
  }
}
