import { DriverException, UniqueConstraintViolationException, raw, type EntityManager } from '@mikro-orm/core';
import { clock } from '../clock.js';
import { JobRun } from '../entities/index.js';

/**
 * Scheduled jobs run exactly once per period across every instance (issue 18). Each instance's scheduler ticks and
 * asks, for each job, to run the current period (`slot`); the `job_run` row of (job, slot) is the claim:
 *
 * - the first instance to insert it runs the job; the unique (job, slot) key makes every other insert fail;
 * - a run that FAILED is claimed again by one instance (a conditional UPDATE: the row's state and attempts decide)
 *   on a later tick, until it succeeds or has made `maxAttempts` attempts;
 * - a run still RUNNING after its lease (its instance died or hung) is claimable the same way.
 *
 * The same rule holds on SQLite (one instance) and PostgreSQL; no lock is held while a job runs.
 */
export interface ScheduledJob {
  /** Stable name, e.g. `credit-expiry`. */
  name: string;
  /** Runs the job; answers a short summary for the run's row (counts, no personal data). */
  run: () => Promise<string>;
}

export interface SchedulerOptions {
  /** The period being run, e.g. `2026-11-15T10` (hourSlot). */
  slot: string;
  now: Date;
  /** Who runs it: host:pid. */
  instance: string;
  /** A RUNNING row older than this is taken to be abandoned (default 30 minutes). */
  leaseMs?: number;
  /** Attempts per period before a failed run is left failed (default 3). */
  maxAttempts?: number;
  /** Receives a failed attempt's error as it is (for the log). */
  onError?: (e: unknown) => void;
}

export type JobOutcome = 'ran' | 'failed' | 'skipped';

export const DEFAULT_JOB_LEASE_MS = 30 * 60_000;
export const DEFAULT_JOB_MAX_ATTEMPTS = 3;

/** The hour of `now` in UTC as a slot: `2026-11-15T10`. */
export function hourSlot(now: Date): string {
  return now.toISOString().slice(0, 13);
}

/** A failure's message for the run's row: no stack, and for a database error only its code (its message may quote SQL). */
function failureText(e: unknown): string {
  if (e instanceof DriverException) return `database error ${String((e as { code?: unknown }).code ?? e.name)}`;
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0]!.slice(0, 480);
}

async function claim(em: EntityManager, job: string, o: Required<Omit<SchedulerOptions, 'onError'>>): Promise<boolean> {
  const leaseUntil = new Date(o.now.getTime() + o.leaseMs);
  try {
    await em.fork().insert(JobRun, { job, slot: o.slot, state: 'RUNNING', attempts: 1, startedAt: o.now, leaseUntil, instance: o.instance });
    return true;
  } catch (e) {
    if (!(e instanceof UniqueConstraintViolationException)) throw e;
  }
  const taken = await em.fork().nativeUpdate(
    JobRun,
    {
      job,
      slot: o.slot,
      attempts: { $lt: o.maxAttempts },
      $or: [{ state: 'FAILED' }, { state: 'RUNNING', leaseUntil: { $lt: o.now } }],
    },
    { state: 'RUNNING', attempts: raw('attempts + 1'), startedAt: o.now, leaseUntil, instance: o.instance, finishedAt: null, result: null },
  );
  return taken === 1;
}

/** Runs `job` for the slot unless another instance has run it, is running it, or it has used its attempts. */
export async function runScheduledJob(em: EntityManager, job: ScheduledJob, options: SchedulerOptions): Promise<JobOutcome> {
  const o = { leaseMs: DEFAULT_JOB_LEASE_MS, maxAttempts: DEFAULT_JOB_MAX_ATTEMPTS, ...options };
  if (!(await claim(em, job.name, o))) return 'skipped';
  const where = { job: job.name, slot: o.slot, instance: o.instance, state: 'RUNNING' as const };
  try {
    const summary = await job.run();
    await em.fork().nativeUpdate(JobRun, where, { state: 'SUCCEEDED', finishedAt: clock.now(), result: summary.slice(0, 500) });
    return 'ran';
  } catch (e) {
    o.onError?.(e);
    await em.fork().nativeUpdate(JobRun, where, { state: 'FAILED', finishedAt: clock.now(), result: failureText(e) });
    return 'failed';
  }
}
