import { formatPercent as formatRatio } from '@wuye/domain';
import { formatDate, formatDateTime } from './dates';

/**
 * One place for how the dashboard writes numbers, dates and percentages (zh-CN, Asia/Shanghai): the pages import
 * these instead of calling `toFixed`, `toLocaleString()` (the browser's locale) or showing ISO strings.
 */

/** The locale numbers are written in; react-admin's NumberField takes it as `locales`. */
export const NUMBER_LOCALE = 'zh-CN';

export { formatDate, formatDateTime };

const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(minimumFractionDigits: number, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${minimumFractionDigits}-${maximumFractionDigits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(NUMBER_LOCALE, { minimumFractionDigits, maximumFractionDigits, useGrouping: true });
    formats.set(key, format);
  }
  return format;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** `12345.6` → `12,345.6` (at most `digits` decimals, grouped); not a number → ''. */
export function formatNumber(value: unknown, digits = 2): string {
  return isNumber(value) ? numberFormat(0, digits).format(value) : '';
}

/** Exactly `digits` decimals, grouped: money (`1,234,567.00`), areas. */
export function formatDecimal(value: unknown, digits = 2): string {
  return isNumber(value) ? numberFormat(digits, digits).format(value) : '';
}

/** A credit or inspection score: one decimal (`85.0`, `1,002.5`). */
export function formatScore(value: unknown): string {
  return formatDecimal(value, 1);
}

/** A signed number of points: `+3`, `−5` (a real minus sign), `0`. */
export function formatPoints(value: unknown): string {
  if (!isNumber(value)) return '';
  const text = formatNumber(Math.abs(value), 1);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/** A ratio as a percentage with one decimal (0.953 → `95.3%`), the KPI formula's rounding; none → `—`. */
export function formatPercent(ratio: number | null | undefined): string {
  return formatRatio(isNumber(ratio) ? ratio : null);
}
