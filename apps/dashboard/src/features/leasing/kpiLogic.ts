/** Pure helpers of the leasing KPI page: the numbers come from the server (leasingKpis); this only formats them. */

/** Basis points as a percentage with one decimal ("77.5%"); "—" when there is nothing to divide by. */
export function bpPercent(bp: number | null | undefined): string {
  if (bp == null) return '—';
  return `${(bp / 100).toFixed(1)}%`;
}

/** A signed change in basis points ("+32.0%", "-7.5%"); "—" without a base. */
export function bpChange(bp: number | null | undefined): string {
  if (bp == null) return '—';
  return `${bp > 0 ? '+' : ''}${(bp / 100).toFixed(1)}%`;
}

/** Fen as yuan with thousands separators and two decimals (123456 → "1,234.56"). */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100).toLocaleString('en-US')}.${String(abs % 100).padStart(2, '0')}`;
}

/** Fen as whole yuan for chart axes and bars. */
export const yuanValue = (fen: number): number => Math.round(fen / 100);

/** Hundredths of a m² as m² ("1,234.5"). */
export const squareMetres = (centi: number): string => (centi / 100).toLocaleString('en-US', { maximumFractionDigits: 2 });

export interface IncomeBar {
  month: number;
  thisYear: number;
  lastYear: number;
}

/** Income by month in yuan, this year against last. */
export function incomeBars(months: readonly { month: number; thisYearFen: number; lastYearFen: number }[]): IncomeBar[] {
  return months.map((m) => ({ month: m.month, thisYear: yuanValue(m.thisYearFen), lastYear: yuanValue(m.lastYearFen) }));
}

/** On-time collection by month of the due date, as a ratio 0–1 (null in a month with nothing due: no point drawn). */
export function collectionPoints(
  months: readonly { month: number | null; rateBp: number | null; dueFen: number }[],
): { month: number; rate: number | null; due: number }[] {
  return months.map((m, i) => ({ month: m.month ?? i + 1, rate: m.rateBp == null ? null : m.rateBp / 10000, due: yuanValue(m.dueFen) }));
}

/** Arrears by age in yuan, with the server's bucket labels. */
export function ageingBars(arrears: { bucketsFen: readonly number[]; bucketLabels: readonly string[] }): { label: string; amount: number }[] {
  return arrears.bucketsFen.map((fen, i) => ({ label: arrears.bucketLabels[i] ?? String(i + 1), amount: yuanValue(fen) }));
}
