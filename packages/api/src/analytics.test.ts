/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL results are checked by shape in the assertions below */
import type { MikroORM } from '@mikro-orm/core';
import { graphql } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Bulletin, User, type Em } from '@wuye/db';
import { KPI_TODAY, createTestOrm, describeEachDriver, dropTestOrm, seedKpiFixture, type KpiFixtureIds } from '@wuye/db/testing';
import type { Role } from '@wuye/domain';
import type { Context } from './context.js';
import { principalOf } from '@wuye/db';
import { testSchema } from './testing.js';

type Who = 'admin' | 'regulator' | 'town1' | 'ent2' | 'dept2' | 'analyst' | 'analyst2' | null;

describeEachDriver('KPIs, bulletins and API tokens through GraphQL', (driver) => {
  let orm: MikroORM;
  let ids: KpiFixtureIds;
  const users: Record<string, number> = {};
  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    const em = orm.em.fork() as Em;
    ids = await seedKpiFixture(em);
    const user = (username: string, role: Role, scope: Partial<User> = {}) =>
      em.create(User, { username, displayName: username, role, passwordHash: 'unused', ...scope });
    const created = {
      admin: user('admin', 'ADMIN'),
      regulator: user('regulator', 'REGULATOR'),
      town1: user('town1', 'TOWNSHIP', { township: ids.t1 as never }),
      ent2: user('ent2', 'ENTERPRISE', { enterprise: ids.e2 as never }),
      dept2: user('dept2', 'DEPARTMENT', { department: ids.d2 as never }),
      analyst: user('analyst', 'ANALYST'),
      analyst2: user('analyst2', 'ANALYST'),
    };
    await em.flush();
    for (const [k, u] of Object.entries(created)) users[k] = u.id;
  });
  afterAll(async () => orm && dropTestOrm(orm));

  const gql = async <T = any>(source: string, as: Who = 'analyst', variables: Record<string, unknown> = {}) => {
    const em = orm.em.fork() as Em;
    const user = as ? await em.findOneOrFail(User, { id: users[as] }) : null;
    const ctx: Context = {
      em,
      principal: user ? principalOf(user) : null,
      user,
      sessionId: null,
      locale: 'zh-CN',
      ip: null,
      userAgent: null,
      today: KPI_TODAY,
    };
    const r = await graphql({ schema: testSchema(), source, variableValues: variables, contextValue: ctx });
    return r as { data: T; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] };
  };
  const KPI = (code: string) => `kpi(code: ${code}) { value numerator denominator target status previous change improved applicable }`;

  it('county-wide October: value, target, status and the previous month', async () => {
    const r = await gql(
      `{ kpis(period: "2026-10") { period previousPeriod rows { groupId ${KPI('CLOSE_OFF_RATE')} ov: ${KPI('OVERDUE_ISSUES')} cf: ${KPI('COMMITTEE_FORMATION')} } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.kpis.previousPeriod).toBe('2026-09');
    const [row] = r.data.kpis.rows;
    expect(row.kpi).toEqual({
      value: 0.25,
      numerator: 1,
      denominator: 4,
      target: 0.95,
      status: 'MISSED',
      previous: 0,
      change: 0.25,
      improved: true,
      applicable: true,
    });
    expect(row.ov).toMatchObject({ value: 2, previous: 1, status: 'MISSED', improved: false });
    expect(row.cf).toMatchObject({ applicable: true, value: 0, numerator: 0, denominator: 6 });
  });

  it('a selection of KPIs (the home’s charts) gives the same figures as every KPI, by month and by township', async () => {
    const FIELDS = 'code value numerator denominator previous change';
    for (const [period, groupBy] of [
      ['2026', '[MONTH]'],
      ['2026-11', '[TOWNSHIP]'],
      ['2026Q4', '[TOWNSHIP, MONTH]'],
      ['2026-11', '[]'],
    ] as const) {
      const all = await gql(`{ kpis(period: "${period}", groupBy: ${groupBy}) { rows { month groupId kpis { ${FIELDS} } } } }`);
      const some = await gql(
        `query($codes: [KpiCode!]) { kpis(period: "${period}", groupBy: ${groupBy}) { rows { month groupId kpis(codes: $codes) { ${FIELDS} } one: kpi(code: OVERDUE_ISSUES) { ${FIELDS} } } } }`,
        'analyst',
        { codes: ['CLOSE_OFF_RATE', 'ON_TIME_RATE'] },
      );
      expect(all.errors).toBeUndefined();
      expect(some.errors).toBeUndefined();
      const pick = (rows: any[], codes: string[]) =>
        rows.map((r) => ({ month: r.month, groupId: r.groupId, kpis: r.kpis.filter((k: any) => codes.includes(k.code)) }));
      expect(pick(some.data.kpis.rows, ['CLOSE_OFF_RATE', 'ON_TIME_RATE'])).toEqual(pick(all.data.kpis.rows, ['CLOSE_OFF_RATE', 'ON_TIME_RATE']));
      expect(some.data.kpis.rows.map((r: any) => r.one)).toEqual(all.data.kpis.rows.map((r: any) => r.kpis.find((k: any) => k.code === 'OVERDUE_ISSUES')));
    }
  });

  it('division by zero is "no data", not zero', async () => {
    const r = await gql(`{ kpis(period: "2025-01") { rows { ${KPI('ON_TIME_RATE')} } } }`);
    expect(r.data.kpis.rows[0].kpi).toMatchObject({ value: null, numerator: 0, denominator: 0, status: 'NO_DATA', change: null });
  });

  it('by township and month, each month compared with the month before', async () => {
    const r = await gql(`{ kpis(period: "2026-09-01~2026-10-31", groupBy: [TOWNSHIP, MONTH]) { rows { month groupId groupName ${KPI('CLOSE_OFF_RATE')} } } }`);
    expect(r.errors).toBeUndefined();
    const t1oct = r.data.kpis.rows.find((x: any) => x.month === '2026-10' && x.groupId === String(ids.t1));
    expect(t1oct.kpi).toMatchObject({ numerator: 1, denominator: 2, previous: 0 });
    expect(r.data.kpis.rows).toHaveLength(4);
  });

  it('a township, a firm and a department each get their own slice, whatever filter they pass', async () => {
    const town = await gql(
      `{ kpis(period: "2026-10", groupBy: [TOWNSHIP], filter: { townshipId: "${ids.t2}" }) { rows { groupId ${KPI('CLOSE_OFF_RATE')} } } }`,
      'town1',
    );
    expect(town.data.kpis.rows.map((x: any) => [x.groupId, x.kpi.numerator, x.kpi.denominator])).toEqual([[String(ids.t1), 1, 2]]);
    const firm = await gql(`{ kpis(period: "2026-10", groupBy: [ENTERPRISE]) { rows { groupId ${KPI('CLOSE_OFF_RATE')} } } }`, 'ent2');
    expect(firm.data.kpis.rows.map((x: any) => [x.groupId, x.kpi.numerator, x.kpi.denominator])).toEqual([[String(ids.e2), 0, 1]]);
    const dept = await gql(`{ kpis(period: "2026-10") { rows { ${KPI('OVERDUE_ISSUES')} } } }`, 'dept2');
    expect(dept.data.kpis.rows[0].kpi).toMatchObject({ numerator: 2, denominator: 2 });
  });

  it('refuses a bad period with a message naming the field', async () => {
    const r = await gql(`{ kpis(period: "2026-13") { period } }`);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    expect(r.errors?.[0]?.message).toContain('统计期');
  });

  it('analysts aggregate with group-by; a township is scoped', async () => {
    const r = await gql(`{ aggregates(subject: ISSUES, groupBy: [TOWNSHIP, MONTH]) { keys labels count measures { name value } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.aggregates.filter((x: any) => x.keys[0] === String(ids.t1)).map((x: any) => [x.keys[1], x.count])).toEqual([
      ['2026-09', 1],
      ['2026-10', 2],
    ]);
  });

  it('bulletin: draft → reviewed → published by ADMIN; then public and immutable', async () => {
    const gen = await gql(
      `mutation { generateBulletin(month: "2026-10") { __typename ... on MutationGenerateBulletinSuccess { data { id status snapshot } } } }`,
      'regulator',
    );
    const b = gen.data.generateBulletin.data;
    expect(b.status).toBe('DRAFT');
    expect(b.snapshot.county.find((k: any) => k.code === 'CLOSE_OFF_RATE')).toMatchObject({ value: 0.25 });
    expect((await gql(`{ bulletins { id } }`, null)).data.bulletins).toEqual([]);
    expect((await gql(`{ bulletins { id } }`, 'analyst')).data.bulletins).toHaveLength(1);
    const early = await gql(`mutation { publishBulletin(id: "${b.id}") { __typename ... on ValidationError { message } } }`, 'admin');
    expect(early.data.publishBulletin.__typename).toBe('ValidationError');
    await gql(`mutation { reviewBulletin(id: "${b.id}", note: "核对无误") { __typename } }`, 'regulator');
    expect((await gql(`mutation { publishBulletin(id: "${b.id}") { __typename } }`, 'regulator')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const pub = await gql(
      `mutation { publishBulletin(id: "${b.id}") { __typename ... on MutationPublishBulletinSuccess { data { status publishedOn } } } }`,
      'admin',
    );
    expect(pub.data.publishBulletin.data).toEqual({ status: 'PUBLISHED', publishedOn: KPI_TODAY });
    const anon = await gql(`{ bulletin(month: "2026-10") { status snapshot } }`, null);
    expect(anon.data.bulletin.status).toBe('PUBLISHED');
    const before = JSON.stringify((await orm.em.fork().findOneOrFail(Bulletin, { id: Number(b.id) })).snapshot);
    const again = await gql(`mutation { generateBulletin(month: "2026-10") { __typename ... on ValidationError { message } } }`, 'regulator');
    expect(again.data.generateBulletin.__typename).toBe('ValidationError');
    expect(again.data.generateBulletin.message).toContain('已发布');
    const review = await gql(`mutation { reviewBulletin(id: "${b.id}") { __typename } }`, 'regulator');
    expect(review.data.reviewBulletin.__typename).toBe('ValidationError');
    expect(JSON.stringify((await orm.em.fork().findOneOrFail(Bulletin, { id: Number(b.id) })).snapshot)).toBe(before);
    // Who took each step: for the bureau and analysts, not for anonymous readers of the public page.
    const by = await gql(`{ bulletins { generatedByName reviewedByName publishedByName } }`, 'analyst');
    expect(by.data.bulletins[0]).toEqual({ generatedByName: expect.any(String), reviewedByName: expect.any(String), publishedByName: expect.any(String) });
    const byAnon = await gql(`{ bulletin(month: "2026-10") { month publishedByName } }`, null);
    expect(byAnon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('API tokens: shown once, only the hash stored, own tokens only, revocable', async () => {
    const c = await gql(
      `mutation { createApiToken(name: "R 脚本") { __typename ... on MutationCreateApiTokenSuccess { data { token apiToken { id name readOnly lastUsedAt } } } } }`,
    );
    const { token, apiToken } = c.data.createApiToken.data;
    expect(token).toMatch(/^wuye_[A-Za-z0-9_-]{43}$/);
    expect(apiToken).toMatchObject({ name: 'R 脚本', readOnly: true, lastUsedAt: null });
    const list = await gql(`{ apiTokens { id name } }`);
    expect(list.data.apiTokens.map((x: any) => x.name)).toEqual(['R 脚本']);
    expect((await gql(`{ apiTokens { id } }`, 'analyst2')).data.apiTokens).toEqual([]);
    const other = await gql(`mutation { revokeApiToken(id: "${apiToken.id}") { __typename } }`, 'analyst2');
    expect(other.data.revokeApiToken.__typename).toBe('NotFoundError');
    const rev = await gql(`mutation { revokeApiToken(id: "${apiToken.id}") { __typename ... on MutationRevokeApiTokenSuccess { data { revokedAt } } } }`);
    expect(rev.data.revokeApiToken.data.revokedAt).not.toBeNull();
  });

  it('campaign: the bureau records milestones; done on the due day is on time', async () => {
    const c = await gql(
      `mutation { createCampaign(name: "2027年提升年", year: 2027, startDate: "2027-03-01", endDate: "2027-12-31") { ... on MutationCreateCampaignSuccess { data { id } } } }`,
      'regulator',
    );
    const cid = c.data.createCampaign.data.id;
    const m = await gql(
      `mutation { createMilestone(campaignId: "${cid}", code: "X1", title: "组建业委会", dueDate: "2027-03-31", departmentId: "${ids.d1}") { ... on MutationCreateMilestoneSuccess { data { id state department { name } } } } }`,
      'regulator',
    );
    expect(m.data.createMilestone.data).toMatchObject({ state: 'PENDING', department: { name: '住建局' } });
    const bad = await gql(
      `mutation { completeMilestone(id: "${m.data.createMilestone.data.id}", doneOn: "2027-04-01", evidence: " ") { __typename ... on ValidationError { fieldErrors { field } } } }`,
      'regulator',
    );
    expect(bad.data.completeMilestone.fieldErrors.map((e: any) => e.field)).toEqual(['doneOn', 'evidence']);
  });
});
