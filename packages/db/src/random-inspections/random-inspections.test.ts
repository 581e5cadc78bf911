import type { MikroORM } from '@mikro-orm/core';
import { fnv1a32 } from '@wuye/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LoopActor } from '../closed-loop/service.js';
import { registerIssue } from '../closed-loop/service.js';
import {
  Community,
  Department,
  DrawnCommunity,
  DrawnInspector,
  Enterprise,
  Inspection,
  Issue,
  PoolInspector,
  RandomDraw,
  Township,
  User,
  type Em,
} from '../index.js';
import { RuleError } from '../rule-error.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import { addPoolInspector, createDraw, currentDrawInputs, performDraw, publishDraw, recordDrawResult } from './service.js';
import { recordedDraw, reproduceDraw } from './queries.js';

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

describeEachDriver('random inspections (双随机一公开)', (driver) => {
  let orm: MikroORM;
  let regulator: LoopActor;
  const ids = { t1: 0, t2: 0, d1: 0, e1: 0, e2: 0 };
  const communityTownship = new Map<string, number>();
  const communityFirm = new Map<string, number | null>();
  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    const em = orm.em.fork();
    const t1 = em.create(Township, { name: '城关镇', code: 'T1' });
    const t2 = em.create(Township, { name: '河东镇', code: 'T2' });
    const d1 = em.create(Department, { name: '市场监管局', code: 'D1', remit: ['FEES'] });
    const e1 = em.create(Enterprise, {
      name: '安居物业',
      uscc: '91330100MA0000001X',
      legalRepresentative: '王',
      township: t1,
      grade: 'C',
      listStatus: 'BLACK',
    });
    const e2 = em.create(Enterprise, { name: '宏达物业', uscc: '91330100MA00000028', legalRepresentative: '李', township: t2, grade: 'AAA' });
    const c = (name: string, township: Township, enterprise: Enterprise | null) =>
      em.create(Community, { name, township, enterprise, type: 'OLD', serviceMode: enterprise ? 'ENTERPRISE' : 'NONE', households: 100, floorArea: 1000 });
    const all = [c('阳光花园', t1, e1), c('翠苑', t2, e1), c('河畔', t2, e2), c('东城', t2, e2), c('西城', t1, e2), c('老街', t1, null)];
    const reg = em.create(User, { username: 'reg', displayName: '监管员', role: 'REGULATOR', passwordHash: 'x' });
    await em.flush();
    Object.assign(ids, { t1: t1.id, t2: t2.id, d1: d1.id, e1: e1.id, e2: e2.id });
    for (const x of all) {
      communityTownship.set(String(x.id), x.township.id);
      communityFirm.set(String(x.id), x.enterprise?.id ?? null);
    }
    regulator = { principal: { userId: String(reg.id), role: 'REGULATOR' }, name: '监管员' };
    // The market regulator has been handling the first firm's fee issue: it is in charge of that firm.
    await orm.em
      .fork()
      .transactional((tx) =>
        registerIssue(tx, { source: 'TOWNSHIP_REPORT', category: 'FEES', title: '收费未公示', communityId: all[0]!.id, departmentId: d1.id }, regulator, NOW),
      );
  });
  afterAll(async () => orm && dropTestOrm(orm));
  const tx = <T>(fn: (em: Em) => Promise<T>) => orm.em.fork().transactional((em) => fn(em as Em));
  const read = () => orm.em.fork();

  it('keeps an inspector pool: one unit at most, badge numbers unique', async () => {
    expect(await refusal(() => tx((em) => addPoolInspector(em, { name: '', badgeNo: 'B1', townshipId: ids.t1, departmentId: ids.d1 })))).toEqual([
      'name:REQUIRED',
      'departmentId:INSPECTOR_ONE_UNIT',
    ]);
    await tx((em) => addPoolInspector(em, { name: '城关甲', badgeNo: 'B1', townshipId: ids.t1 }));
    expect(await refusal(() => tx((em) => addPoolInspector(em, { name: '城关乙', badgeNo: 'B1', townshipId: ids.t1 })))).toEqual(['badgeNo:DUPLICATE']);
    expect(await read().count(PoolInspector, {})).toBe(1);
  });

  let drawId: number;
  it('plans a draw under a policy in force, refusing bad counts and a past deadline with nothing written', async () => {
    expect(
      await refusal(() =>
        tx((em) => createDraw(em, { title: ' ', policyCode: 'NOPE', communityCount: 0, teamSize: 1.5, dueBy: '2026-11-14' }, regulator, NOW)),
      ),
    ).toEqual(['title:REQUIRED', 'policyCode:UNKNOWN_REFERENCE', 'communityCount:OUT_OF_RANGE', 'teamSize:NOT_INTEGER', 'dueBy:DEADLINE_IN_PAST']);
    expect(await read().count(RandomDraw, {})).toBe(0);
    const d = await tx((em) =>
      createDraw(em, { title: '2026年11月双随机抽查', policyCode: 'RISK_WEIGHTED', communityCount: 3, dueBy: '2026-11-30' }, regulator, NOW),
    );
    expect([d.status, d.policyCode, d.policyVersion, d.teamSize, d.seed]).toEqual(['PLANNED', 'RISK_WEIGHTED', 1, 2, null]);
    drawId = d.id;
  });

  it('refuses to draw when too few inspectors are free of conflicts, writing nothing', async () => {
    const draw = () => tx(async (em) => performDraw(em, await em.findOneOrFail(RandomDraw, drawId), 'seed-1', regulator, NOW));
    const refused = await refusal(draw);
    expect(refused).toContain('teamSize:DRAW_POOL_TOO_SMALL');
    const d = await read().findOneOrFail(RandomDraw, drawId);
    expect([d.status, d.seed, d.inputs]).toEqual(['PLANNED', null, null]);
    expect(await read().count(DrawnCommunity, {})).toBe(0);
  });

  it("draws with the recorded seed and inputs: townships and departments in charge excluded, weights from the firm's risk", async () => {
    await tx(async (em) => {
      await addPoolInspector(em, { name: '城关乙', badgeNo: 'B2', townshipId: ids.t1 });
      await addPoolInspector(em, { name: '河东甲', badgeNo: 'B3', townshipId: ids.t2 });
      await addPoolInspector(em, { name: '河东乙', badgeNo: 'B4', townshipId: ids.t2 });
      await addPoolInspector(em, { name: '市场监管甲', badgeNo: 'B5', departmentId: ids.d1 });
      await addPoolInspector(em, { name: '住建局甲', badgeNo: 'B6' });
      await addPoolInspector(em, { name: '住建局乙', badgeNo: 'B7' });
    });
    const inputs = await currentDrawInputs(read(), 3, 2);
    const first = inputs.communities.find((c) => communityFirm.get(c.id) === ids.e1)!;
    expect(first).toMatchObject({ grade: 'C', listStatus: 'BLACK', departmentIds: [String(ids.d1)] });
    expect(first.townshipIds).toContain(String(ids.t1));
    expect(inputs.communities.find((c) => communityFirm.get(c.id) === null)).toMatchObject({ grade: null, townshipIds: [String(ids.t1)], departmentIds: [] });

    const d = await tx(async (em) => performDraw(em, await em.findOneOrFail(RandomDraw, drawId), '2026-11 第一批', regulator, NOW));
    expect([d.status, d.seed, d.drawnAt?.toISOString()]).toEqual(['DRAWN', '2026-11 第一批', NOW.toISOString()]);
    expect(d.inputs).toEqual(inputs);

    const em = read();
    const rows = await em.find(DrawnCommunity, { draw: drawId }, { populate: ['community', 'enterprise'], orderBy: { position: 'asc' } });
    expect(rows.map((r) => r.position)).toEqual([1, 2, 3]);
    const pool = new Map((await em.find(PoolInspector, {})).map((p) => [p.id, p]));
    for (const row of rows) {
      expect(row.weight).toBe(row.enterprise?.id === ids.e1 ? 8 : row.enterprise ? 1 : 3);
      const team = await em.find(DrawnInspector, { drawnCommunity: row });
      expect(team).toHaveLength(2);
      for (const t of team) {
        const inspector = pool.get(t.inspector.id)!;
        const firmTownship = row.enterprise ? (row.enterprise.id === ids.e1 ? ids.t1 : ids.t2) : null;
        expect([row.community.township.id, firmTownship]).not.toContain(inspector.township?.id);
        if (row.enterprise?.id === ids.e1) expect(inspector.department?.id).not.toBe(ids.d1);
      }
    }
    expect(await refusal(() => tx(async (em) => performDraw(em, await em.findOneOrFail(RandomDraw, drawId), 'again', regulator, NOW)))).toEqual([
      'drawId:ILLEGAL_TRANSITION',
    ]);
  });

  it('reproduces the draw from its stored seed and inputs, and notices when they were changed', async () => {
    const em = read();
    const draw = await em.findOneOrFail(RandomDraw, drawId);
    const check = await reproduceDraw(em, draw);
    expect(check?.matches).toBe(true);
    expect(check?.recomputed).toEqual(await recordedDraw(em, draw));
    // Same seed and inputs on another plan: the same list, whatever the database ids of the plans.
    const again = await tx(async (tem) => {
      const plan = await createDraw(tem, { title: '复核', policyCode: 'RISK_WEIGHTED', communityCount: 3, dueBy: '2026-11-30' }, regulator, NOW);
      await tem.flush();
      return performDraw(tem, plan, '2026-11 第一批', regulator, NOW);
    });
    expect(await recordedDraw(read(), again)).toEqual(check?.recorded);

    draw.seed = `${draw.seed}x`;
    expect(fnv1a32(draw.seed)).not.toBe(fnv1a32('2026-11 第一批'));
    expect((await reproduceDraw(em, draw))?.matches).toBe(false);
    const undrawn = await tx((tem) => createDraw(tem, { title: '未抽', policyCode: 'EQUAL', communityCount: 1, dueBy: '2026-11-30' }, regulator, NOW));
    expect(await reproduceDraw(read(), undrawn)).toBeNull();
  });

  it("publishes once, and records each drawn community's result as a RANDOM inspection whose findings enter the ledger", async () => {
    expect(await refusal(() => tx(async (em) => publishDraw(em, await em.findOneOrFail(RandomDraw, { title: '未抽' }), regulator, NOW)))).toEqual([
      'drawId:ILLEGAL_TRANSITION',
    ]);
    const published = await tx(async (em) => publishDraw(em, await em.findOneOrFail(RandomDraw, drawId), regulator, LATER));
    expect([published.status, published.publishedAt?.toISOString()]).toEqual(['PUBLISHED', LATER.toISOString()]);
    expect(await refusal(() => tx(async (em) => publishDraw(em, await em.findOneOrFail(RandomDraw, drawId), regulator, LATER)))).toEqual([
      'drawId:ILLEGAL_TRANSITION',
    ]);

    const row = await read().findOneOrFail(DrawnCommunity, { draw: drawId, position: 1 });
    const result = {
      date: '2026-11-19',
      deductions: [{ itemId: 'SEC-01', points: 2, note: '门岗无人' }],
      refusedToCooperate: false,
      note: null,
      turnFindings: true,
    };
    expect(
      await refusal(() =>
        tx(async (em) => recordDrawResult(em, await em.findOneOrFail(DrawnCommunity, row.id), { ...result, date: '2026-11-14' }, regulator, LATER)),
      ),
    ).toEqual(['date:DATE_OUT_OF_RANGE']);
    const before = await read().count(Issue, {});
    const out = await tx(async (em) => recordDrawResult(em, await em.findOneOrFail(DrawnCommunity, row.id), result, regulator, LATER));
    expect([out.inspection.kind, out.inspection.score, out.inspection.community.id]).toEqual(['RANDOM', 98, row.community.id]);
    const team = await read().find(DrawnInspector, { drawnCommunity: row.id }, { populate: ['inspector'], orderBy: { position: 'asc' } });
    expect(out.inspection.inspectors).toBe(team.map((t) => t.inspector.name).join('、'));
    expect(out.issues.map((i) => [i.source, i.checklistItemId])).toEqual([['INSPECTION', 'SEC-01']]);
    expect(await read().count(Issue, {})).toBe(before + 1);
    expect((await read().findOneOrFail(DrawnCommunity, row.id)).inspection?.id).toBe(out.inspection.id);
    expect(await refusal(() => tx(async (em) => recordDrawResult(em, await em.findOneOrFail(DrawnCommunity, row.id), result, regulator, LATER)))).toEqual([
      'drawnCommunityId:ALREADY_DONE',
    ]);
    expect(await read().count(Inspection, { kind: 'RANDOM' })).toBe(1);
    void communityTownship;
  });
});
