import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SERVICE_LINES } from '@wuye/domain';
import { Community, Enterprise, Issue, SelfCheck, Township } from '../index.js';
import { RuleError } from '../rule-error.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import { assessPlanStage, plansFor, savePlanDraft, signOffPlan, submitPlan, updatePlanMeasure, type PlanInput } from './service.js';

async function refusal(run: () => Promise<unknown>): Promise<string[]> {
  try {
    await run();
    return [];
  } catch (e) {
    if (e instanceof RuleError) return e.issues.map((i) => `${i.field}:${i.code}`);
    throw e;
  }
}

const NOW = new Date('2026-05-13T02:00:00Z');
const plan: PlanInput = {
  title: '2026 年服务品质提升活动',
  periodFrom: '2026-05-13',
  periodTo: '2026-06-30',
  goals: '解决新员工多带来的服务品质延续问题',
  coordinator: '李良丽',
  owners: [
    { line: 'SECURITY', name: '李贵周' },
    { line: 'CLEANING', name: '王信娥' },
    { line: 'BUILDING', name: '马小平' },
    { line: 'CUSTOMER_RELATIONS', name: '王芳' },
    { line: 'VALUE_ADDED', name: '王芳' },
  ],
  measures: [
    { line: 'SECURITY', templateCode: 'RENTER_RECORDS' },
    { line: 'SECURITY', templateCode: 'GARAGE_CCTV' },
    { line: 'CLEANING', templateCode: 'TREE_PRUNING_PLAN' },
    { line: 'BUILDING', templateCode: 'NOTICE_BOARD' },
    { line: 'CUSTOMER_RELATIONS', templateCode: 'OPERATING_GUIDES' },
    { line: 'VALUE_ADDED', text: '开展上门家政服务', dueOn: '2026-06-15' },
  ],
};
const lines = (score: number) => SERVICE_LINES.map((line) => ({ line, score }));

describeEachDriver('improvement plans', (driver) => {
  let orm: MikroORM;
  const ids = { e1: 0, e2: 0 };
  const firm = (id: number) => ({ userId: '', role: 'ENTERPRISE' as const, enterpriseId: String(id) });
  const REGULATOR = { userId: '', role: 'REGULATOR' as const };
  const TOWNSHIP = { userId: '', role: 'TOWNSHIP' as const, townshipId: '1' };
  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    const em = orm.em.fork();
    const t1 = em.create(Township, { name: '城关镇', code: 'T1' });
    const e1 = em.create(Enterprise, { name: '安居物业', uscc: '91330100MA0000001X', legalRepresentative: '王', township: t1 });
    const e2 = em.create(Enterprise, { name: '乐家物业', uscc: '91330100MA0000002X', legalRepresentative: '李', township: t1 });
    const c1 = em.create(Community, {
      name: '幸福小区',
      township: t1,
      enterprise: e1,
      type: 'OLD',
      serviceMode: 'ENTERPRISE',
      households: 100,
      floorArea: 1000,
    });
    await em.flush();
    const check = em.create(SelfCheck, { enterprise: e1, community: c1, township: t1, date: '2026-05-20', deductions: [], score: 90, grade: 'A' });
    await em.flush();
    em.create(Issue, {
      title: '地下车库梯间无监控',
      category: 'PARKING_SECURITY',
      source: 'SELF_CHECK',
      sourceId: String(check.id),
      community: c1,
      enterprise: e1,
      township: t1,
      state: 'REGISTERED',
    } as never);
    await em.flush();
    Object.assign(ids, { e1: e1.id, e2: e2.id });
  });
  afterAll(async () => {
    await dropTestOrm(orm);
  });

  const tx = <T>(run: (em: import('@mikro-orm/core').EntityManager) => Promise<T>) => orm.em.fork().transactional(run);

  it('a firm writes, starts, assesses stage by stage and signs off its plan; the bureau sees it, others do not', async () => {
    const me = firm(ids.e1);
    const draft = await tx((em) => savePlanDraft(em, me, null, { ...plan, owners: plan.owners.slice(0, 2) }));
    expect(await refusal(() => tx((em) => submitPlan(em, me, draft.id, NOW)))).toContain('owners.BUILDING:REQUIRED');
    await tx((em) => savePlanDraft(em, me, draft.id, plan));
    // another firm cannot touch it, the bureau cannot write it
    expect(await refusal(() => tx((em) => submitPlan(em, firm(ids.e2), draft.id, NOW)))).toEqual(['planId:UNKNOWN_REFERENCE']);
    expect(await refusal(() => tx((em) => submitPlan(em, REGULATOR, draft.id, NOW)))).toEqual(['planId:FORBIDDEN_ACTION']);
    await tx((em) => submitPlan(em, me, draft.id, NOW));
    expect(await refusal(() => tx((em) => savePlanDraft(em, me, draft.id, plan)))).toEqual(['planId:ILLEGAL_TRANSITION']);

    expect(await refusal(() => tx((em) => assessPlanStage(em, me, draft.id, { stage: 'IMPLEMENT', assessedOn: '2026-05-20', lines: lines(80) })))).toEqual([
      'stage:PLAN_STAGE_OUT_OF_ORDER',
    ]);
    await tx((em) => assessPlanStage(em, me, draft.id, { stage: 'MOBILISE', assessedOn: '2026-05-20', lines: lines(70) }));
    await tx((em) => assessPlanStage(em, me, draft.id, { stage: 'IMPLEMENT', assessedOn: '2026-06-10', lines: lines(80) }));
    await tx((em) =>
      assessPlanStage(em, me, draft.id, {
        stage: 'REVIEW',
        assessedOn: '2026-06-30',
        lines: lines(60).map((l) => (l.line === 'BUILDING' ? { ...l, score: 59 } : l)),
      }),
    );

    expect(await refusal(() => tx((em) => signOffPlan(em, me, draft.id, { signedBy: '张总', signedOn: '2026-07-02' })))).toEqual([
      'measures:PLAN_MEASURES_OPEN',
    ]);
    const [view] = await plansFor(orm.em.fork(), me, { id: draft.id });
    expect(view!.actions.find((a) => a.action === 'SIGN_OFF')?.reason?.code).toBe('PLAN_MEASURES_OPEN');
    expect(view!.measures[0]!.text).toContain('出租户');
    for (const [i, m] of view!.measures.entries())
      await tx((em) => updatePlanMeasure(em, me, m.id, i === 1 ? 'DROPPED' : 'DONE', i === 1 ? '该小区无地下车库' : null, NOW));
    expect(await refusal(() => tx((em) => updatePlanMeasure(em, firm(ids.e2), view!.measures[0]!.id, 'DONE', null, NOW)))).toEqual([
      'measureId:UNKNOWN_REFERENCE',
    ]);
    await tx((em) => signOffPlan(em, me, draft.id, { signedBy: '张总', signedOn: '2026-07-02', note: '验收合格，房管条线限期提升' }));

    const [seen] = await plansFor(orm.em.fork(), REGULATOR);
    expect(seen!.plan.status).toBe('SIGNED_OFF');
    expect(seen!.progress).toMatchObject({ measures: 6, done: 5, dropped: 1, doneShare: 1, stagesAssessed: 3, linesBelowStandard: ['BUILDING'] });
    expect(seen!.actions.every((a) => !a.available)).toBe(true);
    // the firm's self-check in the period and the issue it raised in the ledger
    expect(seen!.selfChecks).toBe(1);
    expect(seen!.selfCheckIssues).toBe(1);
    expect(await plansFor(orm.em.fork(), firm(ids.e2))).toEqual([]);
    expect(await plansFor(orm.em.fork(), TOWNSHIP)).toEqual([]);
    expect(await plansFor(orm.em.fork(), REGULATOR, { enterpriseId: ids.e2 })).toEqual([]);
  });

  it('nothing half-written: a bad draft leaves no plan', async () => {
    const before = (await plansFor(orm.em.fork(), REGULATOR)).length;
    expect(await refusal(() => tx((em) => savePlanDraft(em, firm(ids.e2), null, { ...plan, periodTo: '2026-05-01' })))).toEqual([
      'periodTo:DATE_BEFORE',
      'measures.6.dueOn:DATE_OUT_OF_RANGE',
    ]);
    expect(await refusal(() => tx((em) => savePlanDraft(em, REGULATOR, null, plan)))).toEqual(['planId:FORBIDDEN_ACTION']);
    expect((await plansFor(orm.em.fork(), REGULATOR)).length).toBe(before);
  });
});
