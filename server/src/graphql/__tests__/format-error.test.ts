import { GraphQLError } from 'graphql';
import { NotFoundError } from '../../common/errors';
import { createLogger, requestScope } from '../../logger';
import { createFormatError } from '../format-error';

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger('info', { write: (l: string) => lines.push(JSON.parse(l)) });
  return { lines, format: createFormatError(logger) };
}

const wrapped = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, path: ['appInfo'] });

describe('createFormatError', () => {
  it('masks an unexpected error and logs it with the request id', () => {
    const { lines, format } = capture();
    const secret = new Error('relation "representative" does not exist at SELECT password_hash');
    const out = requestScope.run({ requestId: 'req-12345678', sqlStatements: 0 }, () =>
      format(
        {
          message: secret.message,
          path: ['appInfo'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
        wrapped(secret),
      ),
    );
    expect(out.message).not.toMatch(/password_hash|relation/);
    expect(out.message).toContain('req-12345678');
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-12345678' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 50,
      requestId: 'req-12345678',
      msg: 'unexpected error',
    });
    expect(JSON.stringify(lines[0])).toContain('password_hash');
  });

  it('keeps the code and message of a known error and drops any stack', () => {
    const { lines, format } = capture();
    const err = new NotFoundError('Invoice');
    const out = format(
      { message: err.message, extensions: { code: 'NOT_FOUND', stacktrace: ['at x'] } },
      wrapped(err),
    );
    expect(out).toEqual({ message: 'Invoice not found.', extensions: { code: 'NOT_FOUND' } });
    expect(lines).toHaveLength(0);
  });

  it('keeps validation errors from GraphQL itself', () => {
    const { format } = capture();
    const out = format(
      {
        message: 'Cannot query field "x" on type "Query".',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
      new GraphQLError('Cannot query field "x" on type "Query".'),
    );
    expect(out.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(out.message).toMatch(/Cannot query field/);
  });
});
