/**
 * Credit-expiry benchmark (not a test): the daily job (runCreditExpiry) expiring RECORDS confirmed records past their
 * term, spread over ENTERPRISES firms with one firm user each (one notice per record), next to as many records still
 * in effect; on SQLite and, when BENCH_PG_URL is set, PostgreSQL. Prints records/s, SQL statements and the load.
 *
 *   pnpm --filter @wuye/db bench:expiry                                        # SQLite, 20,000 due records
 *   BENCH_PG_URL=postgresql://postgres@127.0.0.1:55432/postgres pnpm --filter @wuye/db bench:expiry
 *   … -- --records 2000 --enterprises 200 --only postgresql                    # smaller run, one driver
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { migrate, type DriverName } from '../config.js';
import { recomputeAllCredit, runCreditExpiry } from '../credit/jobs.js';
import { CreditRecord, CreditRecordEvent, Notification } from '../entities/index.js';
import { benchStatements, openBenchDb, seriesSql } from './bench-db.js';

const argv = process.argv.slice(2);
const { values } = parseArgs({
  args: argv[0] === '--' ? argv.slice(1) : argv,
  options: {
    enterprises: { type: 'string', default: '1000' },
    records: { type: 'string', default: '20000' },
    only: { type: 'string' },
  },
});
const ENTERPRISES = Number(values.enterprises);
const RECORDS = Number(values.records);
const TODAY = '2026-11-15';

async function generate(em: SqlEntityManager, driver: DriverName) {
  const pg = driver === 'postgresql';
  const series = (n: number) => seriesSql(driver, n);
  const now = pg ? `now()` : `${Date.now()}`;
  const day = (expr: string) => (pg ? `(date '2023-01-01' + (${expr})::int)` : `date('2023-01-01', '+' || (${expr}) || ' days')`);
  await em.execute(`insert into township (name, code, created_at, updated_at) values ('城关镇', 'T1', ${now}, ${now})`);
  await em.execute(
    `insert into enterprise (name, uscc, legal_representative, township_id, status, score, grade, list_status, credit_positive, credit_negative, standard_version, created_at, updated_at)
     select '基准物业' || i || '有限公司', '91330100BENCH' || ${pg ? `lpad(i::text, 5, '0')` : `substr('00000' || i, -5, 5)`}, '甲', 1, 'ACTIVE', 80, 'AA', 'NONE', 0, 0, 1, ${now}, ${now}
     from (${series(ENTERPRISES)}) s`,
  );
  await em.execute(
    `insert into app_user (username, display_name, password_hash, role, enterprise_id, active, failed_logins, created_at, updated_at)
     select 'bench' || i, '企业用户' || i, 'x', 'ENTERPRISE', i, true, 0, ${now}, ${now} from (${series(ENTERPRISES)}) s`,
  );
  // Odd i: due (last day 2023-01-01 … 2025-09-27); even i: in effect (last day 2026-11-22 … 2027-09-17). B6, −10 points, a one-year term.
  await em.execute(
    `insert into credit_record (subject_type, enterprise_id, item_code, points, term_months, serious, veto, commendation, standard_version,
                                effective_from, expires_on, status, proposed_at, reason, source_type, publicized_on, objection_deadline, confirmed_on, created_at, updated_at)
     select 'ENTERPRISE', 1 + (i * 31) % ${ENTERPRISES}, 'B6', -10, 12, false, false, false, 1,
            r.exp, r.exp, 'CONFIRMED', ${now}, '基准数据', 'MANUAL', r.exp, r.exp, r.exp, ${now}, ${now}
     from (select i, case when i % 2 = 1 then ${day('i % 1000')} else ${day('1420 + i % 300')} end as exp from (${series(2 * RECORDS)}) s) r`,
  );
  // Effective dates a year before the last day, so the records in effect count.
  await em.execute(
    pg
      ? `update credit_record set effective_from = expires_on - 364, confirmed_on = expires_on - 364`
      : `update credit_record set effective_from = date(expires_on, '-364 days'), confirmed_on = date(expires_on, '-364 days')`,
  );
  await em.execute('analyze');
}

async function bench(driver: DriverName) {
  const { orm, cleanup } = await openBenchDb(driver);
  try {
    await migrate(orm);
    await generate(orm.em.fork() as SqlEntityManager, driver);
    await orm.em.fork().transactional((tx) => recomputeAllCredit(tx, TODAY));
    const before = benchStatements.count;
    const t0 = performance.now();
    const first = await runCreditExpiry(orm.em.fork(), TODAY);
    const seconds = (performance.now() - t0) / 1000;
    const statements = benchStatements.count - before;
    const load = loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    const t1 = performance.now();
    const again = await runCreditExpiry(orm.em.fork(), TODAY);
    const againMs = performance.now() - t1;
    const em = orm.em.fork();
    const check = {
      expired: await em.count(CreditRecord, { status: 'EXPIRED' }),
      events: await em.count(CreditRecordEvent, { toStatus: 'EXPIRED' }),
      notices: await em.count(Notification, { kind: 'EXPIRED' }),
    };
    return { driver, first, seconds, statements, load, again, againMs, check };
  } finally {
    await cleanup();
  }
}

const drivers = (['sqlite', ...(process.env.BENCH_PG_URL ? (['postgresql'] as const) : [])] as DriverName[]).filter((d) => !values.only || d === values.only);
console.log(`credit-expiry benchmark: ${RECORDS} due records (and ${RECORDS} in effect) over ${ENTERPRISES} firms`);
for (const d of drivers) {
  const r = await bench(d);
  console.log(
    `\n[${r.driver}] expired ${r.first.expired} in ${r.seconds.toFixed(1)} s: ${Math.round(r.first.expired / r.seconds)} records/s, ${r.statements} SQL statements (load average ${r.load})`,
  );
  console.log(`  second run the same day: expired ${r.again.expired} in ${r.againMs.toFixed(0)} ms`);
  console.log(`  stored: ${r.check.expired} EXPIRED records, ${r.check.events} expiry events, ${r.check.notices} notices`);
}
