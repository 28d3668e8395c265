import type { ErrorRequestHandler, Request, Response } from 'express';
import { AppError } from '../common/errors';
import type { Logger } from '../logger';

/**
 * The HTTP status of an error code, for every route outside GraphQL (uploads, documents, the
 * final error handler). A code not listed here is still the user's error: 400.
 */
export const HTTP_STATUS: Readonly<Record<string, number>> = {
  BAD_REQUEST: 400,
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TICKET_CLOSED: 409,
  RETURN_CLOSED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_ATTEMPTS: 429,
  INTERNAL_SERVER_ERROR: 500,
};

export const httpStatusOf = (code: string): number => HTTP_STATUS[code] ?? 400;

/** What body-parser (express.json) throws: its `type` tells a bad body from a server fault. */
interface BodyParserError {
  type?: unknown;
  status?: unknown;
  expose?: unknown;
}

const BODY_ERRORS: Record<string, { code: string; message: string }> = {
  'entity.parse.failed': { code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' },
  'entity.too.large': { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' },
  'entity.verify.failed': { code: 'BAD_REQUEST', message: 'The request body was refused.' },
  'encoding.unsupported': {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'The request body has an unsupported content encoding.',
  },
  'charset.unsupported': {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'The request body has an unsupported character set.',
  },
  'request.aborted': { code: 'BAD_REQUEST', message: 'The request body was cut short.' },
  'request.size.invalid': { code: 'BAD_REQUEST', message: 'The request body has the wrong size.' },
};

/** A client's fault we can name (an AppError, a refused body), or null for a server fault. */
function knownError(err: unknown): { status: number; code: string; message: string } | null {
  if (err instanceof AppError) {
    return { status: httpStatusOf(err.code), code: err.code, message: err.message };
  }
  const body = err as BodyParserError | null;
  const known = typeof body?.type === 'string' ? BODY_ERRORS[body.type] : undefined;
  if (known && body?.expose === true) return { status: httpStatusOf(known.code), ...known };
  return null;
}

/** JSON for programs; a short plain text for a browser that navigated here. */
function send(req: Request, res: Response, status: number, error: Record<string, string>): void {
  res.status(status).setHeader('Cache-Control', 'no-store');
  if (req.accepts(['json', 'html']) === 'html') {
    res.type('text/plain').send(`${error.message}\n\nReference: ${error.requestId}\n`);
  } else {
    res.json({ error });
  }
}

/**
 * The last middleware of the app: every error a route passes on ends here. A known error
 * answers with its code and status; anything else is logged with the request id and answers
 * 500 with a generic message. Never SQL, never a stack, in any mode.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    const requestId = String(res.getHeader('X-Request-Id') ?? 'none');
    const known = knownError(err);
    if (!known || known.status >= 500) {
      logger.error({ err, requestId, method: req.method, path: req.path }, 'request failed');
    }
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const { status, code, message } = known ?? {
      status: 500,
      code: 'INTERNAL_SERVER_ERROR',
      message: 'Something went wrong on our side. Please try again later.',
    };
    send(req, res, status, { code, message, requestId });
  };
}
