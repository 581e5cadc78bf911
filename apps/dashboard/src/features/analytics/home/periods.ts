import { parsePeriod } from '@wuye/domain';
import { serverNow } from '../../../common/clock';
import { todayInShanghai } from '../../../common/dates';

/** The period filter of the home: a month (default: the current one in Asia/Shanghai), a quarter or a year. */
export type PeriodKind = 'MONTH' | 'QUARTER' | 'YEAR';
export const PERIOD_FILTER_KINDS: readonly PeriodKind[] = ['MONTH', 'QUARTER', 'YEAR'];

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-11` for 2026-11-27 in Shanghai. */
export const currentMonth = (now: Date = serverNow()): string => todayInShanghai(now).slice(0, 7);

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

/** The latest choice of a kind (what switching the kind selects). */
export const defaultPeriod = (kind: PeriodKind, month: string): string => periodChoices(kind, month)[0]!;

/** A period from the URL if it is a month, quarter or year not after the current month; otherwise the current month. */
export function normalizePeriod(value: string | null | undefined, month: string): string {
  if (!value) return month;
  const period = parsePeriod(value);
  if (!period || period.kind === 'CUSTOM' || period.from > `${month}-31`) return month;
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
