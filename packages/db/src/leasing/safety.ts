import type { EntityManager } from '@mikro-orm/core';
import {
  availableSafetyActions,
  decisionIssues,
  isIsoDate,
  jointMeetingNotice,
  routeByCategory,
  safetyActionIssues,
  safetyCheckDue,
  safetyFindingOverdue,
  safetyItem,
  shanghaiDate,
  MIN_DATE,
  type FieldIssue,
  type MeetingDecision,
  type Principal,
  type SafetyFindingAction,
  type SafetyFindingSnapshot,
  type SafetyFindingState,
} from '@wuye/domain';
import { recordAudit } from '../audit.js';
import { Agency, Department, LeaseContract, LeaseMeeting, LeaseSafetyCheck, LeaseSafetyEvent, LeaseSafetyFinding, LeaseUnit } from '../entities/index.js';
import { parseId } from '../references.js';
import { failOn, RuleError } from '../rule-error.js';

/**
 * Safety checks of let units and the working group's meetings (issue 14, seed part 4 §7–8). Each command runs in one
 * transaction with its audit row; a refusal (a rule of @wuye/domain leasing/safety.ts) names the field and writes
 * nothing. Findings go round the closed loop's states; a violation is referred by the head to the department whose
 * remit covers its category (the platform's routing), and that department closes it with its outcome.
 */

type Id = string | number;

/** A member of the working group, or (for a referred finding) the enforcing department's user. */
export interface SafetyActor {
  principal: Principal;
  name: string;
  ip?: string | null;
}

function agencyOf(actor: SafetyActor): number {
  const p = actor.principal;
  const id = p.role === 'AGENCY' && p.agencyId ? parseId(p.agencyId) : null;
  if (!id) throw new RuleError([{ field: 'agencyId', code: 'OUT_OF_SCOPE' }]);
  return id;
}

async function audited<T>(
  em: EntityManager,
  actor: SafetyActor,
  action: string,
  fn: (tx: EntityManager) => Promise<{ result: T; entityType: string; entityId: number; changes: Record<string, unknown> }>,
): Promise<T> {
  return em.transactional(async (tx) => {
    const done = await fn(tx);
    await tx.flush();
    recordAudit(
      tx,
      { userId: Number(actor.principal.userId), name: actor.name, ip: actor.ip ?? null },
      { action: `leasing.${action}`, entityType: done.entityType, entityId: done.entityId, changes: done.changes },
    );
    return done.result;
  });
}

function text(issues: FieldIssue[], field: string, value: string | null | undefined, max: number, required: boolean): string | null {
  const v = value?.trim() ?? '';
  if (!v) {
    if (required) issues.push({ field, code: 'REQUIRED' });
    return null;
  }
  if (Array.from(v).length > max) issues.push({ field, code: 'TOO_LONG', params: { max } });
  return v;
}

// ---------------------------------------------------------------------------------------------------------------
// Safety checks

export interface SafetyCheckInput {
  unitId: Id;
  /** YYYY-MM-DD, not after today (Asia/Shanghai). */
  checkedOn: string;
  inspectors: string;
  note?: string | null;
  /** What was found; none when the unit passed. */
  findings: { item: string; description: string }[];
}

/** Records a check of a let unit; each finding is registered on the loop with its first timeline line. */
export async function recordSafetyCheck(em: EntityManager, actor: SafetyActor, input: SafetyCheckInput, now: Date): Promise<LeaseSafetyCheck> {
  const agencyId = agencyOf(actor);
  return audited(em, actor, 'recordSafetyCheck', async (tx) => {
    const issues: FieldIssue[] = [];
    const key = parseId(input.unitId);
    const unit = key ? await tx.findOne(LeaseUnit, { id: key }) : null;
    if (!unit) throw new RuleError([{ field: 'unitId', code: 'UNKNOWN_REFERENCE', params: { id: String(input.unitId) } }]);
    if (unit.agency.id !== agencyId) throw new RuleError([{ field: 'unitId', code: 'LEASE_AGENCY_MISMATCH' }]);
    if (unit.state !== 'LET') issues.push({ field: 'unitId', code: 'LEASE_UNIT_NOT_LET' });
    const today = shanghaiDate(now);
    if (!input.checkedOn) issues.push({ field: 'checkedOn', code: 'REQUIRED' });
    else if (!isIsoDate(input.checkedOn)) issues.push({ field: 'checkedOn', code: 'INVALID_DATE' });
    else if (input.checkedOn < MIN_DATE || input.checkedOn > today)
      issues.push({ field: 'checkedOn', code: 'DATE_OUT_OF_RANGE', params: { min: MIN_DATE, max: today } });
    const inspectors = text(issues, 'inspectors', input.inspectors, 200, true);
    const note = text(issues, 'note', input.note, 2000, false);
    const findings = input.findings.map((f, i) => {
      const item = safetyItem(f.item);
      if (!item) issues.push({ field: `findings.${i}.item`, code: 'LEASE_UNKNOWN_SAFETY_ITEM', params: { value: f.item } });
      const description = text(issues, `findings.${i}.description`, f.description, 2000, true);
      return { item, description };
    });
    failOn(issues);
    const contract = await tx.findOne(LeaseContract, { unit: unit.id, state: { $in: ['ACTIVE', 'FLAGGED'] } }, { orderBy: { id: 'desc' } });
    const check = tx.create(LeaseSafetyCheck, {
      agency: tx.getReference(Agency, agencyId),
      unit,
      contract,
      checkedOn: input.checkedOn,
      inspectors: inspectors!,
      note,
      createdById: Number(actor.principal.userId),
    });
    for (const f of findings) {
      const finding = tx.create(LeaseSafetyFinding, {
        agency: tx.getReference(Agency, agencyId),
        check,
        unit,
        contract,
        item: f.item!.code,
        category: f.item!.category,
        description: f.description!,
        state: 'REGISTERED',
        createdAt: now,
        updatedAt: now,
      });
      tx.create(LeaseSafetyEvent, {
        finding,
        action: 'REGISTER',
        fromState: null,
        toState: 'REGISTERED',
        actorId: Number(actor.principal.userId),
        actorName: actor.name,
        at: now,
        note: null,
      });
    }
    await tx.flush();
    return {
      result: check,
      entityType: 'LeaseSafetyCheck',
      entityId: check.id,
      changes: { unitId: unit.id, checkedOn: check.checkedOn, findings: findings.map((f) => f.item!.code) },
    };
  });
}

export function findingSnapshot(f: LeaseSafetyFinding): SafetyFindingSnapshot {
  return {
    state: f.state,
    agencyId: String(f.agency.id),
    departmentId: f.department ? String(f.department.id) : null,
    submittedById: f.submittedById == null ? null : String(f.submittedById),
  };
}

export interface SafetyActionInput {
  action: string;
  note?: string | null;
  measures?: string | null;
  deadline?: string | null;
  /** REFER: the department to refer to; by default the one whose remit covers the finding's category. */
  departmentId?: Id | null;
}

/**
 * One step of a finding round the loop: the rectification notice (ASSIGN, measures and deadline), the tenant's
 * acknowledgement and report keyed in (ACKNOWLEDGE, SUBMIT), verification or return (CLOSE, RETURN: deputy or head,
 * not whoever keyed in the report), the referral (REFER: head) and the department's outcome (RESOLVE).
 */
export async function actOnSafetyFinding(
  em: EntityManager,
  actor: SafetyActor,
  findingId: Id,
  input: SafetyActionInput,
  now: Date,
): Promise<LeaseSafetyFinding> {
  return audited(em, actor, 'safetyFinding', async (tx) => {
    const key = parseId(findingId);
    const finding = key ? await tx.findOne(LeaseSafetyFinding, { id: key }) : null;
    const visible =
      finding &&
      ((actor.principal.role === 'AGENCY' && actor.principal.agencyId === String(finding.agency.id)) ||
        (actor.principal.role === 'DEPARTMENT' && finding.department && actor.principal.departmentId === String(finding.department.id)));
    if (!finding || !visible) throw new RuleError([{ field: 'findingId', code: 'UNKNOWN_REFERENCE', params: { id: String(findingId) } }]);
    const issues = safetyActionIssues(findingSnapshot(finding), input, actor.principal, now);
    let department: Department | null = null;
    if (issues.length === 0 && input.action === 'REFER') {
      if (input.departmentId != null) {
        const dk = parseId(input.departmentId);
        department = dk ? await tx.findOne(Department, { id: dk }) : null;
        if (!department) issues.push({ field: 'departmentId', code: 'UNKNOWN_REFERENCE', params: { id: String(input.departmentId) } });
      } else {
        const departments = await tx.find(Department, {}, { fields: ['id', 'remit'] });
        const routed = routeByCategory(
          finding.category,
          departments.map((d) => ({ id: String(d.id), remit: d.remit })),
        );
        if (routed.ok) department = tx.getReference(Department, Number(routed.departmentId));
        else issues.push(routed.error);
      }
    }
    failOn(issues);
    const action = input.action as SafetyFindingAction;
    const from = finding.state;
    const to: SafetyFindingState = (
      {
        ASSIGN: 'ASSIGNED',
        ACKNOWLEDGE: 'RECTIFYING',
        SUBMIT: 'SUBMITTED',
        CLOSE: 'CLOSED',
        RETURN: 'RECTIFYING',
        REFER: 'REFERRED',
        RESOLVE: 'CLOSED',
      } as const
    )[action];
    finding.state = to;
    finding.updatedAt = now;
    if (action === 'ASSIGN') {
      finding.measures = input.measures!.trim();
      finding.deadline = input.deadline!;
    }
    if (action === 'SUBMIT') finding.submittedById = Number(actor.principal.userId);
    if (action === 'REFER') {
      finding.department = department;
      finding.referredAt = now;
    }
    if (to === 'CLOSED') finding.closedAt = now;
    const note = input.note?.trim() || null;
    tx.create(LeaseSafetyEvent, {
      finding,
      action,
      fromState: from,
      toState: to,
      actorId: Number(actor.principal.userId),
      actorName: actor.name,
      at: now,
      note: action === 'ASSIGN' ? [`整改措施：${finding.measures}；整改期限：${finding.deadline}`, note].filter(Boolean).join('\n') : note,
    });
    await tx.flush();
    return {
      result: finding,
      entityType: 'LeaseSafetyFinding',
      entityId: finding.id,
      changes: { action, from, to, ...(department ? { departmentId: department.id } : {}), ...(note ? { note } : {}) },
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Queries

export interface SafetyDueRow {
  unit: LeaseUnit;
  contract: LeaseContract;
  lastCheckedOn: string | null;
  dueOn: string;
  late: boolean;
}

/** Let units with the date their next check is due (every three months), the latest first to be due. */
export async function safetyChecksDue(em: EntityManager, agencyId: number, now: Date): Promise<SafetyDueRow[]> {
  const contracts = await em.find(LeaseContract, { agency: agencyId, state: { $in: ['ACTIVE', 'FLAGGED'] } }, { populate: ['unit'], orderBy: { id: 'asc' } });
  const checks = await em.find(LeaseSafetyCheck, { agency: agencyId }, { orderBy: { checkedOn: 'asc' } });
  const last = new Map<number, string>();
  for (const c of checks) last.set(c.unit.id, c.checkedOn);
  return contracts
    .map((c) => {
      const lastCheckedOn = last.get(c.unit.id) ?? null;
      return { unit: c.unit, contract: c, lastCheckedOn, ...safetyCheckDue(lastCheckedOn, c.startDate, now) };
    })
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.unit.id - b.unit.id);
}

/** Findings the caller may see: the agency's own, or those referred to the caller's department. */
export async function safetyFindings(em: EntityManager, principal: Principal, filter: { state?: string | null } = {}): Promise<LeaseSafetyFinding[]> {
  const where: Record<string, unknown> = {};
  if (principal.role === 'AGENCY' && principal.agencyId) where.agency = Number(principal.agencyId);
  else if (principal.role === 'DEPARTMENT' && principal.departmentId) where.department = Number(principal.departmentId);
  else return [];
  if (filter.state) where.state = filter.state;
  return em.find(LeaseSafetyFinding, where, { populate: ['unit', 'check', 'department'], orderBy: { id: 'desc' } });
}

export async function safetyFindingEvents(em: EntityManager, findingId: number): Promise<LeaseSafetyEvent[]> {
  return em.find(LeaseSafetyEvent, { finding: findingId }, { orderBy: { id: 'asc' } });
}

export function safetyFindingView(f: LeaseSafetyFinding, principal: Principal, now: Date) {
  return { overdue: safetyFindingOverdue(f.state, f.deadline ?? null, now), availableActions: availableSafetyActions(findingSnapshot(f), principal) };
}

// ---------------------------------------------------------------------------------------------------------------
// Working-group meetings (the platform's meeting notice)

export interface LeaseMeetingInput {
  title: string;
  heldAt: Date;
  location: string;
  agenda: string;
  participants: string[];
  contactPhone?: string | null;
}

/** Schedules a working-group meeting and writes its notice, dated today, in the platform's notice layout. */
export async function scheduleLeaseMeeting(em: EntityManager, actor: SafetyActor, input: LeaseMeetingInput, now: Date): Promise<LeaseMeeting> {
  const agencyId = agencyOf(actor);
  return audited(em, actor, 'scheduleMeeting', async (tx) => {
    const issues: FieldIssue[] = [];
    const title = text(issues, 'title', input.title, 200, true);
    const location = text(issues, 'location', input.location, 200, true);
    const agenda = text(issues, 'agenda', input.agenda, 2000, true);
    const participants = input.participants.map((p) => p.trim()).filter(Boolean);
    if (participants.length === 0) issues.push({ field: 'participants', code: 'REQUIRED' });
    if (Number.isNaN(input.heldAt.getTime())) issues.push({ field: 'heldAt', code: 'INVALID_DATE' });
    failOn(issues);
    const agency = await tx.findOneOrFail(Agency, { id: agencyId });
    const data = {
      title: title!,
      heldAt: input.heldAt,
      location: location!,
      agenda: agenda!,
      participants,
      noticeDate: shanghaiDate(now),
      contactPhone: input.contactPhone?.trim() || null,
    };
    const notice = jointMeetingNotice({ ...data, issuer: `${agency.name}${agency.groupName}`, addressees: `${agency.groupName}各成员` });
    const meeting = tx.create(LeaseMeeting, { agency, ...data, notice, decisions: [], createdById: Number(actor.principal.userId) });
    await tx.flush();
    return { result: meeting, entityType: 'LeaseMeeting', entityId: meeting.id, changes: { title: meeting.title, heldAt: meeting.heldAt.toISOString() } };
  });
}

/** Records a meeting's minutes and decisions once it has been held; a later record replaces them (audited). */
export async function recordMeetingDecisions(
  em: EntityManager,
  actor: SafetyActor,
  meetingId: Id,
  input: { minutes?: string | null; decisions: MeetingDecision[] },
  now: Date,
): Promise<LeaseMeeting> {
  const agencyId = agencyOf(actor);
  return audited(em, actor, 'recordMeetingDecisions', async (tx) => {
    const key = parseId(meetingId);
    const meeting = key ? await tx.findOne(LeaseMeeting, { id: key }) : null;
    if (!meeting) throw new RuleError([{ field: 'meetingId', code: 'UNKNOWN_REFERENCE', params: { id: String(meetingId) } }]);
    if (meeting.agency.id !== agencyId) throw new RuleError([{ field: 'meetingId', code: 'LEASE_AGENCY_MISMATCH' }]);
    const issues = decisionIssues(input.decisions);
    const minutes = text(issues, 'minutes', input.minutes, 5000, false);
    if (meeting.heldAt.getTime() > now.getTime())
      issues.push({ field: 'meetingId', code: 'LEASE_MEETING_NOT_HELD', params: { at: meeting.heldAt.toISOString() } });
    failOn(issues);
    const before = meeting.decisions.length;
    meeting.decisions = input.decisions.map((d) => ({ text: d.text.trim(), owner: d.owner?.trim() || null, dueOn: d.dueOn || null }));
    meeting.minutes = minutes;
    meeting.decidedAt = now;
    await tx.flush();
    return {
      result: meeting,
      entityType: 'LeaseMeeting',
      entityId: meeting.id,
      changes: { decisions: meeting.decisions.length, replaced: before },
    };
  });
}

export async function leaseMeetings(em: EntityManager, agencyId: number): Promise<LeaseMeeting[]> {
  return em.find(LeaseMeeting, { agency: agencyId }, { orderBy: { heldAt: 'desc', id: 'desc' } });
}
