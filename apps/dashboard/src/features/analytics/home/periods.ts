import { parsePeriod } from '@wuye/domain';
import { serverNow } from '../../../common/clock';
import { todayInShanghai } from '../../../common/dates';

/**
 * The period filter of the home: a month (default: the last complete one, so early in a month the cards are not
 * mostly "—"; the current month is there as "month to date"), a quarter or a year.
 */
export type PeriodKind = 'MONTH' | 'QUARTER' | 'YEAR';
export const PERIOD_FILTER_KINDS: readonly PeriodKind[] = ['MONTH', 'QUARTER', 'YEAR'];

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-11` for 2026-11-27 in Shanghai. */
export const currentMonth = (now: Date = serverNow()): string => todayInShanghai(now).slice(0, 7);

/** The month before `month` (`2026-10` for `2026-11`, `2025-12` for `2026-01`): the last complete month. */
export function lastCompleteMonth(month: string): string {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
}

/** Whether a period is still running (holds the current month): its figures are "to date". */
export function isRunning(period: string, month: string): boolean {
  const p = parsePeriod(period);
  return !!p && p.from <= `${month}-01` && `${month}-01` <= p.to;
}

export function periodKindOf(label: string): PeriodKind {
  if (/^\d{4}$/.test(label)) return 'YEAR';
  if (/^\d{4}Q[1-4]$/.test(label)) return 'QUARTER';
  return 'MONTH';
}

/**
 * The choices of a kind, newest first, up to the current one: months of this year and last year, the last eight
 * quarters, the last three years.
 */
export function periodChoices(kind: PeriodKind, month: string): string[] {
  const year = Number(month.slice(0, 4));
  const monthNo = Number(month.slice(5, 7));
  const out: string[] = [];
  if (kind === 'MONTH') {
    for (let y = year; y >= year - 1; y -= 1) for (let m = y === year ? monthNo : 12; m >= 1; m -= 1) out.push(`${y}-${pad(m)}`);
  } else if (kind === 'QUARTER') {
    let [y, q] = [year, Math.ceil(monthNo / 3)];
    for (let i = 0; i < 8; i += 1) {
      out.push(`${y}Q${q}`);
      [y, q] = q === 1 ? [y - 1, 4] : [y, q - 1];
    }
  } else {
    for (let y = year; y > year - 3; y -= 1) out.push(String(y));
  }
  return out;
}

/** What switching the kind selects: the last complete month; the latest quarter or year. */
export const defaultPeriod = (kind: PeriodKind, month: string): string => (kind === 'MONTH' ? lastCompleteMonth(month) : periodChoices(kind, month)[0]!);

/** A period from the URL if it is a month, quarter or year not after the current month; otherwise the last complete month. */
export function normalizePeriod(value: string | null | undefined, month: string): string {
  const fallback = lastCompleteMonth(month);
  if (!value) return fallback;
  const period = parsePeriod(value);
  if (!period || period.kind === 'CUSTOM' || period.from > `${month}-31`) return fallback;
  return period.label;
}

/** The year a period falls in (the trend chart shows its months). */
export const yearOf = (period: string): number => Number(period.slice(0, 4));

/** Words for a period: `app.kpi.period.*` with year / month / quarter. */
export function periodText(period: string, translate: (key: string, options?: Record<string, unknown>) => string): string {
  const year = period.slice(0, 4);
  const kind = periodKindOf(period);
  if (kind === 'YEAR') return translate('app.kpi.period.yearText', { year });
  if (kind === 'QUARTER') return translate('app.kpi.period.quarterText', { year, quarter: period.slice(5) });
  return translate('app.kpi.period.monthText', { year, month: Number(period.slice(5, 7)) });
}
