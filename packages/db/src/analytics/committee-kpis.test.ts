import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parsePeriod, type KpiGrouping } from '@wuye/domain';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import {
  Campaign,
  CommitteeCandidate,
  CommitteeElection,
  Community,
  Milestone,
  OwnersCommittee,
  Township,
  TrainingAttendance,
  TrainingSession,
} from '../entities/index.js';
import { computeKpis, type KpiFilter } from './kpi-engine.js';
import { milestoneMeasurement } from '../campaign/queries.js';
import { KPI_NOW, KPI_TODAY, nd } from '../fixtures/kpi-fixture.js';

/**
 * Committee formation and committee members' training, computed by hand. As of Oct 31 2026:
 *   A (new, T1) filed that very day → in term;   B (old, T1) term ended Oct 30 → not;
 *   C (old, T2) term ends Oct 31 → still in term; D (new, T2) still voting;  E (new, T2) none;
 *   X (OTHER, T2) has a committee but is no residential community: in neither figure.
 * Members serving on Oct 31: A1 (A2 left that day), C1, C2. Trained in the year up to it: A1 (June), C2 (2025-11-01,
 * a day inside the year); C1 was absent; a session a year and a day before does not count.
 */
async function seed(em: EntityManager) {
  const t1 = em.create(Township, { name: '城关镇', code: 'C-T1' });
  const t2 = em.create(Township, { name: '东城街道', code: 'C-T2' });
  const community = (name: string, township: Township, type: Community['type']) =>
    em.create(Community, { name, township, type, serviceMode: 'NONE', households: 100, floorArea: 1000 });
  const committee = (c: Community, filedOn: string | null, termStart: string | null, termEnd: string | null) =>
    em.create(OwnersCommittee, { community: c, ruleSetCode: 'CIVIL_CODE', ruleSetVersion: 1, filedOn, termStart, termEnd });
  const election = (oc: OwnersCommittee, status: CommitteeElection['status'], countedAt: Date | null) =>
    em.create(CommitteeElection, { committee: oc, community: oc.community, status, ruleSetCode: 'CIVIL_CODE', ruleSetVersion: 1, seats: 2, countedAt });
  const member = (e: CommitteeElection, name: string, elected: boolean, leftOn: string | null = null) =>
    em.create(CommitteeCandidate, { election: e, name, route: 'SELF', elected, leftOn });

  const a = committee(community('A', t1, 'NEW_RESIDENTIAL'), '2026-10-31', '2026-10-31', '2029-10-30');
  committee(community('B', t1, 'OLD'), '2023-10-01', '2023-10-31', '2026-10-30');
  const c = committee(community('C', t2, 'OLD'), '2023-10-20', '2023-11-01', '2026-10-31');
  const d = committee(community('D', t2, 'NEW_RESIDENTIAL'), null, null, null);
  community('E', t2, 'NEW_RESIDENTIAL');
  // A committee of an OTHER community stays out of the measure.
  committee(community('X', t2, 'OTHER'), '2026-01-01', '2026-01-01', '2028-12-31');

  const ea = election(a, 'FILED', new Date('2026-10-20T10:00:00+08:00'));
  member(ea, 'A1', true);
  member(ea, 'A2', true, '2026-10-31');
  member(ea, 'A3', false);
  const ec = election(c, 'FILED', new Date('2023-10-15T10:00:00+08:00'));
  member(ec, 'C1', true);
  member(ec, 'C2', true);
  member(election(d, 'VOTING', null), 'D1', false);

  const june = em.create(TrainingSession, { topic: '业委会职能讲座', heldOn: '2026-06-01' });
  const lastYear = em.create(TrainingSession, { topic: '业委会培训', heldOn: '2025-11-01' });
  const tooOld = em.create(TrainingSession, { topic: '旧培训', heldOn: '2025-10-31' });
  const attend = (session: TrainingSession, oc: OwnersCommittee, name: string, present = true) =>
    em.create(TrainingAttendance, { session, kind: 'COMMITTEE_MEMBER', committee: oc, township: oc.community.township, name, present });
  attend(june, a, 'A1');
  attend(june, c, 'C1', false);
  attend(tooOld, c, 'C1');
  attend(june, a, 'C2'); // under another committee: not C2's training
  attend(lastYear, c, 'C2');
  // Milestones of the 2026 plan by code: M03 (committees formed) due on Oct 31 here; M04 (training) still ahead.
  const campaign = em.create(Campaign, { name: '提升年', year: 2026, startDate: '2026-03-10', endDate: '2026-12-31' });
  for (const [code, dueDate] of [
    ['M01', '2026-03-15'],
    ['M03', '2026-10-31'],
    ['M04', '2026-12-15'],
  ] as const)
    em.create(Milestone, { campaign, code, title: code, dueDate });
  await em.flush();
  return { t1: t1.id, t2: t2.id };
}

describeEachDriver('committee KPIs against hand-computed figures', (driver) => {
  let orm: MikroORM;
  let ids: { t1: number; t2: number };
  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    ids = await seed(orm.em.fork());
  });
  afterAll(async () => orm && dropTestOrm(orm));

  const kpis = (period: string, groupBy: KpiGrouping[] = [], filter: KpiFilter = {}) =>
    computeKpis(orm.em.fork(), { period: parsePeriod(period)!, groupBy, filter, today: KPI_TODAY, now: KPI_NOW, firstResponseDays: 3 });

  it('formation counts residential communities whose committee is filed and in term on the as-of day, both ends included', async () => {
    const [oct] = await kpis('2026-10');
    expect(nd(oct, 'COMMITTEE_FORMATION')).toEqual([2, 5]);
    // Sep 30: A not yet filed; B and C in term.
    const [sep] = await kpis('2026-09');
    expect(nd(sep, 'COMMITTEE_FORMATION')).toEqual([2, 5]);
    // Nov 15 (today): C's term ended Oct 31.
    const [nov] = await kpis('2026-11');
    expect(nd(nov, 'COMMITTEE_FORMATION')).toEqual([1, 5]);
  });

  it('formation by township and month, and a township’s slice', async () => {
    const rows = await kpis('2026-09-01~2026-10-31', ['TOWNSHIP', 'MONTH']);
    const at = (month: string, t: number) =>
      nd(
        rows.find((r) => r.month === month && r.groupId === t),
        'COMMITTEE_FORMATION',
      );
    expect([at('2026-09', ids.t1), at('2026-09', ids.t2), at('2026-10', ids.t1), at('2026-10', ids.t2)]).toEqual([
      [1, 2],
      [1, 3],
      [1, 2],
      [1, 3],
    ]);
    const [t2] = await kpis('2026-10', [], { townshipId: ids.t2 });
    expect(nd(t2, 'COMMITTEE_FORMATION')).toEqual([1, 3]);
    // Not broken down by firm: a firm's committees are not its own.
    const [firm] = await kpis('2026-10', ['ENTERPRISE']);
    expect(firm).toBeUndefined();
  });

  it('training counts the members serving on the as-of day, trained for their own committee in the year up to it', async () => {
    const [oct] = await kpis('2026-10');
    expect(nd(oct, 'TRAINING')).toEqual([2, 3]);
    const rows = await kpis('2026-10', ['TOWNSHIP']);
    expect(
      nd(
        rows.find((r) => r.groupId === ids.t1),
        'TRAINING',
      ),
    ).toEqual([1, 1]);
    expect(
      nd(
        rows.find((r) => r.groupId === ids.t2),
        'TRAINING',
      ),
    ).toEqual([1, 2]);
    // Sep 30: A's committee not yet in term; C1 and C2 serving, both trained (C1's 2025-10-31 session is inside
    // the year up to Sep 30, a day outside the year up to Oct 31).
    const [sep] = await kpis('2026-09');
    expect(nd(sep, 'TRAINING')).toEqual([2, 2]);
    // A firm's figure is its managers only.
    const [firm] = await kpis('2026-10', [], { enterpriseId: 1 });
    expect(nd(firm, 'TRAINING')).toEqual([0, 0]);
  });

  it('a milestone is measured by its plan’s KPI as of its due date, or today while it is ahead', async () => {
    const em = orm.em.fork();
    const measure = async (code: string) => milestoneMeasurement(em, await em.findOneOrFail(Milestone, { code }), KPI_TODAY, KPI_NOW);
    expect(await measure('M03')).toEqual({ kpi: 'COMMITTEE_FORMATION', asOf: '2026-10-31', numerator: 2, denominator: 5, value: 0.4 });
    // Nov 15: only A's committee in term, its member A1 trained.
    expect(await measure('M04')).toEqual({ kpi: 'TRAINING', asOf: KPI_TODAY, numerator: 1, denominator: 1, value: 1 });
    expect(await measure('M01')).toBeNull();
  });
});
