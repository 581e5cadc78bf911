import { MAX_DATE, addDays, addMonths, isIsoDate } from '../dates.js';
import { RECORD_MIN_DATE } from '../input-policy.js';

/**
 * Reporting periods: calendar months, quarters, years or a custom range of Shanghai calendar days, both ends
 * inclusive (`from`…`to`, YYYY-MM-DD). The previous period is the one of the same kind just before: the month
 * before, the quarter before, the year before; for a custom range the same number of days just before it.
 */
export const PERIOD_KINDS = ['MONTH', 'QUARTER', 'YEAR', 'CUSTOM'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  kind: PeriodKind;
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day (inclusive), YYYY-MM-DD. */
  to: string;
  /** `2026-03`, `2026Q1`, `2026` or `2026-03-10~2026-03-31`. */
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function monthPeriod(month: string): Period | null {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return null;
  const [y, mo] = [Number(m[1]), Number(m[2])];
  if (mo < 1 || mo > 12) return null;
  return { kind: 'MONTH', from: `${m[1]}-${m[2]}-01`, to: `${m[1]}-${m[2]}-${pad(lastDayOfMonth(y, mo))}`, label: month };
}

export function quarterPeriod(quarter: string): Period | null {
  const m = /^(\d{4})Q([1-4])$/.exec(quarter);
  if (!m) return null;
  const q = Number(m[2]);
  const first = (q - 1) * 3 + 1;
  const y = Number(m[1]);
  return { kind: 'QUARTER', from: `${m[1]}-${pad(first)}-01`, to: `${m[1]}-${pad(first + 2)}-${pad(lastDayOfMonth(y, first + 2))}`, label: quarter };
}

export function yearPeriod(year: string): Period | null {
  if (!/^\d{4}$/.test(year)) return null;
  return { kind: 'YEAR', from: `${year}-01-01`, to: `${year}-12-31`, label: year };
}

export function customPeriod(from: string, to: string): Period | null {
  if (!isIsoDate(from) || !isIsoDate(to) || to < from) return null;
  return { kind: 'CUSTOM', from, to, label: `${from}~${to}` };
}

/**
 * Parses a period label: `2026-03` (month), `2026Q1` (quarter), `2026` (year) or `2026-03-10~2026-03-31`
 * (custom). Null when it is none of these or lies outside 2000…2100.
 */
export function parsePeriod(label: string): Period | null {
  const s = label.trim();
  let p: Period | null;
  if (s.includes('~')) {
    const [from, to] = s.split('~') as [string, string];
    p = customPeriod(from.trim(), to.trim());
  } else p = monthPeriod(s) ?? quarterPeriod(s) ?? yearPeriod(s);
  // Years the platform can hold records for: "0000-01" or "9999" would only make the date arithmetic meaningless.
  return p && p.from >= RECORD_MIN_DATE && p.to <= MAX_DATE ? p : null;
}

/** Number of days in a period, both ends counted. */
export function periodDays(p: Period): number {
  const n = (s: string) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d) / 86_400_000;
  };
  return n(p.to) - n(p.from) + 1;
}

export function previousPeriod(p: Period): Period {
  switch (p.kind) {
    case 'MONTH':
      return monthPeriod(addMonths(p.from, -1).slice(0, 7))!;
    case 'QUARTER': {
      const start = addMonths(p.from, -3);
      return quarterPeriod(`${start.slice(0, 4)}Q${(Number(start.slice(5, 7)) - 1) / 3 + 1}`)!;
    }
    case 'YEAR':
      return yearPeriod(String(Number(p.from.slice(0, 4)) - 1).padStart(4, '0'))!;
    case 'CUSTOM': {
      const to = addDays(p.from, -1);
      return customPeriod(addDays(to, 1 - periodDays(p)), to)!;
    }
  }
}

/** The calendar months a period touches, in order, each clipped to the period (`2026-03-10`…`2026-03-31`). */
export function monthsOf(p: Period): Period[] {
  const out: Period[] = [];
  let month = p.from.slice(0, 7);
  while (month <= p.to.slice(0, 7)) {
    const m = monthPeriod(month)!;
    out.push({ kind: 'MONTH', from: m.from < p.from ? p.from : m.from, to: m.to > p.to ? p.to : m.to, label: month });
    month = addMonths(`${month}-01`, 1).slice(0, 7);
  }
  return out;
}

/** Whether a date lies in the period (both ends inclusive). */
export function inPeriod(date: string, p: Period): boolean {
  return date >= p.from && date <= p.to;
}

/**
 * The day a period's figures are taken on: its last day, or today while the period is still running.
 * Stock figures (overdue issues, coverage) are counted as of this day.
 */
export function asOfDay(p: Period, today: string): string {
  return p.to < today ? p.to : today < p.from ? p.from : today;
}
