import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDriver } from '@wuye/db/testing';
import { Community, Enterprise, ProjectManager, type Em } from '@wuye/db';
import { LIMITS } from './builder.js';
import { createFixture, fixtureUscc, type Fixture } from './testing.js';

describe('query limits', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture('sqlite');
  });
  afterAll(async () => f?.close());

  it(`refuses a query deeper than ${LIMITS.depth}, naming the limit`, async () => {
    // community → enterprise → township nests; repeat via currentManager → enterprise.
    const deep = `{ communities { items { currentManager { enterprise { township { id } } appointments { community { currentManager { appointments { community { enterprise { township { name } } } } } } } } } } }`;
    const r = await f.gql(deep);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: LIMITS.depth });
    expect(r.errors?.[0]?.message).toContain('深度');
  });

  it(`refuses a query whose cost passes ${LIMITS.complexity}`, async () => {
    const r = await f.gql(
      `{ communities(perPage: 1000) { items { id name address households floorArea township { id name code } enterprise { id name uscc township { name } } currentManager { name phone } } } }`,
    );
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'complexity' });
  });

  it('accepts an ordinary dashboard page', async () => {
    const r = await f.gql(`{ communities(perPage: 25) { total items { id name township { name } enterprise { name } currentManager { name } } } }`);
    expect(r.errors).toBeUndefined();
  });
});

/** N+1 guard: the statements a list costs do not grow with its page size. */
describeEachDriver('SQL statements per list request', (driver) => {
  let f: Fixture;
  const statements: string[] = [];
  beforeAll(async () => {
    f = await createFixture(driver, (sql) => statements.push(sql));
    // Enough rows that a per-row query would show.
    const em = f.orm.em.fork() as Em;
    const town = f.ids.town1;
    for (let i = 0; i < 60; i++) {
      const e = em.create(Enterprise, { name: `批量物业${i}`, uscc: fixtureUscc(1000 + i), legalRepresentative: '甲', township: town });
      const c = em.create(Community, {
        name: `批量小区${i}`,
        township: town,
        enterprise: e,
        type: 'OLD',
        serviceMode: 'ENTERPRISE',
        households: 10,
        floorArea: 100,
      });
      em.create(ProjectManager, { name: `经理${i}`, enterprise: e, certificateNo: `BULK-${i}` });
      void c;
    }
    await em.flush();
  });
  afterAll(async () => f?.close());

  const count = async (source: string) => {
    statements.length = 0;
    const r = await f.gql(source);
    expect(r.errors).toBeUndefined();
    // The executor loads the caller's user first: that is not the list's cost.
    return statements.filter((s) => s.includes('[query]')).length - 1;
  };

  it.each([
    ['enterprises', `{ enterprises(perPage: PAGE) { total items { id name township { name } communityCount managerCount } } }`, 5],
    ['communities', `{ communities(perPage: PAGE) { total items { id name township { name } enterprise { name } currentManager { name } } } }`, 6],
    [
      'projectManagers',
      `{ projectManagers(perPage: PAGE) { total items { id name phone enterprise { name } appointments { startDate community { name } } } } }`,
      6,
    ],
  ])('%s costs a fixed number of statements', async (_name, doc, budget) => {
    const small = await count(doc.replace('PAGE', '5'));
    const large = await count(doc.replace('PAGE', '60'));
    expect(small).toBeGreaterThanOrEqual(2); // page + total at least: the counter sees the statements
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(budget);
  });
});
