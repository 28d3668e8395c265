import { AppError } from '../../../common/errors';

/** A closed request is final, for everyone, agents included. A new problem goes into a new request. */
export class TicketClosedError extends AppError {
  constructor() {
    super(
      'TICKET_CLOSED',
      'This request is closed and cannot be changed or reopened. Raise a new request instead.',
    );
  }
}

export class TicketTransitionError extends AppError {
  constructor(message: string) {
    super('ILLEGAL_TRANSITION', message);
  }
}
