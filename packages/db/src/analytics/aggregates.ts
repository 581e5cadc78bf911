import type { EntityManager } from '@mikro-orm/core';
import { codeLabel, customPeriod, monthsOf, shanghaiMidnight, type Locale } from '@wuye/domain';
import { dialectOf, endOfDay, num, run, type Dialect } from './sql.js';
import { clock } from '../clock.js';
import { familyVersion, keptUnderLiveToken, liveToken, monthVersion } from './rollups.js';
import type { LiveFamily } from './live-families.js';
import { enterpriseScopeSql, routedScopeSql, type AnalyticsFilter, type DataScope, type ScopeSql } from './scope.js';

/**
 * Analysts' aggregates: counts and sums of issues, complaints, credit records and firms, grouped by up to two
 * dimensions, in one GROUP BY statement.
 */
export const AGGREGATE_SUBJECTS = ['ISSUES', 'COMPLAINTS', 'CREDIT_RECORDS', 'ENTERPRISES'] as const;
export type AggregateSubject = (typeof AGGREGATE_SUBJECTS)[number];
export const AGGREGATE_DIMENSIONS = ['TOWNSHIP', 'DEPARTMENT', 'ENTERPRISE', 'MONTH', 'CATEGORY', 'STATE', 'GRADE', 'ITEM_CODE', 'CHANNEL'] as const;
export type AggregateDimension = (typeof AGGREGATE_DIMENSIONS)[number];

/** The same filter as the exports': analysts narrow an aggregate and its export alike. */
export type AggregateFilter = AnalyticsFilter;

export interface AggregateRow {
  keys: (string | null)[];
  labels: (string | null)[];
  count: number;
  /** Per subject: ISSUES closed / overdue / flagged; COMPLAINTS responded / collective / dissatisfied; CREDIT_RECORDS points / negative; ENTERPRISES avgScore / red / black. */
  measures: Record<string, number>;
}

interface SubjectSpec {
  from: string;
  dims: Partial<Record<AggregateDimension, { key: string; label?: { table: string; col: string } }>>;
  measures: (d: Dialect) => { sql: string; params: unknown[] };
  date: { col: string; instant: boolean } | null;
  cols: { township: string; enterprise: string; department?: string; category?: string; state: string };
  scope: (s: DataScope) => ScopeSql;
}

const sum = (cond: string) => `sum(case when ${cond} then 1 else 0 end)`;

function specs(d: Dialect, today: string): Record<AggregateSubject, SubjectSpec> {
  const name = (table: string) => ({ table, col: 'name' });
  /** Issues and complaints (alias `a`) are routed alike: grouped, filtered and scoped by township, firm, department, category and state. */
  const routed = (dateCol: string, more: SubjectSpec['dims'] = {}): Pick<SubjectSpec, 'dims' | 'date' | 'cols' | 'scope'> => ({
    dims: {
      TOWNSHIP: { key: 'a.township_id', label: name('township') },
      DEPARTMENT: { key: 'a.department_id', label: name('department') },
      ENTERPRISE: { key: 'a.enterprise_id', label: name('enterprise') },
      MONTH: { key: d.shanghaiMonth(dateCol) },
      CATEGORY: { key: 'a.category' },
      STATE: { key: 'a.state' },
      ...more,
    },
    date: { col: dateCol, instant: true },
    cols: { township: 'a.township_id', enterprise: 'a.enterprise_id', department: 'a.department_id', category: 'a.category', state: 'a.state' },
    scope: (s) => routedScopeSql(s, 'a'),
  });
  return {
    ISSUES: {
      from: 'issue a',
      ...routed('a.created_at'),
      measures: () => ({
        sql: `${sum(`a.state = 'CLOSED'`)} as closed, ${sum(`a.state <> 'CLOSED' and a.deadline < ?`)} as overdue, ${sum(d.isTrue('a.flagged'))} as flagged`,
        params: [today],
      }),
    },
    COMPLAINTS: {
      from: 'complaint a',
      ...routed('a.received_at', { CHANNEL: { key: 'a.channel' } }),
      measures: () => ({
        sql: `${sum('a.responded_at is not null')} as responded, ${sum('a.complainant_count >= 10')} as collective, ${sum(`a.follow_up_rating = 'DISSATISFIED'`)} as dissatisfied`,
        params: [],
      }),
    },
    CREDIT_RECORDS: {
      from: 'credit_record a join enterprise e on e.id = a.enterprise_id',
      dims: {
        TOWNSHIP: { key: 'e.township_id', label: name('township') },
        ENTERPRISE: { key: 'a.enterprise_id', label: name('enterprise') },
        MONTH: { key: d.dateMonth('a.effective_from') },
        ITEM_CODE: { key: 'a.item_code' },
        STATE: { key: 'a.status' },
      },
      measures: () => ({ sql: `coalesce(sum(a.points), 0) as points, ${sum('a.points < 0')} as negative`, params: [] }),
      date: { col: 'a.effective_from', instant: false },
      cols: { township: 'e.township_id', enterprise: 'a.enterprise_id', state: 'a.status' },
      scope: (s) => (s.kind === 'DEPARTMENT' ? { sql: '', params: [] } : enterpriseScopeSql(s, 'e')),
    },
    ENTERPRISES: {
      from: 'enterprise a',
      dims: {
        TOWNSHIP: { key: 'a.township_id', label: name('township') },
        GRADE: { key: 'a.grade' },
        STATE: { key: 'a.list_status' },
      },
      measures: () => ({ sql: `avg(a.score) as avg_score, ${sum(`a.list_status = 'RED'`)} as red, ${sum(`a.list_status = 'BLACK'`)} as black`, params: [] }),
      date: null,
      cols: { township: 'a.township_id', enterprise: 'a.id', state: 'a.list_status' },
      scope: (s) => enterpriseScopeSql(s, 'a'),
    },
  };
}

export class AggregateError extends Error {
  constructor(
    readonly field: string,
    readonly code: string,
  ) {
    super(`${field}: ${code}`);
  }
}

const CODE_DIMENSIONS = new Set<AggregateDimension>(['CATEGORY', 'STATE', 'CHANNEL']);

type AggregateQuery = {
  subject: AggregateSubject;
  groupBy: readonly AggregateDimension[];
  filter: AggregateFilter;
  scope: DataScope;
  today?: string;
  locale?: Locale;
};

/**
 * Issues and complaints depend only on KPI facts (and the day, the scope, the filter): their aggregates are kept under
 * the live tokens of their family and of the groups' names, like the running month's KPIs (rollups.ts), so the home's
 * issues-by-category chart is not recomputed from a year of issues on every request. Over a range of dates, each
 * calendar month of it is computed and kept on its own, under that month's token (live-families.ts MONTHLY_FAMILIES):
 * every measure is a count, so the months add up to the range, and a write recomputes only the month it dates. Credit
 * records and firms change in bulk jobs: computed every time.
 */
export async function aggregate(em: EntityManager, q: AggregateQuery): Promise<AggregateRow[]> {
  if (q.subject !== 'ISSUES' && q.subject !== 'COMPLAINTS') return computeAggregate(em, q);
  const today = q.today ?? clock.today();
  const family: LiveFamily = q.subject === 'ISSUES' ? 'ISSUES' : 'COMPLAINTS';
  const tokens = await liveToken(em);
  const keyOf = (filter: AggregateFilter) => JSON.stringify(['aggregate', q.subject, q.groupBy, filter, q.scope, today, q.locale ?? 'zh-CN']);
  const range = q.filter.from && q.filter.to ? customPeriod(q.filter.from, q.filter.to) : null;
  const months = range ? monthsOf(range) : [];
  // Grouped by firm, an answer has a row per firm: kept whole, not once per month.
  if (!tokens || months.length < 2 || months.length > MONTHS_KEPT_APART || q.groupBy.includes('ENTERPRISE')) {
    const rows = await keptUnderLiveToken(em, familyVersion(tokens, [family, 'GROUPS']), keyOf(q.filter), () => computeAggregate(em, { ...q, today }));
    return rows.map(copyAggregateRow);
  }
  const parts: AggregateRow[][] = [];
  for (const m of months) {
    const filter = { ...q.filter, from: m.from, to: m.to };
    parts.push(await keptUnderLiveToken(em, monthVersion(tokens, family, m.label), keyOf(filter), () => computeAggregate(em, { ...q, filter, today })));
  }
  return addUp(parts, q.groupBy);
}

/** At most this many months of a range are computed and kept one by one; a longer range is one statement. */
const MONTHS_KEPT_APART = 36;

const copyAggregateRow = (r: AggregateRow): AggregateRow => ({ ...r, keys: [...r.keys], labels: [...r.labels], measures: { ...r.measures } });

/** The rows of several disjoint parts of one aggregate added up, group by group, in the aggregate's order. */
function addUp(parts: AggregateRow[][], groupBy: readonly AggregateDimension[]): AggregateRow[] {
  const out = new Map<string, AggregateRow>();
  for (const rows of parts)
    for (const r of rows) {
      const id = JSON.stringify(r.keys);
      const sum = out.get(id);
      if (!sum) {
        out.set(id, copyAggregateRow(r));
        continue;
      }
      sum.count += r.count;
      for (const [k, v] of Object.entries(r.measures)) sum.measures[k] = (sum.measures[k] ?? 0) + v;
    }
  return inOrder([...out.values()], groupBy);
}

/** Groups named by a row of another table are keyed by its numeric id. */
const ID_DIMENSIONS = new Set<AggregateDimension>(['TOWNSHIP', 'DEPARTMENT', 'ENTERPRISE']);

/**
 * The aggregate's order, the same on both databases whatever PostgreSQL's collation: by each key in turn, ids as
 * numbers, codes and months by code point, rows without a key last.
 */
function inOrder(rows: AggregateRow[], groupBy: readonly AggregateDimension[]): AggregateRow[] {
  const cmp = (a: string | null, b: string | null, numeric: boolean) => {
    if (a === b) return 0;
    if (a == null) return 1;
    if (b == null) return -1;
    if (numeric) return Number(a) - Number(b);
    return a < b ? -1 : 1;
  };
  return rows.sort((x, y) => {
    for (let i = 0; i < groupBy.length; i++) {
      const c = cmp(x.keys[i] ?? null, y.keys[i] ?? null, ID_DIMENSIONS.has(groupBy[i]!));
      if (c) return c;
    }
    return 0;
  });
}

async function computeAggregate(em: EntityManager, q: AggregateQuery): Promise<AggregateRow[]> {
  const d = dialectOf(em);
  const spec = specs(d, q.today ?? clock.today())[q.subject];
  if (q.groupBy.length > 2) throw new AggregateError('groupBy', 'TOO_MANY');
  const dims = q.groupBy.map((g) => {
    const dim = spec.dims[g];
    if (!dim) throw new AggregateError('groupBy', 'UNKNOWN_CATEGORY');
    return dim;
  });
  const select: string[] = [];
  const joins: string[] = [];
  const group: string[] = [];
  // On SQLite the grouping keys are written `+key`, so that no index on a key column can be taken to deliver the rows
  // in group order: with STAT4 samples (better-sqlite3's SQLite keeps them when ANALYZE runs) SQLite estimated the
  // home's year-to-date issues by category cheaper through issue_category_index — all 1,000,000 issues walked and each
  // read from the table (1.2 s of CPU at province scale) — than the date range of the covering issue_kpi_created_index
  // and a sort of its ≈ 550,000 entries (0.5 s); docs/benchmarks.md. PostgreSQL has no unary plus on text and plans
  // this well on its own.
  const groupKey = (key: string) => (d.driver === 'sqlite' ? `+${key}` : key);
  dims.forEach((dim, i) => {
    select.push(`${groupKey(dim.key)} as k${i}`);
    group.push(groupKey(dim.key));
    if (dim.label) {
      joins.push(` left join ${dim.label.table} l${i} on l${i}.id = ${dim.key}`);
      select.push(`l${i}.${dim.label.col} as n${i}`);
      group.push(`l${i}.${dim.label.col}`);
    }
  });
  const measures = spec.measures(d);
  const where: string[] = [];
  const params: unknown[] = [];
  const f = q.filter;
  const add = (sql: string, v: unknown) => {
    if (v == null || v === '') return;
    where.push(sql);
    params.push(v);
  };
  add(`${spec.cols.township} = ?`, f.townshipId);
  add(`${spec.cols.enterprise} = ?`, f.enterpriseId);
  if (spec.cols.department) add(`${spec.cols.department} = ?`, f.departmentId);
  if (spec.cols.category) add(`${spec.cols.category} = ?`, f.category);
  add(`${spec.cols.state} = ?`, f.state);
  if (spec.date) {
    if (f.from) add(`${spec.date.col} >= ?`, spec.date.instant ? d.instant(shanghaiMidnight(f.from)) : f.from);
    if (f.to) add(spec.date.instant ? `${spec.date.col} < ?` : `${spec.date.col} <= ?`, spec.date.instant ? d.instant(endOfDay(f.to)) : f.to);
  }
  const scope = spec.scope(q.scope);
  const sql = `select ${[...select, 'count(*) as cnt', measures.sql].join(', ')} from ${spec.from}${joins.join('')}
    where 1 = 1${where.map((w) => ` and ${w}`).join('')}${scope.sql}
    ${group.length ? `group by ${group.join(', ')}` : ''}`;
  const rows = await run(em, sql, [...measures.params, ...params, ...scope.params]);
  const answer = rows.map((r) => {
    const { cnt, ...rest } = r;
    const measureValues: Record<string, number> = {};
    for (const [k, v] of Object.entries(rest))
      if (!/^[kn]\d$/.test(k)) measureValues[k === 'avg_score' ? 'avgScore' : k] = k === 'avg_score' ? Math.round(num(v) * 100) / 100 : num(v);
    return {
      keys: dims.map((_, i) => (r[`k${i}`] == null ? null : String(r[`k${i}`]))),
      // Codes (categories, states, channels) are labelled by name; keys stay codes for filtering.
      labels: dims.map((dim, i) => {
        if (dim.label) return r[`n${i}`] == null ? null : String(r[`n${i}`]);
        if (r[`k${i}`] == null) return null;
        return CODE_DIMENSIONS.has(q.groupBy[i]!) ? codeLabel(String(r[`k${i}`]), q.locale ?? 'zh-CN') : String(r[`k${i}`]);
      }),
      count: num(cnt),
      measures: measureValues,
    };
  });
  return inOrder(answer, q.groupBy);
}
