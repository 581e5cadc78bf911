import { addMonths } from '../dates.js';
import { arrearsAgeing, type AgeingBuckets, type OpenInstalment } from './contracts.js';
import type { LeasingPolicy } from './policy.js';

/**
 * The working group's key figures (issue 14 §9): occupancy, on-time collection, arrears with their ageing, and income
 * against the same period last year. Pure computations over rows the database hands in; money in fen, rates in basis
 * points (1/10 000, rounded half up), dates `YYYY-MM-DD` in Asia/Shanghai. A rate with nothing to divide by is null
 * (shown as "—"), never 0 % or 100 %.
 */

/** `part / whole` in basis points, rounded half up; null when `whole` is 0. */
export function rateBp(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.floor((part * 20000 + whole) / (whole * 2));
}

/** A lease as the occupancy count sees it: in force from its start to its end, or to the day it was terminated. */
export interface LeaseSpan {
  unitId: number;
  startDate: string;
  endDate: string;
  terminatedOn: string | null;
}

/** True when the lease lets its unit on `date` (the termination day itself still counts as let). */
export function leaseInForce(lease: LeaseSpan, date: string): boolean {
  const last = lease.terminatedOn && lease.terminatedOn < lease.endDate ? lease.terminatedOn : lease.endDate;
  return lease.startDate <= date && date <= last;
}

export interface Occupancy {
  units: number;
  letUnits: number;
  /** Let units / all units. */
  rateBp: number | null;
  areaCenti: number;
  letAreaCenti: number;
  /** Let floor area / all floor area. */
  areaRateBp: number | null;
}

/** 出租率 on `date`: units (and floor area) with a lease in force, out of all the agency's units. */
export function occupancy(units: readonly { id: number; areaCenti: number }[], leases: readonly LeaseSpan[], date: string): Occupancy {
  const let_ = new Set(leases.filter((l) => leaseInForce(l, date)).map((l) => l.unitId));
  const letUnits = units.filter((u) => let_.has(u.id));
  const areaCenti = units.reduce((s, u) => s + u.areaCenti, 0);
  const letAreaCenti = letUnits.reduce((s, u) => s + u.areaCenti, 0);
  return {
    units: units.length,
    letUnits: letUnits.length,
    rateBp: rateBp(letUnits.length, units.length),
    areaCenti,
    letAreaCenti,
    areaRateBp: rateBp(letAreaCenti, areaCenti),
  };
}

/** An instalment with the rent paid against it: only `RENT` payments by the tenant count as collected. */
export interface CollectedInstalment {
  dueDate: string;
  amountFen: number;
  payments: readonly { paidOn: string; amountFen: number }[];
}

export interface Collection {
  /** Instalments due in the window and their rent. */
  dueCount: number;
  dueFen: number;
  /** Instalments paid in full by their due date, and the rent paid by the due date. */
  onTimeCount: number;
  onTimeFen: number;
  /** On-time rent / rent due. */
  rateBp: number | null;
}

/**
 * 按期收缴率: of the instalments due from `from` to `to` (inclusive), the share of the rent received on or before the
 * due date (a payment on the due date is on time, the day after is late, in Asia/Shanghai). A half cancelled before it
 * fell due is not counted; the deposit applied at a termination is not rent collected on time.
 */
export function collection(instalments: readonly CollectedInstalment[], from: string, to: string): Collection {
  const due = instalments.filter((i) => from <= i.dueDate && i.dueDate <= to);
  let dueFen = 0;
  let onTimeFen = 0;
  let onTimeCount = 0;
  for (const i of due) {
    const paid = Math.min(
      i.payments.filter((p) => p.paidOn <= i.dueDate).reduce((s, p) => s + p.amountFen, 0),
      i.amountFen,
    );
    dueFen += i.amountFen;
    onTimeFen += paid;
    if (paid >= i.amountFen) onTimeCount++;
  }
  return { dueCount: due.length, dueFen, onTimeCount, onTimeFen, rateBp: rateBp(onTimeFen, dueFen) };
}

/** The same calendar day a year earlier (29 February → 28 February). */
export function sameDayLastYear(date: string): string {
  return addMonths(date, -12);
}

export interface MonthIncome {
  /** 1–12. */
  month: number;
  thisYearFen: number;
  lastYearFen: number;
}

export interface IncomeComparison {
  /** From 1 January to `asOf`, and the same days of last year. */
  from: string;
  to: string;
  lastFrom: string;
  lastTo: string;
  thisYearFen: number;
  lastYearFen: number;
  /** (this − last) / last; null when last year had none. */
  changeBp: number | null;
  /** Each month of this year up to `asOf`'s month (the last month to `asOf`'s day, last year's to the same day). */
  months: MonthIncome[];
}

/**
 * 收入同比: rent income (net of refunds) received from 1 January to `asOf`, against the same period a year earlier (to
 * the same day last year), in total and by month.
 */
export function incomeComparison(incomes: readonly { receivedOn: string; amountFen: number }[], asOf: string): IncomeComparison {
  const year = asOf.slice(0, 4);
  const from = `${year}-01-01`;
  const lastTo = sameDayLastYear(asOf);
  const lastFrom = `${lastTo.slice(0, 4)}-01-01`;
  const lastMonth = Number(asOf.slice(5, 7));
  const months: MonthIncome[] = Array.from({ length: lastMonth }, (_, k) => ({ month: k + 1, thisYearFen: 0, lastYearFen: 0 }));
  let thisYearFen = 0;
  let lastYearFen = 0;
  for (const i of incomes) {
    if (from <= i.receivedOn && i.receivedOn <= asOf) {
      thisYearFen += i.amountFen;
      months[Number(i.receivedOn.slice(5, 7)) - 1]!.thisYearFen += i.amountFen;
    } else if (lastFrom <= i.receivedOn && i.receivedOn <= lastTo) {
      lastYearFen += i.amountFen;
      months[Number(i.receivedOn.slice(5, 7)) - 1]!.lastYearFen += i.amountFen;
    }
  }
  const changeBp = lastYearFen > 0 ? Math.sign(thisYearFen - lastYearFen) * rateBp(Math.abs(thisYearFen - lastYearFen), lastYearFen)! : null;
  return { from, to: asOf, lastFrom, lastTo, thisYearFen, lastYearFen, changeBp, months };
}

export interface Arrears extends AgeingBuckets {
  /** Contracts with rent past due and unpaid. */
  contracts: number;
}

/** 欠租: what is past due and unpaid on `asOf`, summed over contracts, by age (the policy's buckets). */
export function arrears(contracts: readonly { instalments: readonly OpenInstalment[] }[], asOf: string, policy: LeasingPolicy): Arrears {
  const total: Arrears = { notDueFen: 0, bucketsFen: new Array<number>(policy.ageingBucketDays.length + 1).fill(0), overdueFen: 0, contracts: 0 };
  for (const c of contracts) {
    const a = arrearsAgeing(c.instalments, asOf, policy);
    if (a.overdueFen > 0) total.contracts++;
    total.overdueFen += a.overdueFen;
    total.notDueFen += a.notDueFen;
    a.bucketsFen.forEach((v, k) => (total.bucketsFen[k]! += v));
  }
  return total;
}
