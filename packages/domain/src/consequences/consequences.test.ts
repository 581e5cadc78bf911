import { describe, expect, it } from 'vitest';
import type { Principal } from '../permissions.js';
import { messageFor } from '../field-errors.js';
import {
  appointmentEndOnHandover,
  compareInspectionDue,
  expulsionActions,
  expulsionIssue,
  HANDOVER_ITEMS,
  HANDOVER_POLICY_V1,
  handoverActionIssue,
  handoverActions,
  handoverDeadline,
  handoverOverdue,
  inspectionDue,
  inspectionIntervalDays,
  INSPECTION_FREQUENCY_POLICIES,
  INSPECTION_FREQUENCY_V1,
  openHandoverItems,
  policyOn,
  successorIssue,
  type HandoverChecklist,
  type InspectionFrequencyPolicy,
} from './index.js';

const regulator: Principal = { userId: '1', role: 'REGULATOR' };
const firm: Principal = { userId: '2', role: 'ENTERPRISE', enterpriseId: '7' };
const allDone: HandoverChecklist = Object.fromEntries(HANDOVER_ITEMS.map((i) => [i, '2026-11-20']));

describe('handover deadline (清出市场)', () => {
  it('defaults to 30 days after the decision', () => {
    expect(handoverDeadline(HANDOVER_POLICY_V1, '2026-11-15', null)).toEqual({ ok: true, deadline: '2026-12-15' });
    expect(handoverDeadline(HANDOVER_POLICY_V1, '2026-12-20', undefined)).toEqual({ ok: true, deadline: '2027-01-19' });
  });
  it('accepts a deadline exactly 7 and exactly 90 days out, refuses one day less or more with the range', () => {
    expect(handoverDeadline(HANDOVER_POLICY_V1, '2026-11-15', '2026-11-22')).toEqual({ ok: true, deadline: '2026-11-22' });
    expect(handoverDeadline(HANDOVER_POLICY_V1, '2026-11-15', '2027-02-13')).toEqual({ ok: true, deadline: '2027-02-13' });
    const early = handoverDeadline(HANDOVER_POLICY_V1, '2026-11-15', '2026-11-21');
    const late = handoverDeadline(HANDOVER_POLICY_V1, '2026-11-15', '2027-02-14');
    for (const r of [early, late]) {
      expect(r).toEqual({ ok: false, issue: { field: 'handoverDeadline', code: 'DATE_OUT_OF_RANGE', params: { min: '2026-11-22', max: '2027-02-13' } } });
    }
    if (!early.ok) expect(messageFor(early.issue, 'zh-CN')).toBe('移交期限必须在 2026-11-22 至 2027-02-13 之间');
  });
  it('refuses a date that is not one', () => {
    expect(handoverDeadline(HANDOVER_POLICY_V1, '2026-11-15', '2026-02-30')).toEqual({ ok: false, issue: { field: 'handoverDeadline', code: 'INVALID_DATE' } });
  });
  it('is overdue the day after the deadline, not on it, and never once completed', () => {
    expect(handoverOverdue({ status: 'OPEN', deadline: '2026-12-15' }, '2026-12-15')).toBe(false);
    expect(handoverOverdue({ status: 'OPEN', deadline: '2026-12-15' }, '2026-12-16')).toBe(true);
    expect(handoverOverdue({ status: 'COMPLETED', deadline: '2026-12-15' }, '2027-01-01')).toBe(false);
  });
});

describe('expulsion and handover rules', () => {
  it('expels only a black-listed firm, and only once', () => {
    expect(expulsionIssue({ status: 'ACTIVE', listStatus: 'BLACK' })).toBeNull();
    expect(expulsionIssue({ status: 'ACTIVE', listStatus: 'NONE' })?.code).toBe('EXPULSION_NEEDS_BLACK_LIST');
    expect(expulsionIssue({ status: 'ACTIVE', listStatus: 'RED' })?.code).toBe('EXPULSION_NEEDS_BLACK_LIST');
    expect(expulsionIssue({ status: 'EXPELLED', listStatus: 'BLACK' })?.code).toBe('ALREADY_EXPELLED');
  });
  it('offers EXPEL to the bureau only, with the reason when it is not available', () => {
    expect(expulsionActions({ status: 'ACTIVE', listStatus: 'BLACK' }, regulator)).toEqual([{ action: 'EXPEL', available: true, reason: null }]);
    const [a] = expulsionActions({ status: 'ACTIVE', listStatus: 'NONE' }, regulator);
    expect(a!.available).toBe(false);
    expect(messageFor(a!.reason!, 'en')).toBe('only a black-listed enterprise can be expelled');
    expect(expulsionActions({ status: 'ACTIVE', listStatus: 'BLACK' }, firm)).toEqual([]);
  });
  it('refuses as successor the firm itself, a black-listed, expelled or suspended firm', () => {
    const s = (status: string, listStatus: string, id = '9') => successorIssue({ id, name: '宏达物业', status, listStatus }, '7');
    expect(s('ACTIVE', 'NONE')).toBeNull();
    expect(s('ACTIVE', 'RED')).toBeNull();
    expect(s('ACTIVE', 'NONE', '7')?.code).toBe('SUCCESSOR_SAME_FIRM');
    expect(s('ACTIVE', 'BLACK')?.params?.reason).toBe('BLACK');
    expect(s('EXPELLED', 'NONE')?.params?.reason).toBe('EXPELLED');
    expect(s('SUSPENDED', 'NONE')?.code).toBe('SUCCESSOR_NOT_ACTIVE');
  });
  it('completes only with a successor and every checklist item done; nothing once completed', () => {
    const open = { status: 'OPEN' as const, successorId: null, checklist: {} };
    expect(handoverActionIssue(open, 'COMPLETE')?.code).toBe('HANDOVER_NO_SUCCESSOR');
    expect(handoverActionIssue(open, 'APPOINT_SUCCESSOR')).toBeNull();
    const oneLeft = { ...allDone };
    delete oneLeft.KEYS;
    const withSuccessor = { status: 'OPEN' as const, successorId: '9', checklist: oneLeft };
    const issue = handoverActionIssue(withSuccessor, 'COMPLETE');
    expect(issue).toEqual({ field: 'checklist', code: 'HANDOVER_CHECKLIST_OPEN', params: { count: 1 } });
    expect(messageFor(issue!, 'zh-CN')).toBe('移交清单还有 1 项未完成');
    expect(openHandoverItems(oneLeft)).toEqual(['KEYS']);
    expect(handoverActionIssue({ ...withSuccessor, checklist: allDone }, 'COMPLETE')).toBeNull();
    const done = { status: 'COMPLETED' as const, successorId: '9', checklist: allDone };
    for (const a of ['APPOINT_SUCCESSOR', 'CHECK_ITEM', 'COMPLETE'] as const) expect(handoverActionIssue(done, a)?.code).toBe('ILLEGAL_TRANSITION');
  });
  it('offers the handover buttons to the bureau only', () => {
    const h = { status: 'OPEN' as const, successorId: null, checklist: {} };
    expect(handoverActions(h, regulator).map((a) => `${a.action}:${a.available}`)).toEqual(['APPOINT_SUCCESSOR:true', 'CHECK_ITEM:true', 'COMPLETE:false']);
    expect(handoverActions(h, firm)).toEqual([]);
    expect(handoverActions(h, null)).toEqual([]);
  });
});

describe('inspection frequency by grade (差异化监管)', () => {
  const p = INSPECTION_FREQUENCY_V1;
  it('inspects black-listed and grade-C firms’ communities more often than better ones', () => {
    const days = (grade: 'AAA' | 'AA' | 'A' | 'B' | 'C' | null, listStatus: 'NONE' | 'BLACK' | 'RED' | null = 'NONE') =>
      inspectionIntervalDays(p, { grade, listStatus });
    expect([days('AAA'), days('AA'), days('A'), days('B'), days('C')]).toEqual([180, 120, 90, 60, 30]);
    expect(days('AAA', 'BLACK')).toBe(14);
    expect(days('C', 'BLACK')).toBe(14);
    expect(days(null, null)).toBe(90);
    expect(days('C')).toBeLessThan(days('B'));
  });
  it('is due from 7 days before the next date through the date, overdue the day after', () => {
    const risk = { grade: 'C' as const, listStatus: 'NONE' as const };
    // last inspection 2026-10-01 + 30 days → next due 2026-10-31
    expect(inspectionDue(p, risk, '2026-10-01', '2026-10-23')).toEqual({ intervalDays: 30, nextDue: '2026-10-31', status: 'NOT_DUE', daysOverdue: 0 });
    expect(inspectionDue(p, risk, '2026-10-01', '2026-10-24').status).toBe('DUE');
    expect(inspectionDue(p, risk, '2026-10-01', '2026-10-31').status).toBe('DUE');
    expect(inspectionDue(p, risk, '2026-10-01', '2026-11-01')).toEqual({ intervalDays: 30, nextDue: '2026-10-31', status: 'OVERDUE', daysOverdue: 1 });
  });
  it('the same last inspection is overdue for a black-listed firm and not due for AAA', () => {
    expect(inspectionDue(p, { grade: 'C', listStatus: 'BLACK' }, '2026-10-15', '2026-11-15').status).toBe('OVERDUE');
    expect(inspectionDue(p, { grade: 'AAA', listStatus: 'NONE' }, '2026-10-15', '2026-11-15').status).toBe('NOT_DUE');
  });
  it('a community never inspected is due at once', () => {
    expect(inspectionDue(p, { grade: 'A', listStatus: 'NONE' }, null, '2026-11-15')).toEqual({
      intervalDays: 90,
      nextDue: null,
      status: 'DUE',
      daysOverdue: 0,
    });
  });
  it('orders the plan: overdue longest first, then due (never inspected first), then the rest', () => {
    const rows = [
      inspectionDue(p, { grade: 'AAA', listStatus: 'NONE' }, '2026-11-01', '2026-11-15'),
      inspectionDue(p, { grade: 'C', listStatus: 'NONE' }, '2026-10-10', '2026-11-15'),
      inspectionDue(p, { grade: 'C', listStatus: 'BLACK' }, '2026-09-01', '2026-11-15'),
      inspectionDue(p, { grade: 'A', listStatus: 'NONE' }, null, '2026-11-15'),
      inspectionDue(p, { grade: 'C', listStatus: 'NONE' }, '2026-10-20', '2026-11-15'),
    ];
    expect(rows.sort(compareInspectionDue).map((r) => `${r.status}:${r.nextDue}`)).toEqual([
      'OVERDUE:2026-09-15',
      'OVERDUE:2026-11-09',
      'DUE:null',
      'DUE:2026-11-19',
      'NOT_DUE:2027-04-30',
    ]);
  });
  it('uses the version in force on the day: a later version takes over from its date', () => {
    const v2: InspectionFrequencyPolicy = { ...p, version: 2, effectiveFrom: '2027-01-01', intervalDays: { ...p.intervalDays, C: 21 } };
    const all = [...INSPECTION_FREQUENCY_POLICIES, v2];
    expect(policyOn(all, '2026-12-31')?.version).toBe(1);
    expect(policyOn(all, '2027-01-01')?.version).toBe(2);
    expect(policyOn(all, '2025-12-31')).toBeUndefined();
  });
});

describe('appointmentEndOnHandover', () => {
  const on = '2026-11-20';
  it('ends an open appointment, or one ending later, on the handover day', () => {
    expect(appointmentEndOnHandover({ startDate: '2025-03-01', endDate: null }, on)).toBe(on);
    expect(appointmentEndOnHandover({ startDate: '2025-03-01', endDate: '2026-11-21' }, on)).toBe(on);
    expect(appointmentEndOnHandover({ startDate: on, endDate: null }, on)).toBe(on);
  });
  it('leaves one that already ended on or before that day', () => {
    expect(appointmentEndOnHandover({ startDate: '2025-03-01', endDate: on }, on)).toBeNull();
    expect(appointmentEndOnHandover({ startDate: '2025-03-01', endDate: '2026-11-19' }, on)).toBeNull();
  });
  it('ends one that would start later on its own first day', () => {
    expect(appointmentEndOnHandover({ startDate: '2026-11-21', endDate: null }, on)).toBe('2026-11-21');
    expect(appointmentEndOnHandover({ startDate: '2026-12-01', endDate: '2027-12-01' }, on)).toBe('2026-12-01');
  });
});
