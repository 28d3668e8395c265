import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { ACCOUNT_LIMITS } from '../../../../../shared/src/accounts';
import { BadUserInputError } from '../../../common/errors';

const PASSWORD_MIN = ACCOUNT_LIMITS.password.min;
const PASSWORD_MAX = ACCOUNT_LIMITS.password.max;

const common = new Set<string>(
  (dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()),
);

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes).
// algorithm 2 = Argon2id (a const enum in the typings, so spelled out here).
const OPTIONS = { algorithm: 2 as const, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password: verifying against it costs what a real check costs. */
let dummy: Promise<string> | null = null;
export async function burnVerifyTime(password: string): Promise<void> {
  dummy ??= hashPassword('not-a-real-password-for-timing');
  await verifyPassword(await dummy, password);
}

/** 8 to 128 characters, not one of the ~50,000 most common passwords, not the email itself. */
export function checkPasswordPolicy(password: string, email?: string): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN) {
    throw new BadUserInputError(
      `The password needs at least ${PASSWORD_MIN} characters.`,
      'password',
      'PASSWORD_TOO_SHORT',
    );
  }
  if (length > PASSWORD_MAX) {
    throw new BadUserInputError(
      `The password can have at most ${PASSWORD_MAX} characters.`,
      'password',
      'PASSWORD_TOO_LONG',
    );
  }
  const lower = password.toLowerCase();
  if (common.has(lower) || (email && lower === email.toLowerCase())) {
    throw new BadUserInputError(
      'This password is among the most common ones and easy to guess. Choose another.',
      'password',
      'PASSWORD_TOO_COMMON',
    );
  }
}
