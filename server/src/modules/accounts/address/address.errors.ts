import { AppError, BadUserInputError } from '../../../common/errors';
import { addressProblems, type PostalAddress } from '../../../../../shared/src/addresses';

/** The postal code does not have the country's shape (e.g. PL 00-950). */
export class InvalidPostalCodeError extends AppError {
  constructor(field: string, country: string, example: string) {
    super(
      'INVALID_POSTAL_CODE',
      `The postal code does not match the format used in ${country}, e.g. ${example}.`,
      { field, country, example },
    );
  }
}

/** The billing address is kept: it can be changed, not deleted. */
export class BillingAddressRequiredError extends AppError {
  constructor() {
    super('BILLING_ADDRESS_REQUIRED', 'The billing address cannot be deleted; change it instead.');
  }
}

/**
 * Refuses an address the shared rules refuse: INVALID_POSTAL_CODE for a postal code of the
 * wrong shape, BAD_USER_INPUT (with the field) for anything else. `path` prefixes the field.
 */
export function assertAddress(address: PostalAddress, path: string): void {
  const problem = addressProblems(address)[0];
  if (!problem) return;
  const field = `${path}.${problem.field}`;
  if (problem.problem === 'format')
    throw new InvalidPostalCodeError(field, address.country.trim().toUpperCase(), problem.example);
  const why =
    problem.problem === 'tooLong'
      ? `at most ${problem.max} characters`
      : problem.problem === 'unknown'
        ? 'an assigned ISO 3166 country code'
        : 'required';
  throw new BadUserInputError(`${field}: ${why}.`, field);
}
