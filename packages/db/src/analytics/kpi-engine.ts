import type { EntityManager } from '@mikro-orm/core';
import { KPI_DEFINITIONS, addDays, asOfDay, monthsOf, shanghaiMidnight, type IssueCategory, type KpiCode, type KpiGrouping, type Period } from '@wuye/domain';
import { dialectOf, endOfDay, num, run, type Dialect, type Raw } from './sql.js';

/**
 * The KPI engine (docs/product.md §6) as SQL: one aggregate statement per group of KPIs sharing their facts (issues
 * registered, closed, open; complaints received, visited; communities; training; credit; milestones) for a whole
 * period, county-wide or grouped by township, department, enterprise and/or month. Nothing is loaded row by row: each statement returns one line per (month, group).
 *
 * Months are "buckets": a small derived table of (index, label, start, end, as-of). Flow KPIs count each event once,
 * in the one bucket whose range holds its date (a range join the planner drives from the bucket table into an index
 * on the event time). Stock KPIs are evaluated as of each bucket's as-of day: overdue issues in one pass that
 * locates, per issue, the buckets it is open in (an expression over the sorted as-of instants), training per bucket
 * over the small manager table. Coverage reads the community history as of each bucket's as-of day; credit grades
 * (the current standings) are computed once and repeated for every bucket. The definitions in words are in @wuye/domain (kpi/definitions.ts); this file
 * follows them.
 */

export interface KpiFilter {
  townshipId?: number | null;
  enterpriseId?: number | null;
  /** Issues and complaints routed to the department; milestones it is responsible for. */
  departmentId?: number | null;
  /** Issues and complaints of one category. */
  category?: IssueCategory | null;
}

export interface KpiQuery {
  period: Period;
  /** At most one of TOWNSHIP, DEPARTMENT, ENTERPRISE, plus MONTH. Empty: county-wide. */
  groupBy: readonly KpiGrouping[];
  filter: KpiFilter;
  /** YYYY-MM-DD in Asia/Shanghai. */
  today: string;
  /** The current instant (complaints still inside their response window are not yet counted). */
  now: Date;
  firstResponseDays: number;
  /** Compute only these KPIs (the others stay empty); all when absent. */
  only?: readonly KpiCode[];
  /** Count only the issues registered on these days (Asia/Shanghai): one month's part of the issue KPIs (rollups.ts). */
  issuesCreated?: { from: string; to: string };
}

export interface KpiCell {
  /** False when the KPI cannot be broken down by this grouping (or has no data source yet). */
  applicable: boolean;
  numerator: number | null;
  denominator: number | null;
  /** CREDIT_DISTRIBUTION: firms per grade and RED / BLACK counts. */
  distribution?: Record<string, number>;
}

export interface KpiRow {
  /** YYYY-MM when grouped by month. */
  month: string | null;
  groupId: number | null;
  groupName: string | null;
  cells: Record<KpiCode, KpiCell>;
}

interface Bucket {
  key: string;
  from: string;
  to: string;
  asOf: string;
}

/** An owners' committee `oc` filed and in its term on bucket `b`'s as-of day. */
const IN_TERM = 'oc.filed_on <= b.ad and oc.term_start <= b.ad and oc.term_end >= b.ad';

/**
 * Every version of every community (alias `c`: id, township_id, enterprise_id, type, service_mode, valid_from,
 * valid_to): the community history, and for a community that has none (written by a seed, not a registry command)
 * its current row, in effect always.
 */
const COMMUNITY_AS_OF = `(select h.community_id as id, h.township_id, h.enterprise_id, h.type, h.service_mode, h.valid_from, h.valid_to from community_history h
  union all select c0.id, c0.township_id, c0.enterprise_id, c0.type, c0.service_mode, null, null from community c0
  where not exists (select 1 from community_history h0 where h0.community_id = c0.id)) c`;
/** The version `c` was the one in effect on bucket `b`'s as-of day. */
const IN_EFFECT = '(c.valid_from is null or c.valid_from <= b.ad) and (c.valid_to is null or c.valid_to > b.ad)';

type Dim = 'TOWNSHIP' | 'DEPARTMENT' | 'ENTERPRISE' | null;

const DIM_TABLE: Record<Exclude<Dim, null>, string> = { TOWNSHIP: 'township', DEPARTMENT: 'department', ENTERPRISE: 'enterprise' };

function bucketsOf(q: KpiQuery): Bucket[] {
  const months = q.groupBy.includes('MONTH') ? monthsOf(q.period) : [q.period];
  return months.map((m) => ({ key: m.label, from: m.from, to: m.to, asOf: asOfDay(m, q.today) }));
}

/** A piece of SQL with its placeholders' values in text order. */
interface Where {
  sql: string;
  params: unknown[];
}

/**
 * The buckets as a derived table `b` (j index from 0 in time order, k label, s start, e end-exclusive, ae as-of
 * end-exclusive as instants; sd, ed, ad the same as dates; yd the day a year before the as-of day).
 */
function bucketTable(d: Dialect, buckets: Bucket[]): Where {
  const params: unknown[] = [];
  const rows = buckets.map((b, j) => {
    params.push(
      b.key,
      d.instant(endOfDay(addDays(b.from, -1))),
      d.instant(endOfDay(b.to)),
      d.instant(endOfDay(b.asOf)),
      b.from,
      b.to,
      b.asOf,
      addDays(b.asOf, -365),
    );
    return `select ${j} as j, ${d.param('text')} as k, ${d.param('timestamptz')} as s, ${d.param('timestamptz')} as e, ${d.param('timestamptz')} as ae, ${d.param('date')} as sd, ${d.param('date')} as ed, ${d.param('date')} as ad, ${d.param('date')} as yd`;
  });
  return { sql: `(${rows.join(' union all ')}) b`, params };
}

/**
 * How many of the sorted `cuts` are <= `col`, as a balanced CASE (log2 comparisons a row, no join). A NULL column
 * counts every cut. With the buckets' as-of instants as cuts, bucket j's as-of moment is after `col` exactly when
 * j >= the result.
 */
function cutsAtOrBefore(d: Dialect, col: string, cuts: unknown[], type: 'timestamptz' | 'date'): Where {
  const params: unknown[] = [];
  const node = (lo: number, hi: number): string => {
    if (lo >= hi) return String(lo);
    const mid = (lo + hi) >> 1;
    params.push(cuts[mid]);
    return `case when ${col} < ${d.param(type)} then ${node(lo, mid)} else ${node(mid + 1, hi)} end`;
  };
  return { sql: node(0, cuts.length), params };
}

function where(parts: [string, unknown][]): Where {
  const used = parts.filter(([, v]) => v != null);
  return { sql: used.map(([s]) => ` and ${s}`).join(''), params: used.map(([, v]) => v) };
}

interface FamilyResult {
  key: string;
  gid: number | null;
  gname: string | null;
  values: Raw;
}

/**
 * Names the groups of an inner statement that returns `k` (bucket label) and `dk` (the group's id): the names are
 * joined once per group, not once per fact.
 */
async function named(em: EntityManager, dim: { col: string; table: string } | null, inner: Where): Promise<FamilyResult[]> {
  const sql = dim ? `select x.*, g.id as gid, g.name as gname from (${inner.sql}) x left join ${dim.table} g on g.id = x.dk` : inner.sql;
  const rows = await run(em, sql, inner.params);
  return rows.map((r) => ({ key: String(r.k), gid: r.gid == null ? null : Number(r.gid), gname: r.gname == null ? null : String(r.gname), values: r }));
}

/**
 * Runs one family statement: `select b.k, <dim>, <measures> from b cross join <facts> where <cond> group by b.k,
 * <dim>`. The bucket table comes first (CROSS JOIN keeps SQLite from reordering it), so a range condition on an
 * indexed column of the facts becomes one index range scan per bucket.
 */
async function family(
  em: EntityManager,
  d: Dialect,
  buckets: Bucket[],
  dim: { col: string; table: string } | null,
  measures: string,
  from: string,
  cond: string,
  filter: Where,
  params: { measures?: unknown[]; cond?: unknown[]; also?: string } = {},
): Promise<FamilyResult[]> {
  const b = bucketTable(d, buckets);
  const sql = `select b.k as k${dim ? `, ${dim.col} as dk` : ''}, ${measures} from ${b.sql} cross join ${from}${params.also ?? ''} where ${cond}${filter.sql} group by b.k${dim ? `, ${dim.col}` : ''}`;
  // Placeholders in text order: the measures' own, the bucket table, the condition's, then the filter.
  return named(em, dim, { sql, params: [...(params.measures ?? []), ...b.params, ...(params.cond ?? []), ...filter.params] });
}

/** The same figures for every bucket (the current credit standings): one statement. */
async function everyBucket(buckets: Bucket[], once: (bucket: Bucket) => Promise<FamilyResult[]>): Promise<FamilyResult[]> {
  const res = await once(buckets[buckets.length - 1]!);
  return buckets.flatMap((b) => res.map((r) => ({ ...r, key: b.key })));
}

function dimOf(groupBy: readonly KpiGrouping[]): Dim {
  return (groupBy.find((g) => g !== 'MONTH') as Dim | undefined) ?? null;
}

function applicable(code: KpiCode, groupBy: readonly KpiGrouping[]): boolean {
  const def = KPI_DEFINITIONS.find((k) => k.code === code)!;
  if (def.unavailable) return false;
  return groupBy.every((g) => def.groupings.includes(g));
}

/** Computes every KPI for the query: one row per month × group (one row county-wide when not grouped). */
export async function computeKpis(em: EntityManager, q: KpiQuery): Promise<KpiRow[]> {
  const d = dialectOf(em);
  const buckets = bucketsOf(q);
  const dim = dimOf(q.groupBy);
  const f = q.filter;
  const rows = new Map<string, KpiRow>();
  const rowFor = (key: string, gid: number | null, gname: string | null): KpiRow => {
    const id = `${key}|${gid ?? ''}`;
    let row = rows.get(id);
    if (!row) {
      row = {
        month: q.groupBy.includes('MONTH') ? key : null,
        groupId: gid,
        groupName: gname,
        cells: Object.fromEntries(
          KPI_DEFINITIONS.map((k) => [k.code, { applicable: applicable(k.code, q.groupBy), numerator: null, denominator: null }]),
        ) as Record<KpiCode, KpiCell>,
      };
      rows.set(id, row);
    }
    return row;
  };
  const put = (results: FamilyResult[], cells: [KpiCode, string, string][]) => {
    for (const r of results) {
      const row = rowFor(r.key, r.gid, r.gname);
      for (const [code, n, dn] of cells) {
        if (!row.cells[code].applicable) continue;
        row.cells[code].numerator = num(r.values[n]);
        row.cells[code].denominator = num(r.values[dn]);
      }
    }
  };
  /** Adds a second source's figures to cells a first one filled (or left empty). */
  const add = (results: FamilyResult[], cells: [KpiCode, string, string][]) => {
    for (const r of results) {
      const row = rowFor(r.key, r.gid, r.gname);
      for (const [code, n, dn] of cells) {
        if (!row.cells[code].applicable) continue;
        row.cells[code].numerator = (row.cells[code].numerator ?? 0) + (num(r.values[n]) ?? 0);
        row.cells[code].denominator = (row.cells[code].denominator ?? 0) + (num(r.values[dn]) ?? 0);
      }
    }
  };
  // Every month, and every township or department in view, gets a row even when nothing happened there.
  const groups = dim === 'TOWNSHIP' || dim === 'DEPARTMENT' ? await groupsInView(em, dim, f) : dim ? [] : [{ id: null, name: null }];
  for (const b of buckets) for (const g of groups) rowFor(b.key, g.id, g.name);
  const wants = (...codes: KpiCode[]) => codes.some((c) => applicable(c, q.groupBy) && (!q.only || q.only.includes(c)));
  const sum = (cond: string) => `sum(case when ${cond} then 1 else 0 end)`;

  const dimFor = (cols: Partial<Record<Exclude<Dim, null>, string>>) => (dim && cols[dim] ? { col: cols[dim]!, table: DIM_TABLE[dim] } : null);

  // Issues: close-off rate, on-time rate, overdue issues — one statement each, every issue looked at once.
  {
    const issueDim = dimFor({ TOWNSHIP: 'i.township_id', DEPARTMENT: 'i.department_id', ENTERPRISE: 'i.enterprise_id' });
    const filter = where([
      ['i.township_id = ?', f.townshipId],
      ['i.enterprise_id = ?', f.enterpriseId],
      ['i.department_id = ?', f.departmentId],
      ['i.category = ?', f.category],
      ['i.created_at >= ?', q.issuesCreated ? d.instant(shanghaiMidnight(q.issuesCreated.from)) : null],
      ['i.created_at < ?', q.issuesCreated ? d.instant(endOfDay(q.issuesCreated.to)) : null],
    ]);
    // Registered in the bucket (up to its as-of moment); closed by then. Issues closed before the bucket began count
    // in none of its measures.
    if (wants('CLOSE_OFF_RATE')) {
      const res = await family(
        em,
        d,
        buckets,
        issueDim,
        `count(*) as registered, ${sum('i.closed_at < b.ae')} as closed_of_registered`,
        'issue i',
        'i.created_at >= b.s and i.created_at < b.e and i.created_at < b.ae and (i.closed_at is null or i.closed_at >= b.s)',
        filter,
      );
      put(res, [['CLOSE_OFF_RATE', 'closed_of_registered', 'registered']]);
    }
    // Closed in the bucket (up to its as-of moment); on or before the deadline day.
    if (wants('ON_TIME_RATE')) {
      const res = await family(
        em,
        d,
        buckets,
        issueDim,
        `count(*) as closed_in, ${sum(`i.deadline is null or ${d.shanghaiDate('i.closed_at')} <= i.deadline`)} as on_time`,
        'issue i',
        'i.closed_at >= b.s and i.closed_at < b.e and i.closed_at < b.ae and i.created_at < b.ae',
        filter,
      );
      put(res, [['ON_TIME_RATE', 'on_time', 'closed_in']]);
    }
    // Open with a deadline at bucket j's as-of moment ae_j: created < ae_j <= closed (or never closed); overdue when
    // also deadline < ad_j. With ae and ad rising with j, each condition is "j >= (cuts <= value)": one pass counts
    // the issues per (first open bucket, first closed bucket, first overdue bucket, group), which are then spread
    // over the few buckets. Only issues open at some as-of moment are read: the never-closed ones and those closed
    // after the first as-of moment, two disjoint range reads of the index leading with closed_at (an OR would send
    // SQLite from the covering index back to the table for every row).
    if (wants('OVERDUE_ISSUES')) {
      const ae = buckets.map((b) => d.instant(endOfDay(b.asOf)));
      const opened = cutsAtOrBefore(d, 'i.created_at', ae, 'timestamptz');
      const closed = cutsAtOrBefore(d, 'i.closed_at', ae, 'timestamptz');
      const due = cutsAtOrBefore(
        d,
        'i.deadline',
        buckets.map((b) => b.asOf),
        'date',
      );
      const b = bucketTable(d, buckets);
      const cols = 'i.created_at, i.closed_at, i.deadline, i.township_id, i.department_id, i.enterprise_id';
      const candidates = `select ${cols} from issue i where i.closed_at is null and i.deadline is not null and i.created_at < ${d.param('timestamptz')}${filter.sql}
        union all select ${cols} from issue i where i.closed_at >= ${d.param('timestamptz')} and i.deadline is not null and i.created_at < ${d.param('timestamptz')}${filter.sql}`;
      const inner = `select ${opened.sql} as a, ${closed.sql} as z, ${due.sql} as dl${issueDim ? `, ${issueDim.col} as dk` : ''}, count(*) as n
        from (${candidates}) i group by 1, 2, 3${issueDim ? ', 4' : ''}`;
      const sql = `select b.k as k${issueDim ? ', x.dk as dk' : ''}, sum(x.n) as open_with_deadline, sum(case when x.dl <= b.j then x.n else 0 end) as overdue
        from ${b.sql} join (${inner}) x on x.a <= b.j and b.j < x.z group by b.k${issueDim ? ', x.dk' : ''}`;
      const last = ae[ae.length - 1];
      const res = await named(em, issueDim, {
        sql,
        params: [...b.params, ...opened.params, ...closed.params, ...due.params, last, ...filter.params, ae[0], last, ...filter.params],
      });
      put(res, [['OVERDUE_ISSUES', 'overdue', 'open_with_deadline']]);
    }
  }

  // Complaints: timeliness by the month received; satisfaction by the month of the follow-up (closing) visit.
  {
    const complaintDim = dimFor({ TOWNSHIP: 'c.township_id', DEPARTMENT: 'c.department_id', ENTERPRISE: 'c.enterprise_id' });
    const filter = where([
      ['c.township_id = ?', f.townshipId],
      ['c.enterprise_id = ?', f.enterpriseId],
      ['c.department_id = ?', f.departmentId],
      ['c.category = ?', f.category],
    ]);
    if (wants('COMPLAINT_TIMELINESS')) {
      const onTime = `c.responded_at is not null and c.responded_at <= ${d.plusDays('c.received_at')}`;
      const decided = `c.responded_at is not null or ${d.plusDays('c.received_at')} < ${d.param('timestamptz')}`;
      const res = await family(
        em,
        d,
        buckets,
        complaintDim,
        `${sum(onTime)} as responded_on_time, ${sum(decided)} as decided`,
        'complaint c',
        'c.received_at >= b.s and c.received_at < b.e',
        filter,
        { measures: [q.firstResponseDays, q.firstResponseDays, d.instant(q.now)] },
      );
      put(res, [['COMPLAINT_TIMELINESS', 'responded_on_time', 'decided']]);
    }
    if (wants('SATISFACTION')) {
      const res = await family(
        em,
        d,
        buckets,
        complaintDim,
        `${sum(`c.follow_up_rating in ('SATISFIED', 'BASICALLY_SATISFIED')`)} as satisfied, count(*) as visits`,
        'complaint c',
        'c.closed_at >= b.s and c.closed_at < b.e and c.received_at < b.e and c.follow_up_rating is not null',
        filter,
      );
      put(res, [['SATISFACTION', 'satisfied', 'visits']]);
      // Resident satisfaction surveys (docs/residents.md) add their answers, by the month the survey closed, when at
      // least half the sample answered (scoreSurvey's `counts`). A survey has no department or category: a view
      // narrowed to either leaves them out.
      if (dim !== 'DEPARTMENT' && f.departmentId == null && f.category == null) {
        const surveyDim = dimFor({ TOWNSHIP: 'sv.township_id', ENTERPRISE: 'sv.enterprise_id' });
        const surveys = `(select s.id, s.closed_at, c.township_id, s.enterprise_id,
            ${sum(`sc.answer in ('SATISFIED', 'BASICALLY_SATISFIED')`)} as favourable, count(*) as answers
          from satisfaction_survey s join community c on c.id = s.community_id join survey_code sc on sc.survey_id = s.id
          where s.status = 'CLOSED' and sc.used_at is not null
          group by s.id, s.closed_at, c.township_id, s.enterprise_id, s.sample_size having 2 * count(*) >= s.sample_size) sv`;
        const fromSurveys = await family(
          em,
          d,
          buckets,
          surveyDim,
          'sum(sv.favourable) as satisfied, sum(sv.answers) as answers',
          surveys,
          'sv.closed_at >= b.s and sv.closed_at < b.e',
          where([
            ['sv.township_id = ?', f.townshipId],
            ['sv.enterprise_id = ?', f.enterpriseId],
          ]),
        );
        add(fromSurveys, [['SATISFACTION', 'satisfied', 'answers']]);
      }
    }
  }

  // Coverage: the registry as it was on each bucket's as-of day (the community history).
  if (wants('NEW_RESIDENTIAL_COVERAGE', 'OLD_COMMUNITY_COVERAGE')) {
    const measures = [
      `${sum(`c.type = 'NEW_RESIDENTIAL' and c.service_mode = 'ENTERPRISE'`)} as new_covered`,
      `${sum(`c.type = 'NEW_RESIDENTIAL'`)} as new_all`,
      `${sum(`c.type = 'OLD' and c.service_mode in ('ENTERPRISE', 'BASIC_SERVICE', 'SELF_MANAGED')`)} as old_covered`,
      `${sum(`c.type = 'OLD'`)} as old_all`,
    ].join(', ');
    const res = await family(
      em,
      d,
      buckets,
      dim === 'TOWNSHIP' ? { col: 'c.township_id', table: 'township' } : null,
      measures,
      COMMUNITY_AS_OF,
      IN_EFFECT,
      where([
        ['c.township_id = ?', f.townshipId],
        ['c.enterprise_id = ?', f.enterpriseId],
      ]),
    );
    put(res, [
      ['NEW_RESIDENTIAL_COVERAGE', 'new_covered', 'new_all'],
      ['OLD_COMMUNITY_COVERAGE', 'old_covered', 'old_all'],
    ]);
  }

  // Training: managers on the books by the as-of day, and those who attended a session in the year up to it.
  if (wants('TRAINING')) {
    const dimCol = dim === 'TOWNSHIP' ? 'e.township_id' : dim === 'ENTERPRISE' ? 'pm.enterprise_id' : null;
    const trained = `exists (select 1 from training_attendance ta join training_session ts on ts.id = ta.session_id
      where ta.manager_id = pm.id and ${d.isTrue('ta.present')} and ts.held_on <= b.ad and ts.held_on > b.yd)`;
    const measures = `${sum(trained)} as trained, count(*) as managers`;
    const res = await family(
      em,
      d,
      buckets,
      dimCol ? { col: dimCol, table: DIM_TABLE[dim!] } : null,
      measures,
      'project_manager pm',
      'pm.created_at < b.ae',
      where([
        ['e.township_id = ?', f.townshipId],
        ['pm.enterprise_id = ?', f.enterpriseId],
      ]),
      { also: ' join enterprise e on e.id = pm.enterprise_id' },
    );
    put(res, [['TRAINING', 'trained', 'managers']]);
    // Committee members serving on the as-of day (elected, not yet left, their committee filed and in term) and
    // those of them present at a session recorded for their committee in the year up to it. They belong to no firm,
    // so a firm's figure counts its managers only.
    if (dim !== 'ENTERPRISE' && f.enterpriseId == null) {
      const memberTrained = `exists (select 1 from training_attendance ta join training_session ts on ts.id = ta.session_id
        where ta.committee_id = oc.id and ta.name = cc.name and ${d.isTrue('ta.present')} and ts.held_on <= b.ad and ts.held_on > b.yd)`;
      const members = await family(
        em,
        d,
        buckets,
        dim === 'TOWNSHIP' ? { col: 'cm.township_id', table: 'township' } : null,
        `${sum(memberTrained)} as trained, count(*) as members`,
        'committee_candidate cc',
        `${d.isTrue('cc.elected')} and ce.status in ('FILED', 'EXPIRED') and ce.counted_at < b.ae and (cc.left_on is null or cc.left_on > b.ad) and ${IN_TERM}`,
        where([['cm.township_id = ?', f.townshipId]]),
        {
          also: ' join committee_election ce on ce.id = cc.election_id join owners_committee oc on oc.id = ce.committee_id join community cm on cm.id = oc.community_id',
        },
      );
      for (const r of members) {
        const cell = rowFor(r.key, r.gid, r.gname).cells.TRAINING;
        cell.numerator = (cell.numerator ?? 0) + num(r.values.trained);
        cell.denominator = (cell.denominator ?? 0) + num(r.values.members);
      }
    }
  }

  // Committee formation: residential communities (new and old; OTHER are not homes) with a committee filed and in
  // term on the as-of day. The committee's dates and the community history give the past.
  if (wants('COMMITTEE_FORMATION')) {
    const res = await family(
      em,
      d,
      buckets,
      dim === 'TOWNSHIP' ? { col: 'c.township_id', table: 'township' } : null,
      `${sum(`exists (select 1 from owners_committee oc where oc.community_id = c.id and ${IN_TERM})`)} as formed, count(*) as formable`,
      COMMUNITY_AS_OF,
      `${IN_EFFECT} and c.type in ('NEW_RESIDENTIAL', 'OLD')`,
      where([
        ['c.township_id = ?', f.townshipId],
        ['c.enterprise_id = ?', f.enterpriseId],
      ]),
    );
    put(res, [['COMMITTEE_FORMATION', 'formed', 'formable']]);
  }

  // Credit distribution: current grades and list status of active firms, repeated for every month.
  if (wants('CREDIT_DISTRIBUTION')) {
    const dimCol = dim === 'TOWNSHIP' ? 'e.township_id' : dim === 'ENTERPRISE' ? 'e.id' : null;
    const grades = ['AAA', 'AA', 'A', 'B', 'C'];
    const measures = [
      ...grades.map((g) => `${sum(`e.grade = '${g}'`)} as g_${g}`),
      `${sum(`e.list_status = 'RED'`)} as l_red`,
      `${sum(`e.list_status = 'BLACK'`)} as l_black`,
      'count(*) as firms',
    ].join(', ');
    const res = await everyBucket(buckets, (one) =>
      family(
        em,
        d,
        [one],
        dimCol ? { col: dimCol, table: DIM_TABLE[dim!] } : null,
        measures,
        'enterprise e',
        `e.status = 'ACTIVE'`,
        where([
          ['e.township_id = ?', f.townshipId],
          ['e.id = ?', f.enterpriseId],
        ]),
      ),
    );
    for (const r of res) {
      const cell = rowFor(r.key, r.gid, r.gname).cells.CREDIT_DISTRIBUTION;
      if (!cell.applicable) continue;
      cell.numerator = num(r.values.firms);
      cell.denominator = num(r.values.firms);
      cell.distribution = {
        ...Object.fromEntries(grades.map((g) => [g, num(r.values[`g_${g}`] ?? r.values[`g_${g.toLowerCase()}`])])),
        RED: num(r.values.l_red),
        BLACK: num(r.values.l_black),
      };
    }
  }

  // Campaign milestones due in the period: done by the due day ÷ due (and either done or past due by today).
  if (wants('CAMPAIGN_MILESTONES')) {
    const measures = [`${sum(`m.done_on is not null and m.done_on <= m.due_date`)} as on_time`, `count(*) as due`].join(', ');
    const res = await family(
      em,
      d,
      buckets,
      dim === 'DEPARTMENT' ? { col: 'm.department_id', table: 'department' } : null,
      measures,
      'milestone m',
      `m.due_date >= b.sd and m.due_date <= b.ed and (m.done_on is not null or m.due_date < ${d.param('date')})`,
      where([['m.department_id = ?', f.departmentId]]),
      { cond: [q.today] },
    );
    put(res, [['CAMPAIGN_MILESTONES', 'on_time', 'due']]);
  }

  // Nothing counted is a zero, not a gap: ratios over 0 then read as "no data" (see the domain's ratio()).
  for (const row of rows.values()) {
    for (const cell of Object.values(row.cells)) {
      if (!cell.applicable || cell.numerator != null) continue;
      cell.numerator = 0;
      cell.denominator = 0;
    }
    const dist = row.cells.CREDIT_DISTRIBUTION;
    if (dist.applicable && !dist.distribution) dist.distribution = { AAA: 0, AA: 0, A: 0, B: 0, C: 0, RED: 0, BLACK: 0 };
  }
  return [...rows.values()].sort(
    (a, b) =>
      (a.month ?? '').localeCompare(b.month ?? '') || (a.groupName ?? '').localeCompare(b.groupName ?? '', 'zh-CN') || (a.groupId ?? 0) - (b.groupId ?? 0),
  );
}

async function groupsInView(em: EntityManager, dim: 'TOWNSHIP' | 'DEPARTMENT', f: KpiFilter): Promise<{ id: number | null; name: string | null }[]> {
  const scoped = dim === 'TOWNSHIP' ? f.townshipId : f.departmentId;
  const rows = await run(em, `select id, name from ${DIM_TABLE[dim]}${scoped != null ? ' where id = ?' : ''} order by id`, scoped != null ? [scoped] : []);
  return rows.map((r) => ({ id: Number(r.id), name: String(r.name) }));
}
