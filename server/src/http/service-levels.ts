import { Router, type Request, type Response } from 'express';
import type { RequestContext } from '../context/request-context';
import { AppError, BadUserInputError } from '../common/errors';
import { ROUTES } from '../../../shared/src/routes';
import { HTTP_STATUS } from './errors';
import { PortalKey } from '../modules/support/request-type/request-type.entity';
import { serviceLevelReport } from '../modules/support/sla/sla.report';
import type { ServiceLevelWeekType } from '../modules/support/sla/sla.types';

type ContextFor = (req: Request, res: Response) => Promise<RequestContext>;

/** The CSV download of the staff's service-level report. */
const SERVICE_LEVELS_CSV_PATH = ROUTES.staffServiceLevelsCsv;

const COLUMNS: Array<keyof ServiceLevelWeekType> = [
  'week',
  'portalKey',
  'requestTypeName',
  'requests',
  'firstResponseMedianHours',
  'firstResponseP90Hours',
  'resolutionMedianHours',
  'resolutionP90Hours',
  'breaches',
  'averageRating',
];

/** One CSV field (RFC 4180); text a spreadsheet would run as a formula starts with '. */
function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function reportCsv(rows: ServiceLevelWeekType[]): string {
  const lines = [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => field(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

function period(req: Request): { from: Date; to: Date; portalKey: PortalKey | null } {
  const text = (name: string) => (typeof req.query[name] === 'string' ? req.query[name] : '');
  const date = (name: string) => {
    const value = new Date(text(name));
    if (!text(name) || Number.isNaN(value.getTime()))
      throw new BadUserInputError(`${name}: an ISO date or time.`, name);
    return value;
  };
  const portal = text('portal');
  if (portal && !Object.values(PortalKey).includes(portal as PortalKey))
    throw new BadUserInputError('portal: CUSTOMER_SERVICE or TECHNICAL_ASSISTANCE.', 'portal');
  return { from: date('from'), to: date('to'), portalKey: (portal as PortalKey) || null };
}

/** GET /staff/service-levels.csv?from=…&to=…[&portal=…]: staff only (403 for anyone else). */
export function serviceLevelsRouter(contextFor: ContextFor): Router {
  const router = Router();
  router.get(SERVICE_LEVELS_CSV_PATH, async (req, res, next) => {
    try {
      const ctx = await contextFor(req, res);
      if (!ctx.viewer) {
        res.status(401).type('text/plain').send('Sign in to download this report.');
        return;
      }
      const p = period(req);
      const rows = await serviceLevelReport(ctx, p);
      const name = `service-levels-${p.from.toISOString().slice(0, 10)}-${p.to.toISOString().slice(0, 10)}.csv`;
      res
        .status(200)
        .type('text/csv; charset=utf-8')
        .setHeader('Content-Disposition', `attachment; filename="${name}"`)
        .setHeader('Cache-Control', 'private, no-store')
        .send(reportCsv(rows));
    } catch (err) {
      if (err instanceof AppError && HTTP_STATUS[err.code]) {
        res.status(HTTP_STATUS[err.code]!).type('text/plain').send(err.message);
        return;
      }
      next(err);
    }
  });
  return router;
}
