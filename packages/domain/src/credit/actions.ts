import { availability, type ActionAvailability } from '../availability.js';
import type { FieldIssue } from '../field-errors.js';
import { can, type Principal } from '../permissions.js';
import { objectionDaysLeft, transition, type CreditRecordEvent, type LifecycleError, type LifecycleRecord } from './lifecycle.js';
import { repairOutlook } from './guidance.js';
import type { ScoredRecord } from './score.js';
import type { ScoringStandard } from './standard.js';

/**
 * What a caller may do to a credit record, an objection or a repair application now (docs/credit.md), for the
 * dashboard's buttons. An action is listed when the caller holds its permission (and, for a firm, the record is its
 * own) and the item's state is one the action starts from; `reason` says why a listed action cannot be taken yet,
 * in the same words the command would refuse it with.
 */

export const CREDIT_RECORD_ACTIONS = ['PUBLICIZE', 'OBJECT', 'DECIDE_OBJECTION', 'APPLY_REPAIR', 'REVOKE'] as const;
export type CreditRecordAction = (typeof CREDIT_RECORD_ACTIONS)[number];
export const OBJECTION_ACTIONS = ['DECIDE'] as const;
export type ObjectionAction = (typeof OBJECTION_ACTIONS)[number];
export const REPAIR_ACTIONS = ['APPROVE', 'REFUSE'] as const;
export type RepairAction = (typeof REPAIR_ACTIONS)[number];

const ACTION_OF: Record<CreditRecordEvent['type'], string> = {
  PUBLICIZE: 'publicize',
  OBJECT: 'object',
  AUTO_CONFIRM: 'confirm',
  DECIDE: 'decide',
  REVOKE: 'revoke',
  EXPIRE: 'expire',
  REPAIR: 'repair',
};

/** The field-named issue a refused transition is reported as (by the commands and by `reason`). */
export function lifecycleIssue(record: LifecycleRecord, type: CreditRecordEvent['type'], error: LifecycleError): FieldIssue {
  const params: Record<string, string> = { from: record.status, action: ACTION_OF[type] };
  if (record.objectionDeadline) params.deadline = record.objectionDeadline;
  params.expiresOn = record.expiresOn;
  return { field: 'recordId', code: error === 'REASON_REQUIRED' ? 'REQUIRED' : error, params };
}

export interface RecordFacts extends LifecycleRecord, ScoredRecord {
  termMonths: number;
  enterpriseId: string;
}

/** Facts only APPLY_REPAIR needs; loaded only when that action is listed. */
export interface RepairFacts {
  openIssues: number;
  pendingApplication: boolean;
  standard: ScoringStandard;
}

function refusal(record: RecordFacts, event: CreditRecordEvent): FieldIssue | null {
  const r = transition(record, event);
  return r.ok ? null : lifecycleIssue(record, event.type, r.error);
}

/** Whether APPLY_REPAIR is listed for the caller, so its facts are worth loading. */
export function offersRepair(record: Pick<RecordFacts, 'status' | 'points' | 'enterpriseId'>, who: Principal | null | undefined): boolean {
  return can(who, 'repair:apply') && ownRecord(record, who) && record.status === 'CONFIRMED' && record.points < 0;
}

const ownRecord = (record: Pick<RecordFacts, 'enterpriseId'>, who: Principal | null | undefined) =>
  !!who?.enterpriseId && String(who.enterpriseId) === String(record.enterpriseId);

/**
 * The actions on a record:
 * - the bureau (`credit:decide`) publicizes a PROPOSED record, decides an OBJECTED one unless it proposed the record
 *   itself, and revokes any record not yet REVOKED or REPAIRED;
 * - the firm, on its own records, objects to a PUBLICIZING one up to the objection deadline (`objection:file`) and
 *   applies to repair a CONFIRMED negative one once the repair rules allow it (`repair:apply`).
 */
export function creditRecordActions(
  record: RecordFacts,
  who: Principal | null | undefined,
  today: string,
  repair: RepairFacts | null,
): ActionAvailability<CreditRecordAction>[] {
  const out: ActionAvailability<CreditRecordAction>[] = [];
  const decides = can(who, 'credit:decide');
  if (decides && record.status === 'PROPOSED') out.push(availability('PUBLICIZE', null));
  if (can(who, 'objection:file') && ownRecord(record, who) && record.status === 'PUBLICIZING') {
    out.push(availability('OBJECT', refusal(record, { type: 'OBJECT', today })));
  }
  if (decides && record.status === 'OBJECTED') {
    out.push(availability('DECIDE_OBJECTION', refusal(record, { type: 'DECIDE', today, reviewerId: who!.userId, uphold: true })));
  }
  if (repair && offersRepair(record, who)) {
    const outlook = repairOutlook(record, today, repair.openIssues, repair.pendingApplication, repair.standard);
    const blocked = outlook.blockers.length > 0;
    out.push({
      ...availability('APPLY_REPAIR', outlook.blockers[0] ?? null),
      reasons: outlook.blockers,
      availableFrom: blocked && outlook.earliest && outlook.earliest > today ? outlook.earliest : null,
    });
  }
  if (decides && transition(record, { type: 'REVOKE', today, reason: '-' }).ok) out.push(availability('REVOKE', null));
  return out;
}

/** Why a repair application for the record would be refused now (the commitment aside), or null: the first blocker. */
export function repairReason(record: RecordFacts, today: string, repair: RepairFacts): FieldIssue | null {
  return repairOutlook(record, today, repair.openIssues, repair.pendingApplication, repair.standard).blockers[0] ?? null;
}

/** Deciding a PENDING objection: the bureau, unless it proposed the record; the record must still be OBJECTED. */
export function objectionActions(
  objection: { status: string },
  record: RecordFacts,
  who: Principal | null | undefined,
  today: string,
): ActionAvailability<ObjectionAction>[] {
  if (!can(who, 'credit:decide') || objection.status !== 'PENDING') return [];
  return [availability('DECIDE', refusal(record, { type: 'DECIDE', today, reviewerId: who!.userId, uphold: true }))];
}

/** Deciding a PENDING repair application: refusing always; approving only while the record is still CONFIRMED. */
export function repairApplicationActions(
  application: { status: string },
  record: RecordFacts,
  who: Principal | null | undefined,
  today: string,
): ActionAvailability<RepairAction>[] {
  if (!can(who, 'credit:decide') || application.status !== 'PENDING') return [];
  return [availability('APPROVE', refusal(record, { type: 'REPAIR', today })), availability('REFUSE', null)];
}

/** Days left to object (0 on the deadline day) while a record is PUBLICIZING, else null. */
export function objectionDaysLeftOf(record: Pick<LifecycleRecord, 'status' | 'objectionDeadline'>, today: string): number | null {
  if (record.status !== 'PUBLICIZING' || !record.objectionDeadline || today > record.objectionDeadline) return null;
  return objectionDaysLeft(record.objectionDeadline, today);
}
