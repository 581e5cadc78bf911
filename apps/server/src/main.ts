import { createServer } from 'node:http';
import {
  DEFAULT_SQLITE_PATH,
  ReplicaMonitor,
  migrate,
  openOrm,
  runCommitteeReminders,
  runCreditExpiry,
  setupDatabase,
  driverOf,
  type DbSettings,
} from '@wuye/db';
import { checkClosedLoopPolicy, clock, closedLoopPolicy, recomputeAllCredit, runClosedLoopJobs } from '@wuye/db';
import { messageFor, text } from '@wuye/domain';
import { sessionPolicy } from '@wuye/api';
import { createApp } from './app.js';
import { createLogger } from './logging.js';
import { moveUploadsIntoDatabase, removeUnattachedUploads } from './files.js';
import { backupSqlite, restoreSqlite } from './backup.js';
import { SCHEDULER_TICK_MS, instanceName, periodicJobs, schedulerTick } from './jobs.js';
import { readEnv } from './env.js';

/** Command line: `serve` (default), `setup` (migrate + demo county when empty), `migrate`, `seed`, `jobs`, `recompute`, `backup`, `restore`. */
const USAGE = `usage: main.ts <command>
  serve     start the platform (HTTP, GraphQL, dashboard)
  setup     apply migrations and load the demo county into an empty database
  migrate   apply pending migrations only
  seed      load the demo county (the database must be empty)
  jobs      run the periodic jobs once (credit: confirm records past their objection window, expire records past their term;
            closed loop: propose B1 for issues overdue past the grace period, B3 for complaints past their SLA;
            uploads: remove evidence files uploaded over a day ago and never attached to feedback)
  recompute recompute every stored score, grade and list status from the credit records (idempotent; safe to re-run)
  files-to-database  copy the evidence files of UPLOAD_DIR into the database (checked against their SHA-256; idempotent),
            before switching several instances to FILE_STORAGE=database
  backup <file>   SQLite: write a consistent copy of the database to <file>, also while the server runs
  restore <file>  SQLite: replace the database with the backup in <file> (stop the server first)
            PostgreSQL: use pg_dump / pg_restore (docs/operations.md)`;

async function main(command: string) {
  const env = readEnv();
  clock.startAt(env.clockStart);
  applyClosedLoopSettings(env);
  const settings: DbSettings = { databaseUrl: env.databaseUrl, sqlitePath: env.sqlitePath };
  const where = env.databaseUrl ? 'PostgreSQL' : `SQLite ${env.sqlitePath ?? 'data/wuye.sqlite'}`;
  // `serve` writes JSON lines (logging.ts); the one-shot commands print for a person at a terminal.
  const logger = command === 'serve' ? createLogger({ level: env.logLevel }) : null;
  const orm = await openOrm(
    logger ? { ...settings, driverLog: (level, message) => logger[level]({ driver: safeDriverMessage(message) }, 'database driver') } : settings,
  );
  try {
    switch (command) {
      case 'migrate': {
        const applied = await migrate(orm);
        console.log(applied.length ? `已应用迁移 / applied: ${applied.join(', ')}` : '数据库已是最新 / database is up to date');
        return;
      }
      case 'setup':
      case 'seed': {
        const result = await setupDatabase(orm, { seed: true });
        console.log(`${where}: ${JSON.stringify(result)}`);
        return;
      }
      case 'jobs': {
        const result = await runCreditExpiry(orm.em.fork(), clock.today());
        console.log(`${where}: credit ${JSON.stringify(result)}`);
        console.log(`${where}: committees ${JSON.stringify(await runCommitteeReminders(orm.em, clock.today()))}`);
        const loop = await runClosedLoopJobs(orm.em, clock.now(), { onError: logJobError });
        console.log(`${where}: closed loop ${JSON.stringify(loop)}`);
        const removed = await removeUnattachedUploads(orm, env.uploadDir, clock.now());
        console.log(`${where}: unattached uploads removed ${removed}`);
        return;
      }
      case 'files-to-database': {
        const result = await moveUploadsIntoDatabase(orm, env.uploadDir);
        console.log(`${where}: evidence files ${JSON.stringify(result)}`);
        return;
      }
      case 'recompute': {
        const result = await recomputeAllCredit(orm.em.fork(), clock.today());
        console.log(`${where}: recomputed ${JSON.stringify(result)}`);
        return;
      }
      case 'backup':
      case 'restore': {
        const file = process.argv[3];
        if (!file) throw new Error(`usage: main.ts ${command} <file>`);
        if (env.databaseUrl) throw new Error('PostgreSQL: use pg_dump / pg_restore (docs/operations.md)');
        const done = command === 'backup' ? await backupSqlite(orm, file) : await restoreSqlite(orm, file, env.sqlitePath ?? DEFAULT_SQLITE_PATH);
        console.log(`${where}: ${command} ${JSON.stringify(done)}`);
        return;
      }
      case 'serve': {
        const pending = await orm.getMigrator().getPendingMigrations();
        if (pending.length > 0) throw new Error(`数据库有 ${pending.length} 个未应用的迁移，请先运行 setup / run "setup" first`);
        sessionPolicy.idleMs = env.sessionIdleHours * 3600_000;
        sessionPolicy.absoluteMs = env.sessionMaxDays * 24 * 3600_000;
        const log = logger!;
        // Reads that can lag go to the replica while it keeps up (read-replica.ts); its state is in /healthz.
        const replica = env.replicaUrl
          ? new ReplicaMonitor({
              primary: orm,
              replica: await openOrm({ databaseUrl: env.replicaUrl }),
              maxLagSeconds: env.replicaMaxLagSeconds,
              onChange: (state) => log.warn({ replica: state }, `read replica ${state.status}`),
            })
          : undefined;
        replica?.start();
        const { app, errorLog, beginShutdown } = await createApp({
          orm,
          replica,
          databaseKind: driverOf(settings),
          dashboardDir: env.dashboardDir,
          bodyLimit: env.bodyLimit,
          trustProxy: env.trustProxy,
          uploadDir: env.uploadDir,
          uploadMaxBytes: env.uploadMaxBytes,
          fileStorage: env.fileStorage,
          rateLimits: env.rateLimits,
          logger: logger!,
        });
        const server = createServer(app);
        await new Promise<void>((ok) => server.listen(env.port, env.host, ok));
        log.info(
          { port: env.port, database: driverOf(settings), clockStart: env.clockStart?.toISOString() ?? null },
          `物业监管平台已启动 / platform running on http://localhost:${env.port} (${where})`,
        );
        // From here on a stray rejection (a request's, a job's) is logged, never the end of the process; errors of the
        // start itself above are awaited and still stop it.
        process.on('unhandledRejection', (e) => log.error({ err: errorLog.describe(e) }, 'unhandled rejection'));
        const jobFailed = (job: string) => (e: unknown) => log.error({ job, err: errorLog.describe(e) }, 'job failed');
        // Each job runs once an hour across all instances (jobs.ts); every instance ticks, one claims each hour's run.
        const scheduled = periodicJobs(orm, env.uploadDir, (what, e) => jobFailed(`closed loop: ${what}`)(e));
        const instance = instanceName();
        const tick = () =>
          env.periodicJobs ? schedulerTick(orm, scheduled, instance, (job, e) => jobFailed(job)(e)).catch(jobFailed('scheduler')) : Promise.resolve();
        if (!env.periodicJobs) log.info('PERIODIC_JOBS=off: this instance runs no periodic jobs');
        let jobsRunning: Promise<void> = tick();
        const jobs = setInterval(() => {
          jobsRunning = jobsRunning.then(tick);
        }, SCHEDULER_TICK_MS);
        jobs.unref();
        // `on`, not `once`, and for good: a library that re-raises a signal when it sees no other listener left
        // (signal-exit, loaded by a dependency) would otherwise kill the process before the shutdown below has run —
        // found by the cluster drill (scripts/cluster-drill.sh). A second signal while stopping changes nothing.
        let stopping = false;
        const onSignal = (signal: string) => {
          if (stopping) return log.warn({ signal }, 'already shutting down');
          stopping = true;
          void shutdown(signal);
        };
        process.on('SIGINT', onSignal);
        process.on('SIGTERM', onSignal);

        /**
         * SIGTERM (systemd, a rolling upgrade): stop accepting connections, let the requests in flight finish (cut after
         * SHUTDOWN_TIMEOUT_SECONDS), let a running job finish, close the database pool, exit 0.
         */
        async function shutdown(signal: string): Promise<void> {
          log.info({ signal, timeoutSeconds: env.shutdownTimeoutMs / 1000 }, 'shutting down: no new connections, finishing requests in flight');
          clearInterval(jobs);
          beginShutdown();
          const closed = new Promise<void>((ok) => server.close(() => ok()));
          // Keep-alive connections with no request in flight are closed now; busy ones after their answer.
          server.closeIdleConnections();
          const deadline = setTimeout(() => {
            log.warn('shutdown timeout: cutting the connections still open');
            server.closeAllConnections();
          }, env.shutdownTimeoutMs);
          deadline.unref();
          await closed;
          clearTimeout(deadline);
          await jobsRunning.catch(() => {});
          replica?.stop();
          await replica?.replica.close();
          await orm.close();
          errorLog.close();
          log.info('stopped');
          log.flush();
          process.exit(0);
        }
        return new Promise<never>(() => {});
      }
      default:
        console.error(USAGE);
        process.exitCode = 2;
    }
  } finally {
    if (command !== 'serve') await orm.close();
  }
}

/** The query builder's warnings ("Connection Error: …") carry no SQL, but are cut short all the same. */
function safeDriverMessage(message: string): string {
  return message.split('\n')[0]!.slice(0, 200);
}

function logJobError(what: string, e: unknown) {
  console.error(`closed-loop job failed for ${what}:`, e instanceof Error ? e.message : e);
}

/** The closed loop's clocks come from the environment; a contradictory SLA stops the start. */
function applyClosedLoopSettings(env: ReturnType<typeof readEnv>) {
  const settings = {
    b1GraceDays: env.b1GraceDays,
    dueSoonDays: env.dueSoonDays,
    sla: { firstResponseDays: env.complaintFirstResponseDays, resolutionDays: env.complaintResolutionDays },
  };
  const problems = checkClosedLoopPolicy(settings);
  if (problems.length > 0) throw new Error(problems.map((p) => messageFor(p, 'zh-CN')).join(text('errors.separator', 'zh-CN')));
  Object.assign(closedLoopPolicy, settings);
}

main(process.argv[2] ?? 'serve').catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
