import type { EntityManager } from '@mikro-orm/core';
import { addDays, shanghaiDate, type ComplaintSla } from '@wuye/domain';
import { Complaint, Issue } from '../entities/index.js';
import { closedLoopPolicy } from './policy.js';
import { proposeDueForComplaint, proposeDueForIssue } from './proposals.js';

export interface ClosedLoopJobResult {
  /** B1 records proposed (issues overdue past the grace period). */
  b1: number;
  /** B3 records proposed (complaints past their SLA); B4/B5 missed by a crash are caught up here too. */
  b3: number;
  b4: number;
  b5: number;
  /** Items whose proposal failed (logged, retried on the next run). */
  failed: number;
}

export interface ClosedLoopJobOptions {
  graceDays?: number;
  sla?: ComplaintSla;
  onError?: (what: string, error: unknown) => void;
}

/**
 * The periodic closed-loop job: proposes B1 for every issue overdue by more than the grace period and B3 for
 * every complaint past its first-response or resolution limit, once per item.
 *
 * Idempotent and safe on several instances at once: candidates are read cheaply, then each item is handled in
 * its own transaction where the domain decides whether a record is due and the item's flag is claimed with a
 * conditional UPDATE (see proposals.ts); a run that finds the flag already set proposes nothing.
 */
export async function runClosedLoopJobs(em: EntityManager, now: Date, options: ClosedLoopJobOptions = {}): Promise<ClosedLoopJobResult> {
  const graceDays = options.graceDays ?? closedLoopPolicy.b1GraceDays;
  const sla = options.sla ?? closedLoopPolicy.sla;
  const result: ClosedLoopJobResult = { b1: 0, b3: 0, b4: 0, b5: 0, failed: 0 };
  for (const id of await b1Candidates(em.fork(), now, graceDays)) {
    try {
      const done = await em.fork().transactional(async (tx) => proposeDueForIssue(tx, await tx.findOneOrFail(Issue, { id }), now, graceDays));
      if (done.includes('B1')) result.b1++;
    } catch (e) {
      result.failed++;
      options.onError?.(`issue #${id}`, e);
    }
  }
  for (const id of await complaintCandidates(em.fork(), now, sla)) {
    try {
      const done = await em.fork().transactional(async (tx) => proposeDueForComplaint(tx, await tx.findOneOrFail(Complaint, { id }), now, sla));
      for (const code of done) if (code === 'B3' || code === 'B4' || code === 'B5') result[code.toLowerCase() as 'b3' | 'b4' | 'b5']++;
    } catch (e) {
      result.failed++;
      options.onError?.(`complaint #${id}`, e);
    }
  }
  return result;
}

/** Issues that may be B1-due: overdue by more than graceDays ⇔ deadline < today − graceDays (the domain re-checks). */
export async function b1Candidates(em: EntityManager, now: Date, graceDays: number): Promise<number[]> {
  const lastOnTime = addDays(shanghaiDate(now), -graceDays);
  const rows = await em.find(
    Issue,
    { b1Proposed: false, enterprise: { $ne: null }, deadline: { $ne: null, $lt: lastOnTime } },
    { fields: ['id'], orderBy: { id: 'asc' } },
  );
  return rows.map((r) => r.id);
}

/** Complaints that may owe B3 (older than the first-response limit), B4 or B5 not yet proposed. */
export async function complaintCandidates(em: EntityManager, now: Date, sla: ComplaintSla): Promise<number[]> {
  const responseDue = new Date(now.getTime() - sla.firstResponseDays * 86_400_000);
  const rows = await em.find(
    Complaint,
    {
      enterprise: { $ne: null },
      $or: [
        { b3Proposed: false, receivedAt: { $lt: responseDue } },
        { b4Proposed: false, upheld: true, complainantCount: { $gte: 10 } },
        { b5Proposed: false, followUpRating: 'DISSATISFIED' },
      ],
    },
    { fields: ['id'], orderBy: { id: 'asc' } },
  );
  return rows.map((r) => r.id);
}
