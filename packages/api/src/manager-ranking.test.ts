import { Enterprise, ProjectManager } from '@wuye/db';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDriver } from '@wuye/db/testing';
import { createFixture, type Fixture, type FixtureUser } from './testing.js';

/**
 * Project managers in the dashboard (issue 16, item 6): their ranking, scoped like the firms' (a firm's manager sees
 * only their own firm's managers, with county ranks), their credit file and history, personal data masked.
 */
describeEachDriver('project managers’ ranking and credit file', (driver) => {
  let f: Fixture;
  let m3: number;
  let m4: number;
  beforeAll(async () => {
    f = await createFixture(driver);
    f.setToday('2026-11-15');
    const em = f.orm.em.fork();
    await em.nativeUpdate(ProjectManager, { id: f.ids.m2 }, { score: 65, grade: 'B' });
    const best = em.create(ProjectManager, { name: '陈静', enterprise: f.ids.e1, certificateNo: 'PM-0003', phone: '13700001111', score: 90, grade: 'AAA' });
    // A manager of the expelled firm is not ranked.
    const expelled = em.create(ProjectManager, {
      name: '周强',
      enterprise: em.getReference(Enterprise, f.ids.ex),
      certificateNo: 'PM-0004',
      score: 95,
      grade: 'AAA',
    });
    await em.flush();
    m3 = best.id;
    m4 = expelled.id;
  });
  afterAll(async () => f?.close());

  type Row = { rank: number; managerId: string; enterpriseName: string; score: number; grade: string };
  const ranking = async (as: FixtureUser | null, args = '') => {
    const r = await f.gql<{ managerRanking: { total: number; items: Row[] } }>(
      `{ managerRanking${args ? `(${args})` : ''} { total items { rank managerId name certificateNo enterpriseName score grade } } }`,
      {},
      as,
    );
    return r;
  };
  const pairs = (rows: Row[]) => rows.map((r) => [Number(r.managerId), r.rank]);

  it('ranks the managers of active firms by score, with county ranks kept under any filter or order', async () => {
    const all = (await ranking('regulator')).data!.managerRanking;
    expect(all.total).toBe(3);
    expect(pairs(all.items)).toEqual([
      [m3, 1],
      [f.ids.m1, 2],
      [f.ids.m2, 3],
    ]);
    expect(all.items[0]).toMatchObject({ score: 90, grade: 'AAA', enterpriseName: '安居物业服务有限公司' });
    expect(pairs((await ranking('analyst', 'worstFirst: true')).data!.managerRanking.items)).toEqual([
      [f.ids.m2, 3],
      [f.ids.m1, 2],
      [m3, 1],
    ]);
    expect(pairs((await ranking('admin', 'grade: B')).data!.managerRanking.items)).toEqual([[f.ids.m2, 3]]);
    expect(pairs((await ranking('regulator', `enterpriseId: "${f.ids.e1}", perPage: 1, page: 2`)).data!.managerRanking.items)).toEqual([[f.ids.m1, 2]]);
  });

  it('scopes the ranking: a firm sees only its own managers, a township the firms of its area; anonymous and agencies none', async () => {
    expect(pairs((await ranking('ent1')).data!.managerRanking.items)).toEqual([
      [m3, 1],
      [f.ids.m1, 2],
    ]);
    // Another firm's id in the filter gives nothing, not that firm's managers.
    expect((await ranking('ent1', `enterpriseId: "${f.ids.e2}"`)).data!.managerRanking.total).toBe(0);
    expect(pairs((await ranking('ent2')).data!.managerRanking.items)).toEqual([[f.ids.m2, 3]]);
    // Town 1: E1 registered there (E3 serves a community there but employs no manager here).
    expect(pairs((await ranking('town1')).data!.managerRanking.items)).toEqual([
      [m3, 1],
      [f.ids.m1, 2],
    ]);
    expect((await ranking(null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await ranking('agency1')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('gives a manager’s credit file and history within scope, the phone masked except for the bureau and the employer', async () => {
    const q = (id: number) =>
      `{ projectManager(id: "${id}") { name phone score grade credit(asOf: "2026-11-15") { score grade breakdown { itemCode inherited } history(from: "2026-01-01", to: "2026-11-15") { date score grade } } } }`;
    type PM = { projectManager: { name: string; phone: string; score: number; credit: { score: number; history: { date: string }[] } } | null };
    const own = (await f.gql<PM>(q(f.ids.m1), {}, 'ent1')).data!.projectManager!;
    expect(own.phone).toBe('13812345678');
    expect(own.credit.history.length).toBeGreaterThan(0);
    expect((await f.gql<PM>(q(f.ids.m2), {}, 'ent1')).data!.projectManager).toBeNull();
    expect((await f.gql<PM>(q(f.ids.m1), {}, 'analyst')).data!.projectManager!.phone).toBe('138****5678');
    expect((await f.gql<PM>(q(f.ids.m1), {}, 'regulator')).data!.projectManager!.phone).toBe('13812345678');
    // The list sorts by score, as the dashboard's list offers.
    const list = await f.gql<{ projectManagers: { items: { id: string }[] } }>(
      '{ projectManagers(sortField: score, sortOrder: DESC) { items { id } } }',
      {},
      'regulator',
    );
    expect(list.data!.projectManagers.items.map((m) => Number(m.id))).toEqual([m4, m3, f.ids.m1, f.ids.m2]);
  });
});
