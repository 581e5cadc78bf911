import { addDays, addMonths, daysFrom, isIsoDate, shanghaiDate } from '../dates.js';
import type { FieldIssue } from '../field-errors.js';
import { formatYuan, isTrade, shareOf, type LeasingPolicy, type Trade } from './policy.js';

/**
 * Contract rules (seed part 4, 租赁期限/合同保证金/租金): term limits by trade, the deposit and its roll-over at renewal,
 * the instalment schedule, when an unpaid instalment flags the contract, what the deposit covers at termination.
 *
 * A term is a whole number of months: it runs from `start` to the day before the same day `months` later
 * (2026-01-01 + 12 months ends 2026-12-31), so rent, halves and deposits are exact.
 */

export interface Term {
  start: string;
  end: string;
}

/** The months of a term, or null when it is not a whole number of months (or the end is not after the start). */
export function termMonths(term: Term): number | null {
  if (!isIsoDate(term.start) || !isIsoDate(term.end) || term.end < term.start) return null;
  for (let m = 1; m <= 1200; m++) {
    const end = leaseEnd(term.start, m);
    if (end === term.end) return m;
    if (end > term.end) return null;
  }
  return null;
}

/** Last day of a term of `months` from `start`. */
export function leaseEnd(start: string, months: number): string {
  return addDays(addMonths(start, months), -1);
}

/** The longest term the policy allows for a trade, in months. */
export function maxTermMonths(trade: Trade, policy: LeasingPolicy): number {
  return policy.specialTrades.includes(trade) ? policy.specialMaxMonths : policy.standardMaxMonths;
}

/** 严禁经营易燃和爆炸性物资: refused for a prohibited (or unknown) trade. */
export function tradeIssues(trade: string, policy: LeasingPolicy, field = 'trade'): FieldIssue[] {
  if (!isTrade(trade)) return [{ field, code: 'LEASE_UNKNOWN_TRADE', params: { trade } }];
  if (policy.prohibitedTrades.includes(trade)) return [{ field, code: 'LEASE_PROHIBITED_TRADE', params: { trade } }];
  return [];
}

/**
 * A term's issues: dates valid, whole months, at most the trade's limit (12 months as a rule, 36 for special trades);
 * the refusal names the end date and the limit.
 */
export function termIssues(term: Term, trade: string, policy: LeasingPolicy): FieldIssue[] {
  const trades = tradeIssues(trade, policy);
  if (trades.length > 0) return trades;
  if (!isIsoDate(term.start)) return [{ field: 'leaseStart', code: 'INVALID_DATE' }];
  if (!isIsoDate(term.end)) return [{ field: 'leaseEnd', code: 'INVALID_DATE' }];
  if (term.end < term.start) return [{ field: 'leaseEnd', code: 'LEASE_END_BEFORE_START' }];
  const max = maxTermMonths(trade as Trade, policy);
  if (term.end > leaseEnd(term.start, max)) {
    return [{ field: 'leaseEnd', code: 'LEASE_TERM_TOO_LONG', params: { max, trade, latest: leaseEnd(term.start, max) } }];
  }
  if (termMonths(term) === null) return [{ field: 'leaseEnd', code: 'LEASE_TERM_NOT_WHOLE_MONTHS' }];
  return [];
}

/** A positive whole number of fen. */
export function amountIssues(fen: number, field: string): FieldIssue[] {
  if (!Number.isSafeInteger(fen)) return [{ field, code: 'NOT_INTEGER' }];
  if (fen <= 0) return [{ field, code: 'LEASE_AMOUNT_NOT_POSITIVE' }];
  return [];
}

/** 保证金 = 年租金总额的 50% (rounded half up to the fen). */
export function depositFor(annualRentFen: number, policy: LeasingPolicy): number {
  return shareOf(annualRentFen, policy.depositRateBp);
}

export interface DepositRollover {
  /** The deposit of the new term. */
  depositFen: number;
  /** What the tenant pays in when the rent rose. */
  topUpFen: number;
  /** What is refunded (without interest) when the rent fell. */
  refundFen: number;
}

/** 翌年续租转为翌年保证金: the old deposit carries over; the difference to the new rent's deposit is topped up or refunded. */
export function depositRollover(heldFen: number, newAnnualRentFen: number, policy: LeasingPolicy): DepositRollover {
  const depositFen = depositFor(newAnnualRentFen, policy);
  const diff = depositFen - heldFen;
  return { depositFen, topUpFen: Math.max(diff, 0), refundFen: Math.max(-diff, 0) };
}

/** Rent of `months` at an annual rent, rounded half up. */
export function rentForMonths(annualRentFen: number, months: number): number {
  return Math.floor((annualRentFen * months + 6) / 12);
}

export interface Instalment {
  /** 1-based. */
  seq: number;
  /** The half-year of rent it pays for (inclusive). */
  periodStart: string;
  periodEnd: string;
  dueDate: string;
  amountFen: number;
}

/** Last day of the calendar month before the month of `date` (2026-07-01 → 2026-06-30, 2027-01-15 → 2026-12-31). */
export function endOfPreviousMonth(date: string): string {
  return addDays(`${date.slice(0, 8)}01`, -1);
}

/**
 * 租金每年分两次交清. The term is cut into halves of six months from its start (a last part may be shorter). The first
 * half is paid at signing (due on the start date); every later half is due by the last day of the month before it
 * begins. For a lease starting on 1 January this is exactly the seed's rule: the second half by 30 June, and for a
 * multi-year special-trade lease the first half of each following year by 31 December of the year before. A lease
 * starting on another day keeps the same rhythm: e.g. from 2026-09-01, the second half (from 2027-03-01) is due by
 * 2027-02-28. Amounts are cumulative rounding of the annual rent so the instalments add up to the term's rent exactly.
 */
export function instalmentSchedule(start: string, months: number, annualRentFen: number, policy: LeasingPolicy): Instalment[] {
  const out: Instalment[] = [];
  for (let from = 0, seq = 1; from < months; from += policy.instalmentMonths, seq++) {
    const to = Math.min(from + policy.instalmentMonths, months);
    const periodStart = addMonths(start, from);
    out.push({
      seq,
      periodStart,
      periodEnd: leaseEnd(start, to),
      dueDate: seq === 1 ? start : endOfPreviousMonth(periodStart),
      amountFen: rentForMonths(annualRentFen, to) - rentForMonths(annualRentFen, from),
    });
  }
  return out;
}

/** 未按要求及时交纳租金的无条件解除合同: an unpaid instalment is overdue from the day after its due date, in Asia/Shanghai. */
export function instalmentOverdue(dueDate: string, now: Date): boolean {
  return shanghaiDate(now) > dueDate;
}

/** The first day an unpaid instalment counts as overdue. */
export function instalmentOverdueFrom(dueDate: string): string {
  return addDays(dueDate, 1);
}

export interface OpenInstalment {
  seq: number;
  dueDate: string;
  amountFen: number;
  paidFen: number;
}

/** The instalments that flag the contract for termination at `now`: unpaid (in part or whole) and past due. */
export function overdueInstalments<T extends OpenInstalment>(instalments: readonly T[], now: Date): T[] {
  return instalments.filter((i) => i.paidFen < i.amountFen && instalmentOverdue(i.dueDate, now));
}

/**
 * A payment against one instalment: positive, whole fen, never more than is still owed on it, dated `today`
 * (Asia/Shanghai, the platform clock) at the latest — money not yet received is not recorded.
 */
export function paymentIssues(instalment: OpenInstalment, amountFen: number, paidOn: string, today: string): FieldIssue[] {
  return [...paymentAmountIssues(instalment, amountFen), ...paidOnIssues(paidOn, today)];
}

function paymentAmountIssues(instalment: OpenInstalment, amountFen: number): FieldIssue[] {
  const amount = amountIssues(amountFen, 'amount');
  if (amount.length > 0) return amount;
  const owed = instalment.amountFen - instalment.paidFen;
  if (owed <= 0) return [{ field: 'instalmentId', code: 'LEASE_INSTALMENT_PAID', params: { seq: instalment.seq } }];
  if (amountFen > owed)
    return [{ field: 'amount', code: 'LEASE_PAYMENT_EXCEEDS_OWED', params: { seq: instalment.seq, owed: formatYuan(owed), amount: formatYuan(amountFen) } }];
  return [];
}

/** The date money was received: a calendar date, not after `today`. */
function paidOnIssues(paidOn: string, today: string): FieldIssue[] {
  if (!isIsoDate(paidOn)) return [{ field: 'paidOn', code: 'INVALID_DATE' }];
  if (paidOn > today) return [{ field: 'paidOn', code: 'IN_FUTURE' }];
  return [];
}

export interface TerminationSettlement {
  /** Part of the deposit applied to what is owed. */
  appliedFen: number;
  /** Part of the deposit refunded. */
  refundFen: number;
  /** What is still owed after the deposit. */
  remainingArrearsFen: number;
}

/** Termination for arrears: the deposit first covers what is owed; any rest of it is refunded without interest. */
export function settleTermination(depositFen: number, arrearsFen: number): TerminationSettlement {
  const appliedFen = Math.min(depositFen, Math.max(arrearsFen, 0));
  return { appliedFen, refundFen: depositFen - appliedFen, remainingArrearsFen: Math.max(arrearsFen, 0) - appliedFen };
}

/**
 * Termination for policy reasons (规划需要、机构改革): the contract ends on `endDate` without compensation. Rent paid
 * in advance for days after the end is refunded pro rata by days of its half (rounded half up), and the deposit is
 * refunded in full, there being no breach; nothing else is owed either way. Unpaid instalments whose period begins
 * after the end are cancelled; one that is already due stays owed for the days up to the end.
 */
export function policyTerminationRefund(
  instalments: readonly (OpenInstalment & { periodStart: string; periodEnd: string })[],
  endDate: string,
): { refundFen: number; cancelledSeqs: number[]; owedFen: number } {
  let refundFen = 0;
  let owedFen = 0;
  const cancelledSeqs: number[] = [];
  for (const i of instalments) {
    if (i.periodStart > endDate) {
      refundFen += i.paidFen;
      if (i.paidFen < i.amountFen) cancelledSeqs.push(i.seq);
      continue;
    }
    const days = daysFrom(i.periodStart, i.periodEnd) + 1;
    const used = Math.min(daysFrom(i.periodStart, endDate) + 1, days);
    const usedFen = Math.floor((i.amountFen * used * 2 + days) / (days * 2));
    if (i.paidFen > usedFen) refundFen += i.paidFen - usedFen;
    else owedFen += usedFen - i.paidFen;
  }
  return { refundFen, cancelledSeqs, owedFen };
}

/** Income recorded with the tax due on it (照章纳税), rounded half up. */
export function taxDue(incomeFen: number, policy: LeasingPolicy): number {
  return shareOf(incomeFen, policy.taxRateBp);
}

export interface AgeingBuckets {
  /** Not yet due. */
  notDueFen: number;
  /** One amount per policy bucket (1–30, 31–90, 91–180 days) and the last for anything older. */
  bucketsFen: number[];
  overdueFen: number;
}

/** 欠租账龄: what is still owed, by days past due on `asOf` (a due date of `asOf` itself is not yet overdue). */
export function arrearsAgeing(instalments: readonly OpenInstalment[], asOf: string, policy: LeasingPolicy): AgeingBuckets {
  const bucketsFen = new Array<number>(policy.ageingBucketDays.length + 1).fill(0);
  let notDueFen = 0;
  for (const i of instalments) {
    const owed = i.amountFen - i.paidFen;
    if (owed <= 0) continue;
    const days = daysFrom(i.dueDate, asOf);
    if (days <= 0) {
      notDueFen += owed;
      continue;
    }
    const idx = policy.ageingBucketDays.findIndex((d) => days <= d);
    bucketsFen[idx === -1 ? bucketsFen.length - 1 : idx]! += owed;
  }
  return { notDueFen, bucketsFen, overdueFen: bucketsFen.reduce((s, x) => s + x, 0) };
}

/** A renewal continues the old term the day after it ends, at the market rent agreed for the new term. */
export function renewalIssues(oldEnd: string, term: Term, trade: string, annualRentFen: number, policy: LeasingPolicy): FieldIssue[] {
  const rent = amountIssues(annualRentFen, 'annualRent');
  if (rent.length > 0) return rent;
  if (term.start !== addDays(oldEnd, 1)) return [{ field: 'leaseStart', code: 'LEASE_RENEWAL_NOT_CONTINUOUS', params: { expected: addDays(oldEnd, 1) } }];
  return termIssues(term, trade, policy);
}
