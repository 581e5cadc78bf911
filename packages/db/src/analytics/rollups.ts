import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import {
  KPI_DEFINITIONS,
  addDays,
  asOfDay,
  shanghaiDate,
  shanghaiMidnight,
  customPeriod,
  monthPeriod,
  monthsOf,
  type KpiCode,
  type Period,
} from '@wuye/domain';
import { computeKpis, type KpiCell, type KpiQuery, type KpiRow } from './kpi-engine.js';
import { dialectOf, num, run } from './sql.js';
import { clock } from '../clock.js';
import { HEAD_ROW, LIVE_FAMILIES, MONTHLY_FAMILIES, byFamilies, familyRow, type LiveFamily, type LiveMonth } from './live-families.js';

/**
 * KPI month roll-ups (issue 17). A month is closed once its figures can no longer change on their own: its as-of day
 * is its last day, every complaint received in it is past its response window, every milestone due in it is past
 * due. A closed month's figures are stored per KPI and group (county-wide, per township, department and firm) in
 * `kpi_rollup`, by the `kpi-rollups` job and on demand (`pnpm --filter @wuye/db rollups`); the engine's answer for a
 * month-bucketed query then reads them for the closed months and computes only the others live. Corrections to old
 * data refresh the months they touch in the writing transaction (rollup-subscriber.ts).
 *
 * What is not rolled up: the credit distribution (it reads the current standings, so it is live by definition), and
 * filtered queries (a category, or one township / firm / department: computed live, as before).
 */
export const ROLLUP_GROUPINGS = ['COUNTY', 'TOWNSHIP', 'DEPARTMENT', 'ENTERPRISE'] as const;
export type RollupGrouping = (typeof ROLLUP_GROUPINGS)[number];

/** The KPIs stored per closed month. */
export const ROLLED_KPIS: readonly KpiCode[] = KPI_DEFINITIONS.filter((d) => !d.unavailable && d.code !== 'CREDIT_DISTRIBUTION').map((d) => d.code);

const DIM_TABLE: Record<Exclude<RollupGrouping, 'COUNTY'>, string> = { TOWNSHIP: 'township', DEPARTMENT: 'department', ENTERPRISE: 'enterprise' };

/** Whether a month (YYYY-MM) is closed on `today`: past its last day by more than the complaint response window. */
export function isClosedMonth(month: string, today: string, firstResponseDays: number): boolean {
  const m = monthPeriod(month);
  return m != null && addDays(m.to, firstResponseDays) < today;
}

export interface RollupOptions {
  today: string;
  now: Date;
  firstResponseDays: number;
}

/** The first day on which a month is closed. */
export function closingDay(month: string, firstResponseDays: number): string {
  return addDays(monthPeriod(month)!.to, firstResponseDays + 1);
}

/**
 * Computes and stores (replacing) one closed month's roll-ups for every grouping. Answers the rows written. A closed
 * month's figures are the same whatever day it is computed on, so it is computed as of the day it closed.
 */
export async function rollUpMonth(em: EntityManager, month: string, o: RollupOptions): Promise<number> {
  if (!isClosedMonth(month, o.today, o.firstResponseDays)) throw new Error(`${month} is not closed on ${o.today}`);
  const d = dialectOf(em);
  const today = closingDay(month, o.firstResponseDays);
  const now = shanghaiMidnight(today);
  const values: unknown[][] = [];
  for (const grouping of ROLLUP_GROUPINGS) {
    const rows = await computeKpis(em, {
      period: monthPeriod(month)!,
      groupBy: grouping === 'COUNTY' ? [] : [grouping],
      filter: {},
      today,
      now,
      firstResponseDays: o.firstResponseDays,
      only: ROLLED_KPIS,
    });
    for (const r of rows)
      for (const code of ROLLED_KPIS) {
        const c = r.cells[code];
        if (c.applicable) values.push([month, grouping, r.groupId ?? 0, code, c.numerator ?? 0, c.denominator ?? 0, d.instant(clock.now())]);
      }
  }
  await run(em, 'delete from kpi_rollup where month = ?', [month]);
  for (let i = 0; i < values.length; i += 400) {
    const chunk = values.slice(i, i + 400);
    await run(
      em,
      `insert into kpi_rollup (month, grouping, group_id, kpi, numerator, denominator, computed_at) values ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      chunk.flat(),
    );
  }
  return values.length;
}

/**
 * Rolls up every closed month from `from` (YYYY-MM) up to the last closed one that has none yet (all of them with
 * `refresh`). `from` defaults to the month of the oldest issue or complaint. Answers the months rolled up.
 */
export async function rollUpClosedMonths(em: EntityManager, o: RollupOptions & { from?: string; refresh?: boolean }): Promise<string[]> {
  let from = o.from;
  if (!from) {
    const d = dialectOf(em);
    const [r] = await run(
      em,
      `select min(m) as m from (select min(${d.shanghaiMonth('created_at')}) as m from issue union all select min(${d.shanghaiMonth('received_at')}) from complaint) x`,
      [],
    );
    from = r?.m == null ? undefined : String(r.m);
  }
  if (!from) return [];
  const have = new Set((await run(em, 'select distinct month from kpi_rollup', [])).map((r) => String(r.month)));
  const done: string[] = [];
  for (const m of monthsOf(customPeriod(`${from}-01`, o.today)!)) {
    if (!isClosedMonth(m.label, o.today, o.firstResponseDays)) break;
    if (have.has(m.label) && !o.refresh) continue;
    // One transaction a month: a month's rows are replaced all at once, and a long first run holds no lock for long.
    await em.transactional((tx) => rollUpMonth(tx, m.label, o));
    done.push(m.label);
  }
  return done;
}

/**
 * Refreshes the stored months from the one holding `date` on (all of them when `date` is null): a correction dated
 * then may have changed them. Nothing to do when no month from there on is rolled up. Runs in the caller's transaction.
 */
export async function refreshRollupsFrom(em: EntityManager, date: string | null, firstResponseDays: number): Promise<string[]> {
  const month = date ? date.slice(0, 7) : '0000-00';
  // Every rolled-up month has its county row: the index leading with the grouping finds them.
  const stored = (await run(em, `select distinct month from kpi_rollup where grouping = 'COUNTY' and month >= ? order by month`, [month])).map((r) =>
    String(r.month),
  );
  for (const m of stored) {
    const today = closingDay(m, firstResponseDays);
    await rollUpMonth(em, m, { today, now: shanghaiMidnight(today), firstResponseDays });
  }
  return stored;
}

/**
 * The running month, kept per live token (issue 17). What is computed live — the months not rolled up, above all the
 * one still running — depends on the facts and on the day, and two KPIs on more: complaint timeliness on the instant
 * (a complaint counts once its response window has passed) and the credit distribution on the current standings,
 * which credit jobs update in bulk. Those two are computed on every request; the others are kept in this process's
 * memory under the live tokens (`kpi_live_version`) of the families of facts they read (live-families.ts): every
 * transaction writing a fact gives its family's token a new random value (rollup-subscriber.ts). An answer is reused
 * only when the tokens read before computing it are still the stored ones: a write is visible on the very next read,
 * on every instance, and an answer computed inside a transaction (which may see uncommitted facts) is never kept.
 */
const TIME_BOUND: readonly KpiCode[] = ['COMPLAINT_TIMELINESS', 'CREDIT_DISTRIBUTION'];
const ALL_CODES: readonly KpiCode[] = KPI_DEFINITIONS.map((d) => d.code);
/**
 * Answers kept per database (its ORM's configuration object), the least recently used dropped first, up to this many
 * rows in all (an answer of one row counts one): a bound on memory whatever the answers' shapes.
 */
export const LIVE_CACHE_ROWS = 50_000;
const liveCache = new WeakMap<object, { rows: number; answers: Map<string, { answer: unknown; rows: number }> }>();

/** The live tokens of every family and of the written months of the monthly families, as read at one moment. */
export interface LiveTokens {
  families: Readonly<Record<LiveFamily, string>>;
  /** `FAMILY|YYYY-MM`, and `FAMILY|*` for every month at once. */
  months: ReadonlyMap<string, string>;
}

/**
 * Gives the families' live tokens a new value (in the caller's transaction; all of them by default), and the months
 * of the monthly families in `months` (every month of them when absent): answers kept under the old ones are not used
 * again. The head row is renewed first: on PostgreSQL every writer locks it before any family or month row, so two
 * transactions writing different families in different orders cannot deadlock.
 */
export async function bumpKpiLiveToken(em: EntityManager, families: Iterable<LiveFamily> = LIVE_FAMILIES, months?: readonly LiveMonth[]): Promise<void> {
  const written = [...new Set(families)];
  const rows = written.map(familyRow).sort((a, b) => a - b);
  const token = randomUUID();
  const at = dialectOf(em).instant(clock.now());
  await run(em, 'update kpi_live_version set token = ?, changed_at = ? where id = ?', [token, at, HEAD_ROW]);
  if (rows.length) await run(em, `update kpi_live_version set token = ?, changed_at = ? where id in (${rows.map(() => '?').join(', ')})`, [token, at, ...rows]);
  // Every month of a family at once: its `*` row, part of every month's version (monthVersion).
  const monthly = written.filter((f) => MONTHLY_FAMILIES[f]);
  const whole = months ? [...new Set(months.filter((m) => m.month === '*').map((m) => m.family))] : monthly;
  const one = [...whole.map((family) => ({ family, month: '*' })), ...(months ?? []).filter((m) => m.month !== '*' && !whole.includes(m.family))].sort((a, b) =>
    `${a.family}|${a.month}`.localeCompare(`${b.family}|${b.month}`),
  );
  if (one.length)
    await run(
      em,
      `insert into kpi_live_month (family, month, token) values ${one.map(() => '(?, ?, ?)').join(', ')} on conflict (family, month) do update set token = excluded.token`,
      one.flatMap((m) => [m.family, m.month, token]),
    );
}

/** The version of an answer read from these families: their tokens joined (null: nothing is kept). */
export function familyVersion(tokens: LiveTokens | null, families: readonly LiveFamily[]): string | null {
  return tokens ? families.map((f) => tokens.families[f]).join(':') : null;
}

/** The version of one month of a monthly family (its rows dated in it), with the groups' names. */
export function monthVersion(tokens: LiveTokens, family: LiveFamily, month: string): string {
  const of = (m: string) => tokens.months.get(`${family}|${m}`) ?? 'initial';
  return `${tokens.families.GROUPS}:${of('*')}:${of(month)}`;
}

/**
 * `compute()`'s answer, kept under `version` (null: computed, not kept): the live tokens of what it was computed from
 * (familyVersion). Only for answers that depend on nothing but those facts and what `key` holds. Callers must not
 * change it.
 */
export async function keptUnderLiveToken<T>(em: EntityManager, version: string | null, key: string, compute: () => Promise<T>): Promise<T> {
  if (version == null) return compute();
  const owner = em.config;
  let kept = liveCache.get(owner);
  if (!kept) liveCache.set(owner, (kept = { rows: 0, answers: new Map() }));
  const id = `${key}\u0000${version}`;
  const hit = kept.answers.get(id);
  if (hit) {
    // Most recently used last.
    kept.answers.delete(id);
    kept.answers.set(id, hit);
    return hit.answer as T;
  }
  const answer = await compute();
  const rows = Array.isArray(answer) ? Math.max(1, answer.length) : 1;
  if (rows > LIVE_CACHE_ROWS) return answer;
  for (const [oldest, entry] of kept.answers) {
    if (kept.rows + rows <= LIVE_CACHE_ROWS) break;
    kept.answers.delete(oldest);
    kept.rows -= entry.rows;
  }
  kept.answers.set(id, { answer, rows });
  kept.rows += rows;
  return answer;
}

/** The live tokens, read before anything is computed from the facts (one statement); null inside a transaction (nothing is kept then). */
export async function liveToken(em: EntityManager): Promise<LiveTokens | null> {
  if (em.isInTransaction()) return null;
  const rows = await run(
    em,
    `select cast(id as ${dialectOf(em).driver === 'sqlite' ? 'text' : 'varchar'}) as k, token from kpi_live_version
     union all select family || '|' || month, token from kpi_live_month`,
    [],
  );
  const byKey = new Map(rows.map((r) => [String(r.k), String(r.token)]));
  const families = Object.fromEntries(LIVE_FAMILIES.map((f) => [f, byKey.get(String(familyRow(f)))]));
  // A database without the family rows (not migrated): nothing is kept.
  if (!Object.values(families).every((t) => t != null)) return null;
  return { families: families as LiveTokens['families'], months: new Map([...byKey].filter(([k]) => k.includes('|'))) };
}

const copyRow = (r: KpiRow): KpiRow => ({
  ...r,
  cells: Object.fromEntries(
    Object.entries(r.cells).map(([k, c]) => [k, { ...c, ...(c.distribution ? { distribution: { ...c.distribution } } : {}) }]),
  ) as KpiRow['cells'],
});

const zeroCell = (code: KpiCode, applicable: boolean): KpiCell => ({
  applicable,
  numerator: applicable ? 0 : null,
  denominator: applicable ? 0 : null,
  ...(code === 'CREDIT_DISTRIBUTION' && applicable ? { distribution: { AAA: 0, AA: 0, A: 0, B: 0, C: 0, RED: 0, BLACK: 0 } } : {}),
});

const byMonthGroup = (a: KpiRow, b: KpiRow) =>
  (a.month ?? '').localeCompare(b.month ?? '') || (a.groupName ?? '').localeCompare(b.groupName ?? '', 'zh-CN') || (a.groupId ?? 0) - (b.groupId ?? 0);

/**
 * Joins two answers of the engine for the same query, each computed for its own KPIs (`codesA`, `codesB`), into the
 * answer the engine gives for both: every row either has, a KPI's cells from the answer that computed it, zero where
 * that answer has no row (as the engine fills a group that had nothing of that KPI).
 */
function joinAnswers(a: KpiRow[], codesA: readonly KpiCode[], b: KpiRow[], codesB: readonly KpiCode[]): KpiRow[] {
  const key = (r: KpiRow) => `${r.month ?? ''}|${r.groupId ?? ''}`;
  const fromA = new Map(a.map((r) => [key(r), r]));
  const fromB = new Map(b.map((r) => [key(r), r]));
  const out: KpiRow[] = [];
  for (const k of new Set([...fromA.keys(), ...fromB.keys()])) {
    const ra = fromA.get(k);
    const rb = fromB.get(k);
    const row = copyRow((ra ?? rb)!);
    if (ra?.groupName == null && rb?.groupName != null) row.groupName = rb.groupName;
    for (const [codes, src] of [
      [codesA, ra],
      [codesB, rb],
    ] as const)
      for (const code of codes) {
        const cell = row.cells[code];
        row.cells[code] = src ? copyRow(src).cells[code] : zeroCell(code, cell.applicable);
      }
    out.push(row);
  }
  return out.sort(byMonthGroup);
}

/**
 * computeKpis, with the KPIs that depend only on the facts and the day reused while their families' live tokens are
 * unchanged (`tokens` null: nothing reused, as inside a transaction); each group of KPIs reading the same families is
 * kept on its own. Equal to computeKpis figure for figure (rollups.test.ts).
 */
export async function liveKpis(em: EntityManager, q: KpiQuery, tokens: LiveTokens | null): Promise<KpiRow[]> {
  if (tokens == null) return computeKpis(em, q);
  const codes = q.only ?? ALL_CODES;
  const stable = codes.filter((c) => !TIME_BOUND.includes(c));
  const timeBound = codes.filter((c) => TIME_BOUND.includes(c));
  if (!stable.length) return computeKpis(em, q);
  let rows: KpiRow[] | null = null;
  let have: KpiCode[] = [];
  for (const group of byFamilies(stable)) {
    const key = JSON.stringify(['kpis', q.period, q.groupBy, q.filter, q.today, q.firstResponseDays, group.codes]);
    const part = group.families.includes('ISSUES')
      ? await issueKpisByCreatedMonth(em, q, group.codes, tokens)
      : await keptUnderLiveToken(em, familyVersion(tokens, group.families), key, () => computeKpis(em, { ...q, only: group.codes }));
    rows = rows ? joinAnswers(rows, have, part, group.codes) : part.map(copyRow);
    have = [...have, ...group.codes];
  }
  if (!timeBound.length) return rows!;
  const timeRows = await computeKpis(em, { ...q, only: timeBound });
  return joinAnswers(rows!, have, timeRows, timeBound);
}

/** At most this many months of issues are computed and kept one by one; more are one computation. */
const CREATED_MONTHS_KEPT_APART = 120;

/**
 * The issue KPIs (close-off, on-time, overdue), computed and kept per month of registration under that month's live
 * token (MONTHLY_FAMILIES), then added up: every figure is a count of issues, so the months add up to the whole. A
 * write of an issue recomputes only its month's part: the stock of open issues is no longer read whole after every
 * closing (docs/benchmarks.md).
 */
async function issueKpisByCreatedMonth(em: EntityManager, q: KpiQuery, codes: KpiCode[], tokens: LiveTokens): Promise<KpiRow[]> {
  // The bare column, so that the index on it answers at once (a month expression over it reads every issue).
  const [first] = await keptUnderLiveToken(em, familyVersion(tokens, ['ISSUES']), 'issues-first-month', async () =>
    (await run(em, 'select min(created_at) as t from issue', [])).map((r) => ({
      m: r.t == null ? null : shanghaiDate(new Date(r.t as string | number | Date)).slice(0, 7),
    })),
  );
  // No issue registered after the last as-of day counts in any bucket.
  const last = asOfDay(q.groupBy.includes('MONTH') ? monthsOf(q.period).at(-1)! : q.period, q.today);
  const months = first?.m == null ? [] : monthsOf(customPeriod(`${String(first.m)}-01`, last) ?? q.period);
  // Grouped by firm, an answer has a row per firm: kept whole, not once per month.
  if (!months.length || months.length > CREATED_MONTHS_KEPT_APART || q.groupBy.includes('ENTERPRISE'))
    return keptUnderLiveToken(em, familyVersion(tokens, ['ISSUES', 'GROUPS']), JSON.stringify(['kpis', q, codes]), () =>
      computeKpis(em, { ...q, only: codes }),
    );
  const rows = new Map<string, KpiRow>();
  for (const m of months) {
    const key = JSON.stringify(['kpis-of-month', q.period, q.groupBy, q.filter, q.today, q.firstResponseDays, codes, m.label]);
    const part = await keptUnderLiveToken(em, monthVersion(tokens, 'ISSUES', m.label), key, () =>
      computeKpis(em, { ...q, only: codes, issuesCreated: { from: m.from, to: m.to } }),
    );
    for (const r of part) {
      const id = `${r.month ?? ''}|${r.groupId ?? ''}`;
      const sum = rows.get(id);
      if (!sum) {
        rows.set(id, copyRow(r));
        continue;
      }
      if (sum.groupName == null && r.groupName != null) sum.groupName = r.groupName;
      for (const code of codes) {
        const into = sum.cells[code];
        if (!into.applicable) continue;
        into.numerator = (into.numerator ?? 0) + (r.cells[code].numerator ?? 0);
        into.denominator = (into.denominator ?? 0) + (r.cells[code].denominator ?? 0);
      }
    }
  }
  return [...rows.values()].sort(byMonthGroup);
}

/** The month buckets of a query, when it is answered per calendar month (MONTH grouping, or one month). */
function monthBuckets(q: KpiQuery): Period[] | null {
  if (q.groupBy.includes('MONTH')) return monthsOf(q.period);
  return q.period.kind === 'MONTH' ? [q.period] : null;
}

const filtered = (q: KpiQuery) => Object.values(q.filter).some((v) => v != null);

/**
 * The KPI engine's answer (computeKpis), read from the roll-ups for the closed months that have them and computed
 * live for the others; the same rows, figure for figure (rollups.test.ts proves it for every KPI, grouping and period).
 */
export async function kpisWithRollups(em: EntityManager, q: KpiQuery): Promise<KpiRow[]> {
  // Read before anything is computed: an answer kept under it can only be older than the facts it was computed from.
  const token = await liveToken(em);
  const buckets = monthBuckets(q);
  const dims = q.groupBy.filter((g) => g !== 'MONTH');
  if (!buckets || filtered(q) || dims.length > 1) return liveKpis(em, q, token);
  const grouping: RollupGrouping = (dims[0] as RollupGrouping | undefined) ?? 'COUNTY';
  // Only whole calendar months (a custom period clips its first and last) that are closed.
  const candidates = buckets.filter((b) => {
    const m = monthPeriod(b.label)!;
    return b.from === m.from && b.to === m.to && isClosedMonth(b.label, q.today, q.firstResponseDays);
  });
  if (!candidates.length) return liveKpis(em, q, token);
  const wanted = ROLLED_KPIS.filter((c) => !q.only || q.only.includes(c));
  const stored = await run(
    em,
    `select r.month, r.group_id, r.kpi, r.numerator, r.denominator${grouping === 'COUNTY' ? '' : ', g.name as gname'} from kpi_rollup r
     ${grouping === 'COUNTY' ? '' : `left join ${DIM_TABLE[grouping]} g on g.id = r.group_id`}
     where r.grouping = ? and r.month in (${candidates.map(() => '?').join(', ')})`,
    [grouping, ...candidates.map((b) => b.label)],
  );
  const rolled = new Set(stored.map((r) => String(r.month)));
  if (!rolled.size) return liveKpis(em, q, token);
  const live = buckets.filter((b) => !rolled.has(b.label));
  const byMonth = q.groupBy.includes('MONTH');

  // The skeleton (every month × group in view, names) and the live KPIs: credit distribution for every month.
  const base = await computeKpis(em, { ...q, only: (q.only ?? ['CREDIT_DISTRIBUTION']).filter((c) => c === 'CREDIT_DISTRIBUTION') });
  const rows = new Map(base.map((r) => [`${r.month ?? ''}|${r.groupId ?? ''}`, r]));
  const template = (month: string | null, groupId: number | null, groupName: string | null): KpiRow => ({
    month,
    groupId,
    groupName,
    cells: Object.fromEntries(
      Object.entries(base[0]?.cells ?? {}).map(([code, c]) => [
        code,
        {
          applicable: c.applicable,
          numerator: c.applicable ? 0 : null,
          denominator: c.applicable ? 0 : null,
          ...(code === 'CREDIT_DISTRIBUTION' && c.applicable ? { distribution: { AAA: 0, AA: 0, A: 0, B: 0, C: 0, RED: 0, BLACK: 0 } } : {}),
        } as KpiCell,
      ]),
    ) as KpiRow['cells'],
  });
  const rowFor = (month: string | null, groupId: number | null, groupName: string | null) => {
    const key = `${month ?? ''}|${groupId ?? ''}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = template(month, groupId, groupName)));
    return row;
  };
  for (const r of stored) {
    const code = String(r.kpi) as KpiCode;
    if (!wanted.includes(code)) continue;
    const gid = grouping === 'COUNTY' ? null : Number(r.group_id);
    const cell = rowFor(byMonth ? String(r.month) : null, gid, gid == null ? null : r.gname == null ? null : String(r.gname)).cells[code];
    if (!cell?.applicable) continue;
    cell.numerator = num(r.numerator);
    cell.denominator = num(r.denominator);
  }
  // The other months, live: one engine run per run of consecutive months.
  const runs: Period[][] = [];
  for (const b of live) {
    const last = runs[runs.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && buckets.indexOf(prev) === buckets.indexOf(b) - 1) last!.push(b);
    else runs.push([b]);
  }
  for (const part of runs) {
    const period = part.length === 1 && !byMonth ? q.period : customPeriod(part[0]!.from, part[part.length - 1]!.to)!;
    const computed = await liveKpis(em, { ...q, period, only: wanted }, token);
    for (const r of computed) {
      const row = rowFor(r.month, r.groupId, r.groupName);
      for (const code of wanted) if (row.cells[code]?.applicable) row.cells[code] = { ...r.cells[code] };
    }
  }
  return [...rows.values()].sort(
    (a, b) =>
      (a.month ?? '').localeCompare(b.month ?? '') || (a.groupName ?? '').localeCompare(b.groupName ?? '', 'zh-CN') || (a.groupId ?? 0) - (b.groupId ?? 0),
  );
}

/** The `kpi-rollups` job (hourly through the scheduler, and `pnpm --filter @wuye/db rollups`): closed months not yet rolled up. */
export async function runKpiRollups(em: EntityManager, today: string, now: Date, firstResponseDays: number): Promise<{ months: string[] }> {
  return { months: await rollUpClosedMonths(em.fork(), { today, now, firstResponseDays }) };
}
