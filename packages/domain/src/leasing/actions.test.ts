import { describe, expect, it } from 'vitest';
import { messageFor } from '../field-errors.js';
import type { Principal } from '../permissions.js';
import { awaitsCaller, contractActions, signContractIssue, spendingActions, tenderActions, unitActions, withdrawTenderIssues } from './actions.js';
import { UNIT_PHOTO_LIMITS, isUnitPhotoName, removeUnitPhotoIssue } from './photos.js';

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
      RECORD_CONSENT: false,
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
      RECORD_CONSENT: false,
    });
  });
});

describe('tender and unit actions', () => {
  const t = { state: 'OPEN', opensOn: '2026-01-05', closesOn: '2026-01-15', bidCount: 1, signedContractNo: null, unitState: 'LISTED' };
  it('bids within the period inclusive; award from the day after it closes, with a bid', () => {
    expect(avail(tenderActions(t, member('CLERK'), '2026-01-04'))).toEqual({ PLACE_BID: false, AWARD: false, SIGN_CONTRACT: false, WITHDRAW: true });
    expect(avail(tenderActions(t, member('CLERK'), '2026-01-15'))).toEqual({ PLACE_BID: true, AWARD: false, SIGN_CONTRACT: false, WITHDRAW: true });
    expect(avail(tenderActions(t, member('CLERK'), '2026-01-16'))).toEqual({ PLACE_BID: false, AWARD: true, SIGN_CONTRACT: false, WITHDRAW: true });
    expect(avail(tenderActions({ ...t, bidCount: 0 }, member('CLERK'), '2026-01-16')).AWARD).toBe(false);
    expect(avail(unitActions({ state: 'LET', photos: [] }, member('CLERK')))).toEqual({ PUBLISH_TENDER: false, ADD_PHOTO: true, REMOVE_PHOTO: true });
  });

  it('a unit takes photos up to the limit; nothing is offered outside the working group', () => {
    const photos = (n: number) => Array.from({ length: n }, (_, i) => `${String(i).padStart(8, '0')}-0000-4000-8000-000000000000.jpg`);
    expect(avail(unitActions({ state: 'VACANT', photos: photos(UNIT_PHOTO_LIMITS.max - 1) }, member('CLERK'))).ADD_PHOTO).toBe(true);
    const full = unitActions({ state: 'VACANT', photos: photos(UNIT_PHOTO_LIMITS.max) }, member('CLERK'));
    expect(avail(full).ADD_PHOTO).toBe(false);
    expect(messageFor(full.find((a) => a.action === 'ADD_PHOTO')!.reason!, 'zh-CN')).toBe('照片最多 12 张');
    expect(unitActions({ state: 'VACANT', photos: [] }, { userId: '1', role: 'REGULATOR' })).toEqual([]);
    expect(removeUnitPhotoIssue(photos(2), photos(2)[1]!)).toBeNull();
    expect(removeUnitPhotoIssue(photos(2), 'x.jpg')).toEqual({ field: 'photo', code: 'UNKNOWN_REFERENCE', params: { id: 'x.jpg' } });
    expect(isUnitPhotoName(photos(1)[0]!)).toBe(true);
    for (const bad of ['../a.jpg', 'a.jpg', '00000000-0000-4000-8000-000000000000.gif', '00000000-0000-4000-8000-000000000000.jpg/..'])
      expect(isUnitPhotoName(bad)).toBe(false);
  });

  const reasonOf = (list: { action: string; reason: Parameters<typeof messageFor>[0] | null }[], action: string) => {
    const r = list.find((a) => a.action === action)?.reason;
    return r ? messageFor(r, 'zh-CN') : null;
  };
  const awarded = { ...t, state: 'AWARDED', bidCount: 0 };

  it('sign the contract: an awarded tender whose winner has no contract yet, by any position of the group', () => {
    for (const position of ['CLERK', 'DEPUTY', 'HEAD'] as const) {
      const sign = tenderActions(awarded, member(position), '2026-01-20').find((a) => a.action === 'SIGN_CONTRACT');
      expect(sign).toEqual({ action: 'SIGN_CONTRACT', available: true, reason: null });
    }
    // The day of the award and any day after: the award, not a date, opens it.
    expect(avail(tenderActions(awarded, member('CLERK'), '2030-01-01')).SIGN_CONTRACT).toBe(true);
  });

  it('not before the award, not twice, not on a unit let meanwhile; nothing for anyone outside the group', () => {
    const open = tenderActions({ ...t, bidCount: 3 }, member('HEAD'), '2026-01-16');
    expect(avail(open).SIGN_CONTRACT).toBe(false);
    expect(reasonOf(open, 'SIGN_CONTRACT')).toBe('招租公告尚未定标，定标后才能与中标人签订合同');
    expect(avail(tenderActions({ ...t, state: 'WITHDRAWN' }, member('HEAD'), '2026-01-16')).SIGN_CONTRACT).toBe(false);

    const signed = tenderActions({ ...awarded, signedContractNo: 'ZL2026-007', unitState: 'LET' }, member('CLERK'), '2026-01-20');
    expect(avail(signed).SIGN_CONTRACT).toBe(false);
    expect(reasonOf(signed, 'SIGN_CONTRACT')).toBe('招租公告已签订租赁合同 ZL2026-007，不能重复签订');
    // Signed, then ended: the unit is vacant again but the won bid is not signed a second time.
    expect(avail(tenderActions({ ...awarded, signedContractNo: 'ZL2026-007', unitState: 'VACANT' }, member('CLERK'), '2027-02-01')).SIGN_CONTRACT).toBe(false);

    const let_ = tenderActions({ ...awarded, unitState: 'LET' }, member('DEPUTY'), '2026-01-20');
    expect(avail(let_).SIGN_CONTRACT).toBe(false);
    expect(reasonOf(let_, 'SIGN_CONTRACT')).toBe('房屋已出租，不能再签订租赁合同');

    expect(tenderActions(awarded, { userId: '9', role: 'REGULATOR' }, '2026-01-20')).toEqual([]);
    expect(tenderActions(awarded, { userId: '9', role: 'AGENCY' }, '2026-01-20')).toEqual([]);
    // The service names the bid when it refuses the same rule.
    expect(signContractIssue({ state: 'AWARDED', signedContractNo: 'ZL2026-007', unitState: 'LET' }, 'bidId')).toEqual({
      field: 'bidId',
      code: 'LEASE_CONTRACT_SIGNED',
      params: { contractNo: 'ZL2026-007' },
    });
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

describe('withdrawing a tender', () => {
  it('is allowed before the award only, and needs a reason', () => {
    expect(withdrawTenderIssues({ state: 'OPEN' })).toEqual([]);
    expect(withdrawTenderIssues({ state: 'OPEN' }, '规划调整，房屋另作他用')).toEqual([]);
    expect(withdrawTenderIssues({ state: 'OPEN' }, '  ')).toEqual([{ field: 'reason', code: 'REQUIRED' }]);
    expect(withdrawTenderIssues({ state: 'AWARDED' }, '规划调整')).toEqual([{ field: 'tenderId', code: 'LEASE_TENDER_CLOSED' }]);
    expect(withdrawTenderIssues({ state: 'WITHDRAWN' }, '规划调整')).toEqual([{ field: 'tenderId', code: 'LEASE_TENDER_CLOSED' }]);
  });

  it('is offered while open, with the reason once awarded', () => {
    const t = { state: 'AWARDED', opensOn: '2026-01-05', closesOn: '2026-01-15', bidCount: 1, signedContractNo: null, unitState: 'LISTED' };
    const w = tenderActions(t, member('CLERK'), '2026-01-20').find((a) => a.action === 'WITHDRAW')!;
    expect(w.available).toBe(false);
    expect(messageFor(w.reason!, 'zh-CN')).toBe('招租公告已定标或已撤销');
    expect(tenderActions({ ...t, state: 'OPEN' }, member('CLERK'), '2026-01-20').find((a) => a.action === 'WITHDRAW')!.available).toBe(true);
  });
});
