import { describe, expect, it } from 'vitest';
import { messageFor } from '../field-errors.js';
import type { Principal } from '../permissions.js';
import { creditRecordActions, objectionActions, objectionDaysLeftOf, repairApplicationActions, type RecordFacts, type RepairFacts } from './actions.js';
import { expiryOf } from './score.js';
import { SCORING_STANDARD_V1 as V1 } from './standard.js';

const regulator: Principal = { userId: '1', role: 'REGULATOR' };
const otherRegulator: Principal = { userId: '2', role: 'REGULATOR' };
const firm: Principal = { userId: '9', role: 'ENTERPRISE', enterpriseId: '7' };
const otherFirm: Principal = { userId: '10', role: 'ENTERPRISE', enterpriseId: '8' };
const analyst: Principal = { userId: '3', role: 'ANALYST' };

const record = (extra: Partial<RecordFacts> = {}): RecordFacts => ({
  status: 'PUBLICIZING',
  points: -3,
  termMonths: 12,
  effectiveFrom: '2026-01-10',
  expiresOn: expiryOf('2026-01-10', 12),
  confirmedOn: null,
  proposedBy: '1',
  objectionDeadline: '2026-01-20',
  enterpriseId: '7',
  ...extra,
});
const confirmed = record({ status: 'CONFIRMED', confirmedOn: '2026-01-21', objectionDeadline: '2026-01-20' });
const repair = (extra: Partial<RepairFacts> = {}): RepairFacts => ({ openIssues: 0, pendingApplication: false, standard: V1, ...extra });
const summary = (list: { action: string; available: boolean; reason: { code: string; params?: object } | null }[]) =>
  list.map((a) => (a.available ? a.action : `${a.action}:${a.reason?.code}`));

describe('credit record actions', () => {
  it('the bureau publicizes a proposed record and may revoke it; others get nothing', () => {
    expect(summary(creditRecordActions(record({ status: 'PROPOSED', objectionDeadline: null }), regulator, '2026-01-10', null))).toEqual([
      'PUBLICIZE',
      'REVOKE',
    ]);
    expect(creditRecordActions(record({ status: 'PROPOSED' }), analyst, '2026-01-10', null)).toEqual([]);
    expect(creditRecordActions(record({ status: 'PROPOSED' }), null, '2026-01-10', null)).toEqual([]);
  });

  it('the firm objects to its own publicized record up to the deadline day, and is told when the window closed', () => {
    expect(summary(creditRecordActions(record(), firm, '2026-01-20', null))).toEqual(['OBJECT']);
    const late = creditRecordActions(record(), firm, '2026-01-21', null);
    expect(summary(late)).toEqual(['OBJECT:OBJECTION_WINDOW_CLOSED']);
    expect(messageFor(late[0]!.reason!, 'zh-CN')).toBe('信用记录的异议期已于 2026-01-20 结束');
    expect(creditRecordActions(record(), otherFirm, '2026-01-15', null)).toEqual([]);
  });

  it('deciding an objection is offered to every reviewer but the proposer, who is told why', () => {
    const objected = record({ status: 'OBJECTED' });
    expect(summary(creditRecordActions(objected, otherRegulator, '2026-01-15', null))).toEqual(['DECIDE_OBJECTION', 'REVOKE']);
    expect(summary(creditRecordActions(objected, regulator, '2026-01-15', null))).toEqual(['DECIDE_OBJECTION:REVIEWER_IS_PROPOSER', 'REVOKE']);
  });

  it('repair: the earliest day is the boundary, and the reason names it', () => {
    // A one-year record counting from 2026-01-21: three months of publicity first.
    const early = creditRecordActions(confirmed, firm, '2026-04-20', repair());
    expect(summary(early)).toEqual(['APPLY_REPAIR:REPAIR_TOO_EARLY']);
    expect(messageFor(early[0]!.reason!, 'zh-CN')).toContain('最早可于 2026-04-21 申请信用修复');
    expect(messageFor(early[0]!.reason!, 'en')).toContain('from 2026-04-21');
    expect(summary(creditRecordActions(confirmed, firm, '2026-04-21', repair()))).toEqual(['APPLY_REPAIR']);
  });

  it('repair: open issues, a pending application, an expired or positive record', () => {
    expect(summary(creditRecordActions(confirmed, firm, '2026-05-01', repair({ openIssues: 2 })))).toEqual(['APPLY_REPAIR:OPEN_ISSUES']);
    expect(summary(creditRecordActions(confirmed, firm, '2026-05-01', repair({ pendingApplication: true })))).toEqual(['APPLY_REPAIR:ALREADY_PENDING']);
    // Last day in effect 2027-01-09: still offered then, refused the day after.
    expect(summary(creditRecordActions(confirmed, firm, '2027-01-09', repair()))).toEqual(['APPLY_REPAIR']);
    expect(summary(creditRecordActions(confirmed, firm, '2027-01-10', repair()))).toEqual(['APPLY_REPAIR:NOT_IN_EFFECT']);
    expect(creditRecordActions({ ...confirmed, points: 3 }, firm, '2026-05-01', repair())).toEqual([]);
    expect(creditRecordActions(confirmed, firm, '2026-05-01', null)).toEqual([]);
  });

  it('revocation: every status but REVOKED and REPAIRED', () => {
    for (const status of ['PROPOSED', 'PUBLICIZING', 'OBJECTED', 'CONFIRMED', 'EXPIRED'] as const) {
      expect(summary(creditRecordActions(record({ status }), otherRegulator, '2026-01-15', null))).toContain('REVOKE');
    }
    for (const status of ['REVOKED', 'REPAIRED'] as const) expect(creditRecordActions(record({ status }), otherRegulator, '2026-01-15', null)).toEqual([]);
  });
});

describe('objection and repair application actions', () => {
  it('a pending objection is decided by a reviewer other than the proposer', () => {
    const objected = record({ status: 'OBJECTED' });
    expect(summary(objectionActions({ status: 'PENDING' }, objected, otherRegulator, '2026-01-15'))).toEqual(['DECIDE']);
    expect(summary(objectionActions({ status: 'PENDING' }, objected, regulator, '2026-01-15'))).toEqual(['DECIDE:REVIEWER_IS_PROPOSER']);
    expect(objectionActions({ status: 'REJECTED' }, objected, otherRegulator, '2026-01-15')).toEqual([]);
    expect(objectionActions({ status: 'PENDING' }, objected, firm, '2026-01-15')).toEqual([]);
  });

  it('a pending application is refused any time; approved only while its record is confirmed', () => {
    expect(summary(repairApplicationActions({ status: 'PENDING' }, confirmed, regulator, '2026-05-01'))).toEqual(['APPROVE', 'REFUSE']);
    expect(summary(repairApplicationActions({ status: 'PENDING' }, { ...confirmed, status: 'EXPIRED' }, regulator, '2027-02-01'))).toEqual([
      'APPROVE:ILLEGAL_TRANSITION',
      'REFUSE',
    ]);
    expect(repairApplicationActions({ status: 'APPROVED' }, confirmed, regulator, '2026-05-01')).toEqual([]);
    expect(repairApplicationActions({ status: 'PENDING' }, confirmed, firm, '2026-05-01')).toEqual([]);
  });
});

describe('objection days left', () => {
  it('counts down to 0 on the deadline day, then none', () => {
    expect(objectionDaysLeftOf(record(), '2026-01-10')).toBe(10);
    expect(objectionDaysLeftOf(record(), '2026-01-20')).toBe(0);
    expect(objectionDaysLeftOf(record(), '2026-01-21')).toBeNull();
    expect(objectionDaysLeftOf(record({ status: 'OBJECTED' }), '2026-01-15')).toBeNull();
  });
});
