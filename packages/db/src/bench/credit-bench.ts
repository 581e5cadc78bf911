/**
 * Credit benchmark (not a test): 10,000 enterprises holding 1,000,000 credit records, on SQLite and PostgreSQL.
 * Measures the ranking's first page (today: stored scores; a past date: computed from the records), the SQL
 * statements per ranking request, and the time to recompute every stored score from scratch.
 *
 *   pnpm --filter @wuye/db bench:credit                                   # SQLite only
 *   BENCH_PG_URL=postgresql://postgres@127.0.0.1:55434/postgres pnpm --filter @wuye/db bench:credit
 *   … -- --enterprises 1000 --records 100000                              # smaller run
 *   … -- --only postgresql                                                 # one driver
 *
 * BENCH_PG_URL names a server and a management database: the script creates and drops its own `wuye_bench_*` database.
 * Data is generated in SQL (recursive CTE / generate_series), deterministically.
 */
import { parseArgs } from 'node:util';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { SCORING_STANDARD_V1 } from '@wuye/domain';
import { migrate, type DriverName } from '../config.js';
import { rankEnterprises } from '../credit/standings.js';
import { recomputeAllCredit } from '../credit/jobs.js';
import { benchStatements, openBenchDb, seriesSql } from './bench-db.js';

const argv = process.argv.slice(2);
const { values } = parseArgs({
  args: argv[0] === '--' ? argv.slice(1) : argv,
  options: {
    enterprises: { type: 'string', default: '10000' },
    records: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '30' },
    only: { type: 'string' },
  },
});
const ENTERPRISES = Number(values.enterprises);
const RECORDS = Number(values.records);
const RUNS = Number(values.runs);
const TODAY = '2026-11-15';
const PAST = '2026-06-30';

/** Enterprise items of standard v1 (B11 and manager items aside), cycled through by the generator. */
const ITEMS = SCORING_STANDARD_V1.items.filter((i) => i.subject === 'ENTERPRISE');

async function generate(em: SqlEntityManager, driver: DriverName) {
  const pg = driver === 'postgresql';
  const series = (n: number) => seriesSql(driver, n);
  const now = pg ? `now()` : `${Date.now()}`;
  const day = (expr: string) => (pg ? `(date '2023-01-01' + (${expr})::int)` : `date('2023-01-01', '+' || (${expr}) || ' days')`);
  const plusMonths = (d: string, months: string) =>
    pg ? `(${d} + make_interval(months => ${months}) - interval '1 day')::date` : `date(${d}, '+' || ${months} || ' months', '-1 day')`;

  await em.execute(`insert into township (name, code, created_at, updated_at) select '镇' || i, 'T' || i, ${now}, ${now} from (${series(14)}) s`);
  await em.execute(
    `insert into enterprise (name, uscc, legal_representative, township_id, status, score, list_status, credit_positive, credit_negative, standard_version, created_at, updated_at)
     select '基准物业' || i || '有限公司', '91330100BENCH' || ${pg ? `lpad(i::text, 5, '0')` : `substr('00000' || i, -5, 5)`}, '甲', 1 + i % 14,
            case when i % 20 = 0 then 'SUSPENDED' else 'ACTIVE' end, 80, 'NONE', 0, 0, 1, ${now}, ${now}
     from (${series(ENTERPRISES)}) s`,
  );
  const items = ITEMS.map(
    (it, k) =>
      `select ${k} as k, '${it.code}' as code, ${it.points} as points, ${it.termMonths} as months, ${it.veto ? 'true' : 'false'} as veto, ${it.serious ? 'true' : 'false'} as serious, ${it.commendation ? 'true' : 'false'} as commendation`,
  ).join(' union all ');
  // Effective dates spread over 2023-01-01 … 2026-11-14; a record is confirmed 11 days later (the objection window).
  const eff = day(`(i * 7919) % 1413`);
  await em.execute(
    `insert into credit_record (subject_type, enterprise_id, item_code, points, term_months, serious, veto, commendation, standard_version,
                                effective_from, expires_on, status, proposed_at, reason, source_type, publicized_on, objection_deadline, confirmed_on, created_at, updated_at)
     select 'ENTERPRISE', 1 + (i * 31) % ${ENTERPRISES}, it.code, it.points, it.months, it.serious, it.veto, it.commendation, 1,
            r.eff, r.exp, case when r.exp < '${TODAY}' then 'EXPIRED' else 'CONFIRMED' end, ${now}, '基准数据', 'MANUAL', r.eff, r.eff, r.conf, ${now}, ${now}
     from (select i, ${eff} as eff, ${plusMonths(eff, `(select months from (${items}) m where m.k = i % ${ITEMS.length})`)} as exp, ${pg ? `${eff} + 11` : `date(${eff}, '+11 days')`} as conf
           from (${series(RECORDS)}) s) r
     join (${items}) it on it.k = r.i % ${ITEMS.length}`,
  );
  await em.execute('analyze');
}

const ms = (t0: number) => performance.now() - t0;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

async function bench(driver: DriverName) {
  const { orm, cleanup } = await openBenchDb(driver);
  try {
    await migrate(orm);
    const em = orm.em.fork() as SqlEntityManager;
    let t0 = performance.now();
    await generate(em, driver);
    const genSeconds = ms(t0) / 1000;

    t0 = performance.now();
    await orm.em.fork().transactional((tx) => recomputeAllCredit(tx, TODAY));
    const recompute = ms(t0) / 1000;

    const measure = async (asOf: string | null, runs: number, perPage = 25) => {
      const times: number[] = [];
      let perRequest = 0;
      for (let r = 0; r < runs; r++) {
        const before = benchStatements.count;
        const t = performance.now();
        await rankEnterprises(orm.em.fork(), { asOf, today: TODAY, page: 1, perPage });
        times.push(ms(t));
        perRequest = benchStatements.count - before;
      }
      return { median: quantile(times, 0.5), p95: quantile(times, 0.95), statements: perRequest };
    };
    const current = await measure(null, RUNS);
    const currentBig = await measure(null, Math.ceil(RUNS / 3), 200);
    const past = await measure(PAST, Math.max(5, Math.ceil(RUNS / 3)));
    return { driver, genSeconds, recompute, current, currentBig, past };
  } finally {
    await cleanup();
  }
}

const drivers = (['sqlite', ...(process.env.BENCH_PG_URL ? (['postgresql'] as const) : [])] as DriverName[]).filter((d) => !values.only || d === values.only);
console.log(`credit benchmark: ${ENTERPRISES} enterprises, ${RECORDS} records, ${RUNS} runs`);
for (const d of drivers) {
  const r = await bench(d);
  const f = (x: { median: number; p95: number; statements: number }) =>
    `median ${x.median.toFixed(1)} ms, p95 ${x.p95.toFixed(1)} ms, ${x.statements} SQL statement(s)`;
  console.log(`\n[${r.driver}] data generated in ${r.genSeconds.toFixed(1)} s`);
  console.log(`  recompute every stored score from scratch: ${r.recompute.toFixed(1)} s`);
  console.log(`  ranking page 1 (25, today, stored):        ${f(r.current)}`);
  console.log(`  ranking page 1 (200, today, stored):       ${f(r.currentBig)}`);
  console.log(`  ranking page 1 (25, as of ${PAST}):     ${f(r.past)}`);
}
