import { describe, expect, it } from 'vitest';
import type { Principal } from '../permissions.js';
import { awaitsCaller, contractActions, spendingActions, tenderActions, unitActions } from './actions.js';

const member = (position: 'CLERK' | 'DEPUTY' | 'HEAD', userId: string = position): Principal => ({ userId, role: 'AGENCY', agencyId: '1', position });
const half = (seq: number, dueDate: string, paidFen: number, state = 'OPEN') => ({ seq, dueDate, amountFen: 1000, paidFen, state });
const avail = (list: { action: string; available: boolean }[]) => Object.fromEntries(list.map((a) => [a.action, a.available]));

describe('contract actions', () => {
  it('offer nothing to anyone outside the working group', () => {
    expect(contractActions({ state: 'ACTIVE', instalments: [] }, { userId: '1', role: 'REGULATOR' }, '2026-07-01')).toEqual([]);
    expect(contractActions({ state: 'ACTIVE', instalments: [] }, null, '2026-07-01')).toEqual([]);
  });

  it('pay while something is owed; renew only with nothing owed; the head alone terminates', () => {
    const owing = { state: 'ACTIVE', instalments: [half(1, '2026-01-01', 1000, 'PAID'), half(2, '2026-06-30', 999)] };
    expect(avail(contractActions(owing, member('CLERK'), '2026-06-30'))).toEqual({
      PAY: true,
      RENEW: false,
      TERMINATE_FOR_POLICY: false,
      CONFIRM_TERMINATION: false,
    });
    const paid = { state: 'ACTIVE', instalments: [half(1, '2026-01-01', 1000, 'PAID'), half(2, '2026-06-30', 1000, 'PAID')] };
    const clerk = contractActions(paid, member('CLERK'), '2026-06-30');
    expect(avail(clerk)).toMatchObject({ PAY: false, RENEW: true });
    expect(clerk[0]!.reason).toEqual({ field: 'contractId', code: 'LEASE_NOTHING_OWED' });
    expect(clerk[2]!.reason?.code).toBe('LEASE_HEAD_ONLY');
    expect(avail(contractActions(paid, member('HEAD'), '2026-06-30')).TERMINATE_FOR_POLICY).toBe(true);
  });

  it('confirm termination: flagged, head, and owed on an instalment due before today (not on its due date)', () => {
    const flagged = { state: 'FLAGGED', instalments: [half(2, '2026-06-30', 0)] };
    expect(avail(contractActions(flagged, member('HEAD'), '2026-06-30')).CONFIRM_TERMINATION).toBe(false);
    expect(avail(contractActions(flagged, member('HEAD'), '2026-07-01')).CONFIRM_TERMINATION).toBe(true);
    expect(avail(contractActions(flagged, member('DEPUTY'), '2026-07-01')).CONFIRM_TERMINATION).toBe(false);
    expect(avail(contractActions({ ...flagged, state: 'TERMINATED' }, member('HEAD'), '2026-07-01'))).toEqual({
      PAY: false,
      RENEW: false,
      TERMINATE_FOR_POLICY: false,
      CONFIRM_TERMINATION: false,
    });
  });
});

describe('tender and unit actions', () => {
  const t = { state: 'OPEN', opensOn: '2026-01-05', closesOn: '2026-01-15', bidCount: 1 };
  it('bids within the period inclusive; award from the day after it closes, with a bid', () => {
    expect(avail(tenderActions(t, member('CLERK'), '2026-01-04'))).toEqual({ PLACE_BID: false, AWARD: false });
    expect(avail(tenderActions(t, member('CLERK'), '2026-01-15'))).toEqual({ PLACE_BID: true, AWARD: false });
    expect(avail(tenderActions(t, member('CLERK'), '2026-01-16'))).toEqual({ PLACE_BID: false, AWARD: true });
    expect(avail(tenderActions({ ...t, bidCount: 0 }, member('CLERK'), '2026-01-16')).AWARD).toBe(false);
    expect(avail(unitActions({ state: 'LET' }, member('CLERK')))).toEqual({ PUBLISH_TENDER: false });
  });
});

describe('spending actions and the inbox', () => {
  it('the pending step belongs to its position and to nobody who took an earlier step', () => {
    expect(avail(spendingActions({ state: 'AWAITING_SIGN' }, [], member('CLERK')))).toEqual({ SIGN: true, REJECT: true });
    expect(avail(spendingActions({ state: 'AWAITING_SIGN' }, [], member('DEPUTY')))).toEqual({ SIGN: false, REJECT: false });
    // The clerk who signed was made deputy since: still refused the review.
    const taken = [{ step: 'SIGN' as const, userId: 'u1' }];
    expect(avail(spendingActions({ state: 'AWAITING_REVIEW' }, taken, member('DEPUTY', 'u1')))).toEqual({ REVIEW: false, REJECT: false });
    expect(awaitsCaller({ state: 'AWAITING_REVIEW' }, taken, member('DEPUTY', 'u2'))).toBe(true);
    expect(awaitsCaller({ state: 'AWAITING_REVIEW' }, taken, member('DEPUTY', 'u1'))).toBe(false);
    expect(awaitsCaller({ state: 'APPROVED' }, taken, member('HEAD'))).toBe(false);
  });
});
