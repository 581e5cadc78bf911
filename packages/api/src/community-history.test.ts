/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL results are checked by shape in the assertions below */
import type { MikroORM } from '@mikro-orm/core';
import { graphql } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AuditLog, Community, User, principalOf, type Em } from '@wuye/db';
import { KPI_TODAY, createTestOrm, describeEachDriver, dropTestOrm, seedKpiFixture, type KpiFixtureIds } from '@wuye/db/testing';
import type { Role } from '@wuye/domain';
import type { Context } from './context.js';
import { testSchema } from './testing.js';

type Who = 'admin' | 'ent1' | 'ent3';

describeEachDriver('community history through GraphQL (issue 17)', (driver) => {
  let orm: MikroORM;
  let ids: KpiFixtureIds;
  let n1: number;
  const users: Record<string, number> = {};
  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    const em = orm.em.fork() as Em;
    ids = await seedKpiFixture(em);
    const user = (username: string, role: Role, scope: Partial<User> = {}) =>
      em.create(User, { username, displayName: username, role, passwordHash: 'unused', ...scope });
    const created = {
      admin: user('admin', 'ADMIN'),
      ent1: user('ent1', 'ENTERPRISE', { enterprise: ids.e1 as never }),
      ent3: user('ent3', 'ENTERPRISE', { enterprise: ids.e3 as never }),
    };
    await em.flush();
    for (const [k, u] of Object.entries(created)) users[k] = u.id;
    n1 = (await em.findOneOrFail(Community, { name: 'N1' })).id;
  });
  afterAll(async () => orm && dropTestOrm(orm));

  const gql = async <T = any>(source: string, as: Who = 'admin') => {
    const em = orm.em.fork() as Em;
    const user = await em.findOneOrFail(User, { id: users[as] });
    const ctx: Context = { em, principal: principalOf(user), user, sessionId: null, locale: 'zh-CN', ip: null, userAgent: null, today: KPI_TODAY };
    const r = await graphql({ schema: testSchema(), source, contextValue: ctx });
    return r as { data: T; errors?: readonly { message: string }[] };
  };
  const COVERAGE = 'kpi(code: NEW_RESIDENTIAL_COVERAGE) { value previous change }';

  it('coverage before the change: the same as the month before (change 0)', async () => {
    const r = await gql(`{ kpis(period: "2026-11") { rows { ${COVERAGE} } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.kpis.rows[0].kpi).toEqual({ value: 2 / 3, previous: 2 / 3, change: 0 });
  });

  it('a firm takes N1 over on 2026-11-15: the history shows both versions, and November’s coverage changes against October', async () => {
    // N1 passes from e1 to e3; N2 gets a firm (e3): new-residential coverage goes from 2/3 to 3/3 in November.
    const n2 = (await orm.em.fork().findOneOrFail(Community, { name: 'N2' })).id;
    for (const [id, firm] of [
      [n1, ids.e3],
      [n2, ids.e3],
    ]) {
      const w = await gql(
        `mutation { updateCommunity(id: "${id}", input: { enterpriseId: "${firm}", serviceMode: ENTERPRISE }) { __typename ... on MutationUpdateCommunitySuccess { data { id } } } }`,
      );
      expect(w.errors).toBeUndefined();
      expect(w.data.updateCommunity.__typename).toBe('MutationUpdateCommunitySuccess');
    }
    const r = await gql(`{ community(id: "${n1}") { history { validFrom validTo enterpriseId enterpriseName serviceMode type townshipName } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.community.history).toEqual([
      {
        validFrom: KPI_TODAY,
        validTo: null,
        enterpriseId: String(ids.e3),
        enterpriseName: 'K物业3',
        serviceMode: 'ENTERPRISE',
        type: 'NEW_RESIDENTIAL',
        townshipName: '城关镇',
      },
      {
        validFrom: null,
        validTo: KPI_TODAY,
        enterpriseId: String(ids.e1),
        enterpriseName: 'K物业1',
        serviceMode: 'ENTERPRISE',
        type: 'NEW_RESIDENTIAL',
        townshipName: '城关镇',
      },
    ]);
    const k = await gql(`{ kpis(period: "2026-11") { rows { ${COVERAGE} } } }`);
    expect(k.data.kpis.rows[0].kpi).toEqual({ value: 1, previous: 2 / 3, change: 1 - 2 / 3 });
    // By month: each month its own figure.
    const m = await gql(`{ kpis(period: "2026-09-01~2026-11-15", groupBy: [MONTH]) { rows { month ${COVERAGE} } } }`);
    expect(m.data.kpis.rows.map((row: any) => [row.month, row.kpi.value])).toEqual([
      ['2026-09', 2 / 3],
      ['2026-10', 2 / 3],
      ['2026-11', 1],
    ]);
    // The write and its history are one command with its audit row.
    expect(await orm.em.fork().count(AuditLog, { entityType: 'Community', entityId: String(n1) } as never)).toBeGreaterThan(0);
  });

  it('a firm manager sees only the versions in which their own firm served', async () => {
    const r = await gql(`{ community(id: "${n1}") { history { enterpriseName validFrom } } }`, 'ent3');
    expect(r.errors).toBeUndefined();
    expect(r.data.community.history).toEqual([{ enterpriseName: 'K物业3', validFrom: KPI_TODAY }]);
  });
});
