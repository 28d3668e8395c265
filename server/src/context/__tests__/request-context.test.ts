import { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config';
import { createLogger } from '../../logger';
import { createRequestContext, type ContextDeps } from '../request-context';
import type { Throttle } from '../throttle';

function context() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const logger = createLogger('info', sink);
  const child = jest.spyOn(logger, 'child');
  const deps: ContextDeps = {
    config: {} as Config,
    logger,
    db: {} as DataSource,
    throttle: {} as Throttle,
    nudgeMail: () => undefined,
  };
  const ctx = createRequestContext(deps, {
    requestId: 'req-12345678',
    viewer: null,
    locale: 'en',
    clientIp: '127.0.0.1',
    userAgent: null,
    sessionCookie: { set: () => undefined, clear: () => undefined },
  });
  return { ctx, lines, child };
}

describe("a request's logger", () => {
  it('is not made for a request that logs nothing', () => {
    const { child } = context();
    expect(child).not.toHaveBeenCalled();
  });

  it('is made once, on first use, and writes the request id on every line', () => {
    const { ctx, lines, child } = context();
    ctx.logger.info('first');
    ctx.logger.warn({ attempt: 2 }, 'second');
    expect(child).toHaveBeenCalledTimes(1);
    expect(ctx.logger).toBe(ctx.logger);
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(parsed).toEqual([
      expect.objectContaining({ msg: 'first', requestId: 'req-12345678' }),
      expect.objectContaining({ msg: 'second', attempt: 2, requestId: 'req-12345678' }),
    ]);
  });
});
