/**
 * Rolls up the KPI figures of every closed month that has none yet (analytics/rollups.ts); `--refresh` recomputes
 * the stored ones too. The same work as the hourly `kpi-rollups` job, on demand.
 *
 *   pnpm --filter @wuye/db rollups -- --path /tmp/wuye-scale.sqlite [--refresh] [--from 2025-01]
 *   DATABASE_URL=postgresql://… pnpm --filter @wuye/db rollups
 */
import { parseArgs } from 'node:util';
import { openOrm } from '../config.js';
import { clock } from '../clock.js';
import { closedLoopPolicy } from '../closed-loop/policy.js';
import { rollUpClosedMonths } from '../analytics/rollups.js';

const argv = process.argv.slice(2);
const { values } = parseArgs({
  args: argv[0] === '--' ? argv.slice(1) : argv,
  options: { path: { type: 'string' }, refresh: { type: 'boolean', default: false }, from: { type: 'string' } },
});
const databaseUrl = process.env.DATABASE_URL;
const orm = await openOrm(databaseUrl ? { databaseUrl } : values.path ? { sqlitePath: values.path } : {});
try {
  const started = performance.now();
  const months = await rollUpClosedMonths(orm.em.fork(), {
    today: clock.today(),
    now: clock.now(),
    firstResponseDays: closedLoopPolicy.sla.firstResponseDays,
    refresh: values.refresh,
    ...(values.from ? { from: values.from } : {}),
  });
  console.log(JSON.stringify({ months, ms: Math.round(performance.now() - started) }));
} finally {
  await orm.close(true);
}
