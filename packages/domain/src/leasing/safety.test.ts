import { describe, expect, it } from 'vitest';
import { jointMeetingNotice } from '../campaign/notice.js';
import { messageFor } from '../field-errors.js';
import type { Principal } from '../permissions.js';
import {
  availableSafetyActions,
  decisionIssues,
  safetyActionIssues,
  safetyCheckDue,
  safetyFindingOverdue,
  safetyItem,
  SAFETY_ITEMS,
  type SafetyFindingSnapshot,
} from './safety.js';

const member = (userId: string, position: 'CLERK' | 'DEPUTY' | 'HEAD', agencyId = 'a1') => ({ userId, role: 'AGENCY', agencyId, position }) as Principal;
const clerk = member('u1', 'CLERK');
const deputy = member('u2', 'DEPUTY');
const head = member('u3', 'HEAD');
const otherHead = member('u9', 'HEAD', 'a2');
const fireDept = { userId: 'd1', role: 'DEPARTMENT', departmentId: 'fire' } as Principal;
const otherDept = { userId: 'd2', role: 'DEPARTMENT', departmentId: 'zj' } as Principal;
const regulator = { userId: 'r1', role: 'REGULATOR' } as Principal;
const finding = (over: Partial<SafetyFindingSnapshot> = {}): SafetyFindingSnapshot => ({ state: 'REGISTERED', agencyId: 'a1', ...over });
// 2026-11-15 10:00 in Shanghai.
const now = new Date('2026-11-15T02:00:00Z');
const codes = (xs: { field: string; code: string }[]) => xs.map((x) => `${x.field}:${x.code}`);

describe('safety checklist and periodic checks', () => {
  it('files every item under a platform issue category (fire hazards under FIRE, prohibited goods a safety hazard)', () => {
    expect(safetyItem('OPEN_FLAME')?.category).toBe('FIRE');
    expect(safetyItem('PROHIBITED_GOODS')?.category).toBe('SAFETY_HAZARD');
    expect(safetyItem('UNAUTHORISED_ALTERATION')?.category).toBe('ILLEGAL_CONSTRUCTION');
    expect(safetyItem('NOISE')).toBeNull();
    expect(new Set(SAFETY_ITEMS.map((i) => i.code)).size).toBe(SAFETY_ITEMS.length);
  });

  it('a let unit is checked every three months from its last check or its lease start; late from the day after, in Shanghai', () => {
    expect(safetyCheckDue(null, '2026-08-15', now)).toEqual({ dueOn: '2026-11-15', late: false });
    // 2026-11-15 23:59:59 +08:00 is still that day; 00:00 the next day it is late.
    expect(safetyCheckDue(null, '2026-08-15', new Date('2026-11-15T15:59:59Z')).late).toBe(false);
    expect(safetyCheckDue(null, '2026-08-15', new Date('2026-11-15T16:00:00Z')).late).toBe(true);
    expect(safetyCheckDue('2026-09-01', '2026-01-01', now)).toEqual({ dueOn: '2026-12-01', late: false });
    // A check before the current lease began does not count for it.
    expect(safetyCheckDue('2026-01-10', '2026-07-01', now)).toEqual({ dueOn: '2026-10-01', late: true });
  });
});

describe('a finding goes round the closed loop', () => {
  it('any member serves the rectification notice, keys in the acknowledgement and the report; deputy or head verifies', () => {
    expect(availableSafetyActions(finding(), clerk)).toEqual(['ASSIGN']);
    expect(availableSafetyActions(finding(), head)).toEqual(['ASSIGN', 'REFER']);
    expect(availableSafetyActions(finding({ state: 'ASSIGNED' }), clerk)).toEqual(['ACKNOWLEDGE']);
    expect(availableSafetyActions(finding({ state: 'RECTIFYING' }), clerk)).toEqual(['SUBMIT']);
    expect(availableSafetyActions(finding({ state: 'SUBMITTED', submittedById: 'u1' }), clerk)).toEqual([]);
    expect(availableSafetyActions(finding({ state: 'SUBMITTED', submittedById: 'u1' }), deputy)).toEqual(['CLOSE', 'RETURN']);
    expect(availableSafetyActions(finding({ state: 'CLOSED' }), head)).toEqual([]);
  });

  it('another agency, the platform regulator and other departments have no business on it', () => {
    expect(availableSafetyActions(finding(), otherHead)).toEqual([]);
    expect(availableSafetyActions(finding(), regulator)).toEqual([]);
    expect(codes(safetyActionIssues(finding(), { action: 'ASSIGN', measures: 'x', deadline: '2026-11-20' }, otherHead, now))).toEqual([
      'findingId:ACTOR_NOT_ALLOWED',
    ]);
    expect(availableSafetyActions(finding({ state: 'REFERRED', departmentId: 'fire' }), otherDept)).toEqual([]);
  });

  it('the rectification notice needs measures and a deadline not before today (Shanghai)', () => {
    expect(codes(safetyActionIssues(finding(), { action: 'ASSIGN' }, clerk, now))).toEqual(['measures:REQUIRED', 'deadline:REQUIRED']);
    expect(codes(safetyActionIssues(finding(), { action: 'ASSIGN', measures: '清理', deadline: '2026-11-14' }, clerk, now))).toEqual([
      'deadline:DATE_OUT_OF_RANGE',
    ]);
    expect(codes(safetyActionIssues(finding(), { action: 'ASSIGN', measures: '清理', deadline: '2026-11-15' }, clerk, now))).toEqual([]);
    expect(codes(safetyActionIssues(finding(), { action: 'ASSIGN', measures: '清理', deadline: '2026-02-30' }, clerk, now))).toEqual(['deadline:INVALID_DATE']);
  });

  it('the report, a return, a referral and the department’s outcome each say what happened', () => {
    expect(codes(safetyActionIssues(finding({ state: 'RECTIFYING' }), { action: 'SUBMIT', note: ' ' }, clerk, now))).toEqual(['note:REQUIRED']);
    expect(codes(safetyActionIssues(finding({ state: 'SUBMITTED' }), { action: 'RETURN' }, deputy, now))).toEqual(['note:REQUIRED']);
    expect(codes(safetyActionIssues(finding(), { action: 'REFER' }, head, now))).toEqual(['note:REQUIRED']);
    expect(codes(safetyActionIssues(finding({ state: 'REFERRED', departmentId: 'fire' }), { action: 'RESOLVE', note: '已责令清除' }, fireDept, now))).toEqual(
      [],
    );
  });

  it('verification is by someone other than whoever keyed in the report, and only by the deputy or head', () => {
    const submitted = finding({ state: 'SUBMITTED', submittedById: 'u2' });
    expect(codes(safetyActionIssues(submitted, { action: 'CLOSE' }, deputy, now))).toEqual(['verifier:LEASE_SAME_VERIFIER']);
    expect(codes(safetyActionIssues(submitted, { action: 'CLOSE' }, head, now))).toEqual([]);
    expect(codes(safetyActionIssues(submitted, { action: 'CLOSE' }, clerk, now))).toEqual(['findingId:ACTOR_NOT_ALLOWED']);
    expect(messageFor({ field: 'verifier', code: 'LEASE_SAME_VERIFIER' }, 'zh-CN')).toBe('复查人：录入整改结果的人不能同时复查销号，须由另一人复查');
  });

  it('only the head refers, not after it is closed; only the department it went to resolves it', () => {
    expect(codes(safetyActionIssues(finding({ state: 'RECTIFYING' }), { action: 'REFER', note: '存放烟花爆竹' }, deputy, now))).toEqual([
      'findingId:ACTOR_NOT_ALLOWED',
    ]);
    expect(codes(safetyActionIssues(finding({ state: 'CLOSED' }), { action: 'REFER', note: 'x' }, head, now))).toEqual(['findingId:TRANSITION_NOT_ALLOWED']);
    expect(messageFor(safetyActionIssues(finding({ state: 'CLOSED' }), { action: 'REFER', note: 'x' }, head, now)[0]!, 'zh-CN')).toBe(
      '该安全检查问题当前状态为“已销号”，不能执行“移送执法部门”',
    );
    expect(codes(safetyActionIssues(finding({ state: 'REFERRED', departmentId: 'fire' }), { action: 'RESOLVE', note: 'x' }, otherDept, now))).toEqual([
      'findingId:ACTOR_NOT_ALLOWED',
    ]);
    expect(codes(safetyActionIssues(finding({ state: 'REFERRED', departmentId: 'fire' }), { action: 'CLOSE' }, head, now))).toEqual([
      'findingId:TRANSITION_NOT_ALLOWED',
    ]);
  });

  it('a finding being put right is late from the day after its deadline (Shanghai); a referred or closed one never', () => {
    expect(safetyFindingOverdue('RECTIFYING', '2026-11-15', new Date('2026-11-15T15:59:59Z'))).toBe(false);
    expect(safetyFindingOverdue('RECTIFYING', '2026-11-15', new Date('2026-11-15T16:00:00Z'))).toBe(true);
    expect(safetyFindingOverdue('ASSIGNED', '2026-11-15', new Date('2026-11-16T00:00:00Z'))).toBe(true);
    expect(safetyFindingOverdue('REFERRED', '2026-11-01', now)).toBe(false);
    expect(safetyFindingOverdue('CLOSED', '2026-11-01', now)).toBe(false);
  });
});

describe('working-group meetings reuse the platform’s meeting notice', () => {
  it('addresses the working group and signs with its office', () => {
    const notice = jointMeetingNotice({
      title: '物业管理工作组第四季度例会',
      heldAt: new Date('2026-11-20T06:30:00Z'),
      location: '机关三楼会议室',
      agenda: '研究招租和维修开支',
      participants: ['组长', '副组长', '经办人员'],
      noticeDate: '2026-11-15',
      contactPhone: '0571-1234567',
      issuer: '物业管理工作组',
      addressees: '物业管理工作组各成员',
    });
    expect(notice.split('\n').slice(0, 3)).toEqual([
      '关于召开物业管理工作组第四季度例会的通知',
      '物业管理工作组各成员：',
      '一、会议时间：2026年11月20日下午2:30',
    ]);
    expect(notice).toContain('物业管理工作组联系电话：0571-1234567');
  });

  it('decisions: at least one, each with its text, dates real', () => {
    expect(codes(decisionIssues([]))).toEqual(['decisions:REQUIRED']);
    expect(codes(decisionIssues([{ text: '同意' }, { text: ' ', dueOn: '2026-13-01' }]))).toEqual([
      'decisions.1.text:REQUIRED',
      'decisions.1.dueOn:INVALID_DATE',
    ]);
    expect(codes(decisionIssues([{ text: 'x'.repeat(501) }]))).toEqual(['decisions.0.text:TOO_LONG']);
    expect(codes(decisionIssues([{ text: 'x'.repeat(500), owner: '经办', dueOn: '2026-12-01' }]))).toEqual([]);
  });
});
