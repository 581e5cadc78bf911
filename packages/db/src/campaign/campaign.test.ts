import type { MikroORM } from '@mikro-orm/core';
import type { Principal } from '@wuye/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Bulletin, Campaign, Department, Milestone, Phase, TrainingAttendance, TrainingSession, User, type Em } from '../index.js';
import { RuleError } from '../rule-error.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import type { BulletinSnapshot } from '../analytics/bulletin.js';
import { generateBulletin, publishBulletin, reviewBulletin } from '../bulletins/index.js';
import { addMilestone, addPhase, completeMilestone, createCampaign, recordTrainingSession } from './index.js';

const TODAY = '2026-11-15';
const REGULATOR: Principal = { userId: '1', role: 'REGULATOR' };

/** The rule a command refused with, as `field:CODE` pairs; nothing when it went through. */
async function refusal(run: () => Promise<unknown>): Promise<string[]> {
  try {
    await run();
    return [];
  } catch (e) {
    if (e instanceof RuleError) return e.issues.map((i) => `${i.field}:${i.code}`);
    throw e;
  }
}

describeEachDriver('campaign and bulletin commands', (driver) => {
  let orm: MikroORM;
  let userId: number;
  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    const em = orm.em.fork();
    const u = em.create(User, { username: 'r1', displayName: 'r1', role: 'REGULATOR', passwordHash: 'x' });
    await em.flush();
    userId = u.id;
  });
  afterAll(async () => orm && dropTestOrm(orm));
  const tx = <T>(fn: (em: Em) => Promise<T>) => orm.em.fork().transactional((em) => fn(em as Em));

  it('a campaign, its phases and milestones: overlaps, unknown ids and a second completion are refused', async () => {
    const c = await tx((em) => createCampaign(em, { name: ' 提升年 ', year: 2030, startDate: '2030-03-01', endDate: '2030-12-31' }));
    expect(c.name).toBe('提升年');
    expect(await refusal(() => tx((em) => createCampaign(em, { name: 'x', year: 2030, startDate: '2030-01-01', endDate: '2030-02-01' })))).toEqual([
      'year:DUPLICATE',
    ]);
    await tx((em) => addPhase(em, { campaignId: String(c.id), code: 'P1', name: '动员', startDate: '2030-03-01', endDate: '2030-05-31' }));
    expect(
      await refusal(() => tx((em) => addPhase(em, { campaignId: String(c.id), code: 'P2', name: '攻坚', startDate: '2030-05-01', endDate: '2030-08-31' }))),
    ).toEqual(['startDate:PHASE_OVERLAP']);
    expect(
      await refusal(() => tx((em) => addPhase(em, { campaignId: 'abc', code: 'P2', name: '攻坚', startDate: '2030-06-01', endDate: '2030-08-31' }))),
    ).toEqual(['campaignId:UNKNOWN_REFERENCE']);
    expect(await orm.em.fork().count(Phase, { campaign: c.id })).toBe(1);

    const m = await tx((em) => addMilestone(em, { campaignId: c.id, code: 'M1', title: '摸底', dueDate: '2030-04-15', departmentId: null }));
    expect(m.phase?.id).toBeDefined();
    expect(await tx((em) => completeMilestone(em, 99999, { doneOn: '2026-11-01', evidence: 'x' }, TODAY, REGULATOR))).toBeNull();
    expect(await refusal(() => tx((em) => completeMilestone(em, m.id, { doneOn: '2026-11-16', evidence: ' ' }, TODAY, REGULATOR)))).toEqual([
      'doneOn:IN_FUTURE',
      'evidence:REQUIRED',
    ]);
    const done = await tx((em) => completeMilestone(em, String(m.id), { doneOn: '2026-11-01', evidence: ' 纪要 ' }, TODAY, REGULATOR));
    expect([done?.status, done?.doneOn, done?.evidence]).toEqual(['DONE', '2026-11-01', '纪要']);
    expect(await refusal(() => tx((em) => completeMilestone(em, m.id, { doneOn: '2026-11-10', evidence: '另一份' }, TODAY, REGULATOR)))).toEqual([
      'milestoneId:ALREADY_DONE',
    ]);
    expect((await orm.em.fork().findOneOrFail(Milestone, { id: m.id })).doneOn).toBe('2026-11-01');
    expect(await orm.em.fork().count(Campaign, { year: 2030 })).toBe(1);
  });

  it('a department completes a milestone in its remit, and is refused another department’s or the leading group’s', async () => {
    const [d1, d2] = await tx(async (em) => {
      const a = em.create(Department, { name: '市场监管局', code: 'SCJG-T', remit: ['ELEVATOR'] });
      const b = em.create(Department, { name: '财政局', code: 'CZ-T', remit: ['MAINTENANCE_FUND'] });
      await em.flush();
      return [a, b];
    });
    const c = await tx((em) => createCampaign(em, { name: '部门提升年', year: 2031, startDate: '2031-03-01', endDate: '2031-12-31' }));
    const mine = await tx((em) => addMilestone(em, { campaignId: c.id, code: 'D1', title: '电梯专项检查', dueDate: '2031-06-30', departmentId: d1.id }));
    const theirs = await tx((em) => addMilestone(em, { campaignId: c.id, code: 'D2', title: '维修资金检查', dueDate: '2031-06-30', departmentId: d2.id }));
    const group = await tx((em) => addMilestone(em, { campaignId: c.id, code: 'D3', title: '总结', dueDate: '2031-12-31', departmentId: null }));
    const dept: Principal = { userId: '9', role: 'DEPARTMENT', departmentId: String(d1.id) };
    for (const m of [theirs, group])
      expect(await refusal(() => tx((em) => completeMilestone(em, m.id, { doneOn: TODAY, evidence: '记录' }, TODAY, dept)))).toEqual([
        'milestoneId:OUT_OF_SCOPE',
      ]);
    expect((await orm.em.fork().findOneOrFail(Milestone, { id: theirs.id })).status).toBe('PENDING');
    const done = await tx((em) => completeMilestone(em, mine.id, { doneOn: TODAY, evidence: '检查记录 12 份' }, TODAY, dept));
    expect([done?.status, done?.doneOn]).toEqual(['DONE', TODAY]);
    expect(await refusal(() => tx((em) => completeMilestone(em, mine.id, { doneOn: TODAY, evidence: 'x' }, TODAY, dept)))).toEqual([
      'milestoneId:ALREADY_DONE',
    ]);
  });

  it('a training session with an unknown manager leaves nothing written', async () => {
    const attendees = [
      { kind: 'PROJECT_MANAGER' as const, name: '张三', managerId: '99999' },
      { kind: 'OTHER' as const, name: '李四' },
    ];
    expect(await refusal(() => tx((em) => recordTrainingSession(em, { topic: '培训', heldOn: TODAY, attendees }, TODAY)))).toEqual([
      'attendees:UNKNOWN_REFERENCE',
    ]);
    expect(await orm.em.fork().count(TrainingSession, {})).toBe(0);
    const s = await tx((em) => recordTrainingSession(em, { topic: '培训', heldOn: TODAY, attendees: attendees.slice(1) }, TODAY));
    expect(await orm.em.fork().count(TrainingAttendance, { session: s.id })).toBe(1);
  });

  it('a bulletin: generated, reviewed, published; a published one is not rebuilt', async () => {
    let builds = 0;
    const build = async () => {
      builds++;
      return { month: '2026-10', asOf: '2026-10-31' } as unknown as BulletinSnapshot;
    };
    const actor = { userId };
    expect(await refusal(() => tx((em) => generateBulletin(em, actor, '2026-12', TODAY, build)))).toEqual(['month:IN_FUTURE']);
    const first = await tx((em) => generateBulletin(em, actor, '2026-10', TODAY, build));
    expect([first.regenerated, first.bulletin.status, builds]).toEqual([false, 'DRAFT', 1]);
    expect(await refusal(() => tx((em) => publishBulletin(em, actor, first.bulletin.id, TODAY)))).toEqual(['bulletin:NOT_REVIEWED']);
    expect((await tx((em) => reviewBulletin(em, actor, String(first.bulletin.id), ' 核对无误 ')))?.reviewNote).toBe('核对无误');
    const again = await tx((em) => generateBulletin(em, actor, '2026-10', TODAY, build));
    expect([again.regenerated, again.bulletin.status, again.bulletin.reviewNote]).toEqual([true, 'DRAFT', null]);
    await tx((em) => reviewBulletin(em, actor, first.bulletin.id, null));
    const published = await tx((em) => publishBulletin(em, actor, first.bulletin.id, TODAY));
    expect([published?.status, published?.publishedOn, published?.publishedBy?.id]).toEqual(['PUBLISHED', TODAY, userId]);
    expect(await refusal(() => tx((em) => generateBulletin(em, actor, '2026-10', TODAY, build)))).toEqual(['bulletin:BULLETIN_STATUS']);
    expect(builds).toBe(2);
    expect(await tx((em) => reviewBulletin(em, actor, 'x', null))).toBeNull();
    expect((await orm.em.fork().findOneOrFail(Bulletin, { month: '2026-10' })).status).toBe('PUBLISHED');
  });
});
