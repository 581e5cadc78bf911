/**
 * Benchmark (not a test) of the KPI engine and the export on the province-sized dataset (seed/scale.ts).
 *
 *   pnpm --filter @wuye/db bench:kpi -- --driver sqlite [--path /tmp/wuye-scale.sqlite] [--factor 1] [--runs 7]
 *   DATABASE_URL=postgresql://… pnpm --filter @wuye/db bench:kpi -- --driver postgresql
 *
 * The database is generated on first use (migrations + seedScale) and reused afterwards. "The full KPI dashboard
 * query" is what the dashboard home asks for: the current month county-wide, the year by month (trend), the month
 * by township — each with its previous period, exactly as the API's `kpis` field runs them (6 engine calls).
 * The export streams every issue through the CSV formatting of GET /export/issues.csv into a counting sink.
 */
import { parseArgs } from 'node:util';
import { parsePeriod, previousPeriod, customPeriod, monthPeriod, type KpiGrouping, type Period } from '@wuye/domain';
import { migrate, openOrm } from '../config.js';
import { computeKpis } from '../analytics/kpi-engine.js';
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
    'skip-export': { type: 'boolean', default: false },
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

  const run = (period: Period, groupBy: KpiGrouping[]) => computeKpis(orm.em.fork(), { period, groupBy, filter: {}, today: TODAY, now: NOW, firstResponseDays: 3 });
  const month = parsePeriod('2026-11')!;
  const year = parsePeriod('2026')!;
  const dashboard = async () => {
    await run(month, []);
    await run(previousPeriod(month), []);
    await run(year, ['MONTH']);
    await run(customPeriod(previousPeriod(monthPeriod('2026-01')!).from, year.to)!, ['MONTH']);
    await run(month, ['TOWNSHIP']);
    await run(previousPeriod(month), ['TOWNSHIP']);
  };
  await dashboard(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < Number(values.runs); i++) {
    const t = performance.now();
    await dashboard();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)]!;
  console.log(`[${driver}] KPI dashboard (6 engine calls) over ${times.length} runs: median ${pct(0.5).toFixed(0)} ms, p95 ${pct(0.95).toFixed(0)} ms`);

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
    console.log(`[${driver}] export issues.csv: ${rows} rows, ${(bytes / 1048576).toFixed(0)} MB in ${secs.toFixed(1)} s; peak RSS ${(peak / 1048576).toFixed(0)} MB (before ${(rssBefore / 1048576).toFixed(0)} MB)`);
  }
} finally {
  await orm.close(true);
}
