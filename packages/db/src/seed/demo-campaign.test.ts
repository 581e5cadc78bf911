import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { milestoneState } from '@wuye/domain';
import { Bulletin, JointMeeting, Milestone, TrainingAttendance, WeeklyProgress } from '../entities/index.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import { DEMO_REFERENCE_DATE } from './demo-county.js';

describeEachDriver('demo campaign', (driver) => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await createTestOrm({ driver, seed: true });
  });
  afterAll(async () => orm && dropTestOrm(orm));

  it('has the 2026 milestones done on time, late, overdue and pending', async () => {
    const ms = await orm.em.fork().find(Milestone, {}, { orderBy: { dueDate: 'asc' } });
    const states = ms.map((m) => milestoneState({ dueDate: m.dueDate, doneOn: m.doneOn ?? null }, DEMO_REFERENCE_DATE));
    expect(ms).toHaveLength(15);
    expect(states.filter((s) => s === 'DONE_LATE')).toHaveLength(2);
    expect(states.filter((s) => s === 'OVERDUE')).toHaveLength(1);
    expect(states.filter((s) => s === 'PENDING')).toHaveLength(3);
    expect(states.filter((s) => s === 'DONE_ON_TIME')).toHaveLength(9);
    expect(ms.every((m) => m.department)).toBe(true);
  });

  it('has weekly progress, training attendance, joint meetings with notices and two published bulletins', async () => {
    const em = orm.em.fork();
    expect(await em.count(WeeklyProgress, {})).toBe(35);
    expect(await em.count(TrainingAttendance, { kind: 'PROJECT_MANAGER', present: true })).toBeGreaterThan(0);
    const meetings = await em.find(JointMeeting, { kind: 'JOINT' }, { orderBy: { heldAt: 'asc' } });
    expect(meetings[0]!.notice).toContain('一、会议时间：2026年3月12日下午3:00');
    expect(meetings[0]!.notice).toContain('四、参加人员');
    const bulletins = await em.find(Bulletin, {}, { orderBy: { month: 'asc' } });
    expect(bulletins.map((b) => [b.month, b.status])).toEqual([
      ['2026-09', 'PUBLISHED'],
      ['2026-10', 'PUBLISHED'],
    ]);
    expect((bulletins[1]!.snapshot as { byTownship: unknown[] }).byTownship).toHaveLength(14);
    // Each step names who took it, as the bulletin page shows.
    await em.populate(bulletins, ['generatedBy', 'reviewedBy', 'publishedBy']);
    expect(bulletins.map((b) => [b.generatedBy?.username, b.reviewedBy?.username, b.publishedBy?.username])).toEqual([
      ['regulator', 'regulator2', 'admin'],
      ['regulator', 'regulator2', 'admin'],
    ]);
  });
});
