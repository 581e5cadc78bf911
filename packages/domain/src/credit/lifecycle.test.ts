import { describe, expect, it } from 'vitest';
import { CREDIT_RECORD_STATUSES, objectionDaysLeft, transition, type CreditRecordEvent, type LifecycleRecord } from './lifecycle.js';
import type { CreditRecordStatus } from './score.js';

const base: LifecycleRecord = { status: 'PROPOSED', proposedBy: '7', objectionDeadline: null, expiresOn: '2027-03-14' };
const at = (status: CreditRecordStatus, extra: Partial<LifecycleRecord> = {}): LifecycleRecord => ({ ...base, status, ...extra });
const windowed = (status: CreditRecordStatus) => at(status, { objectionDeadline: '2026-03-25' });

const EVENTS: Record<CreditRecordEvent['type'], CreditRecordEvent> = {
  PUBLICIZE: { type: 'PUBLICIZE', today: '2026-03-15', objectionDays: 10 },
  OBJECT: { type: 'OBJECT', today: '2026-03-20' },
  AUTO_CONFIRM: { type: 'AUTO_CONFIRM', today: '2026-03-26' },
  DECIDE: { type: 'DECIDE', today: '2026-04-02', reviewerId: '8', uphold: true },
  REVOKE: { type: 'REVOKE', today: '2026-04-02', reason: '主体错误' },
  EXPIRE: { type: 'EXPIRE', today: '2027-03-15' },
  REPAIR: { type: 'REPAIR', today: '2026-09-20' },
};

/** Every legal (from, event) pair and where it leads; everything else is refused. */
const LEGAL: Record<string, CreditRecordStatus> = {
  'PROPOSED PUBLICIZE': 'PUBLICIZING',
  'PUBLICIZING OBJECT': 'OBJECTED',
  'PUBLICIZING AUTO_CONFIRM': 'CONFIRMED',
  'OBJECTED DECIDE': 'CONFIRMED',
  'PROPOSED REVOKE': 'REVOKED',
  'PUBLICIZING REVOKE': 'REVOKED',
  'OBJECTED REVOKE': 'REVOKED',
  'CONFIRMED REVOKE': 'REVOKED',
  'EXPIRED REVOKE': 'REVOKED',
  'CONFIRMED EXPIRE': 'EXPIRED',
  'CONFIRMED REPAIR': 'REPAIRED',
};

describe('record lifecycle', () => {
  it('allows exactly the legal transitions from every state', () => {
    const seen: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const status of CREDIT_RECORD_STATUSES) {
      for (const [type, event] of Object.entries(EVENTS)) {
        const key = `${status} ${type}`;
        const r = transition(windowed(status), event);
        seen[key] = r.ok ? r.change.status : r.error;
        expected[key] = LEGAL[key] ?? 'ILLEGAL_TRANSITION';
      }
    }
    expect(seen).toEqual(expected);
  });

  it('REVOKED and REPAIRED are final', () => {
    for (const status of ['REVOKED', 'REPAIRED'] as const) {
      for (const e of Object.values(EVENTS)) expect(transition(windowed(status), e).ok).toBe(false);
    }
  });

  it('publicizing opens a 10-day objection window ending 10 days after the day of publication', () => {
    const r = transition(base, EVENTS.PUBLICIZE);
    expect(r).toEqual({ ok: true, change: { status: 'PUBLICIZING', publicizedOn: '2026-03-15', objectionDeadline: '2026-03-25' } });
    expect(objectionDaysLeft('2026-03-25', '2026-03-15')).toBe(10);
    expect(objectionDaysLeft('2026-03-25', '2026-03-25')).toBe(0);
  });

  it('accepts an objection up to the last day of the window, not after', () => {
    expect(transition(windowed('PUBLICIZING'), { type: 'OBJECT', today: '2026-03-25' }).ok).toBe(true);
    expect(transition(windowed('PUBLICIZING'), { type: 'OBJECT', today: '2026-03-26' })).toEqual({
      ok: false,
      error: 'OBJECTION_WINDOW_CLOSED',
      from: 'PUBLICIZING',
    });
  });

  it('confirms automatically only after the window, dated the day after it closed however late the job runs', () => {
    expect(transition(windowed('PUBLICIZING'), { type: 'AUTO_CONFIRM', today: '2026-03-25' })).toMatchObject({ ok: false, error: 'OBJECTION_WINDOW_OPEN' });
    expect(transition(windowed('PUBLICIZING'), { type: 'AUTO_CONFIRM', today: '2026-03-26' })).toEqual({
      ok: true,
      change: { status: 'CONFIRMED', confirmedOn: '2026-03-26' },
    });
    expect(transition(windowed('PUBLICIZING'), { type: 'AUTO_CONFIRM', today: '2026-05-01' })).toEqual({
      ok: true,
      change: { status: 'CONFIRMED', confirmedOn: '2026-03-26' },
    });
  });

  it('an objection is decided by a reviewer who is not the proposer: upheld record confirmed, else revoked', () => {
    expect(transition(windowed('OBJECTED'), { type: 'DECIDE', today: '2026-04-02', reviewerId: '7', uphold: true })).toMatchObject({
      ok: false,
      error: 'REVIEWER_IS_PROPOSER',
    });
    expect(transition(windowed('OBJECTED'), { type: 'DECIDE', today: '2026-04-02', reviewerId: '8', uphold: true })).toEqual({
      ok: true,
      change: { status: 'CONFIRMED', confirmedOn: '2026-04-02' },
    });
    expect(transition(windowed('OBJECTED'), { type: 'DECIDE', today: '2026-04-02', reviewerId: '8', uphold: false })).toEqual({
      ok: true,
      change: { status: 'REVOKED' },
    });
    // A system-proposed record may be reviewed by anyone.
    expect(transition(at('OBJECTED', { proposedBy: null }), { type: 'DECIDE', today: '2026-04-02', reviewerId: '7', uphold: false }).ok).toBe(true);
  });

  it('expires only after the last day of its term', () => {
    expect(transition(at('CONFIRMED'), { type: 'EXPIRE', today: '2027-03-14' })).toMatchObject({ ok: false, error: 'NOT_EXPIRED_YET' });
    expect(transition(at('CONFIRMED'), { type: 'EXPIRE', today: '2027-03-15' })).toEqual({ ok: true, change: { status: 'EXPIRED' } });
  });

  it('a revocation needs a reason; a repair records its date', () => {
    expect(transition(at('CONFIRMED'), { type: 'REVOKE', today: '2026-04-02', reason: '  ' })).toMatchObject({ ok: false, error: 'REASON_REQUIRED' });
    expect(transition(at('CONFIRMED'), EVENTS.REPAIR)).toEqual({ ok: true, change: { status: 'REPAIRED', repairedOn: '2026-09-20' } });
  });
});
