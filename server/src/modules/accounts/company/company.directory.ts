import { In } from 'typeorm';
import { keysetPage, type Connection } from '../../../common/connection';
import { escapeLike } from '../../../common/ids';
import type { RequestContext } from '../../../context/request-context';
import { requireStaff } from '../../../context/viewer';
import { Company } from './company.entity';
import type { CompaniesArgs } from './company.directory.inputs';

/** The company of each record a page shows (tickets, returns), one query per page. */
export function companyLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, Company | null>('company.byId', async (ids) => {
    const rows = await ctx.db.getRepository(Company).find({ where: { id: In([...ids]) } });
    return ids.map((id) => rows.find((c) => c.id === id) ?? null);
  });
}

/**
 * Staff's type-ahead over customer companies: names containing the text (any fragment, the
 * trigram index IDX_company_name_trgm), or tax IDs starting with it; by name, keyset paged.
 */
export function searchCompanies(
  ctx: RequestContext,
  args: CompaniesArgs,
): Promise<Connection<Company>> {
  requireStaff(ctx);
  const qb = ctx.db.getRepository(Company).createQueryBuilder('c');
  const text = args.search?.trim() ?? '';
  if (text) {
    const taxPrefix = text.replace(/[\s.-]/g, '').toUpperCase();
    qb.andWhere(taxPrefix ? '(c.name ILIKE :name OR c."taxId" LIKE :tax)' : 'c.name ILIKE :name', {
      name: `%${escapeLike(text)}%`,
      tax: `${escapeLike(taxPrefix)}%`,
    });
  }
  return keysetPage(
    qb,
    args,
    [
      { column: 'c.name', kind: 'text', value: (c) => c.name },
      { column: 'c.id', kind: 'uuid', value: (c) => c.id },
    ],
    'ASC',
  );
}
