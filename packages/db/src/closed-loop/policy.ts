import { clock } from '../clock.js';
import { DEFAULT_COMPLAINT_SLA, checkComplaintSla, type ComplaintSla, type FieldIssue } from '@wuye/domain';

/**
 * Settings of the closed loop, set once at start-up by the server (env.ts) and read by the API and the job.
 *
 * - `b1GraceDays`: an issue overdue by more than this many whole days proposes B1 (default 3: a firm that is a
 *   day or two late after a weekend is not marked at once; 0 marks it the day after the deadline).
 * - `sla`: complaint first-response and resolution limits in days (default 3 and 15, docs/product.md §4).
 * - `dueSoonDays`: how close a deadline must be for the inbox and the `dueWithinDays` default (default 7).
 * - `now`: the platform's clock (clock.ts); tests replace it to stand on a deadline's boundary.
 */
export interface ClosedLoopPolicy {
  b1GraceDays: number;
  sla: ComplaintSla;
  dueSoonDays: number;
  now: () => Date;
}

export const DEFAULT_B1_GRACE_DAYS = 3;
export const DEFAULT_DUE_SOON_DAYS = 7;

export const closedLoopPolicy: ClosedLoopPolicy = {
  b1GraceDays: DEFAULT_B1_GRACE_DAYS,
  sla: { ...DEFAULT_COMPLAINT_SLA },
  dueSoonDays: DEFAULT_DUE_SOON_DAYS,
  now: () => clock.now(),
};

/** Checks settings before they are used (a bad SLA or grace period stops the server at start-up). */
export function checkClosedLoopPolicy(policy: Pick<ClosedLoopPolicy, 'b1GraceDays' | 'sla' | 'dueSoonDays'>): FieldIssue[] {
  const issues = checkComplaintSla(policy.sla);
  if (!Number.isInteger(policy.b1GraceDays) || policy.b1GraceDays < 0 || policy.b1GraceDays > 365) {
    issues.push({ field: 'b1GraceDays', code: 'OUT_OF_RANGE', params: { min: 0, max: 365 } });
  }
  if (!Number.isInteger(policy.dueSoonDays) || policy.dueSoonDays < 0 || policy.dueSoonDays > 90) {
    issues.push({ field: 'dueSoonDays', code: 'OUT_OF_RANGE', params: { min: 0, max: 90 } });
  }
  return issues;
}
