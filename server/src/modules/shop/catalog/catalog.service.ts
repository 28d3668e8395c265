import { Brackets } from 'typeorm';
import { keysetPage, type Connection } from '../../../common/connection';
import { escapeLike } from '../../../common/ids';
import { fragmentPattern, normalizedSql } from '../../../common/search';
import { NotFoundError } from '../../../common/errors';
import { checkedVatRate, parseAmount } from '../../../common/money';
import type { RequestContext } from '../../../context/request-context';
import { isStaff } from '../../../context/viewer';
import { audit } from '../../../audit/audit.service';
import type { ProductsArgs, UpsertProductsInput } from './catalog.inputs';
import { Product } from './product.entity';
import { DEFAULT_VAT_RATE_BP } from '../../../../../shared/src/vat';

/** The words of a search as a prefix tsquery: "usb hub" -> usb:* & hub:* */
export function toPrefixQuery(search: string): string | null {
  const words = search
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}

/** The expression of the trigram index IDX_product_sku_name_trgm. */
export const PRODUCT_FRAGMENTS = normalizedSql(`p."sku" || ' ' || p."name"`);

/** The expression of the full-text index IDX_product_search (keep the two in step). */
export const PRODUCT_DOCUMENT = `to_tsvector('simple', p.sku || ' ' || p.name || ' ' || p.description)`;

/**
 * The catalogue's order: by name as people read it, whatever the case ("Accessory" before
 * "APC", "łopata" beside "Lampa"), the ICU root collation that PostgreSQL and the embedded
 * PGlite both have. The expression of the index IDX_product_name_ci_id (keep the two in step).
 */
export const PRODUCT_NAME_ORDER = `p.name COLLATE "und-x-icu"`;

export class CatalogService {
  /** Active products (staff also see inactive ones), by name, keyset-paginated. */
  async products(ctx: RequestContext, args: ProductsArgs): Promise<Connection<Product>> {
    const qb = ctx.db.getRepository(Product).createQueryBuilder('p');
    if (!isStaff(ctx)) qb.where('p.active = true');
    const search = args.search?.trim();
    if (search) {
      const tsq = toPrefixQuery(search);
      const fragment = fragmentPattern(search);
      // Each alternative has its index (a BitmapOr): the SKU's prefix, the words, and any
      // fragment of SKU or name however it is written (IDX_product_sku_name_trgm).
      qb.andWhere(
        new Brackets((w) => {
          w.where('lower(p.sku) LIKE :skuPrefix', {
            skuPrefix: `${escapeLike(search.toLowerCase())}%`,
          });
          if (tsq) w.orWhere(`${PRODUCT_DOCUMENT} @@ to_tsquery('simple', :tsq)`, { tsq });
          if (fragment) w.orWhere(`${PRODUCT_FRAGMENTS} LIKE :fragment`, { fragment });
        }),
      );
    }
    return keysetPage(
      qb,
      args,
      [
        // The cursor keeps the name itself; the database compares it in the same collation.
        { column: PRODUCT_NAME_ORDER, kind: 'text', value: (p) => p.name },
        { column: 'p.id', kind: 'uuid', value: (p) => p.id },
      ],
      'ASC',
    );
  }

  async product(ctx: RequestContext, sku: string): Promise<Product> {
    const product = await ctx.db.getRepository(Product).findOne({ where: { sku } });
    if (!product || (!product.active && !isStaff(ctx))) {
      throw new NotFoundError('Product');
    }
    return product;
  }

  /** Catalogue sync from the ERP: insert or update by SKU. */
  async upsert(
    ctx: RequestContext,
    input: UpsertProductsInput,
  ): Promise<{ created: number; updated: number }> {
    return ctx.transaction(async (tx) => {
      let created = 0;
      let updated = 0;
      for (const p of input.products) {
        const rows: Array<{ inserted: boolean }> = await tx.query(
          `INSERT INTO product (sku, name, description, "priceMinor", currency, stock, active, "vatRateBp")
           VALUES ($1, $2, $3, $4, $5, $6, $7, coalesce($8::int, $9::int))
           ON CONFLICT (sku) DO UPDATE SET name = EXCLUDED.name, description = EXCLUDED.description,
             "priceMinor" = EXCLUDED."priceMinor", currency = EXCLUDED.currency, stock = EXCLUDED.stock,
             active = EXCLUDED.active, "vatRateBp" = coalesce($8::int, product."vatRateBp"),
             "updatedAt" = now()
           RETURNING (xmax = 0) AS inserted`,
          [
            p.sku,
            p.name.trim(),
            p.description,
            parseAmount(p.price, 'price'),
            p.currency,
            p.stock,
            p.active,
            p.vatRate == null ? null : checkedVatRate(p.vatRate, 'vatRate'),
            DEFAULT_VAT_RATE_BP,
          ],
        );
        if (rows[0]?.inserted) created++;
        else updated++;
      }
      await audit(
        ctx,
        tx,
        'catalog.synced',
        { type: 'Catalog', id: 'products' },
        { created, updated },
      );
      return { created, updated };
    });
  }
}
