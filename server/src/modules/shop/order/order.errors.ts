import { AppError } from '../../../common/errors';

export class OutOfStockError extends AppError {
  constructor(sku: string, available: number) {
    super(
      'OUT_OF_STOCK',
      `Only ${available} of ${sku} in stock. Lower the quantity in your basket.`,
      { sku, available },
    );
  }
}

export class EmptyBasketError extends AppError {
  constructor() {
    super('BAD_USER_INPUT', 'Your basket is empty.', { reason: 'EMPTY_BASKET' });
  }
}
