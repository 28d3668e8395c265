import { AppError } from '../../../common/errors';
import { message } from '../../../i18n/messages';

export class InvalidCredentialsError extends AppError {
  constructor(locale: string) {
    super('INVALID_CREDENTIALS', message('INVALID_CREDENTIALS', locale));
  }
}

export class InvalidTokenError extends AppError {
  constructor(locale: string) {
    super('INVALID_TOKEN', message('INVALID_TOKEN', locale));
  }
}

/** The link was real but is too old: the page offers a new one. */
export class TokenExpiredError extends AppError {
  constructor(locale: string) {
    super('TOKEN_EXPIRED', message('TOKEN_EXPIRED', locale));
  }
}
