import type { EntityManager } from 'typeorm';
import { BadUserInputError } from '../../../common/errors';
import { normalizeEmail } from '../../../../../shared/src/accounts';
import { checkPasswordPolicy, hashPassword } from '../auth/passwords';
import { Representative } from '../representative/representative.entity';
import { Agent } from './agent.entity';

/** Creates a staff account (`npm run admin -- create-agent`). One email, one person. */
export async function createAgent(
  tx: EntityManager,
  input: { email: string; name: string; password: string; locale?: string },
): Promise<Agent> {
  const email = normalizeEmail(input.email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw new BadUserInputError('Give a valid email address.', 'email');
  if (!input.name.trim()) throw new BadUserInputError('Give the agent a name.', 'name');
  if (
    (await tx.getRepository(Agent).exists({ where: { email } })) ||
    (await tx.getRepository(Representative).exists({ where: { email } }))
  ) {
    throw new BadUserInputError(`${email} already has an account.`, 'email');
  }
  checkPasswordPolicy(input.password, email);
  const repo = tx.getRepository(Agent);
  return repo.save(
    repo.create({
      email,
      name: input.name.trim(),
      locale: input.locale ?? 'en',
      active: true,
      passwordHash: await hashPassword(input.password),
    }),
  );
}
