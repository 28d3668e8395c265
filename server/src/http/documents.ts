import { Router, type NextFunction, type Request, type Response } from 'express';
import type { RequestContext } from '../context/request-context';
import { AppError } from '../common/errors';
import { isLocale } from '../../../shared/src/locales';
import { isStorableText } from '../common/ids';
import { HTTP_STATUS } from './errors';
import { Company } from '../modules/accounts/company/company.entity';
import { companyAddressesLoader } from '../modules/accounts/address/address.service';
import { renderInvoicePdf } from '../modules/shop/invoice/invoice.pdf';
import { invoiceLinesLoader, InvoiceService } from '../modules/shop/invoice/invoice.service';
import { renderLabelPdf } from '../modules/returns/return-request/label.pdf';
import { returnItemsLoader } from '../modules/returns/return-request/return-request.loaders';
import { ReturnRequestQueries } from '../modules/returns/return-request/return-request.queries';

type ContextFor = (req: Request, res: Response) => Promise<RequestContext>;

const PATH_PARAMS = ['id', 'rma', 'itemId', 'key'] as const;
const MAX_PARAM_LENGTH = 200;

/**
 * Path parameters never reach a service unchecked: one that is not valid percent-encoded
 * UTF-8, holds a NUL byte or a lone surrogate, or is absurdly long is a 404, like a record
 * that does not exist. Call it after the routes (the error handler must come last).
 */
export function guardPathParams(router: Router): void {
  const notFound = (res: Response) => res.status(404).type('text/plain').send('Not found');
  for (const name of PATH_PARAMS) {
    router.param(name, (_req, res, next, value: unknown) => {
      const text = String(value);
      if (text.length > MAX_PARAM_LENGTH || !isStorableText(text)) notFound(res);
      else next();
    });
  }
  router.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (err instanceof URIError) notFound(res);
    else next(err);
  });
}

/**
 * Documents served as files: invoice PDFs and RMA labels, for the owning company and staff only (anyone
 * else gets 404, as for a number that does not exist).
 */
export function documentsRouter(contextFor: ContextFor): Router {
  const router = Router();
  const invoices = new InvoiceService();
  const returns = new ReturnRequestQueries();

  const sendPdf = (res: Response, name: string, pdf: Buffer) =>
    res
      .status(200)
      .type('application/pdf')
      .setHeader(
        'Content-Disposition',
        `inline; filename="${name.replace(/[^A-Za-z0-9_-]+/g, '-')}.pdf"`,
      )
      .setHeader('Cache-Control', 'private, no-store')
      .send(pdf);

  /** Runs a document handler for a signed-in viewer; an AppError answers with its status (NOT_FOUND: 404). */
  const documentRoute =
    (handler: (ctx: RequestContext, req: Request, res: Response) => Promise<void>) =>
    async (req: Request, res: Response, next: (err?: unknown) => void) => {
      try {
        const ctx = await contextFor(req, res);
        if (!ctx.viewer) {
          res.status(401).type('text/plain').send('Sign in to download this document.');
          return;
        }
        await handler(ctx, req, res);
      } catch (err) {
        if (err instanceof AppError && HTTP_STATUS[err.code]) {
          const text = err.code === 'NOT_FOUND' ? 'Not found' : err.message;
          res.status(HTTP_STATUS[err.code]!).type('text/plain').send(text);
          return;
        }
        next(err);
      }
    };

  router.get(
    '/returns/:rma/label.pdf',
    documentRoute(async (ctx, req, res) => {
      const request = await returns.get(ctx, String(req.params.rma));
      const items = await returnItemsLoader(ctx).load(request.id);
      const sender = await ctx.db.getRepository(Company).findOneByOrFail({ id: request.companyId });
      const addresses = await companyAddressesLoader(ctx).load(sender.id);
      const pdf = await renderLabelPdf(
        request,
        items,
        sender,
        addresses.find((a) => a.kind === 'BILLING') ?? null,
        ctx.config.warehouseAddress,
        ctx.config.sellerName,
      );
      sendPdf(res, `label-${request.rmaNumber}`, pdf);
    }),
  );

  router.get(
    '/invoices/:id/pdf',
    documentRoute(async (ctx, req, res) => {
      const invoice = await invoices.get(ctx, { id: String(req.params.id) });
      const lines = await invoiceLinesLoader(ctx).load(invoice.id);
      const buyer = await invoices.buyer(ctx, invoice);
      // The customer's language: ?lang= (the SPA sends its own), the representative's, else
      // the language of the company's administrator.
      const lang = String(req.query.lang ?? '');
      const locale = isLocale(lang)
        ? lang
        : ctx.viewer?.kind === 'REPRESENTATIVE' && isLocale(ctx.locale)
          ? ctx.locale
          : buyer.locale;
      const seller = {
        name: ctx.config.sellerName,
        address: ctx.config.sellerAddress.split(',').map((part) => part.trim()),
        taxId: ctx.config.sellerTaxId,
        bankAccount: ctx.config.sellerBankAccount,
      };
      sendPdf(
        res,
        invoice.number,
        await renderInvoicePdf({ invoice, lines, seller, buyer, locale }),
      );
    }),
  );
  guardPathParams(router);
  return router;
}
