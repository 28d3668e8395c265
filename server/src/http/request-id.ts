import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { requestScope } from '../logger';

const SAFE_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Gives every request an id (kept from X-Request-Id when sane), echoed in the response. */
export const requestId: RequestHandler = (req, res, next) => {
  const incoming = req.header('x-request-id');
  const id = incoming && SAFE_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Request-Id', id);
  requestScope.run({ requestId: id, sqlStatements: 0 }, next);
};
