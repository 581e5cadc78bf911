import type { EntityManager } from '@mikro-orm/core';
import type { ScheduledJob } from '../jobs/scheduler.js';
import { flagOverdue } from './service.js';

/** Name of the job in `job_run`. */
export const LEASE_OVERDUE_JOB = 'lease-overdue';

/**
 * 逾期租金: the scheduled job that flags, for the head to confirm the termination, every active contract with an
 * instalment unpaid after its due date in Asia/Shanghai (`flagOverdue`). Run by the scheduler like the platform's other
 * periodic jobs (once per hour across all instances through the `job_run` claim); running it again, or on another
 * instance at the same moment, flags nothing twice. Its summary is the number of contracts flagged.
 */
export function leaseOverdueJob(em: EntityManager, now: () => Date): ScheduledJob {
  return { name: LEASE_OVERDUE_JOB, run: async () => JSON.stringify({ flagged: await flagOverdue(em, now()) }) };
}
