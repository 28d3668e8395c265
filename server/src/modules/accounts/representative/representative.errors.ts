import { AppError } from '../../../common/errors';

/** A company always keeps one active administrator. */
export class LastAdministratorError extends AppError {
  constructor() {
    super(
      'LAST_ADMINISTRATOR',
      'The company needs at least one active administrator. Make a colleague administrator first.',
    );
  }
}

export class NotInvitedError extends AppError {
  constructor() {
    super(
      'CONFLICT',
      'This person has already activated the account; there is no invitation to change.',
    );
  }
}
