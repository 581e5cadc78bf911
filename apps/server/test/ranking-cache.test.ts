import { Enterprise, Session, Township, User, clock, creditToken, hashPassword } from '@wuye/db';
import { describeEachDriver } from '@wuye/db/testing';
import { withUsccCheckChar } from '@wuye/domain';
import { buildSchema as buildSdl, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '@wuye/api';
import { assertCacheableSchema, isCreditVersioned } from '../src/response-cache.js';
import { PASSWORD, startSecondInstance, startServer, type Running } from './harness.js';

// The ranking's response cache (src/response-cache.ts): keyed by the credit version's token, which the database
// replaces in every transaction writing a row the ranking reads.
const RANKING = `query Ranking($perPage: Int!) { ranking(perPage: $perPage) { total items { rank name uscc score grade listStatus } } }`;

describeEachDriver('ranking response cache', (driver) => {
  let s: Running;
  let second: Running | null = null;
  const statements: string[] = [];
  let rival: number;
  beforeAll(async () => {
    s = await startServer(driver, { onQuery: (sql) => statements.push(sql) });
    const em = s.orm.em.fork();
    const town = em.create(Township, { name: '城南镇', code: 'CN' });
    const firm = em.create(Enterprise, {
      name: '城南物业有限公司',
      uscc: withUsccCheckChar('91330100MA0000002'),
      legalRepresentative: '李',
      township: town,
      score: 90,
      grade: 'AAA',
    });
    const passwordHash = await hashPassword(PASSWORD);
    em.create(User, { username: 'regulator', displayName: '监管员', role: 'REGULATOR', passwordHash });
    em.create(User, { username: 'analyst2', displayName: '分析员二', role: 'ANALYST', passwordHash });
    await em.flush();
    rival = firm.id;
  });
  afterAll(async () => {
    await second?.stop();
    await s?.stop();
  });
  afterEach(() => clock.startAt(null));

  /** Logs in, then holds the clock at the session's last use so the once-a-minute touch cannot add a statement. */
  const signedIn = async (username: string) => {
    const token = await s.login(username);
    const session = await s.orm.em.fork().findOneOrFail(Session, { user: { username } }, { orderBy: { id: 'desc' } });
    clock.startAt(session.lastSeenAt);
    return token;
  };
  const queries = () => statements.filter((l) => l.includes('[query]'));
  const ranking = async (token: string, server: Running = s) => {
    const r = await server.gql(RANKING, { perPage: 25 }, token);
    expect(r.body.errors).toBeUndefined();
    return r.body.data.ranking as { total: number; items: { name: string; uscc: string; score: number }[] };
  };

  it('answers the same ranking again from memory: the session statement only, the same answer', async () => {
    const token = await signedIn('analyst');
    statements.length = 0;
    const first = await ranking(token);
    expect(queries().length).toBeLessThanOrEqual(2);
    expect(first.total).toBe(2);
    statements.length = 0;
    expect(await ranking(token)).toEqual(first);
    expect(queries()).toHaveLength(1);
    expect(queries()[0]).toMatch(/from\s+["`]?session/i);
    // Another user of the same role and scope is given the kept answer too.
    const other = await signedIn('analyst2');
    statements.length = 0;
    expect(await ranking(other)).toEqual(first);
    expect(queries()).toHaveLength(1);
  });

  it('every answer, kept or computed, tells proxies and browsers to keep nothing', async () => {
    const token = await signedIn('analyst');
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${s.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: RANKING, variables: { perPage: 25 } }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('a write is seen on the very next read, whatever its path: a native update, an ORM flush, a GraphQL command', async () => {
    const token = await signedIn('analyst');
    await ranking(token);
    // A bulk update such as the credit jobs make (no ORM change set to watch).
    await s.orm.em.fork().nativeUpdate(Enterprise, { id: rival }, { score: 61, grade: 'B' });
    expect((await ranking(token)).items.find((i) => i.score === 61)).toBeDefined();
    // An entity flushed in a transaction.
    await s.orm.em.fork().transactional(async (tx) => {
      const firm = await tx.findOneOrFail(Enterprise, { id: rival });
      firm.name = '城南物业服务集团';
    });
    expect((await ranking(token)).items.map((i) => i.name)).toContain('城南物业服务集团');
    // The registry command through the API.
    const admin = await s.login('admin');
    const renamed = await s.gql(
      `mutation($id: ID!) { updateEnterprise(id: $id, input: { name: "城南物业（更名）" }) { __typename } }`,
      { id: String(rival) },
      admin,
    );
    expect(renamed.body.errors).toBeUndefined();
    expect((await ranking(token)).items.map((i) => i.name)).toContain('城南物业（更名）');
  });

  it('keeps each caller to their scope: a firm manager is never served the regulator’s kept answer, nor the reverse', async () => {
    const regulator = await signedIn('regulator');
    const all = await ranking(regulator);
    expect(all.total).toBe(2);
    const firm = await signedIn('firm');
    for (let i = 0; i < 2; i++) {
      const own = await ranking(firm);
      expect(own.total).toBe(1);
      expect(own.items.map((r) => r.name)).toEqual(['安居物业服务有限公司']);
    }
    expect(await ranking(regulator)).toEqual(all);
  });

  it('keeps nothing read inside a transaction, and a write rolled back leaves the token as it was', async () => {
    const em = s.orm.em.fork();
    await em.transactional(async (tx) => expect(await creditToken(tx)).toBeNull());
    const before = await creditToken(s.orm.em.fork());
    expect(before).toEqual(expect.any(String));
    await expect(
      s.orm.em.fork().transactional(async (tx) => {
        await tx.nativeUpdate(Enterprise, { id: rival }, { score: 10 });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await creditToken(s.orm.em.fork())).toBe(before);
    await s.orm.em.fork().nativeUpdate(Enterprise, { id: rival }, { score: 70 });
    expect(await creditToken(s.orm.em.fork())).not.toBe(before);
  });

  if (driver === 'postgresql') {
    it('a write through one instance is seen on the very next read of another that kept the old answer', async () => {
      second = await startSecondInstance(s);
      const token = await signedIn('analyst');
      const kept = await ranking(token, second);
      expect(await ranking(token, second)).toEqual(kept);
      const admin = await s.login('admin');
      const renamed = await s.gql(
        `mutation($id: ID!) { updateEnterprise(id: $id, input: { name: "城南物业（再更名）" }) { __typename } }`,
        { id: String(rival) },
        admin,
      );
      expect(renamed.body.errors).toBeUndefined();
      expect((await ranking(token, second)).items.map((i) => i.name)).toContain('城南物业（再更名）');
    });
  }
});

describe('what the response cache answers', () => {
  const op = (source: string) => parse(source).definitions[0] as OperationDefinitionNode;

  it('only queries whose root fields are all credit-versioned, without fragments at the root', () => {
    expect(isCreditVersioned(op(`{ ranking { total } }`))).toBe(true);
    expect(isCreditVersioned(op(`{ __typename a: ranking { total } b: ranking(worstFirst: true) { total } }`))).toBe(true);
    expect(isCreditVersioned(op(`{ ranking { total } me { username } }`))).toBe(false);
    expect(isCreditVersioned(op(`{ ...F } fragment F on Query { ranking { total } }`))).toBe(false);
    expect(isCreditVersioned(op(`mutation { logout }`))).toBe(false);
    expect(isCreditVersioned(op(`{ __typename }`))).toBe(false);
  });

  it('refuses to start when a cached field could reach data the credit version does not cover', () => {
    expect(() => assertCacheableSchema(buildSchema())).not.toThrow();
    const widened = buildSdl(`type Query { ranking: RankingPage }
      type RankingPage { items: [RankingRow!]! total: Int! }
      type RankingRow { name: String! firm: Firm }
      type Firm { communities: [String!]! }`);
    expect(() => assertCacheableSchema(widened)).toThrow(/RankingRow\.firm returns Firm/);
  });
});
