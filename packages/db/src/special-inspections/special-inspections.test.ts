import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LoopActor } from '../closed-loop/service.js';
import { Community, Department, Enterprise, Issue, IssueEvent, SpecialInspection, Township, User, type Em } from '../index.js';
import { RuleError } from '../rule-error.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import {
  completeSpecialInspection,
  issuesOfSpecialInspections,
  planSpecialInspection,
  recordSpecialInspectionItem,
  specialInspectionFor,
  specialInspectionsFor,
  startSpecialInspection,
} from './service.js';

async function refusal(run: () => Promise<unknown>): Promise<string[]> {
  try {
    await run();
    return ['(no refusal)'];
  } catch (e) {
    if (e instanceof RuleError) return e.issues.map((i) => `${i.field}:${i.code}`);
    throw e;
  }
}

const NOW = new Date('2026-11-10T02:00:00Z');

describeEachDriver('special inspections (专项检查)', (driver) => {
  let orm: MikroORM;
  let fire: LoopActor;
  let scjg: LoopActor;
  const ids = { c1: 0, c2: 0, e1: 0, e2: 0, fire: 0, scjg: 0, safety: 0 };
  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    const em = orm.em.fork();
    const t1 = em.create(Township, { name: '城关镇', code: 'T1' });
    const xf = em.create(Department, { name: '消防救援大队', code: 'XF', remit: ['FIRE'] });
    const sc = em.create(Department, { name: '市场监管局', code: 'SC', remit: ['ELEVATOR', 'FEES'] });
    const yj = em.create(Department, { name: '应急管理局', code: 'YJ', remit: ['SAFETY_HAZARD'] });
    const e1 = em.create(Enterprise, { name: '安居物业', uscc: '91330100MA0000001X', legalRepresentative: '王', township: t1 });
    const e2 = em.create(Enterprise, { name: '宏达物业', uscc: '91330100MA00000028', legalRepresentative: '李', township: t1 });
    const c = (name: string, enterprise: Enterprise) =>
      em.create(Community, { name, township: t1, enterprise, type: 'OLD', serviceMode: 'ENTERPRISE', households: 100, floorArea: 1000 });
    const c1 = c('阳光花园', e1);
    const c2 = c('河畔', e2);
    const u = em.create(User, { username: 'xf', displayName: '消防员', role: 'DEPARTMENT', department: xf, passwordHash: 'x' });
    const v = em.create(User, { username: 'sc', displayName: '市场员', role: 'DEPARTMENT', department: sc, passwordHash: 'x' });
    await em.flush();
    Object.assign(ids, { c1: c1.id, c2: c2.id, e1: e1.id, e2: e2.id, fire: xf.id, scjg: sc.id, safety: yj.id });
    fire = { principal: { userId: String(u.id), role: 'DEPARTMENT', departmentId: String(xf.id) }, name: '消防员' };
    scjg = { principal: { userId: String(v.id), role: 'DEPARTMENT', departmentId: String(sc.id) }, name: '市场员' };
  });
  afterAll(async () => orm && dropTestOrm(orm));
  const tx = <T>(fn: (em: Em) => Promise<T>) => orm.em.fork().transactional((em) => fn(em as Em));
  const load = (id: number) => (em: Em) => em.findOneOrFail(SpecialInspection, { id });
  const plan = (actor: LoopActor, type: string, communityId: number) =>
    tx((em) => planSpecialInspection(em, { type, communityId, plannedOn: '2026-11-12', inspectors: '张队、李队' }, actor, NOW));

  it('a department plans only the types of its remit, with field-named refusals and nothing written', async () => {
    expect(await refusal(() => plan(scjg, 'FIRE_LANES', ids.c1))).toEqual(['type:TYPE_NOT_IN_REMIT']);
    expect(
      await refusal(() =>
        tx((em) => planSpecialInspection(em, { type: 'FIRE_LANES', communityId: 999999, plannedOn: '2026-13-01', inspectors: ' ' }, fire, NOW)),
      ),
    ).toEqual(['communityId:UNKNOWN_REFERENCE', 'plannedOn:INVALID_DATE', 'inspectors:REQUIRED']);
    const regulator: LoopActor = { principal: { userId: '', role: 'REGULATOR' }, name: '监管员' };
    expect(await refusal(() => plan(regulator, 'FIRE_LANES', ids.c1))).toEqual(['departmentId:OUT_OF_SCOPE']);
    expect(await orm.em.fork().count(SpecialInspection, {})).toBe(0);
    const s = await plan(fire, 'FIRE_LANES', ids.c1);
    expect([s.status, s.policyVersion, s.enterprise?.id, s.results]).toEqual(['PLANNED', 1, ids.e1, []]);
  });

  it('runs the checklist: start, record each item, complete; failed items enter the ledger routed by category', async () => {
    const s = await plan(fire, 'FIRE_LANES', ids.c1);
    expect(await refusal(() => tx(async (em) => recordSpecialInspectionItem(em, await load(s.id)(em), { itemId: 'FL1', passed: true }, fire)))).toEqual([
      'specialInspectionId:SPECIAL_STATUS',
    ]);
    expect(await refusal(() => tx(async (em) => startSpecialInspection(em, await load(s.id)(em), {}, scjg, NOW)))).toEqual([
      'specialInspectionId:OUT_OF_SCOPE',
    ]);
    await tx(async (em) => startSpecialInspection(em, await load(s.id)(em), { startedOn: '2026-11-10' }, fire, NOW));
    const items = ['FL1', 'FL2', 'FL3', 'FL4', 'FL5', 'FL6'];
    for (const itemId of items.slice(0, 5)) {
      const failed = itemId === 'FL1';
      await tx(async (em) =>
        recordSpecialInspectionItem(em, await load(s.id)(em), { itemId, passed: !failed, note: failed ? '3 号楼消防通道停放私家车' : null }, fire),
      );
    }
    expect(await refusal(() => tx(async (em) => completeSpecialInspection(em, await load(s.id)(em), {}, fire, NOW)))).toEqual(['results:CHECKLIST_INCOMPLETE']);
    expect(await refusal(() => tx(async (em) => recordSpecialInspectionItem(em, await load(s.id)(em), { itemId: 'FL6', passed: false }, fire)))).toEqual([
      'note:FAIL_NEEDS_NOTE',
    ]);
    await tx(async (em) => recordSpecialInspectionItem(em, await load(s.id)(em), { itemId: 'FL6', passed: false, note: '充电桩无漏电保护' }, fire));
    expect(await refusal(() => tx(async (em) => completeSpecialInspection(em, await load(s.id)(em), { completedOn: '2026-11-09' }, fire, NOW)))).toEqual([
      'completedOn:DATE_BEFORE',
    ]);
    expect(await orm.em.fork().count(Issue, {})).toBe(0);

    const { inspection, issues } = await tx(async (em) => completeSpecialInspection(em, await load(s.id)(em), {}, fire, NOW));
    expect([inspection.status, inspection.completedOn]).toEqual(['COMPLETED', '2026-11-10']);
    const em = orm.em.fork();
    const stored = await em.find(Issue, { id: { $in: issues.map((i) => i.id) } }, { orderBy: { id: 'asc' } });
    expect(stored.map((i) => [i.source, i.sourceId, i.checklistItemId, i.category, i.state, i.enterprise?.id, i.department?.id])).toEqual([
      ['SPECIAL_INSPECTION', String(s.id), 'FL1', 'FIRE', 'REGISTERED', ids.e1, ids.fire],
      ['SPECIAL_INSPECTION', String(s.id), 'FL6', 'SAFETY_HAZARD', 'REGISTERED', ids.e1, ids.safety],
    ]);
    expect(stored[0]!.title).toBe('[消防通道专项检查] 消防车通道畅通，无占用、堵塞、封闭');
    expect(stored[0]!.description).toContain('3 号楼消防通道停放私家车');
    expect(await em.count(IssueEvent, { issue: { $in: issues.map((i) => i.id) }, action: 'REGISTER' })).toBe(2);
    expect((await issuesOfSpecialInspections(em, [s.id])).get(s.id)!.map((i) => i.checklistItemId)).toEqual(['FL1', 'FL6']);
    expect(await refusal(() => tx(async (em2) => completeSpecialInspection(em2, await load(s.id)(em2), {}, fire, NOW)))).toEqual([
      'specialInspectionId:SPECIAL_STATUS',
    ]);
  });

  it('a checklist all passed completes with no issue', async () => {
    const s = await plan(scjg, 'FEE_DISPLAY', ids.c2);
    await tx(async (em) => startSpecialInspection(em, await load(s.id)(em), {}, scjg, NOW));
    for (const itemId of ['FE1', 'FE2', 'FE3', 'FE4', 'FE5']) {
      await tx(async (em) => recordSpecialInspectionItem(em, await load(s.id)(em), { itemId, passed: true }, scjg));
    }
    const done = await tx(async (em) => completeSpecialInspection(em, await load(s.id)(em), {}, scjg, NOW));
    expect([done.inspection.status, done.issues]).toEqual(['COMPLETED', []]);
  });

  it('scopes the list: a department its own, a firm its communities’, the bureau all, others nothing', async () => {
    const em = orm.em.fork();
    const list = async (p: Parameters<typeof specialInspectionsFor>[1], f = {}) => (await specialInspectionsFor(em, p, f)).map((s) => s.type).sort();
    expect(await list(fire.principal)).toEqual(['FIRE_LANES', 'FIRE_LANES']);
    expect(await list(scjg.principal)).toEqual(['FEE_DISPLAY']);
    expect(await list({ userId: '9', role: 'ENTERPRISE', enterpriseId: String(ids.e2) })).toEqual(['FEE_DISPLAY']);
    expect(await list({ userId: '9', role: 'REGULATOR' })).toEqual(['FEE_DISPLAY', 'FIRE_LANES', 'FIRE_LANES']);
    expect(await list({ userId: '9', role: 'REGULATOR' }, { status: 'COMPLETED', type: 'FIRE_LANES' })).toEqual(['FIRE_LANES']);
    expect(await list({ userId: '9', role: 'TOWNSHIP', townshipId: '1' })).toEqual([]);
    expect(await list({ userId: '9', role: 'ANALYST' })).toEqual([]);
    const mine = (await specialInspectionsFor(em, scjg.principal))[0]!;
    expect(await specialInspectionFor(em, fire.principal, mine.id)).toBeNull();
    expect((await specialInspectionFor(em, scjg.principal, mine.id))?.id).toBe(mine.id);
  });
  it('two officers recording different items at the same time both keep their record (no lost update)', async () => {
    const s = await plan(scjg, 'ELEVATOR_SAFETY', ids.c1);
    await tx(async (em) => startSpecialInspection(em, await load(s.id)(em), {}, scjg, NOW));
    await tx(async (em) => recordSpecialInspectionItem(em, await load(s.id)(em), { itemId: 'EL1', passed: true }, scjg));
    // Both officers' pages read the inspection (results: EL1) before either records: each writes its item into the list.
    const [a, b] = [orm.em.fork(), orm.em.fork()];
    const [sa, sb] = [await load(s.id)(a as Em), await load(s.id)(b as Em)];
    expect([sa.results.length, sb.results.length]).toEqual([1, 1]);
    await Promise.all([
      a.transactional((em) => recordSpecialInspectionItem(em, sa, { itemId: 'EL2', passed: true }, scjg)),
      b.transactional((em) => recordSpecialInspectionItem(em, sb, { itemId: 'EL4', passed: false, note: '未见困人救援演练记录' }, scjg)),
    ]);
    const stored = await orm.em.fork().findOneOrFail(SpecialInspection, { id: s.id });
    expect(stored.results.map((r) => [r.itemId, r.passed])).toEqual([
      ['EL1', true],
      ['EL2', true],
      ['EL4', false],
    ]);
  });
});
