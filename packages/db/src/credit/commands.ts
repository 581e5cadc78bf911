import type { EntityManager } from '@mikro-orm/core';
import { checkScoringStandard, repairEligibility, repairRefusalIssue, type FieldIssue, type ScoringStandard as StandardData } from '@wuye/domain';
import { clock } from '../clock.js';
import { failOn, RuleError } from '../rule-error.js';
import { CreditRecord, Issue, Objection, RepairApplication, ScoringStandard, User } from '../entities/index.js';
import { applyTransition, notifyFirm, type CreditActor } from './service.js';
import { standardFor } from './standards.js';

/**
 * The credit commands (docs/credit.md): each takes the caller's transactional EntityManager, checks its rules
 * (RuleError, nothing written), writes all of the record's state through `applyTransition` together with the
 * objection or application it concerns, and returns what the caller shows next. The resolvers and the daily job
 * call these; proposing is `proposeRecord` (service.ts). Authorisation (scope, the firm's own records) is the
 * caller's.
 */

export const SYSTEM_ACTOR: CreditActor = { userId: null, name: '系统' };

const NOTE_MAX = 500;
const required = (field: string, text: string): FieldIssue[] => (text ? [] : [{ field, code: 'REQUIRED' }]);
const userRef = (em: EntityManager, actor: CreditActor) => (actor.userId ? em.getReference(User, actor.userId) : null);

/** PROPOSED → PUBLICIZING: notifies the firm and opens the objection window of the standard in force today. */
export async function publicizeRecord(em: EntityManager, actor: CreditActor, record: CreditRecord, today: string): Promise<CreditRecord> {
  const standard = await standardFor(em, today);
  await applyTransition(em, record, { type: 'PUBLICIZE', today, objectionDays: standard.objectionDays }, actor);
  return record;
}

/** PUBLICIZING → CONFIRMED once the objection window has passed with no objection (the daily job's confirmation). */
export async function confirmRecord(em: EntityManager, record: CreditRecord, today: string): Promise<CreditRecord> {
  await applyTransition(em, record, { type: 'AUTO_CONFIRM', today }, SYSTEM_ACTOR, '异议期满无异议，自动确认', { notice: null });
  return record;
}

/** Revokes a record with a reason (a correction re-issues it with `proposeRecord`, naming it in `correctsId`). */
export async function revokeRecord(em: EntityManager, actor: CreditActor, record: CreditRecord, reason: string, today: string): Promise<CreditRecord> {
  const text = reason.trim().slice(0, NOTE_MAX);
  failOn(required('reason', text));
  await applyTransition(em, record, { type: 'REVOKE', today, reason }, actor, text, {
    patch: { revokedBy: userRef(em, actor), revokedAt: clock.now(), revokeReason: text },
  });
  return record;
}

/** The firm objects within the window: the record becomes OBJECTED and a PENDING objection awaits a reviewer. */
export async function fileObjection(
  em: EntityManager,
  actor: CreditActor,
  record: CreditRecord,
  input: { statement: string; evidence?: string | null },
  today: string,
): Promise<Objection> {
  const text = input.statement.trim();
  failOn(text ? (text.length > 5000 ? [{ field: 'statement', code: 'TOO_LONG', params: { max: 5000 } }] : []) : [{ field: 'statement', code: 'REQUIRED' }]);
  await applyTransition(em, record, { type: 'OBJECT', today }, actor, text.slice(0, NOTE_MAX));
  const objection = em.create(Objection, {
    record,
    enterprise: record.enterprise,
    filedBy: em.getReference(User, actor.userId!),
    filedAt: clock.now(),
    statement: text,
    evidence: input.evidence?.trim() || null,
    status: 'PENDING',
  });
  await em.flush();
  return objection;
}

/**
 * A reviewer who did not propose the record decides an objection: upholding the record confirms it (objection
 * REJECTED), accepting the objection revokes it. The record's status, reviewer, decision and revocation are written
 * together, with the objection's decision.
 */
export async function decideObjection(
  em: EntityManager,
  actor: CreditActor,
  objection: Objection,
  input: { uphold: boolean; note: string },
  today: string,
): Promise<Objection> {
  const note = input.note.trim().slice(0, NOTE_MAX);
  failOn(required('note', note));
  const record = await em.findOneOrFail(CreditRecord, { id: objection.record.id });
  const reviewer = userRef(em, actor);
  const at = clock.now();
  await applyTransition(em, record, { type: 'DECIDE', today, reviewerId: String(actor.userId), uphold: input.uphold }, actor, note, {
    patch: {
      reviewer,
      decision: input.uphold ? 'UPHELD' : 'REVOKED',
      decisionNote: note,
      decidedAt: at,
      ...(input.uphold ? {} : { revokedBy: reviewer, revokedAt: at, revokeReason: note }),
    },
  });
  em.assign(objection, { status: input.uphold ? 'REJECTED' : 'ACCEPTED', decidedBy: reviewer, decidedAt: at, decisionNote: note });
  await em.flush();
  return objection;
}

/** Open issues of a firm: a repair application states them, counted here and never taken from the caller. */
export function openIssuesOf(em: EntityManager, enterpriseId: number): Promise<number> {
  return em.count(Issue, { enterprise: enterpriseId, state: { $ne: 'CLOSED' } });
}

/** The firm applies to repair a negative record (minimum publicity period, issues closed, written commitment). */
export async function applyForRepair(
  em: EntityManager,
  actor: CreditActor,
  record: CreditRecord,
  commitment: string,
  today: string,
): Promise<RepairApplication> {
  const openIssues = await openIssuesOf(em, record.enterprise.id);
  const verdict = repairEligibility(record, today, openIssues, commitment, await standardFor(em, today));
  if (!verdict.ok) throw new RuleError([repairRefusalIssue(verdict, openIssues)]);
  if ((await em.count(RepairApplication, { record: record.id, status: 'PENDING' })) > 0) throw new RuleError([{ field: 'recordId', code: 'ALREADY_PENDING' }]);
  const application = em.create(RepairApplication, {
    record,
    enterprise: record.enterprise,
    appliedBy: em.getReference(User, actor.userId!),
    appliedAt: clock.now(),
    commitment: commitment.trim(),
    openIssues,
    status: 'PENDING',
  });
  await em.flush();
  return application;
}

/** A regulator approves (the record becomes REPAIRED and stops counting today) or refuses a pending application. */
export async function decideRepair(
  em: EntityManager,
  actor: CreditActor,
  application: RepairApplication,
  input: { approve: boolean; reasons: string },
  today: string,
): Promise<RepairApplication> {
  const reasons = input.reasons.trim();
  failOn(required('reasons', reasons));
  if (application.status !== 'PENDING') throw new RuleError([{ field: 'applicationId', code: 'RATING_STATUS', params: { status: application.status } }]);
  const record = await em.findOneOrFail(CreditRecord, { id: application.record.id });
  if (input.approve) await applyTransition(em, record, { type: 'REPAIR', today }, actor, reasons.slice(0, NOTE_MAX));
  em.assign(application, {
    status: input.approve ? 'APPROVED' : 'REFUSED',
    decidedBy: userRef(em, actor),
    decidedAt: clock.now(),
    reasons: reasons.slice(0, 1000),
  });
  await em.flush();
  if (!input.approve) {
    await notifyFirm(em, record, 'REPAIR_REFUSED', reasons);
    await em.flush();
  }
  return application;
}

/** Every issued version of the scoring standard, oldest first, with its note. */
export async function scoringStandardVersions(em: EntityManager): Promise<(StandardData & { note: string | null })[]> {
  const rows = await em.find(ScoringStandard, {}, { orderBy: { version: 'asc' } });
  return rows.map((r) => ({ ...r.definition, version: r.version, effectiveFrom: r.effectiveFrom, note: r.note ?? null }));
}

/** ADMIN issues the next version, in force from a date not in the past and after the latest version's. */
export async function issueScoringStandard(
  em: EntityManager,
  actor: CreditActor,
  input: { definition: StandardData; effectiveFrom: string; note?: string | null },
  today: string,
): Promise<StandardData & { version: number; note: string | null }> {
  const latest = await em.findOne(ScoringStandard, { version: { $gt: 0 } }, { orderBy: { version: 'desc' } });
  const version = (latest?.version ?? 0) + 1;
  // A definition that is not a JSON object is refused on its own field (malformed JSON input).
  const isObject = input.definition !== null && typeof input.definition === 'object' && !Array.isArray(input.definition);
  const data = { ...(isObject ? input.definition : ({} as StandardData)), version, effectiveFrom: input.effectiveFrom };
  const issues: FieldIssue[] = isObject
    ? checkScoringStandard(data).map((i) => ({ ...i, field: `standard.${i.field}` }))
    : [{ field: 'definition', code: 'INVALID_FORMAT' }];
  if (input.effectiveFrom < today) issues.push({ field: 'effectiveFrom', code: 'DATE_BEFORE', params: { other: today } });
  if (latest && input.effectiveFrom <= latest.effectiveFrom)
    issues.push({ field: 'effectiveFrom', code: 'DATE_BEFORE', params: { other: latest.effectiveFrom } });
  failOn(issues);
  const row = em.create(ScoringStandard, {
    version,
    effectiveFrom: input.effectiveFrom,
    definition: data,
    note: input.note?.trim() || null,
    createdBy: userRef(em, actor),
  });
  await em.flush();
  return { ...data, note: row.note ?? null };
}
