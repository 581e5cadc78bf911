import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '@wuye/db';
import { ErrorLog, createLogger, safeMessage } from '../src/logging.js';
import { PASSWORD, startServer, type Running } from './harness.js';
import { captureLog } from './log-capture.js';

describe('the log keeps no secrets or personal data', () => {
  const log = captureLog();
  let s: Running;
  beforeAll(async () => {
    s = await startServer('sqlite', { logger: createLogger({ destination: log.stream }) });
  });
  afterAll(() => s.stop());

  it('during a login and a request failing with the session token hash in its SQL: no token, hash, password, name or SQL', async () => {
    const token = await s.login('admin');
    const me = await s.gql(`query Me { me { username displayName } }`, {}, token);
    expect(me.body.data!.me!.displayName).toBe('管理员');
    // The session lookup now fails: the driver's message carries the statement with the token's hash inlined.
    await s.orm.em.getConnection().execute('alter table `session` rename to `session_gone`');
    const failed = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `query Me { me { username } }`, operationName: 'Me' }),
    });
    expect(failed.status).toBe(500);
    await s.orm.em.getConnection().execute('alter table `session_gone` rename to `session`');

    const text = log.text();
    const lines = log.lines();
    const failure = lines.filter((l) => l.msg === 'request failed');
    expect(failure).toHaveLength(1);
    expect(failure[0]).toMatchObject({
      req: { method: 'POST', path: '/graphql' },
      res: { status: 500 },
      operation: 'Me',
      err: { message: 'no such table: session' },
    });
    expect(failure[0]!.err!.stack!.length).toBeGreaterThan(0);
    expect(failure[0]!.reqId).toMatch(/^[0-9a-f-]{36}$/);
    // Every request has its line and an id.
    expect(lines.filter((l) => l.msg === 'request')).toHaveLength(2);
    for (const secret of [token, hashToken(token), PASSWORD, '管理员', 'admin']) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/\bselect\b[\s\S]*\bfrom\b/i);
    expect(text).not.toMatch(/authorization|bearer/i);
  });

  it('takes a well-formed request id from the proxy and answers with it', async () => {
    const res = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'nginx-0123456789abcdef' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.headers.get('x-request-id')).toBe('nginx-0123456789abcdef');
    expect(log.lines().at(-1)!.reqId).toBe('nginx-0123456789abcdef');
    const forged = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': '"},{"level":"fatal"' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('safeMessage', () => {
  it('keeps the database’s words and drops the statement, its values and the detail', () => {
    expect(
      safeMessage(
        new Error(
          `insert into "app_user" ("username", "phone") values ('zhang', '13800000000') - duplicate key value violates unique constraint "app_user_username_unique"\n - detail: Key (username)=(zhang) already exists.`,
        ),
      ),
    ).toBe('duplicate key value violates unique constraint "app_user_username_unique"');
    expect(safeMessage(new Error(`select 1 from "session" where "token_hash" = 'abc' - invalid input syntax for type integer: 'x1'`))).toBe(
      "invalid input syntax for type integer: '…'",
    );
    expect(safeMessage(new Error('update "audit_log" set "changes" = \'{"phone":"13800000000"}\''))).toBe('(SQL statement)');
    expect(safeMessage(new Error('connect ECONNREFUSED 127.0.0.1:5432'))).toBe('connect ECONNREFUSED 127.0.0.1:5432');
  });
});

describe('ErrorLog', () => {
  it('describes the first of a kind with its stack, counts repeats in the window, then writes one summary line', () => {
    const log = captureLog();
    let now = 0;
    const errors = new ErrorLog(createLogger({ destination: log.stream }), 10_000, () => now);
    const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const first = errors.describe(refused());
    expect(first.stack?.length).toBeGreaterThan(0);
    expect(first.databaseUnavailable).toBe('ECONNREFUSED');
    now = 4000;
    expect(errors.describe(refused())).toMatchObject({ repeat: 2 });
    expect(errors.describe(refused()).stack).toBeUndefined();
    // Another kind has its own window.
    expect(errors.describe(new TypeError('x is undefined')).stack).toBeDefined();
    expect(log.lines()).toEqual([]);
    now = 10_500;
    errors.flush(false);
    const summary = log.lines();
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatchObject({ msg: 'errors repeated', repeats: 3, err: { type: 'Error', code: 'ECONNREFUSED' } });
    expect(summary[0]!.err!.stack).toBeUndefined();
    // The next one opens a new window, with its stack again.
    expect(errors.describe(refused()).stack).toBeDefined();
    errors.close();
  });
});
