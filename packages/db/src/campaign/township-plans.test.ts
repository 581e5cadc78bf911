import type { MikroORM } from '@mikro-orm/core';
import type { Principal } from '@wuye/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Township, TownshipPlan, type Em } from '../index.js';
import { RuleError } from '../rule-error.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import { createTownshipPlan, fileTownshipPlan, townshipPlans, updateTownshipPlan } from './index.js';

async function refusal(run: () => Promise<unknown>): Promise<string[]> {
  try {
    await run();
    return [];
  } catch (e) {
    if (e instanceof RuleError) return e.issues.map((i) => `${i.field}:${i.code}`);
    throw e;
  }
}

const PLAN = {
  year: 2026,
  leaderName: ' 陈建国 ',
  leaderPosition: '副镇长',
  mechanism: '镇村两级包保，每周调度',
  schedule: '4 月底前完成排查，10 月底前整改销号',
  tasks: '各社区负责本社区小区台账',
  resources: ' ',
};

describeEachDriver('township work plans', (driver) => {
  let orm: MikroORM;
  let t1: number;
  let t2: number;
  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    const em = orm.em.fork();
    const a = em.create(Township, { name: '城关镇', code: 'T-CG' });
    const b = em.create(Township, { name: '东城街道', code: 'T-DC' });
    await em.flush();
    [t1, t2] = [a.id, b.id];
  });
  afterAll(async () => orm && dropTestOrm(orm));
  const tx = <T>(fn: (em: Em) => Promise<T>) => orm.em.fork().transactional((em) => fn(em as Em));
  const town = (id: number): Principal => ({ userId: '', role: 'TOWNSHIP', townshipId: String(id) });

  it('a township writes its plan once a year, edits the draft, files it, and then it stands', async () => {
    const plan = await tx((em) => createTownshipPlan(em, town(t1), PLAN));
    expect([plan.leaderName, plan.resources, plan.status, plan.township.id]).toEqual(['陈建国', null, 'DRAFT', t1]);
    expect(await refusal(() => tx((em) => createTownshipPlan(em, town(t1), PLAN)))).toEqual(['year:PLAN_EXISTS']);
    // Another township's plan for the same year is its own business.
    await tx((em) => createTownshipPlan(em, town(t2), PLAN));
    expect(await refusal(() => tx((em) => updateTownshipPlan(em, town(t2), plan.id, { ...PLAN, tasks: '改' })))).toEqual(['townshipId:OUT_OF_SCOPE']);
    expect(await refusal(() => tx((em) => updateTownshipPlan(em, town(t1), plan.id, { ...PLAN, tasks: '' })))).toEqual(['tasks:REQUIRED']);
    const edited = await tx((em) => updateTownshipPlan(em, town(t1), plan.id, { ...PLAN, resources: '抽调 6 名干部' }));
    expect([edited?.resources, edited?.year]).toEqual(['抽调 6 名干部', 2026]);
    expect(await refusal(() => tx((em) => fileTownshipPlan(em, town(t2), plan.id)))).toEqual(['townshipId:OUT_OF_SCOPE']);
    const filed = await tx((em) => fileTownshipPlan(em, town(t1), plan.id));
    expect(filed?.status).toBe('FILED');
    expect(filed?.filedAt).toBeInstanceOf(Date);
    expect(await refusal(() => tx((em) => fileTownshipPlan(em, town(t1), plan.id)))).toEqual(['plan:ALREADY_FILED']);
    expect(await refusal(() => tx((em) => updateTownshipPlan(em, town(t1), plan.id, PLAN)))).toEqual(['plan:ALREADY_FILED']);
    expect((await orm.em.fork().findOneOrFail(TownshipPlan, { id: plan.id })).resources).toBe('抽调 6 名干部');
    expect(await tx((em) => fileTownshipPlan(em, town(t1), 99999))).toBeNull();
  });

  it('only township staff write plans; a bad plan leaves nothing written', async () => {
    const regulator: Principal = { userId: '', role: 'REGULATOR' };
    expect(await refusal(() => tx((em) => createTownshipPlan(em, regulator, { ...PLAN, year: 2027 })))).toEqual(['townshipId:OUT_OF_SCOPE']);
    expect(await refusal(() => tx((em) => createTownshipPlan(em, town(t1), { ...PLAN, year: 2027, leaderName: '' })))).toEqual(['leaderName:REQUIRED']);
    expect(await orm.em.fork().count(TownshipPlan, { year: 2027 })).toBe(0);
  });

  it('a township reads its own plans, everyone else allowed reads all', async () => {
    const em = orm.em.fork();
    expect((await townshipPlans(em, null)).map((p) => p.township.name).sort()).toEqual(['东城街道', '城关镇']);
    expect((await townshipPlans(em, t1)).map((p) => p.township.name)).toEqual(['城关镇']);
    expect(await townshipPlans(em, t1, { townshipId: t2 })).toEqual([]);
    expect((await townshipPlans(em, null, { status: 'FILED' })).map((p) => p.township.id)).toEqual([t1]);
  });
});
