/** Data shaping of the home's charts: API rows → recharts series and the text alternative's rows. */

export interface KpiPoint {
  code: string;
  value: number | null;
}

export interface MonthRow {
  month: string | null;
  kpis: KpiPoint[];
}

export interface GroupRow {
  groupId: string | null;
  groupName: string | null;
  kpis: KpiPoint[];
}

/** One point of a chart: its label and a value per KPI code (null: no data). */
export type SeriesPoint = { key: string; label: string } & Record<string, number | string | null>;

const valuesOf = (kpis: readonly KpiPoint[], codes: readonly string[]) =>
  Object.fromEntries(codes.map((code) => [code, kpis.find((k) => k.code === code)?.value ?? null]));

/** Months of a year in order, labelled `1`…`12` (the axis adds 月); months after `upTo` (the current one) are left out. */
export function trendSeries(rows: readonly MonthRow[], codes: readonly string[], upTo = '9999-12'): SeriesPoint[] {
  return rows
    .filter((r): r is MonthRow & { month: string } => !!r.month && r.month <= upTo)
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((r) => ({ key: r.month, label: String(Number(r.month.slice(5, 7))), ...valuesOf(r.kpis, codes) }));
}

/** Townships side by side, in the API's order (by name). */
export function groupSeries(rows: readonly GroupRow[], codes: readonly string[]): SeriesPoint[] {
  return rows.filter((r) => r.groupId != null).map((r) => ({ key: r.groupId!, label: r.groupName ?? r.groupId!, ...valuesOf(r.kpis, codes) }));
}

/** True when no point has a value for any code: the chart shows "no data for this period". */
export const isEmptySeries = (points: readonly SeriesPoint[], codes: readonly string[]): boolean => points.every((p) => codes.every((code) => p[code] == null));

export interface AggregateRow {
  keys: (string | null)[];
  labels: (string | null)[];
  count: number;
}

export interface CategoryCount {
  category: string;
  count: number;
}

/** Issues per category, most first; categories without issues are left out. */
export function categorySeries(rows: readonly AggregateRow[]): CategoryCount[] {
  return rows
    .filter((r) => r.keys[0] != null && r.count > 0)
    .map((r) => ({ category: r.keys[0]!, count: r.count }))
    .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
}

export interface CampaignData {
  name: string;
  startDate: string;
  endDate: string;
  currentPhase: { code: string; name: string } | null;
  phases: { code: string; name: string; startDate: string; endDate: string }[];
  milestones: { code: string; title: string; dueDate: string; state: 'DONE_ON_TIME' | 'DONE_LATE' | 'OVERDUE' | 'PENDING' }[];
}

export interface PhaseBar {
  code: string;
  name: string;
  startDate: string;
  endDate: string;
  /** Days from the campaign's start to the phase's first day. */
  offset: number;
  /** Days in the phase, both ends included. */
  days: number;
  current: boolean;
}

export interface CampaignTimeline {
  phases: PhaseBar[];
  /** Days from the campaign's start to today; null when today is outside the campaign. */
  today: number | null;
  totalDays: number;
  milestones: Record<CampaignData['milestones'][number]['state'], number>;
}

const DAY = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/** Day of the campaign → its date (`offset` 0 is the first day). */
export const campaignDate = (start: string, offset: number): string => new Date(Date.parse(`${start}T00:00:00Z`) + offset * DAY).toISOString().slice(0, 10);

/** The phases as bars on a day axis from the campaign's first day, today's mark and the milestones by state. */
export function campaignTimeline(campaign: CampaignData, today: string): CampaignTimeline {
  const totalDays = daysBetween(campaign.startDate, campaign.endDate) + 1;
  const todayOffset = daysBetween(campaign.startDate, today);
  const milestones = { DONE_ON_TIME: 0, DONE_LATE: 0, OVERDUE: 0, PENDING: 0 };
  for (const m of campaign.milestones) milestones[m.state] += 1;
  return {
    phases: [...campaign.phases]
      .sort((a, b) => a.startDate.localeCompare(b.startDate))
      .map((p) => ({
        code: p.code,
        name: p.name,
        startDate: p.startDate,
        endDate: p.endDate,
        offset: daysBetween(campaign.startDate, p.startDate),
        days: daysBetween(p.startDate, p.endDate) + 1,
        current: campaign.currentPhase?.code === p.code,
      })),
    today: todayOffset >= 0 && todayOffset < totalDays ? todayOffset : null,
    totalDays,
    milestones,
  };
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The options of `app.kpi.chart.monthLabel` for month `m` (1–12): its number in Chinese (11月), its name in English (Nov). */
export const monthLabelOptions = (m: string | number, locale: string) => ({
  month: locale.startsWith('en') ? (MONTH_NAMES[Number(m) - 1] ?? String(m)) : String(Number(m)),
});
