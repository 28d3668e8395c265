/**
 * Postal addresses: a company's billing and ship-to addresses and the ship-back address of a
 * return. Field limits, the kinds, and the country-aware postal-code check, the same on both
 * sides (the SPA checks as the person types, the server refuses with INVALID_POSTAL_CODE).
 */
import { isCountryCode } from './countries';

export const ADDRESS_KINDS = ['BILLING', 'SHIPPING'] as const;
export type AddressKind = (typeof ADDRESS_KINDS)[number];

/** Field limits in characters (code points); a company keeps at most `perCompany` addresses. */
export const ADDRESS_LIMITS = {
  attention: 200,
  street: 200,
  postalCode: 20,
  city: 100,
  perCompany: 50,
} as const;

/** A postal address as it is entered and stored (a return keeps a copy of it). */
export interface PostalAddress {
  /** Optional: a recipient, department or "attention" line. */
  attention?: string | null;
  street: string;
  postalCode: string;
  city: string;
  /** ISO 3166 alpha-2, upper case. */
  country: string;
}

export type AddressField = 'street' | 'postalCode' | 'city' | 'country' | 'attention';
export type AddressProblem =
  | { field: AddressField; problem: 'required' }
  | { field: AddressField; problem: 'tooLong'; max: number }
  | { field: 'country'; problem: 'unknown' }
  | { field: 'postalCode'; problem: 'format'; example: string };

/** A postal code's shape in a country, with an example shown when it does not match. */
interface PostalFormat {
  pattern: RegExp;
  example: string;
}

const DIGITS = (n: number, example: string): PostalFormat => ({
  pattern: new RegExp(`^\\d{${n}}$`),
  example,
});

/**
 * Postal-code formats by country (after normalizing: upper case, single spaces). Countries
 * not listed fall back to PERMISSIVE: 2–10 letters, digits, spaces or dashes.
 */
// prettier-ignore
const POSTAL_FORMATS: Readonly<Record<string, PostalFormat>> = {
  PL: { pattern: /^\d{2}-\d{3}$/, example: '00-950' },
  UA: DIGITS(5, '01001'),
  HU: DIGITS(4, '1051'),
  DE: DIGITS(5, '10115'),
  FR: DIGITS(5, '75001'),
  IT: DIGITS(5, '00184'),
  ES: DIGITS(5, '28013'),
  FI: DIGITS(5, '00100'),
  EE: DIGITS(5, '10111'),
  HR: DIGITS(5, '10000'),
  GR: { pattern: /^\d{3} ?\d{2}$/, example: '105 57' },
  LT: { pattern: /^(LT-)?\d{5}$/, example: 'LT-01100' },
  AT: DIGITS(4, '1010'),
  BE: DIGITS(4, '1000'),
  BG: DIGITS(4, '1000'),
  CH: DIGITS(4, '8001'),
  DK: DIGITS(4, '1050'),
  NO: DIGITS(4, '0150'),
  LU: { pattern: /^(L-)?\d{4}$/, example: '1009' },
  SI: DIGITS(4, '1000'),
  LV: { pattern: /^(LV-)?\d{4}$/, example: 'LV-1050' },
  RO: DIGITS(6, '010011'),
  MD: { pattern: /^(MD-?)?\d{4}$/, example: 'MD-2001' },
  CZ: { pattern: /^\d{3} ?\d{2}$/, example: '110 00' },
  SK: { pattern: /^\d{3} ?\d{2}$/, example: '811 01' },
  SE: { pattern: /^\d{3} ?\d{2}$/, example: '111 52' },
  NL: { pattern: /^\d{4} ?[A-Z]{2}$/, example: '1012 AB' },
  PT: { pattern: /^\d{4}-\d{3}$/, example: '1100-148' },
  GB: { pattern: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/, example: 'SW1A 1AA' },
  IE: { pattern: /^[A-Z]\d[\dW] ?[A-Z\d]{4}$/, example: 'D02 X285' },
  US: { pattern: /^\d{5}(-\d{4})?$/, example: '10001' },
  CA: { pattern: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/, example: 'K1A 0B1' },
};

const PERMISSIVE: PostalFormat = { pattern: /^[A-Z0-9][A-Z0-9 -]{1,9}$/, example: '12345' };

/** The form a postal code is compared and stored in: trimmed, upper case, single spaces. */
export function normalizePostalCode(value: string): string {
  return value.trim().toUpperCase().replace(/\s+/g, ' ');
}

/** The postal-code format of a country (the permissive one when the country has no entry). */
export function postalCodeFormat(country: string): PostalFormat {
  return POSTAL_FORMATS[country.trim().toUpperCase()] ?? PERMISSIVE;
}

/** True when the postal code has the shape the country uses. */
export function isPostalCode(country: string, value: string): boolean {
  return postalCodeFormat(country).pattern.test(normalizePostalCode(value));
}

const length = (value: string) => [...value].length;

function textProblem(
  field: AddressField,
  value: string | null | undefined,
  max: number,
  options: { optional: boolean },
): AddressProblem | null {
  const text = value?.trim() ?? '';
  if (!text) return options.optional ? null : { field, problem: 'required' };
  if (length(text) > max) return { field, problem: 'tooLong', max };
  return null;
}

/** What is wrong with an address, field by field; empty when it may be saved. */
export function addressProblems(address: Partial<PostalAddress>): AddressProblem[] {
  const found: Array<AddressProblem | null> = [
    textProblem('attention', address.attention, ADDRESS_LIMITS.attention, { optional: true }),
    textProblem('street', address.street, ADDRESS_LIMITS.street, { optional: false }),
    textProblem('city', address.city, ADDRESS_LIMITS.city, { optional: false }),
  ];
  const country = address.country?.trim().toUpperCase() ?? '';
  if (!country) found.push({ field: 'country', problem: 'required' });
  else if (!isCountryCode(country)) found.push({ field: 'country', problem: 'unknown' });
  const postal = address.postalCode?.trim() ?? '';
  if (!postal) found.push({ field: 'postalCode', problem: 'required' });
  else if (country && isCountryCode(country) && !isPostalCode(country, postal))
    found.push({
      field: 'postalCode',
      problem: 'format',
      example: postalCodeFormat(country).example,
    });
  return found.filter((p): p is AddressProblem => p !== null);
}

/** The address in the form it is stored: trimmed, country and postal code normalized. */
export function normalizeAddress(address: PostalAddress): PostalAddress {
  return {
    attention: address.attention?.trim() || null,
    street: address.street.trim(),
    postalCode: normalizePostalCode(address.postalCode),
    city: address.city.trim(),
    country: address.country.trim().toUpperCase(),
  };
}

/** The lines printed on a label or an invoice: attention, street, "postal code city", country. */
export function addressLines(address: PostalAddress): string[] {
  return [
    address.attention ?? '',
    address.street,
    `${address.postalCode} ${address.city}`.trim(),
    address.country,
  ].filter((line) => line.trim() !== '');
}
