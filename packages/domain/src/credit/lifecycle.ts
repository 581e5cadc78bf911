import { addDays, daysFrom } from '../dates.js';
import type { CreditRecordStatus } from './score.js';

/**
 * Record lifecycle (docs/product.md §5). Records are never edited or deleted: every change is one of these transitions,
 * and a correction is REVOKE plus a new record that names the one it corrects.
 *
 *   PROPOSED ──publicize──▶ PUBLICIZING ──(window passed, no objection) autoConfirm──▶ CONFIRMED ──expire──▶ EXPIRED
 *                               │                                                       └──repair──▶ REPAIRED
 *                               └──object (within the window, by the firm)──▶ OBJECTED ──decide (reviewer ≠ proposer)──▶ CONFIRMED | REVOKED
 *   revoke (a correction, with reason): PROPOSED, PUBLICIZING, OBJECTED, CONFIRMED, EXPIRED ──▶ REVOKED
 */

export const CREDIT_RECORD_STATUSES = [
  'PROPOSED',
  'PUBLICIZING',
  'OBJECTED',
  'CONFIRMED',
  'REVOKED',
  'EXPIRED',
  'REPAIRED',
] as const satisfies readonly CreditRecordStatus[];

export type CreditRecordEvent =
  | { type: 'PUBLICIZE'; today: string; objectionDays: number }
  | { type: 'OBJECT'; today: string }
  | { type: 'AUTO_CONFIRM'; today: string }
  | { type: 'DECIDE'; today: string; reviewerId: string; uphold: boolean }
  | { type: 'REVOKE'; today: string; reason: string }
  | { type: 'EXPIRE'; today: string }
  | { type: 'REPAIR'; today: string };

export interface LifecycleRecord {
  status: CreditRecordStatus;
  /** Null when the system proposed it. */
  proposedBy: string | null;
  objectionDeadline: string | null;
  expiresOn: string;
}

export interface LifecycleChange {
  status: CreditRecordStatus;
  /** Fields the transition sets. */
  publicizedOn?: string;
  objectionDeadline?: string;
  confirmedOn?: string;
  repairedOn?: string;
}

export type LifecycleError =
  'ILLEGAL_TRANSITION' | 'OBJECTION_WINDOW_CLOSED' | 'OBJECTION_WINDOW_OPEN' | 'REVIEWER_IS_PROPOSER' | 'NOT_EXPIRED_YET' | 'REASON_REQUIRED';

export type TransitionResult = { ok: true; change: LifecycleChange } | { ok: false; error: LifecycleError; from: CreditRecordStatus };

const FROM: Record<CreditRecordEvent['type'], readonly CreditRecordStatus[]> = {
  PUBLICIZE: ['PROPOSED'],
  OBJECT: ['PUBLICIZING'],
  AUTO_CONFIRM: ['PUBLICIZING'],
  DECIDE: ['OBJECTED'],
  REVOKE: ['PROPOSED', 'PUBLICIZING', 'OBJECTED', 'CONFIRMED', 'EXPIRED'],
  EXPIRE: ['CONFIRMED'],
  REPAIR: ['CONFIRMED'],
};

/** The last day objections are accepted: `objectionDays` days after the day of publication. */
export function objectionDeadlineOf(publicizedOn: string, objectionDays: number): string {
  return addDays(publicizedOn, objectionDays);
}

export function transition(r: LifecycleRecord, e: CreditRecordEvent): TransitionResult {
  const fail = (error: LifecycleError): TransitionResult => ({ ok: false, error, from: r.status });
  if (!FROM[e.type].includes(r.status)) return fail('ILLEGAL_TRANSITION');
  switch (e.type) {
    case 'PUBLICIZE':
      return { ok: true, change: { status: 'PUBLICIZING', publicizedOn: e.today, objectionDeadline: objectionDeadlineOf(e.today, e.objectionDays) } };
    case 'OBJECT':
      if (r.objectionDeadline != null && e.today > r.objectionDeadline) return fail('OBJECTION_WINDOW_CLOSED');
      return { ok: true, change: { status: 'OBJECTED' } };
    case 'AUTO_CONFIRM':
      if (r.objectionDeadline == null || e.today <= r.objectionDeadline) return fail('OBJECTION_WINDOW_OPEN');
      // Confirmed the day after the window closed, however late the job runs: history does not depend on the job.
      return { ok: true, change: { status: 'CONFIRMED', confirmedOn: addDays(r.objectionDeadline, 1) } };
    case 'DECIDE':
      if (r.proposedBy != null && r.proposedBy === e.reviewerId) return fail('REVIEWER_IS_PROPOSER');
      return { ok: true, change: e.uphold ? { status: 'CONFIRMED', confirmedOn: e.today } : { status: 'REVOKED' } };
    case 'REVOKE':
      if (e.reason.trim() === '') return fail('REASON_REQUIRED');
      return { ok: true, change: { status: 'REVOKED' } };
    case 'EXPIRE':
      if (e.today <= r.expiresOn) return fail('NOT_EXPIRED_YET');
      return { ok: true, change: { status: 'EXPIRED' } };
    case 'REPAIR':
      return { ok: true, change: { status: 'REPAIRED', repairedOn: e.today } };
  }
}

/** Days of the objection window left on `today` (0 on the last day, negative after it). */
export function objectionDaysLeft(objectionDeadline: string, today: string): number {
  return daysFrom(today, objectionDeadline);
}
