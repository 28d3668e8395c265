import { Router, type Request, type Response } from 'express';
import type { RequestContext } from '../graphql/context';
import { AppError } from '../common/errors';
import { Company } from '../modules/company/company.entity';
import { renderInvoicePdf } from '../modules/invoice/invoice.pdf';
import { invoiceLinesLoader, InvoiceService } from '../modules/invoice/invoice.service';

type ContextFor = (req: Request, res: Response) => Promise<RequestContext>;

/**
 * Documents served as files: invoice PDFs, for the owning company and staff only (anyone
 * else gets 404, as for a number that does not exist).
 */
export function documentsRouter(contextFor: ContextFor): Router {
  const router = Router();
  const invoices = new InvoiceService();

  router.get('/invoices/:id/pdf', async (req, res, next) => {
    try {
      const ctx = await contextFor(req, res);
      if (!ctx.viewer) {
        res.status(401).type('text/plain').send('Sign in to download this document.');
        return;
      }
      const invoice = await invoices.get(ctx, { id: String(req.params.id) });
      const [lines, buyer] = await Promise.all([
        invoiceLinesLoader(ctx).load(invoice.id),
        ctx.db.getRepository(Company).findOneByOrFail({ id: invoice.companyId }),
      ]);
      const pdf = await renderInvoicePdf(invoice, lines, buyer, ctx.config.sellerName);
      res
        .status(200)
        .type('application/pdf')
        .setHeader(
          'Content-Disposition',
          `inline; filename="${invoice.number.replace(/[^A-Za-z0-9_-]+/g, '-')}.pdf"`,
        )
        .setHeader('Cache-Control', 'private, no-store')
        .send(pdf);
    } catch (err) {
      if (err instanceof AppError && err.code === 'NOT_FOUND') {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      next(err);
    }
  });
  return router;
}
