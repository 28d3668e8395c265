import { AppError, ForbiddenError } from '../../../common/errors';
import type { ratingRefusal } from '../../../../../shared/src/satisfaction';

/** The request has a rating already: it is given once. */
export class AlreadyRatedError extends AppError {
  constructor() {
    super('ALREADY_RATED', 'This request has been rated already; a rating is given once.');
  }
}

/** Only a resolved request can be rated (until it closes). */
export class NotResolvedError extends AppError {
  constructor() {
    super('TICKET_NOT_RESOLVED', 'A request can be rated once it is resolved, until it closes.');
  }
}

/** The error of a refusal of the shared rule. */
export function refusalError(refusal: NonNullable<ReturnType<typeof ratingRefusal>>): AppError {
  switch (refusal) {
    case 'NOT_REPORTER':
      return new ForbiddenError('Only the person who raised the request can rate it.');
    case 'ALREADY_RATED':
      return new AlreadyRatedError();
    case 'NOT_RESOLVED':
      return new NotResolvedError();
  }
}
