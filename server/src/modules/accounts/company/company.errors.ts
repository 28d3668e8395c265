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

/**
 * The viewer's company's tax ID is not confirmed yet: the ERP's documents for it wait until an
 * agent confirms it (documents of another company with the same tax ID never reach it).
 */
export class TaxIdNotConfirmedError extends AppError {
  constructor() {
    super(
      'TAX_ID_NOT_CONFIRMED',
      "Your company's documents appear here once we have confirmed your tax ID. Contact support if this takes long.",
    );
  }
}
