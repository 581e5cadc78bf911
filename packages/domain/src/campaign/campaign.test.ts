import { describe, expect, it } from 'vitest';
import {
  CAMPAIGN_2026,
  bulletinActions,
  bulletinTransition,
  campaignProgress,
  checkBulletinMonth,
  checkMilestone,
  checkMilestoneDone,
  checkPhase,
  milestoneActions,
  milestoneCompletionIssue,
  milestoneDoneOnTime,
  milestoneMeasure,
  milestoneRemitIssue,
  milestoneState,
  phaseOn,
} from './index.js';
import type { Role } from '../enums.js';
import { messageFor } from '../field-errors.js';
import type { Principal } from '../permissions.js';

const codes = (issues: { field: string; code: string }[]) => issues.map((i) => `${i.field}:${i.code}`);

describe('the 2026 campaign of seed part 7', () => {
  it('has the three phases back to back, covering the campaign', () => {
    const p = CAMPAIGN_2026.phases;
    expect(p.map((x) => [x.name, x.startDate, x.endDate])).toEqual([
      ['动员部署阶段', '2026-03-10', '2026-03-31'],
      ['集中攻坚阶段', '2026-04-01', '2026-10-31'],
      ['巩固提升阶段', '2026-11-01', '2026-12-31'],
    ]);
    expect(p[0]!.startDate).toBe(CAMPAIGN_2026.startDate);
    expect(p[2]!.endDate).toBe(CAMPAIGN_2026.endDate);
  });

  it('places every milestone in its phase, with the seed’s own deadlines', () => {
    for (const m of CAMPAIGN_2026.milestones) expect(phaseOn(CAMPAIGN_2026.phases, m.dueDate)?.code, m.code).toBe(m.phase);
    const title = (t: string) => CAMPAIGN_2026.milestones.find((m) => m.title.includes(t))!;
    expect(title('业委会组建').dueDate).toBe('2026-03-31'); // 3月底前完成业委会组建
    expect(title('观摩学习').dueDate).toBe('2026-06-30'); // 六月底前组织观摩
    for (const m of CAMPAIGN_2026.milestones) expect(checkMilestone(m, CAMPAIGN_2026), m.code).toEqual([]);
  });
});

describe('phase of a date', () => {
  const phases = CAMPAIGN_2026.phases;
  it('includes both ends of each phase', () => {
    expect(phaseOn(phases, '2026-03-09')).toBeNull();
    expect(phaseOn(phases, '2026-03-10')?.code).toBe('MOBILISATION');
    expect(phaseOn(phases, '2026-03-31')?.code).toBe('MOBILISATION');
    expect(phaseOn(phases, '2026-04-01')?.code).toBe('PUSH');
    expect(phaseOn(phases, '2026-10-31')?.code).toBe('PUSH');
    expect(phaseOn(phases, '2026-11-15')?.code).toBe('CONSOLIDATION');
    expect(phaseOn(phases, '2027-01-01')).toBeNull();
  });

  it('progress through the campaign', () => {
    expect(campaignProgress(CAMPAIGN_2026, '2026-01-01')).toBe(0);
    expect(campaignProgress(CAMPAIGN_2026, '2027-01-01')).toBe(1);
    // 2026-03-10 → 2026-12-31 is 296 days; 2026-11-15 is day 250.
    expect(campaignProgress(CAMPAIGN_2026, '2026-11-15')).toBeCloseTo(250 / 296, 6);
  });

  it('refuses overlapping phases and phases outside the campaign', () => {
    expect(codes(checkPhase({ code: 'X', name: '补充', startDate: '2026-10-31', endDate: '2026-11-05' }, CAMPAIGN_2026, phases))).toEqual([
      'startDate:PHASE_OVERLAP',
    ]);
    expect(codes(checkPhase({ code: 'X', name: '补充', startDate: '2026-01-01', endDate: '2026-02-01' }, CAMPAIGN_2026, []))).toEqual([
      'startDate:DATE_OUT_OF_RANGE',
    ]);
    expect(codes(checkPhase({ code: 'X', name: '', startDate: '2026-05-01', endDate: '2026-04-01' }, CAMPAIGN_2026, []))).toEqual([
      'name:REQUIRED',
      'endDate:DATE_BEFORE',
    ]);
  });
});

describe('milestones', () => {
  it('done on the due day is on time; a day later is late', () => {
    expect(milestoneDoneOnTime({ dueDate: '2026-03-31', doneOn: '2026-03-31' })).toBe(true);
    expect(milestoneDoneOnTime({ dueDate: '2026-03-31', doneOn: '2026-04-01' })).toBe(false);
    expect(milestoneDoneOnTime({ dueDate: '2026-03-31', doneOn: null })).toBe(false);
  });

  it('shows overdue only after the due day has passed', () => {
    const m = { dueDate: '2026-06-30', doneOn: null };
    expect(milestoneState(m, '2026-06-30')).toBe('PENDING');
    expect(milestoneState(m, '2026-07-01')).toBe('OVERDUE');
    expect(milestoneState({ ...m, doneOn: '2026-06-29' }, '2026-07-01')).toBe('DONE_ON_TIME');
    expect(milestoneState({ ...m, doneOn: '2026-07-02' }, '2026-07-03')).toBe('DONE_LATE');
  });

  it('marking done needs a past date and evidence', () => {
    expect(checkMilestoneDone('2026-11-15', '会议纪要', '2026-11-15')).toEqual([]);
    expect(codes(checkMilestoneDone('2026-11-16', ' ', '2026-11-15'))).toEqual(['doneOn:IN_FUTURE', 'evidence:REQUIRED']);
  });
});

describe('bulletin workflow', () => {
  it('draft → reviewed → published, and nothing after publication', () => {
    expect(bulletinTransition('DRAFT', 'REVIEW')).toEqual({ ok: true, next: 'REVIEWED' });
    expect(bulletinTransition('REVIEWED', 'PUBLISH')).toEqual({ ok: true, next: 'PUBLISHED' });
    expect(bulletinTransition('REVIEWED', 'REGENERATE')).toEqual({ ok: true, next: 'DRAFT' });
    expect(bulletinTransition('DRAFT', 'PUBLISH').ok).toBe(false);
    for (const a of ['REGENERATE', 'REVIEW', 'PUBLISH'] as const) expect(bulletinTransition('PUBLISHED', a).ok).toBe(false);
  });

  it('a bulletin month must be a month that has begun', () => {
    expect(checkBulletinMonth('2026-10', '2026-11-15')).toEqual([]);
    expect(checkBulletinMonth('2026-11', '2026-11-15')).toEqual([]);
    expect(codes(checkBulletinMonth('2026-12', '2026-11-15'))).toEqual(['month:IN_FUTURE']);
    expect(codes(checkBulletinMonth('2026-13', '2026-11-15'))).toEqual(['month:INVALID_FORMAT']);
  });
});

describe('milestone and bulletin actions', () => {
  const as = (role: Role): Principal => ({ userId: '1', role });

  it('completing a milestone is offered to the bureau, and refused once it is done', () => {
    expect(milestoneActions({ status: 'PENDING', departmentId: null }, as('REGULATOR'))).toEqual([{ action: 'COMPLETE', available: true, reason: null }]);
    expect(milestoneActions({ status: 'PENDING', departmentId: '3' }, as('ADMIN'))).toEqual([{ action: 'COMPLETE', available: true, reason: null }]);
    expect(milestoneActions({ status: 'DONE', departmentId: null }, as('REGULATOR'))).toEqual([
      { action: 'COMPLETE', available: false, reason: { field: 'milestoneId', code: 'ALREADY_DONE' } },
    ]);
    expect(messageFor(milestoneCompletionIssue({ status: 'DONE' })!, 'zh-CN')).toBe('该节点已完成');
    for (const role of ['ANALYST', 'DEPARTMENT', 'TOWNSHIP', 'ENTERPRISE', 'AGENCY'] as const)
      expect(milestoneActions({ status: 'PENDING', departmentId: null }, as(role))).toEqual([]);
    expect(milestoneActions({ status: 'PENDING', departmentId: null }, null)).toEqual([]);
  });

  it('a department completes the milestones in its remit, and only those', () => {
    const dept = (departmentId: string | null): Principal => ({ userId: '7', role: 'DEPARTMENT', departmentId });
    // Its own milestone (ids compare as strings: GraphQL IDs against database integers).
    expect(milestoneActions({ status: 'PENDING', departmentId: '3' }, dept('3'))).toEqual([{ action: 'COMPLETE', available: true, reason: null }]);
    expect(milestoneActions({ status: 'DONE', departmentId: '3' }, dept('3'))).toEqual([
      { action: 'COMPLETE', available: false, reason: { field: 'milestoneId', code: 'ALREADY_DONE' } },
    ]);
    // Another department's, the leading group's (no department), or a department user without a department: nothing.
    expect(milestoneActions({ status: 'PENDING', departmentId: '4' }, dept('3'))).toEqual([]);
    expect(milestoneActions({ status: 'PENDING', departmentId: null }, dept('3'))).toEqual([]);
    expect(milestoneActions({ status: 'PENDING', departmentId: '3' }, dept(null))).toEqual([]);
    expect(milestoneRemitIssue({ departmentId: '4' }, dept('3'))).toEqual({ field: 'milestoneId', code: 'OUT_OF_SCOPE' });
    expect(messageFor(milestoneRemitIssue({ departmentId: '4' }, dept('3'))!, 'zh-CN')).toBe('无权对该节点进行此操作');
    expect(milestoneRemitIssue({ departmentId: '3' }, dept('3'))).toBeNull();
    // A township is not a department: its own township id never matches a milestone's department.
    expect(milestoneRemitIssue({ departmentId: '3' }, { userId: '8', role: 'TOWNSHIP', townshipId: '3' })).not.toBeNull();
  });

  const offered = (status: 'DRAFT' | 'REVIEWED' | 'PUBLISHED', role: Role) =>
    bulletinActions({ status }, as(role)).map((a) => `${a.action}:${a.available ? 'yes' : messageFor(a.reason!, 'zh-CN')}`);

  it('a draft: the bureau regenerates and reviews it; publishing waits for the review and for ADMIN', () => {
    expect(offered('DRAFT', 'REGULATOR')).toEqual(['REGENERATE:yes', 'REVIEW:yes', 'PUBLISH:仅系统管理员可发布']);
    expect(offered('DRAFT', 'ADMIN')).toEqual(['REGENERATE:yes', 'REVIEW:yes', 'PUBLISH:须先审核']);
  });

  it('a reviewed bulletin: ADMIN publishes it, a second review is refused', () => {
    expect(offered('REVIEWED', 'ADMIN')).toEqual(['REGENERATE:yes', 'REVIEW:该月通报已审核', 'PUBLISH:yes']);
    expect(offered('REVIEWED', 'REGULATOR')).toEqual(['REGENERATE:yes', 'REVIEW:该月通报已审核', 'PUBLISH:仅系统管理员可发布']);
  });

  it('nothing is offered on a published bulletin, nor to readers', () => {
    expect(offered('PUBLISHED', 'ADMIN')).toEqual([]);
    for (const role of ['ANALYST', 'DEPARTMENT', 'TOWNSHIP', 'ENTERPRISE'] as const) expect(offered('DRAFT', role)).toEqual([]);
    expect(bulletinActions({ status: 'DRAFT' }, null)).toEqual([]);
  });

  it('the commands refuse with the same reasons', () => {
    expect(bulletinTransition('DRAFT', 'PUBLISH')).toEqual({ ok: false, issue: { field: 'bulletin', code: 'NOT_REVIEWED' } });
    expect(bulletinTransition('REVIEWED', 'REVIEW')).toEqual({ ok: false, issue: { field: 'bulletin', code: 'ALREADY_REVIEWED' } });
    expect(bulletinTransition('PUBLISHED', 'REVIEW')).toMatchObject({ ok: false, issue: { code: 'BULLETIN_STATUS' } });
  });
});

describe('milestones measured by a KPI', () => {
  it('the plan names the KPI of "committees formed by 03-31" and of the managers’ class; other milestones and years have none', () => {
    expect(milestoneMeasure(2026, 'M03')).toBe('COMMITTEE_FORMATION');
    expect(milestoneMeasure(2026, 'M04')).toBe('TRAINING');
    expect(milestoneMeasure(2026, 'M01')).toBeNull();
    expect(milestoneMeasure(2027, 'M03')).toBeNull();
  });
});
