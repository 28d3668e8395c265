import { stdnum as rules, validateEntity } from 'stdnum';

type Rule = { validate(value: string): { isValid: boolean } };
const rule = (country: string, name: string): Rule => {
  const r = (rules as Record<string, Record<string, Rule> | undefined>)[country]?.[name];
  if (!r) throw new Error(`stdnum has no ${country}.${name}`);
  return r;
};
import { BadUserInputError } from '../../../common/errors';
import { isCountryCode } from '../../../../../shared/src/countries';

/** An ISO 3166-1 alpha-2 country code, upper case; anything else ("ZZ", "EU"): BAD_USER_INPUT. */
export function normalizeCountry(raw: string): string {
  const cc = raw.trim().toUpperCase();
  if (!isCountryCode(cc))
    throw new BadUserInputError(
      'Choose the country of registration (an ISO code such as PL, HU, UA).',
      'country',
      'COUNTRY',
    );
  return cc;
}

/** EU VAT prefixes that differ from the ISO country code. */
const VAT_PREFIX: Record<string, string> = { GR: 'EL' };

/**
 * A tax ID in its one stored form: spaces, dots, dashes and slashes removed, upper case, the
 * country's VAT prefix dropped ("PL 526-000-12-46" and "5260001246" are the same company).
 * Hungary: the 11-digit adószám and its 8-digit core (törzsszám) name the same company, so
 * the core is stored. Format and checksum are checked with python-stdnum's rules (stdnum)
 * where the country has them: PL NIP, HU adószám, UA EDRPOU/RNOKPP, and the EU VAT numbers.
 */
export function normalizeTaxId(country: string, raw: string): string {
  const cc = normalizeCountry(country);
  let value = raw.replace(/[\s.\-/]/g, '').toUpperCase();
  const prefix = VAT_PREFIX[cc] ?? cc;
  if (value.startsWith(prefix) && /\d/.test(value.charAt(prefix.length)))
    value = value.slice(prefix.length);
  if (!/^[A-Z0-9]{4,20}$/.test(value)) {
    throw new BadUserInputError(
      'Enter the tax ID with digits (and letters where your country uses them).',
      'taxId',
      'TAX_ID_FORMAT',
    );
  }
  const invalid = () =>
    new BadUserInputError(
      `This is not a valid tax ID for ${cc}. Check the digits.`,
      'taxId',
      'TAX_ID_CHECKSUM',
    );
  switch (cc) {
    case 'PL':
      if (!rule('PL', 'nip').validate(value).isValid) throw invalid();
      return value;
    case 'HU': {
      const core = /^\d{11}$/.test(value) ? value.slice(0, 8) : value;
      if (!rule('HU', 'anum').validate(core).isValid) throw invalid();
      return core;
    }
    case 'UA':
      if (
        !rule('UA', 'edrpou').validate(value).isValid &&
        !rule('UA', 'rntrc').validate(value).isValid
      )
        throw invalid();
      return value;
    default: {
      const result = validateEntity(cc, value) as { checked: boolean; isValid?: boolean };
      if (result.checked && !result.isValid) {
        const withPrefix = validateEntity(cc, `${prefix}${value}`) as {
          checked: boolean;
          isValid?: boolean;
        };
        if (!withPrefix.isValid) throw invalid();
      }
      return value;
    }
  }
}
