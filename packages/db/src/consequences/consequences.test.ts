import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LoopActor } from '../closed-loop/service.js';
import {
  Community,
  CommunityHistory,
  Enterprise,
  Expulsion,
  Handover,
  Inspection,
  ManagerAppointment,
  ProjectManager,
  Township,
  User,
  type Em,
} from '../index.js';
import { RuleError } from '../rule-error.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import { expulsionCandidates, expulsionsFor, handoversFor, inspectionPlan } from './queries.js';
import { appointSuccessor, completeHandover, expelEnterprise, setHandoverItem } from './service.js';
import { HANDOVER_ITEMS } from '@wuye/domain';

async function refusal(run: () => Promise<unknown>): Promise<string[]> {
  try {
    await run();
    return [];
  } catch (e) {
    if (e instanceof RuleError) return e.issues.map((i) => `${i.field}:${i.code}`);
    throw e;
  }
}

const NOW = new Date('2026-11-15T02:00:00Z');
const LATER = new Date('2026-11-20T02:00:00Z');

describeEachDriver('consequences: expulsion, handover, risk-based inspection plan', (driver) => {
  let orm: MikroORM;
  let regulator: LoopActor;
  const ids = { t1: 0, t2: 0, black: 0, grey: 0, good: 0, c1: 0, c2: 0, c3: 0, c4: 0 };
  const appointments = { current: 0, ended: 0, elsewhere: 0, successor: 0 };
  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    const em = orm.em.fork();
    const t1 = em.create(Township, { name: '城关镇', code: 'T1' });
    const t2 = em.create(Township, { name: '河东镇', code: 'T2' });
    const firm = (name: string, uscc: string, grade: 'AAA' | 'C', listStatus: 'NONE' | 'BLACK') =>
      em.create(Enterprise, { name, uscc, legalRepresentative: '王', township: t1, grade, listStatus });
    const black = firm('安居物业', '91330100MA0000001X', 'C', 'BLACK');
    const grey = firm('平安物业', '91330100MA00000036', 'C', 'NONE');
    const good = firm('宏达物业', '91330100MA00000028', 'AAA', 'NONE');
    const c = (name: string, township: Township, enterprise: Enterprise | null) =>
      em.create(Community, { name, township, enterprise, type: 'OLD', serviceMode: enterprise ? 'ENTERPRISE' : 'NONE', households: 100, floorArea: 1000 });
    const c1 = c('阳光花园', t1, black);
    const c2 = c('翠苑', t2, black);
    const c3 = c('河畔', t2, good);
    const c4 = c('东城', t1, grey);
    const reg = em.create(User, { username: 'reg', displayName: '监管员', role: 'REGULATOR', passwordHash: 'x' });
    await em.flush();
    // Last inspections: 阳光花园 a month ago (black list: 14 days → overdue), 河畔 a month ago (AAA: not due), 东城 never.
    for (const [community, date] of [
      [c1, '2026-10-15'],
      [c1, '2026-09-01'],
      [c3, '2026-10-15'],
    ] as const) {
      em.create(Inspection, {
        kind: 'SCHEDULED',
        date,
        inspectors: '甲',
        community,
        township: community.township,
        enterprise: community.enterprise,
        deductions: [],
        findingsTurned: [],
        score: 90,
        refusedToCooperate: false,
      });
    }
    // The expelled firm's managers: one serving 阳光花园 now, one who left it in June, one at 翠苑; the successor's own.
    const manager = (name: string, enterprise: Enterprise, cert: string) => em.create(ProjectManager, { name, enterprise, certificateNo: cert });
    const m1 = manager('李经理', black, 'PM-1');
    const m2 = manager('赵经理', black, 'PM-2');
    const m3 = manager('孙经理', good, 'PM-3');
    const appoint = (m: ProjectManager, community: Community, startDate: string, endDate: string | null) =>
      em.create(ManagerAppointment, { manager: m, community, startDate, endDate });
    const current = appoint(m1, c1, '2025-03-01', null);
    const ended = appoint(m2, c1, '2024-01-01', '2026-06-30');
    const elsewhere = appoint(m2, c2, '2026-07-01', null);
    const successor = appoint(m3, c1, '2026-11-20', null);
    await em.flush();
    Object.assign(appointments, { current: current.id, ended: ended.id, elsewhere: elsewhere.id, successor: successor.id });
    Object.assign(ids, { t1: t1.id, t2: t2.id, black: black.id, grey: grey.id, good: good.id, c1: c1.id, c2: c2.id, c3: c3.id, c4: c4.id });
    regulator = { principal: { userId: String(reg.id), role: 'REGULATOR' }, name: '监管员' };
  });
  afterAll(async () => orm && dropTestOrm(orm));
  const tx = <T>(fn: (em: Em) => Promise<T>) => orm.em.fork().transactional((em) => fn(em as Em));
  const read = () => orm.em.fork();

  it('plans inspections by risk: the black-listed firm’s community overdue, never-inspected due, AAA not due', async () => {
    const plan = await inspectionPlan(read(), { kind: 'ALL' }, '2026-11-15');
    expect(plan.policy.version).toBe(1);
    expect(plan.rows.map((r) => `${r.community.name}:${r.status}:${r.intervalDays}:${r.lastInspectedOn}:${r.nextDue}`)).toEqual([
      '阳光花园:OVERDUE:14:2026-10-15:2026-10-29',
      '翠苑:DUE:14:null:null',
      '东城:DUE:30:null:null',
      '河畔:NOT_DUE:180:2026-10-15:2027-04-13',
    ]);
  });

  it('scopes the plan: a firm its own communities, a township its area', async () => {
    const firm = await inspectionPlan(read(), { kind: 'ENTERPRISE', enterpriseId: ids.good }, '2026-11-15');
    expect(firm.rows.map((r) => r.community.name)).toEqual(['河畔']);
    const town = await inspectionPlan(read(), { kind: 'TOWNSHIP', townshipId: ids.t1 }, '2026-11-15');
    expect(town.rows.map((r) => r.community.name).sort()).toEqual(['东城', '阳光花园'].sort());
  });

  it('refuses to expel a firm not on the black list, bad input named by field, nothing written', async () => {
    expect(await refusal(() => tx((em) => expelEnterprise(em, { enterpriseId: ids.grey, decisionNo: '', reason: 'x' }, regulator, NOW)))).toEqual([
      'enterpriseId:EXPULSION_NEEDS_BLACK_LIST',
      'decisionNo:REQUIRED',
    ]);
    expect(
      await refusal(() =>
        tx((em) =>
          expelEnterprise(em, { enterpriseId: ids.black, decisionNo: '住建清〔2026〕1号', reason: '黑名单', handoverDeadline: '2026-11-21' }, regulator, NOW),
        ),
      ),
    ).toEqual(['handoverDeadline:DATE_OUT_OF_RANGE']);
    expect(
      await refusal(() => tx((em) => expelEnterprise(em, { enterpriseId: ids.black, decisionNo: 'x', reason: 'x', decidedOn: '2026-11-16' }, regulator, NOW))),
    ).toEqual(['decidedOn:DATE_OUT_OF_RANGE']);
    const em = read();
    expect(await em.count(Expulsion, {})).toBe(0);
    expect((await em.findOneOrFail(Enterprise, ids.black)).status).toBe('ACTIVE');
  });

  let handoverId = 0;
  it('expels a black-listed firm: a handover per community with the deadline, communities marked, firm EXPELLED', async () => {
    const out = await tx((em) =>
      expelEnterprise(em, { enterpriseId: ids.black, decisionNo: '住建清〔2026〕1号', reason: '列入黑名单且拒不整改' }, regulator, NOW),
    );
    expect(out.handovers.map((h) => h.deadline)).toEqual(['2026-12-15', '2026-12-15']);
    const em = read();
    expect((await em.findOneOrFail(Enterprise, ids.black)).status).toBe('EXPELLED');
    const marked = await em.find(Community, { handoverDeadline: { $ne: null } }, { orderBy: { id: 'asc' } });
    expect(marked.map((c) => [c.name, c.handoverDeadline])).toEqual([
      ['阳光花园', '2026-12-15'],
      ['翠苑', '2026-12-15'],
    ]);
    expect(await refusal(() => tx((em) => expelEnterprise(em, { enterpriseId: ids.black, decisionNo: 'x', reason: 'x' }, regulator, NOW)))).toEqual([
      'enterpriseId:ALREADY_EXPELLED',
    ]);
    handoverId = out.handovers[0]!.id;
    const candidates = await expulsionCandidates(read());
    expect(candidates.map((c) => `${c.enterprise.name}:${c.enterprise.status}:${c.communityCount}`)).toEqual(['安居物业:EXPELLED:2']);
  });

  it('refuses to complete without a successor or with items open, and refuses an ineligible successor', async () => {
    const h = () => read().findOneOrFail(Handover, handoverId);
    expect(await refusal(() => tx(async (em) => completeHandover(em, await em.findOneOrFail(Handover, handoverId), regulator, LATER)))).toEqual([
      'successorId:HANDOVER_NO_SUCCESSOR',
    ]);
    expect(await refusal(() => tx(async (em) => appointSuccessor(em, await em.findOneOrFail(Handover, handoverId), ids.black, LATER)))).toEqual([
      'successorId:SUCCESSOR_SAME_FIRM',
    ]);
    await tx(async (em) => appointSuccessor(em, await em.findOneOrFail(Handover, handoverId), ids.good, LATER));
    expect(await refusal(() => tx(async (em) => completeHandover(em, await em.findOneOrFail(Handover, handoverId), regulator, LATER)))).toEqual([
      'checklist:HANDOVER_CHECKLIST_OPEN',
    ]);
    expect(await refusal(() => tx(async (em) => setHandoverItem(em, await em.findOneOrFail(Handover, handoverId), 'NOPE', true, LATER)))).toEqual([
      'item:UNKNOWN_REFERENCE',
    ]);
    expect((await h()).status).toBe('OPEN');
  });

  it('completes: the successor serves the community, its mark is cleared; nothing more can be done', async () => {
    for (const item of HANDOVER_ITEMS) await tx(async (em) => setHandoverItem(em, await em.findOneOrFail(Handover, handoverId), item, true, LATER));
    const done = await tx(async (em) => completeHandover(em, await em.findOneOrFail(Handover, handoverId), regulator, LATER));
    expect([done.status, done.completedOn]).toEqual(['COMPLETED', '2026-11-20']);
    const community = await read().findOneOrFail(Community, ids.c1);
    expect([community.enterprise?.id, community.handoverDeadline]).toEqual([ids.good, null]);
    expect([community.contractStart, community.contractEnd]).toEqual(['2026-11-20', null]);
    // The outgoing firm's manager there leaves on the handover day; the others keep their dates.
    const end = async (id: number) => (await read().findOneOrFail(ManagerAppointment, id)).endDate ?? null;
    expect(await end(appointments.current)).toBe('2026-11-20');
    expect(await end(appointments.ended)).toBe('2026-06-30');
    expect(await end(appointments.elsewhere)).toBeNull();
    expect(await end(appointments.successor)).toBeNull();
    // The registry history shows the expelled firm until the handover day and the successor from it.
    const history = await read().find(CommunityHistory, { community: ids.c1 }, { orderBy: { id: 'asc' } });
    expect(history.map((v) => [v.enterprise?.id ?? null, v.validFrom ?? null, v.validTo ?? null])).toEqual([
      [ids.black, null, '2026-11-20'],
      [ids.good, '2026-11-20', null],
    ]);
    expect(await refusal(() => tx(async (em) => setHandoverItem(em, await em.findOneOrFail(Handover, handoverId), 'KEYS', false, LATER)))).toEqual([
      'handoverId:ILLEGAL_TRANSITION',
    ]);
  });

  it('scopes handovers: the expelled firm and the successor see theirs, another firm none, a township its area', async () => {
    const names = async (viewer: Parameters<typeof handoversFor>[1]) => (await handoversFor(read(), viewer)).map((h) => h.community.name);
    expect(await names({ kind: 'ALL' })).toEqual(['翠苑', '阳光花园']);
    expect(await names({ kind: 'ENTERPRISE', enterpriseId: ids.black })).toEqual(['翠苑', '阳光花园']);
    expect(await names({ kind: 'ENTERPRISE', enterpriseId: ids.good })).toEqual(['阳光花园']);
    expect(await names({ kind: 'ENTERPRISE', enterpriseId: ids.grey })).toEqual([]);
    expect(await names({ kind: 'TOWNSHIP', townshipId: ids.t2 })).toEqual(['翠苑']);
    expect((await expulsionsFor(read(), { kind: 'ENTERPRISE', enterpriseId: ids.grey })).length).toBe(0);
    expect((await expulsionsFor(read(), { kind: 'TOWNSHIP', townshipId: ids.t2 })).length).toBe(1);
  });
});
