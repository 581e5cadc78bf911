import { Session, clock } from '@wuye/db';
import { describeEachDriver } from '@wuye/db/testing';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { startServer, type Running } from './harness.js';

// Statements per request through the whole server (session lookup included), read from the ORM's query log.
describeEachDriver('request cost', (driver) => {
  let s: Running;
  const statements: string[] = [];
  beforeAll(async () => {
    s = await startServer(driver, { onQuery: (sql) => statements.push(sql) });
  });
  afterAll(async () => s?.stop());
  afterEach(() => clock.startAt(null));

  /** Logs in, then holds the clock at the session's last use so the once-a-minute touch cannot add a statement. */
  const signedIn = async (username: string) => {
    const token = await s.login(username);
    const session = await s.orm.em.fork().findOneOrFail(Session, { user: { username } }, { orderBy: { id: 'desc' } });
    clock.startAt(session.lastSeenAt);
    return token;
  };
  const queriesOf = (log: string[]) => log.filter((l) => l.includes('[query]'));

  it('a ranking request costs at most 2 SQL statements: the session with its user in one, the page in the other', async () => {
    const token = await signedIn('analyst');
    statements.length = 0;
    const r = await s.gql(`{ ranking(perPage: 50) { total items { rank enterpriseId name uscc townshipName score grade listStatus } } }`, {}, token);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.ranking.total).toBe(1);
    const queries = queriesOf(statements);
    expect(queries.length).toBeLessThanOrEqual(2);
    const lookup = queries.filter((q) => /from\s+["`]?session/i.test(q));
    expect(lookup).toHaveLength(1);
    // The session lookup reads the user's request columns only: never the password hash.
    expect(lookup[0]).not.toMatch(/password_hash|\.\*/);
    expect(lookup[0]).toMatch(/join\s+["`]?app_user/i);
  });

  it('the lean lookup still gives resolvers a whole caller: me, scope and role', async () => {
    const token = await signedIn('firm');
    statements.length = 0;
    const r = await s.gql(`{ me { username displayName role enterprise { id } permissions } }`, {}, token);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.me).toMatchObject({ username: 'firm', displayName: '企业用户', role: 'ENTERPRISE', enterprise: { id: expect.any(String) } });
    expect(queriesOf(statements).filter((q) => /password_hash/.test(q))).toEqual([]);
  });

  it('a revoked or unknown token is nobody, still in one statement', async () => {
    const token = await signedIn('analyst');
    const logout = await s.gql(`mutation { logout }`, {}, token);
    expect(logout.body.errors).toBeUndefined();
    statements.length = 0;
    const r = await s.gql(`{ me { username } }`, {}, token);
    expect(r.body.data!.me).toBeNull();
    expect(queriesOf(statements)).toHaveLength(1);
  });
});
