import { isIsoDate } from '../dates.js';
import type { FieldIssue } from '../field-errors.js';
import { formatYuan } from './policy.js';

/**
 * Utilities (seed part 4, item 4: 水电费总表与各分表差额（损耗）均摊): each month the loss on a master meter (its usage
 * minus the sum of its sub-meters' usage) is shared equally among the tenants on that master meter. Usage is in
 * hundredths of a unit (kWh, m³), prices in fen per unit, shares in fen. Utilities are billed apart from rent.
 */

export const METER_KINDS = ['WATER', 'ELECTRICITY'] as const;
export type MeterKind = (typeof METER_KINDS)[number];

/** A reading never goes back: the meter's count is cumulative. */
export function readingIssues(previousCenti: number | null, valueCenti: number): FieldIssue[] {
  if (!Number.isSafeInteger(valueCenti)) return [{ field: 'reading', code: 'NOT_INTEGER' }];
  if (valueCenti < 0) return [{ field: 'reading', code: 'NEGATIVE' }];
  if (previousCenti !== null && valueCenti < previousCenti) {
    return [{ field: 'reading', code: 'LEASE_READING_BELOW_PREVIOUS', params: { previous: centiText(previousCenti), value: centiText(valueCenti) } }];
  }
  return [];
}

/** 1234 → "12.34". */
export function centiText(centi: number): string {
  const sign = centi < 0 ? '-' : '';
  const abs = Math.abs(centi);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Cost in fen of a usage in hundredths of a unit at a price in fen per unit, rounded half up. */
export function costFen(usageCenti: number, priceFen: number): number {
  return Math.floor((usageCenti * priceFen + 50) / 100);
}

/**
 * Largest remainder (Hamilton): `total` fen shared in proportion to `weights`. Each share is its exact quota rounded
 * down; the fen left over go one each to the largest fractional parts, ties to the earlier party. The shares always add
 * up to `total` and no share is more than one fen from its exact quota.
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum <= 0) throw new RangeError('weights must add up to more than zero');
  const shares = weights.map((w) => Math.floor((total * w) / sum));
  const remainders = weights.map((w, i) => ({ i, r: total * w - shares[i]! * sum }));
  let left = total - shares.reduce((s, x) => s + x, 0);
  remainders.sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of remainders) {
    if (left <= 0) break;
    shares[i]! += 1;
    left -= 1;
  }
  return shares;
}

export interface SubMeterUsage {
  tenantKey: string;
  usageCenti: number;
}

export type LossApportionment =
  | { kind: 'BILLED'; lossCenti: number; lossFen: number; shares: { tenantKey: string; fen: number }[] }
  /** Sub-meters above the master: a fault or misreading to look into, nothing billed. */
  | { kind: 'NEGATIVE_LOSS'; lossCenti: number; shares: [] }
  | { kind: 'NO_TENANTS'; lossCenti: number; lossFen: number; shares: [] };

/**
 * The month's loss on one master meter, shared equally among the distinct tenants of its sub-meters (a tenant with two
 * sub-meters counts once), in the order of their keys so the odd fen fall the same way every time.
 */
export function apportionLoss(masterUsageCenti: number, subs: readonly SubMeterUsage[], priceFen: number): LossApportionment {
  const lossCenti = masterUsageCenti - subs.reduce((s, x) => s + x.usageCenti, 0);
  if (lossCenti < 0) return { kind: 'NEGATIVE_LOSS', lossCenti, shares: [] };
  const lossFen = costFen(lossCenti, priceFen);
  const tenants = [...new Set(subs.map((s) => s.tenantKey))].sort();
  if (tenants.length === 0) return { kind: 'NO_TENANTS', lossCenti, lossFen, shares: [] };
  const fen = largestRemainder(
    lossFen,
    tenants.map(() => 1),
  );
  return { kind: 'BILLED', lossCenti, lossFen, shares: tenants.map((tenantKey, i) => ({ tenantKey, fen: fen[i]! })) };
}

/** What a statement still owes, never below zero. */
export function statementOwedFen(s: { totalFen: number; paidFen: number }): number {
  return Math.max(s.totalFen - s.paidFen, 0);
}

/**
 * A utility payment against one monthly statement (utilities are billed and collected apart from rent): positive,
 * whole fen, never more than the statement still owes, paid on a valid day not after `today` (YYYY-MM-DD). A payment
 * of exactly what is owed closes the statement.
 */
export function utilityPaymentIssues(s: { period: string; totalFen: number; paidFen: number }, amountFen: number, paidOn: string, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const owed = statementOwedFen(s);
  if (!Number.isSafeInteger(amountFen)) issues.push({ field: 'amount', code: 'NOT_INTEGER' });
  else if (amountFen <= 0) issues.push({ field: 'amount', code: 'LEASE_AMOUNT_NOT_POSITIVE' });
  else if (owed === 0) issues.push({ field: 'statementId', code: 'LEASE_STATEMENT_PAID', params: { month: s.period } });
  else if (amountFen > owed)
    issues.push({
      field: 'amount',
      code: 'LEASE_UTILITY_PAYMENT_EXCEEDS_OWED',
      params: { month: s.period, owed: formatYuan(owed), amount: formatYuan(amountFen) },
    });
  if (!isIsoDate(paidOn)) issues.push({ field: 'paidOn', code: 'INVALID_DATE' });
  else if (paidOn > today) issues.push({ field: 'paidOn', code: 'IN_FUTURE' });
  return issues;
}

/** The statement fully paid after `amountFen` more. */
export function statementClosedAfter(s: { totalFen: number; paidFen: number }, amountFen: number): boolean {
  return s.paidFen + amountFen >= s.totalFen;
}
