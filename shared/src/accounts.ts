/** Field limits of accounts, the same on both sides (characters, counted as code points). */
export const ACCOUNT_LIMITS = {
  password: { min: 8, max: 128 },
  email: 254,
  personName: { min: 1, max: 120 },
  companyName: { min: 2, max: 200 },
  taxId: { min: 4, max: 40 },
  address: { line: 200, postalCode: 20, city: 100 },
} as const;

/** Characters as a person counts them: code points, not UTF-16 units. */
export const charLength = (value: string): number => [...value].length;

/** A plausible e-mail address: something@domain.tld, no spaces. */
export const isEmail = (value: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());

/** The form an e-mail address is compared and stored in. */
export const normalizeEmail = (value: string): string => value.trim().toLowerCase();
