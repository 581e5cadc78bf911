import { ISSUE_CATEGORIES, type IssueCategory } from '../enums.js';
import type { KpiCode } from './definitions.js';
import { asOfDay, monthPeriod, type Period } from './periods.js';

/**
 * Every figure on the KPI home opens the rows behind it (docs/kpi.md "Drill-down"): which list, with which filter.
 * The filter keys are the list's own (GraphQL `IssueFilter`, `ComplaintFilter`, `CommunityFilter`; the ranking
 * page's `?grade=&township=`), so the rows shown are the ones the KPI counted — for a ratio, its denominator, each row
 * saying by its state whether it is in the numerator. The dashboard only turns the result into a link.
 */
export type DrillList = 'issues' | 'complaints' | 'communities' | 'projectManagers' | 'ranking' | 'campaign';

export type DrillValue = string | number | boolean;

export interface DrillDown {
  list: DrillList;
  /** The list's filter (react-admin `?filter=` for resources, query parameters for pages). */
  filter: Record<string, DrillValue>;
}

export interface DrillContext {
  period: Period;
  /** YYYY-MM-DD, Asia/Shanghai: stock KPIs of a period still running are counted as of today. */
  today: string;
  /** The township the home is narrowed to, if any. */
  townshipId?: string | null;
}

const withTownship = (filter: Record<string, DrillValue>, townshipId: string | null | undefined): Record<string, DrillValue> =>
  townshipId ? { ...filter, townshipId } : filter;

/**
 * The list behind a KPI card for the period: the issues registered in it (close-off rate), closed in it (on-time
 * rate), overdue as of its last day or today (overdue issues), the complaints received (timeliness) or visited
 * (satisfaction) in it, the communities of a kind (coverage, committees), the managers (training), the ranking
 * (credit), the campaign plan (milestones). Null for a code without a list.
 */
export function kpiDrillDown(code: KpiCode, ctx: DrillContext): DrillDown | null {
  const { period, today, townshipId } = ctx;
  const asOf = asOfDay(period, today);
  // A period that has not begun has no rows: keep its own dates so the list is honestly empty.
  const upTo = asOf < period.from ? period.from : asOf;
  switch (code) {
    case 'CLOSE_OFF_RATE':
      return { list: 'issues', filter: withTownship({ createdFrom: period.from, createdTo: upTo }, townshipId) };
    case 'ON_TIME_RATE':
      return { list: 'issues', filter: withTownship({ closedFrom: period.from, closedTo: upTo }, townshipId) };
    case 'OVERDUE_ISSUES':
      // Today's overdue issues are the list's own quick filter (逾期), so its chip lights up.
      return { list: 'issues', filter: withTownship(asOf === today ? { overdue: true } : { overdueOn: asOf }, townshipId) };
    case 'COMPLAINT_TIMELINESS':
      return { list: 'complaints', filter: withTownship({ receivedFrom: period.from, receivedTo: period.to }, townshipId) };
    case 'SATISFACTION':
      return { list: 'complaints', filter: withTownship({ closedFrom: period.from, closedTo: period.to, rated: true }, townshipId) };
    case 'NEW_RESIDENTIAL_COVERAGE':
      return { list: 'communities', filter: withTownship({ type: 'NEW_RESIDENTIAL' }, townshipId) };
    case 'OLD_COMMUNITY_COVERAGE':
      return { list: 'communities', filter: withTownship({ type: 'OLD' }, townshipId) };
    case 'COMMITTEE_FORMATION':
      return { list: 'communities', filter: withTownship({}, townshipId) };
    case 'TRAINING':
      return { list: 'projectManagers', filter: {} };
    case 'CREDIT_DISTRIBUTION':
      return { list: 'ranking', filter: townshipId ? { township: townshipId } : {} };
    case 'CAMPAIGN_MILESTONES':
      return { list: 'campaign', filter: {} };
  }
}

/** A bar of the grade chart: the ranking narrowed to that grade; null for the firms not rated yet (the ranking has none). */
export function gradeDrillDown(grade: string | null, townshipId?: string | null): DrillDown | null {
  if (grade === null) return null;
  return { list: 'ranking', filter: { grade, ...(townshipId ? { township: townshipId } : {}) } };
}

/** A township's bar (close-off and on-time rates): the issues registered there in the period. */
export function townshipDrillDown(townshipId: string, ctx: Omit<DrillContext, 'townshipId'>): DrillDown {
  return kpiDrillDown('CLOSE_OFF_RATE', { ...ctx, townshipId })!;
}

/** A month's point of the trend chart: the KPI's list for that month. */
export function monthDrillDown(code: KpiCode, month: string, ctx: Omit<DrillContext, 'period'>): DrillDown | null {
  const period = monthPeriod(month);
  return period ? kpiDrillDown(code, { ...ctx, period }) : null;
}

/** A category's bar: the issues of that category registered in the period. */
export function categoryDrillDown(category: string, ctx: DrillContext): DrillDown | null {
  if (!ISSUE_CATEGORIES.includes(category as IssueCategory)) return null;
  const base = kpiDrillDown('CLOSE_OFF_RATE', ctx)!;
  return { list: 'issues', filter: { ...base.filter, category } };
}

const PAGE_PATHS: Record<DrillList, string> = {
  issues: '/issues',
  complaints: '/complaints',
  communities: '/communities',
  projectManagers: '/projectManagers',
  ranking: '/ranking',
  campaign: '/campaign',
};

/**
 * The router path of a drill-down: resources take react-admin's `?filter=<JSON>&displayedFilters=<JSON>` (and start
 * on page 1), pages (ranking, campaign) plain query parameters.
 */
export function drillDownPath(d: DrillDown): string {
  const path = PAGE_PATHS[d.list];
  const entries = Object.entries(d.filter);
  if (d.list === 'ranking' || d.list === 'campaign') {
    return entries.length ? `${path}?${new URLSearchParams(entries.map(([k, v]): [string, string] => [k, String(v)])).toString()}` : path;
  }
  if (!entries.length) return path;
  // Shown as filter inputs too, so the reader sees what narrowed the list and can take it off.
  const displayed = Object.fromEntries(entries.map(([k]) => [k, true]));
  return `${path}?${new URLSearchParams({ filter: JSON.stringify(d.filter), displayedFilters: JSON.stringify(displayed), page: '1' }).toString()}`;
}
