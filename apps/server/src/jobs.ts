import { hostname } from 'node:os';
import type { MikroORM } from '@mikro-orm/core';
import {
  clock,
  closedLoopPolicy,
  hourSlot,
  leaseOverdueJob,
  runCommitteeReminders,
  runClosedLoopJobs,
  runCreditExpiry,
  runKpiRollups,
  runScheduledJob,
  type ScheduledJob,
} from '@wuye/db';
import { removeUnattachedUploads } from './files.js';

/**
 * The periodic jobs of `serve`, each run once an hour across all instances (packages/db jobs/scheduler.ts): every
 * instance ticks; the first to claim a job's hour runs it, a failed run is retried on a later tick (three attempts),
 * and each run is kept in `job_run` for administrators (GraphQL `jobRuns`).
 */
export function periodicJobs(orm: MikroORM, uploadDir: string, onItemError: (what: string, e: unknown) => void): ScheduledJob[] {
  return [
    { name: 'credit-expiry', run: async () => JSON.stringify(await runCreditExpiry(orm.em.fork(), clock.today())) },
    { name: 'closed-loop', run: async () => JSON.stringify(await runClosedLoopJobs(orm.em, clock.now(), { onError: onItemError })) },
    { name: 'committee-reminders', run: async () => JSON.stringify(await runCommitteeReminders(orm.em, clock.today())) },
    // Leasing (docs/leasing.md): the day after an unpaid due date (Asia/Shanghai) the contract is flagged for termination.
    leaseOverdueJob(orm.em, () => clock.now()),
    {
      name: 'kpi-rollups',
      run: async () => JSON.stringify(await runKpiRollups(orm.em, clock.today(), clock.now(), closedLoopPolicy.sla.firstResponseDays)),
    },
    { name: 'upload-cleanup', run: async () => JSON.stringify({ removed: await removeUnattachedUploads(orm, uploadDir, clock.now()) }) },
  ];
}

/** How often each instance's scheduler looks for work; a failed run is retried on a later tick within its hour. */
export const SCHEDULER_TICK_MS = 5 * 60_000;

export const instanceName = () => `${hostname()}:${process.pid}`;

/** One tick: each job's current hour, claimed and run by this instance unless another has it. */
export async function schedulerTick(orm: MikroORM, jobs: ScheduledJob[], instance: string, onFailed: (job: string, e: unknown) => void): Promise<void> {
  const now = clock.now();
  for (const job of jobs) {
    await runScheduledJob(orm.em, job, { slot: hourSlot(now), now, instance, onError: (e) => onFailed(job.name, e) });
  }
}
