/**
 * Benchmark (not a test) of the KPI engine and the export on the province-sized dataset (seed/scale.ts).
 *
 *   pnpm --filter @wuye/db bench:kpi -- --driver sqlite [--path /tmp/wuye-scale.sqlite] [--factor 1] [--runs 7]
 *   DATABASE_URL=postgresql://… pnpm --filter @wuye/db bench:kpi -- --driver postgresql
 *   … --rollups: the answers the API gives, through the month roll-ups of the closed months (rolled up first)
 *
 * The database is generated on first use (migrations + seedScale) and reused afterwards. "The full KPI dashboard
 * query" is what the dashboard home asks for: the current month county-wide, the year by month (trend), the month
 * by township — each with its previous period, exactly as the API's `kpis` field runs them (6 engine calls) — plus
 * the issues-by-category chart (`aggregates(ISSUES by CATEGORY)` over the year to date). Each call is timed too.
 * The export streams every issue through the CSV formatting of GET /export/issues.csv into a counting sink.
 * The load average is printed with the figures: the machine is shared. So is this process's CPU time per dashboard:
 * on SQLite the queries run in this process, so it is the work done whatever the load; on PostgreSQL it is only the
 * client's share.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { parsePeriod, previousPeriod, customPeriod, monthPeriod, type KpiGrouping, type Period } from '@wuye/domain';
import { migrate, openOrm } from '../config.js';
import { computeKpis } from '../analytics/kpi-engine.js';
import { kpisWithRollups, rollUpClosedMonths } from '../analytics/rollups.js';
import { backfillCommunityHistory } from '../registry/history.js';
import { aggregate } from '../analytics/aggregates.js';
import { exportBatches } from '../analytics/exports.js';
import { seedScale } from '../seed/scale.js';
import { Issue } from '../entities/index.js';

const argv = process.argv.slice(2);
const { values } = parseArgs({
  args: argv[0] === '--' ? argv.slice(1) : argv,
  options: {
    driver: { type: 'string', default: 'sqlite' },
    path: { type: 'string', default: '/tmp/wuye-scale.sqlite' },
    factor: { type: 'string', default: '1' },
    runs: { type: 'string', default: '7' },
    warmup: { type: 'string', default: '1' },
    'skip-kpi': { type: 'boolean', default: false },
    'skip-export': { type: 'boolean', default: false },
    /** Answer through the month roll-ups (rolling up the closed months first, timed), as the API does. */
    rollups: { type: 'boolean', default: false },
  },
});
const driver = values.driver === 'postgresql' ? 'postgresql' : 'sqlite';
const orm = await openOrm(driver === 'postgresql' ? { databaseUrl: process.env.DATABASE_URL } : { sqlitePath: values.path });
const TODAY = '2026-11-15';
const NOW = new Date('2026-11-15T12:00:00+08:00');

try {
  await migrate(orm);
  const issues = await orm.em.fork().count(Issue, {});
  if (issues === 0) {
    const t = Date.now();
    const summary = await seedScale(orm.em.fork(), {
      factor: Number(values.factor),
      onProgress: (table, done, total) => process.stderr.write(`\r${table} ${done}/${total}      `),
    });
    process.stderr.write('\n');
    console.log(`generated in ${((Date.now() - t) / 1000).toFixed(1)} s: ${JSON.stringify(summary)}`);
  } else {
    console.log(`reusing the existing dataset (${issues} issues)`);
  }

  const backfilled = await backfillCommunityHistory(orm.em.fork());
  if (backfilled) console.log(`community history back-filled: ${backfilled} communities`);
  if (values.rollups) {
    const t = performance.now();
    const months = await rollUpClosedMonths(orm.em.fork(), { today: TODAY, now: NOW, firstResponseDays: 3 });
    console.log(`rolled up ${months.length} closed months in ${((performance.now() - t) / 1000).toFixed(1)} s (${months.join(' ')})`);
  }
  const engine = values.rollups ? kpisWithRollups : computeKpis;
  const run = (period: Period, groupBy: KpiGrouping[]) => engine(orm.em.fork(), { period, groupBy, filter: {}, today: TODAY, now: NOW, firstResponseDays: 3 });
  const month = parsePeriod('2026-11')!;
  const year = parsePeriod('2026')!;
  const calls: [string, () => Promise<unknown>][] = [
    ['2026-11 county-wide', () => run(month, [])],
    ['2026-10 county-wide (previous)', () => run(previousPeriod(month), [])],
    ['2026 by month (trend)', () => run(year, ['MONTH'])],
    ['2025-12~2026-12-31 by month (trend, previous)', () => run(customPeriod(previousPeriod(monthPeriod('2026-01')!).from, year.to)!, ['MONTH'])],
    ['2026-11 by township', () => run(month, ['TOWNSHIP'])],
    ['2026-10 by township (previous)', () => run(previousPeriod(month), ['TOWNSHIP'])],
    [
      'aggregates(ISSUES by CATEGORY) 2026-01-01~2026-11-15',
      () =>
        aggregate(orm.em.fork(), { subject: 'ISSUES', groupBy: ['CATEGORY'], filter: { from: year.from, to: TODAY }, scope: { kind: 'ALL' }, today: TODAY }),
    ],
  ];
  const pct = (xs: number[], p: number) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  };
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
  if (!values['skip-kpi']) {
    const perCall = calls.map(() => [] as number[]);
    const engine: number[] = [];
    const full: number[] = [];
    const cpu: number[] = [];
    const dashboard = async () => {
      const times: number[] = [];
      for (const [, call] of calls) {
        const t = performance.now();
        await call();
        times.push(performance.now() - t);
      }
      return times;
    };
    for (let i = 0; i < Number(values.warmup); i++) await dashboard();
    const loads = [load()];
    for (let i = 0; i < Number(values.runs); i++) {
      const c = process.cpuUsage();
      const times = await dashboard();
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
      times.forEach((ms, j) => perCall[j]!.push(ms));
      engine.push(times.slice(0, 6).reduce((a, b) => a + b, 0));
      full.push(times.reduce((a, b) => a + b, 0));
      loads.push(load());
    }
    const fmt = (xs: number[]) => `median ${pct(xs, 0.5).toFixed(0)} ms, p95 ${pct(xs, 0.95).toFixed(0)} ms`;
    console.log(`[${driver}] load average (1/5/15 min) before and after each run: ${loads.join(' | ')}`);
    calls.forEach(([name], j) => console.log(`[${driver}]   ${name}: ${fmt(perCall[j]!)}`));
    console.log(`[${driver}] KPI dashboard (6 engine calls) over ${engine.length} runs: ${fmt(engine)}`);
    console.log(`[${driver}] KPI dashboard + category aggregate (7 calls) over ${full.length} runs: ${fmt(full)}`);
    console.log(`[${driver}] CPU time of this process per dashboard (7 calls): ${fmt(cpu)}`);
  }

  if (!values['skip-export']) {
    const rssBefore = process.memoryUsage().rss;
    const t = performance.now();
    let rows = 0;
    let bytes = 0;
    let peak = rssBefore;
    const em = orm.em.fork();
    for await (const batch of exportBatches(em, 'issues', {}, { kind: 'ALL' }, 5000)) {
      for (const row of batch) {
        bytes += Buffer.byteLength(row.map((v) => (v == null ? '' : String(v))).join(',') + '\r\n');
        rows++;
      }
      em.clear();
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    const secs = (performance.now() - t) / 1000;
    console.log(`[${driver}] load average after the export: ${load()}`);
    console.log(
      `[${driver}] export issues.csv: ${rows} rows, ${(bytes / 1048576).toFixed(0)} MB in ${secs.toFixed(1)} s; peak RSS ${(peak / 1048576).toFixed(0)} MB (before ${(rssBefore / 1048576).toFixed(0)} MB)`,
    );
  }
} finally {
  await orm.close(true);
}
