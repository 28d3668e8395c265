import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { entitiesOf } from '../src/common/raw-rows';
import { Company } from '../src/modules/accounts/company/company.entity';
import {
  Representative,
  RepresentativeRole,
  RepresentativeStatus,
} from '../src/modules/accounts/representative/representative.entity';
import { Product } from '../src/modules/shop/catalog/product.entity';
import { Portal, RequestType } from '../src/modules/support/request-type/request-type.entity';
import { startTestApp, type TestApp } from './harness';

// entitiesOf (the hot lists' hydration) must build what TypeORM's getMany builds: the same
// classes, values and conversions (bigint through the money transformer, jsonb, dates).
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await app.db.dataSource.getRepository(Product).save([
    { sku: 'RR-1', name: 'Pump', description: 'd', priceMinor: 12_345, currency: 'EUR', stock: 3 },
    { sku: 'RR-2', name: 'Valve', priceMinor: 99, currency: 'EUR', stock: 0, active: false },
  ]);
  const company = await app.db.dataSource
    .getRepository(Company)
    .save({ name: 'Raw Rows Kft.', country: 'HU', taxId: '12345678' });
  await app.db.dataSource.getRepository(Representative).save({
    companyId: company.id,
    email: 'raw.rows@example.com',
    name: 'Raw Rows',
    role: RepresentativeRole.ADMIN,
    status: RepresentativeStatus.ACTIVE,
    activatedAt: new Date('2026-01-02T03:04:05.678Z'),
  });
});

afterAll(async () => {
  await app?.stop();
});

const db = () => app.db.dataSource;

describe('entitiesOf', () => {
  it('hydrates products, portals, request types and people as getMany does', async () => {
    const queries: Array<() => SelectQueryBuilder<ObjectLiteral>> = [
      () => db().getRepository(Representative).createQueryBuilder('r').orderBy('r.email', 'ASC'),
      () => db().getRepository(Product).createQueryBuilder('p').orderBy('p.sku', 'ASC'),
      () => db().getRepository(Portal).createQueryBuilder('po').orderBy('po.key', 'ASC'),
      () =>
        db()
          .getRepository(RequestType)
          .createQueryBuilder('rt')
          .orderBy('rt.position', 'ASC')
          .addOrderBy('rt.id', 'ASC'),
    ];
    for (const qb of queries) {
      const expected = await qb().getMany();
      const actual = await entitiesOf(qb());
      expect(expected.length).toBeGreaterThan(0);
      expect(actual).toEqual(expected);
      actual.forEach((entity, i) => {
        expect(Object.getPrototypeOf(entity)).toBe(Object.getPrototypeOf(expected[i]));
      });
    }
    const [pump] = await entitiesOf(
      db().getRepository(Product).createQueryBuilder('p').where('p.sku = :sku', { sku: 'RR-1' }),
    );
    expect(pump).toBeInstanceOf(Product);
    expect(pump!.priceMinor).toBe(12_345);
    expect(pump!.createdAt).toBeInstanceOf(Date);
  });

  it('leaves a query with joins or a partial select to getMany', async () => {
    const joined = () =>
      db()
        .getRepository(Representative)
        .createQueryBuilder('r')
        .leftJoinAndSelect('r.company', 'c')
        .orderBy('r.id', 'ASC');
    const expected = await joined().getMany();
    expect(expected[0]?.company?.name).toBe('Raw Rows Kft.');
    expect(await entitiesOf(joined())).toEqual(expected);
    const partial = () =>
      db()
        .getRepository(Product)
        .createQueryBuilder('p')
        .select(['p.id', 'p.sku'])
        .orderBy('p.sku');
    const skus = await entitiesOf(partial());
    expect(skus).toEqual(await partial().getMany());
    expect(skus[0]).toEqual(expect.objectContaining({ sku: 'RR-1' }));
    expect(skus[0]!.name).toBeUndefined();
  });
});
