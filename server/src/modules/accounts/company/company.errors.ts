import { AppError } from '../../../common/errors';
import { message } from '../../../i18n/messages';

/** The guidance says what to do: ask the colleague who registered, or write to support. */
export class TaxIdAlreadyRegisteredError extends AppError {
  constructor(locale: string, supportEmail: string) {
    super(
      'TAX_ID_ALREADY_REGISTERED',
      message('TAX_ID_ALREADY_REGISTERED', locale, { support: supportEmail }),
      {
        supportEmail,
      },
    );
  }
}

export class EmailAlreadyRegisteredError extends AppError {
  constructor(locale: string) {
    super('EMAIL_ALREADY_REGISTERED', message('EMAIL_ALREADY_REGISTERED', locale));
  }
}
