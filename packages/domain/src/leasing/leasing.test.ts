import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasMessage, messageFor } from '../field-errors.js';
import {
  approvalIssues,
  arrearsAgeing,
  apportionLoss,
  depositFor,
  depositRollover,
  formatYuan,
  instalmentOverdue,
  instalmentOverdueFrom,
  instalmentSchedule,
  largestRemainder,
  LEASING_POLICY_V1 as V1,
  leasingPolicyOn,
  overdueInstalments,
  paymentIssues,
  policyTerminationRefund,
  readingIssues,
  rejectionIssues,
  renewalIssues,
  settleTermination,
  stateAfterStep,
  taxDue,
  termIssues,
  termMonths,
  tradeIssues,
  type SpendingState,
  type StepTaken,
} from './index.js';

const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe('the leasing policy is versioned data', () => {
  it("v1 carries the seed's numbers and applies from its date", () => {
    expect(V1).toMatchObject({ code: 'STATE_PROPERTY', version: 1, standardMaxMonths: 12, specialMaxMonths: 36, depositRateBp: 5000, instalmentMonths: 6 });
    expect(V1.specialTrades).toContain('CATERING');
    expect(V1.prohibitedTrades).toContain('FLAMMABLE_EXPLOSIVE');
    expect(Object.isFrozen(V1)).toBe(true);
    expect(leasingPolicyOn('2026-11-15')).toBe(V1);
    expect(leasingPolicyOn('2019-12-31')).toBeNull();
  });
});

describe('term limits by trade', () => {
  const t = (start: string, end: string, trade: string) => codes(termIssues({ start, end }, trade, V1));

  it('an ordinary trade: one year at most (12 months passes, a day more is refused)', () => {
    expect(t('2026-01-01', '2026-12-31', 'RETAIL')).toEqual([]);
    expect(t('2026-01-01', '2027-01-31', 'RETAIL')).toEqual(['LEASE_TERM_TOO_LONG']);
    expect(t('2026-03-15', '2027-03-14', 'OFFICE')).toEqual([]);
    expect(t('2026-03-15', '2027-03-15', 'OFFICE')).toEqual(['LEASE_TERM_TOO_LONG']);
    expect(t('2026-01-01', '2026-06-30', 'RETAIL')).toEqual([]);
  });

  it('catering (a special trade): up to three years; a four-year lease is refused naming the end date and the limit', () => {
    expect(t('2026-01-01', '2028-12-31', 'CATERING')).toEqual([]);
    expect(t('2026-01-01', '2029-01-31', 'CATERING')).toEqual(['LEASE_TERM_TOO_LONG']);
    const [issue] = termIssues({ start: '2026-01-01', end: '2029-12-31' }, 'CATERING', V1);
    expect(issue).toMatchObject({ field: 'leaseEnd', code: 'LEASE_TERM_TOO_LONG', params: { max: 36, latest: '2028-12-31' } });
    expect(messageFor(issue!, 'zh-CN')).toBe('租赁结束日期超出租期上限：“餐饮”业态最长租期 36 个月（最晚至 2028-12-31）');
    expect(messageFor(issue!, 'en')).toBe('the lease end is beyond the term limit: a "catering" lease runs at most 36 months (until 2028-12-31 at the latest)');
  });

  it('whole months only, an end after the start, valid dates, known and lawful trades', () => {
    expect(t('2026-01-01', '2026-12-30', 'RETAIL')).toEqual(['LEASE_TERM_NOT_WHOLE_MONTHS']);
    expect(t('2026-01-01', '2025-12-31', 'RETAIL')).toEqual(['LEASE_END_BEFORE_START']);
    expect(t('2026-02-30', '2026-12-31', 'RETAIL')).toEqual(['INVALID_DATE']);
    expect(t('2026-01-01', '2026-12-31', 'CASINO')).toEqual(['LEASE_UNKNOWN_TRADE']);
    expect(t('2026-01-01', '2026-12-31', 'FLAMMABLE_EXPLOSIVE')).toEqual(['LEASE_PROHIBITED_TRADE']);
    expect(messageFor(tradeIssues('FIREWORKS', V1)[0]!, 'zh-CN')).toContain('烟花爆竹经营');
    expect(termMonths({ start: '2026-01-31', end: '2026-02-27' })).toBe(1);
    expect(termMonths({ start: '2026-01-01', end: '2028-12-31' })).toBe(36);
  });
});

describe('deposit and its roll-over at renewal', () => {
  it('is half the annual rent, rounded half up to the fen', () => {
    expect(depositFor(12_000_00, V1)).toBe(6_000_00);
    expect(depositFor(1, V1)).toBe(1);
    expect(depositFor(3, V1)).toBe(2);
    expect(depositFor(0, V1)).toBe(0);
  });

  it('a higher rent tops the deposit up, a lower one refunds the difference, the same rent carries it over', () => {
    expect(depositRollover(6_000_00, 13_000_00, V1)).toEqual({ depositFen: 6_500_00, topUpFen: 500_00, refundFen: 0 });
    expect(depositRollover(6_000_00, 11_000_00, V1)).toEqual({ depositFen: 5_500_00, topUpFen: 0, refundFen: 500_00 });
    expect(depositRollover(6_000_00, 12_000_00, V1)).toEqual({ depositFen: 6_000_00, topUpFen: 0, refundFen: 0 });
  });

  it('a renewal starts the day after the old term and keeps the term limits', () => {
    expect(codes(renewalIssues('2026-12-31', { start: '2027-01-01', end: '2027-12-31' }, 'RETAIL', 13_000_00, V1))).toEqual([]);
    expect(codes(renewalIssues('2026-12-31', { start: '2027-01-02', end: '2028-01-01' }, 'RETAIL', 13_000_00, V1))).toEqual(['LEASE_RENEWAL_NOT_CONTINUOUS']);
    expect(codes(renewalIssues('2026-12-31', { start: '2027-01-01', end: '2028-12-31' }, 'RETAIL', 13_000_00, V1))).toEqual(['LEASE_TERM_TOO_LONG']);
    expect(codes(renewalIssues('2026-12-31', { start: '2027-01-01', end: '2027-12-31' }, 'RETAIL', 0, V1))).toEqual(['LEASE_AMOUNT_NOT_POSITIVE']);
  });
});

describe('instalment schedules', () => {
  const brief = (s: ReturnType<typeof instalmentSchedule>) => s.map((i) => [i.periodStart, i.periodEnd, i.dueDate, i.amountFen]);

  it('calendar year: half at signing, the rest by 30 June', () => {
    expect(brief(instalmentSchedule('2026-01-01', 12, 12_000_00, V1))).toEqual([
      ['2026-01-01', '2026-06-30', '2026-01-01', 6_000_00],
      ['2026-07-01', '2026-12-31', '2026-06-30', 6_000_00],
    ]);
  });

  it('mid-year start: half at signing, the second half by the end of the month before it begins', () => {
    expect(brief(instalmentSchedule('2026-09-01', 12, 12_000_00, V1))).toEqual([
      ['2026-09-01', '2027-02-28', '2026-09-01', 6_000_00],
      ['2027-03-01', '2027-08-31', '2027-02-28', 6_000_00],
    ]);
    expect(instalmentSchedule('2026-03-15', 12, 12_000_00, V1)[1]!.dueDate).toBe('2026-08-31');
  });

  it('multi-year special trade: the first half of each following year falls due in December of the year before', () => {
    const s = instalmentSchedule('2026-01-01', 36, 24_000_00, V1);
    expect(s.map((i) => i.dueDate)).toEqual(['2026-01-01', '2026-06-30', '2026-12-31', '2027-06-30', '2027-12-31', '2028-06-30']);
    expect(s.every((i) => i.amountFen === 12_000_00)).toBe(true);
  });

  it("amounts add up to the term's rent exactly, a short last part included", () => {
    const s = instalmentSchedule('2026-01-01', 8, 10_000_01, V1);
    expect(s.map((i) => i.amountFen)).toEqual([5_000_01, 1_666_66]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 36 }), fc.integer({ min: 1, max: 100_000_000 }), (months, rent) => {
        const total = instalmentSchedule('2026-05-31', months, rent, V1).reduce((s2, i) => s2 + i.amountFen, 0);
        expect(total).toBe(Math.floor((rent * months + 6) / 12));
      }),
    );
  });
});

describe('the day after a due date in Asia/Shanghai', () => {
  it('30 June is still on time until midnight in Shanghai; 1 July 00:00 (30 June 16:00 UTC) is overdue', () => {
    expect(instalmentOverdue('2026-06-30', new Date('2026-06-30T15:59:59Z'))).toBe(false);
    expect(instalmentOverdue('2026-06-30', new Date('2026-06-30T16:00:00Z'))).toBe(true);
    expect(instalmentOverdueFrom('2026-06-30')).toBe('2026-07-01');
    const open = [
      { seq: 1, dueDate: '2026-01-01', amountFen: 100, paidFen: 100 },
      { seq: 2, dueDate: '2026-06-30', amountFen: 100, paidFen: 99 },
    ];
    expect(overdueInstalments(open, new Date('2026-06-30T16:00:00Z')).map((i) => i.seq)).toEqual([2]);
    expect(overdueInstalments(open, new Date('2026-06-30T15:59:59Z'))).toEqual([]);
  });
});

describe('payments and termination', () => {
  const second = { seq: 2, dueDate: '2026-06-30', amountFen: 6_000_00, paidFen: 1_000_00 };

  it('a payment may be the whole rest of an instalment, never more', () => {
    const on = '2026-06-01';
    expect(paymentIssues(second, 5_000_00, on, on)).toEqual([]);
    const [issue] = paymentIssues(second, 5_000_01, on, on);
    expect(issue).toMatchObject({ field: 'amount', code: 'LEASE_PAYMENT_EXCEEDS_OWED' });
    expect(messageFor(issue!, 'zh-CN')).toBe('交款金额 5,000.01 元超过第 2 期尚欠的 5,000.00 元');
    expect(codes(paymentIssues(second, 0, on, on))).toEqual(['LEASE_AMOUNT_NOT_POSITIVE']);
    expect(codes(paymentIssues(second, 1.5, on, on))).toEqual(['NOT_INTEGER']);
    expect(codes(paymentIssues({ ...second, paidFen: 6_000_00 }, 1, on, on))).toEqual(['LEASE_INSTALMENT_PAID']);
  });

  it('a payment is dated today at the latest (the platform clock, Asia/Shanghai)', () => {
    const today = '2026-06-30';
    expect(paymentIssues(second, 1_00, today, today)).toEqual([]);
    expect(paymentIssues(second, 1_00, '2026-01-01', today)).toEqual([]);
    const [future] = paymentIssues(second, 1_00, '2026-07-01', today);
    expect(future).toEqual({ field: 'paidOn', code: 'IN_FUTURE' });
    expect(messageFor(future!, 'zh-CN')).toBe('交款日期不能晚于当前时间');
    expect(codes(paymentIssues(second, 1_00, '2026-06-31', today))).toEqual(['INVALID_DATE']);
    // Both faults are named at once.
    expect(codes(paymentIssues(second, 0, '2026-07-01', today))).toEqual(['LEASE_AMOUNT_NOT_POSITIVE', 'IN_FUTURE']);
  });

  it('the deposit first covers what is owed; the rest is refunded', () => {
    expect(settleTermination(6_000_00, 6_000_00)).toEqual({ appliedFen: 6_000_00, refundFen: 0, remainingArrearsFen: 0 });
    expect(settleTermination(6_000_00, 6_000_01)).toEqual({ appliedFen: 6_000_00, refundFen: 0, remainingArrearsFen: 1 });
    expect(settleTermination(6_000_00, 2_000_00)).toEqual({ appliedFen: 2_000_00, refundFen: 4_000_00, remainingArrearsFen: 0 });
    expect(settleTermination(6_000_00, 0)).toEqual({ appliedFen: 0, refundFen: 6_000_00, remainingArrearsFen: 0 });
  });

  it('a policy termination refunds rent paid for the days after the end and cancels later halves', () => {
    const s = instalmentSchedule('2026-01-01', 12, 12_000_00, V1).map((i) => ({ ...i, paidFen: i.seq === 1 ? i.amountFen : 0 }));
    // Ends 2026-03-31: 90 of the first half's 181 days used.
    expect(policyTerminationRefund(s, '2026-03-31')).toEqual({ refundFen: 6_000_00 - Math.round((6_000_00 * 90) / 181), cancelledSeqs: [2], owedFen: 0 });
    expect(policyTerminationRefund(s, '2026-06-30')).toEqual({ refundFen: 0, cancelledSeqs: [2], owedFen: 0 });
  });

  it("tax on income at the policy's rate", () => {
    expect(taxDue(6_000_00, V1)).toBe(300_00);
    expect(taxDue(10, V1)).toBe(1);
    expect(taxDue(9, V1)).toBe(0);
  });

  it('arrears ageing by days past due: the due day is not overdue, 30/90/180 days close their buckets', () => {
    const at = (dueDate: string) => ({ seq: 1, dueDate, amountFen: 100, paidFen: 0 });
    const asOf = '2026-11-15';
    const a = arrearsAgeing(
      [at('2026-11-15'), at('2026-11-14'), at('2026-10-16'), at('2026-10-15'), at('2026-08-17'), at('2026-08-16'), at('2026-05-19'), at('2026-05-18')],
      asOf,
      V1,
    );
    expect(a).toEqual({ notDueFen: 100, bucketsFen: [200, 200, 200, 100], overdueFen: 700 });
  });
});

describe('meter readings and the loss on a master meter', () => {
  it('a reading equal to the previous passes, a lower one is refused naming both', () => {
    expect(readingIssues(12_345, 12_345)).toEqual([]);
    expect(readingIssues(null, 0)).toEqual([]);
    const [issue] = readingIssues(12_345, 12_344);
    expect(messageFor(issue!, 'zh-CN')).toBe('表计读数 123.44 低于上次读数 123.45，表计读数不能倒退');
    expect(codes(readingIssues(null, -1))).toEqual(['NEGATIVE']);
  });

  it('shares the loss equally among distinct tenants in fen, odd fen to the first keys', () => {
    // master 1000.00 kWh, subs 900.00 → loss 100.00 kWh at 0.65 yuan = 65.00 yuan = 6500 fen among 3 tenants.
    const r = apportionLoss(
      100_000,
      [
        { tenantKey: 'b', usageCenti: 30_000 },
        { tenantKey: 'a', usageCenti: 30_000 },
        { tenantKey: 'c', usageCenti: 20_000 },
        { tenantKey: 'a', usageCenti: 10_000 },
      ],
      65,
    );
    expect(r).toEqual({
      kind: 'BILLED',
      lossCenti: 10_000,
      lossFen: 6500,
      shares: [
        { tenantKey: 'a', fen: 2167 },
        { tenantKey: 'b', fen: 2167 },
        { tenantKey: 'c', fen: 2166 },
      ],
    });
  });

  it('a negative loss is flagged and not billed; zero loss bills zero', () => {
    expect(apportionLoss(100, [{ tenantKey: 'a', usageCenti: 101 }], 65)).toEqual({ kind: 'NEGATIVE_LOSS', lossCenti: -1, shares: [] });
    expect(apportionLoss(100, [{ tenantKey: 'a', usageCenti: 100 }], 65)).toMatchObject({ kind: 'BILLED', lossFen: 0, shares: [{ tenantKey: 'a', fen: 0 }] });
  });

  it('property: shares always add up to the loss, each within a fen of its quota, never negative', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 2_000 }),
        (extra, usages, price) => {
          const subs = usages.map((u, i) => ({ tenantKey: `t${String(i % 17).padStart(2, '0')}`, usageCenti: u }));
          const master = usages.reduce((s, u) => s + u, 0) + extra;
          const r = apportionLoss(master, subs, price);
          expect(r.kind).toBe('BILLED');
          if (r.kind !== 'BILLED') return;
          expect(r.shares.reduce((s, x) => s + x.fen, 0)).toBe(r.lossFen);
          const n = r.shares.length;
          for (const s of r.shares) {
            expect(s.fen).toBeGreaterThanOrEqual(0);
            expect(Math.abs(s.fen * n - r.lossFen)).toBeLessThan(n);
          }
        },
      ),
    );
  });

  it('property: largest remainder with any weights adds up and stays within a fen of each quota', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 30 }),
        (total, weights) => {
          const shares = largestRemainder(total, weights);
          const sum = weights.reduce((s, w) => s + w, 0);
          expect(shares.reduce((s, x) => s + x, 0)).toBe(total);
          shares.forEach((s, i) => expect(Math.abs(s * sum - total * weights[i]!)).toBeLessThan(sum));
        },
      ),
    );
  });

  it('property: a loss below zero is never billed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (usages, short) => {
          const master = usages.reduce((s, u) => s + u, 0) - short;
          fc.pre(master >= 0);
          expect(
            apportionLoss(
              master,
              usages.map((u, i) => ({ tenantKey: String(i), usageCenti: u })),
              65,
            ).kind,
          ).toBe('NEGATIVE_LOSS');
        },
      ),
    );
  });
});

describe('spending approvals: clerk signs, deputy reviews, head approves — three different people', () => {
  const clerk = { userId: 'c', position: 'CLERK' as const };
  const deputy = { userId: 'd', position: 'DEPUTY' as const };
  const head = { userId: 'h', position: 'HEAD' as const };

  it('passes all three steps in order', () => {
    let state: SpendingState = 'AWAITING_SIGN';
    const taken: StepTaken[] = [];
    for (const [who, step] of [
      [clerk, 'SIGN'],
      [deputy, 'REVIEW'],
      [head, 'APPROVE'],
    ] as const) {
      expect(approvalIssues(state, taken, who)).toEqual([]);
      taken.push({ step, userId: who.userId });
      state = stateAfterStep(state);
    }
    expect(state).toBe('APPROVED');
    expect(codes(approvalIssues(state, taken, head))).toEqual(['LEASE_SPENDING_DECIDED']);
  });

  it('each step only by its position', () => {
    expect(codes(approvalIssues('AWAITING_SIGN', [], head))).toEqual(['LEASE_WRONG_POSITION']);
    expect(codes(approvalIssues('AWAITING_REVIEW', [{ step: 'SIGN', userId: 'c' }], clerk))).toEqual(['LEASE_WRONG_POSITION']);
    expect(codes(approvalIssues('AWAITING_APPROVAL', [], { userId: 'x', position: null }))).toEqual(['LEASE_WRONG_POSITION']);
  });

  it('the same person may not take two steps, even after changing position', () => {
    const [issue] = approvalIssues('AWAITING_REVIEW', [{ step: 'SIGN', userId: 'c' }], { userId: 'c', position: 'DEPUTY' });
    expect(issue).toMatchObject({ field: 'approver', code: 'LEASE_SAME_APPROVER' });
    expect(messageFor(issue!, 'zh-CN')).toBe('签批人：同一人已办理“经办签字”，三个环节须由三个不同的人办理');
    expect(
      codes(
        approvalIssues(
          'AWAITING_APPROVAL',
          [
            { step: 'SIGN', userId: 'c' },
            { step: 'REVIEW', userId: 'd' },
          ],
          { userId: 'd', position: 'HEAD' },
        ),
      ),
    ).toEqual(['LEASE_SAME_APPROVER']);
  });

  it('a rejection must say why', () => {
    expect(codes(rejectionIssues('AWAITING_REVIEW', [{ step: 'SIGN', userId: 'c' }], deputy, '  '))).toEqual(['REQUIRED']);
    expect(rejectionIssues('AWAITING_REVIEW', [{ step: 'SIGN', userId: 'c' }], deputy, '超出预算')).toEqual([]);
  });
});

describe('messages', () => {
  it('every leasing refusal has a message in both languages', () => {
    for (const code of ['LEASE_TERM_TOO_LONG', 'LEASE_PAYMENT_EXCEEDS_OWED', 'LEASE_READING_BELOW_PREVIOUS', 'LEASE_SAME_APPROVER', 'LEASE_PROHIBITED_TRADE'])
      expect(hasMessage(code), code).toBe(true);
    expect(formatYuan(123456789)).toBe('1,234,567.89');
    expect(formatYuan(5)).toBe('0.05');
  });
});
