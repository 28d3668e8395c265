import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { Agent } from '../modules/agent/agent.entity';
import { createAgent } from '../modules/agent/agent.service';
import { hashPassword } from '../modules/auth/passwords';
import { Company } from '../modules/company/company.entity';
import {
  Representative,
  RepresentativeRole,
  RepresentativeStatus,
} from '../modules/representative/representative.entity';

/** The demo accounts (README lists them). Loaded only into an empty database. */
export const DEMO = {
  password: 'Portal-demo-2026',
  admin: 'anna.kowalska@demo.example',
  member: 'peter.nagy@demo.example',
  agent: 'agent@demo.example',
};

export async function seedDemo(db: DataSource, _config: Config, logger: Logger): Promise<boolean> {
  if ((await db.getRepository(Company).count()) > 0 || (await db.getRepository(Agent).count()) > 0)
    return false;
  const passwordHash = await hashPassword(DEMO.password);
  await db.transaction(async (tx) => {
    const company = await tx.getRepository(Company).save(
      tx.getRepository(Company).create({
        name: 'Volt Distribution Sp. z o.o.',
        country: 'PL',
        taxId: '5260001246',
        contracted: true,
        addressLine1: 'ul. Przemysłowa 12',
        postalCode: '00-450',
        city: 'Warszawa',
      }),
    );
    const reps = tx.getRepository(Representative);
    const now = new Date();
    await reps.save([
      reps.create({
        companyId: company.id,
        email: DEMO.admin,
        name: 'Anna Kowalska',
        role: RepresentativeRole.ADMIN,
        status: RepresentativeStatus.ACTIVE,
        locale: 'pl',
        passwordHash,
        activatedAt: now,
      }),
      reps.create({
        companyId: company.id,
        email: DEMO.member,
        name: 'Péter Nagy',
        role: RepresentativeRole.MEMBER,
        status: RepresentativeStatus.ACTIVE,
        locale: 'hu',
        passwordHash,
        activatedAt: now,
      }),
    ]);
    await createAgent(tx, {
      email: DEMO.agent,
      name: 'Olena Shevchenko',
      password: DEMO.password,
      locale: 'uk',
    });
  });
  logger.info(
    { accounts: [DEMO.admin, DEMO.member, DEMO.agent] },
    `demo data loaded (password ${DEMO.password})`,
  );
  return true;
}
