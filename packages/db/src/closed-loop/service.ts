import type { EntityManager } from '@mikro-orm/core';
import {
  INSPECTION_KINDS,
  MIN_DATE,
  applyComplaintAction,
  applyIssueAction,
  checkComplaintIntake,
  checkComplaintPlace,
  checkIssueClassification,
  checkWarrantyElement,
  checklistItem,
  findingsOf,
  isIsoDate,
  routeToHandler,
  scoreInspection,
  shanghaiDate,
  type ComplaintCommand,
  type Deduction,
  type FieldIssue,
  type IssueCategory,
  type IssueCommand,
  type IssueSource,
  type Principal,
} from '@wuye/domain';
import {
  Community,
  Complaint,
  ComplaintEvent,
  Department,
  Enterprise,
  EvidenceFile,
  Inspection,
  Issue,
  IssueEvent,
  SelfCheck,
  User,
} from '../entities/index.js';
import { RuleError, failOn } from '../rule-error.js';
import { closedLoopPolicy } from './policy.js';
import { applyWarranty } from '../developers/service.js';
import { complaintSnapshot, issueSnapshot, proposeDueForComplaint, proposeDueForInspection, proposeDueForIssue } from './proposals.js';

/**
 * Closed-loop writes. Each function takes the caller's transactional EntityManager: the item, its timeline rows,
 * the credit records it proposes and the caller's audit row commit together or not at all. A refused operation
 * throws RuleError before anything is flushed, or inside the transaction, which then rolls back.
 * The domain (packages/domain/src/closed-loop) holds every rule; this file loads, stores and links.
 */

/** Who acts: the principal the rules check, and the name written on the timeline. */
export interface LoopActor {
  principal: Principal;
  name: string | null;
}

/** The acting user's row; none for the system, or for a firm without a platform login (feedback on paper, keyed in). */
const userRef = (em: EntityManager, actor: LoopActor | null) => (actor?.principal.userId ? em.getReference(User, Number(actor.principal.userId)) : null);

function checkText(issues: FieldIssue[], field: string, value: string | null | undefined, max: number, required: boolean): string | null {
  const v = value?.trim() ?? '';
  if (!v) {
    if (required) issues.push({ field, code: 'REQUIRED' });
    return null;
  }
  if (Array.from(v).length > max) issues.push({ field, code: 'TOO_LONG', params: { max } });
  return v;
}

/** A date of something that already happened: a real date, not after today in Shanghai. */
function checkPastDate(issues: FieldIssue[], field: string, value: string | null | undefined, now: Date): void {
  if (!value) issues.push({ field, code: 'REQUIRED' });
  else if (!isIsoDate(value)) issues.push({ field, code: 'INVALID_DATE' });
  else if (value < MIN_DATE || value > shanghaiDate(now)) issues.push({ field, code: 'DATE_OUT_OF_RANGE', params: { min: MIN_DATE, max: shanghaiDate(now) } });
}

async function community(em: EntityManager, id: number | null | undefined, issues: FieldIssue[]): Promise<Community | null> {
  if (id == null) {
    issues.push({ field: 'communityId', code: 'REQUIRED' });
    return null;
  }
  const found = await em.findOne(Community, { id }, { populate: ['enterprise'] });
  if (!found) issues.push({ field: 'communityId', code: 'UNKNOWN_REFERENCE', params: { id: String(id) } });
  return found;
}

async function remits(em: EntityManager) {
  const departments = await em.find(Department, {}, { fields: ['id', 'remit'] });
  return departments.map((d) => ({ id: String(d.id), remit: d.remit }));
}

// ————— issues —————

export interface RegisterIssueInput {
  source: IssueSource;
  sourceId?: string | null;
  checklistItemId?: string | null;
  category: string;
  subtype?: string | null;
  title: string;
  description?: string | null;
  communityId: number | null;
  /** Defaults to the community's serving enterprise. */
  enterpriseId?: number | null;
  /**
   * Defaults to the handler of the category: the community's township for owners' committee matters, otherwise the
   * department owning it (none when no department's remit covers it).
   */
  departmentId?: number | null;
  /** A building-quality issue's element (保修部位); the seed part 6 concrete defects default to the main structure. */
  warrantyElement?: string | null;
}

/** Registers an issue (REGISTERED) with its first timeline line. */
export async function registerIssue(em: EntityManager, input: RegisterIssueInput, actor: LoopActor | null, now: Date): Promise<Issue> {
  const issues = [...checkIssueClassification(input.category, input.subtype), ...checkWarrantyElement(input.category, input.warrantyElement)];
  const title = checkText(issues, 'title', input.title, 200, true);
  const description = checkText(issues, 'description', input.description, 2000, false);
  const place = await community(em, input.communityId, issues);
  let enterprise: Enterprise | null = place?.enterprise ?? null;
  if (input.enterpriseId != null) {
    enterprise = await em.findOne(Enterprise, { id: input.enterpriseId });
    if (!enterprise) issues.push({ field: 'enterpriseId', code: 'UNKNOWN_REFERENCE', params: { id: String(input.enterpriseId) } });
  }
  let departmentId: number | null = null;
  let handledByTownship = false;
  if (input.departmentId != null) {
    if (!(await em.findOne(Department, { id: input.departmentId })))
      issues.push({ field: 'departmentId', code: 'UNKNOWN_REFERENCE', params: { id: String(input.departmentId) } });
    departmentId = input.departmentId;
  } else if (issues.length === 0) {
    const routed = routeToHandler(input.category, String(place!.township.id), await remits(em));
    if (routed.ok && routed.handler.kind === 'TOWNSHIP') handledByTownship = true;
    else if (routed.ok && routed.handler.kind === 'DEPARTMENT') departmentId = Number(routed.handler.departmentId);
  }
  failOn(issues);
  const issue = em.create(Issue, {
    source: input.source,
    sourceId: input.sourceId ?? null,
    checklistItemId: input.checklistItemId ?? null,
    category: input.category as IssueCategory,
    subtype: input.subtype?.trim() || null,
    title: title!,
    description,
    community: place!,
    township: place!.township,
    enterprise,
    department: departmentId ? em.getReference(Department, departmentId) : null,
    handledByTownship,
    state: 'REGISTERED',
    lastAction: null,
    createdBy: userRef(em, actor),
    createdAt: now,
    updatedAt: now,
  });
  // 保修: a building-quality issue raised while its element is under warranty names the developer that owes the repair.
  if (issue.category === 'BUILDING_QUALITY') await applyWarranty(em, issue, input.warrantyElement, shanghaiDate(now));
  await em.flush();
  em.create(IssueEvent, {
    issue,
    action: 'REGISTER',
    fromState: null,
    toState: 'REGISTERED',
    actor: userRef(em, actor),
    actorName: actor ? actor.name : '系统',
    at: now,
    note: null,
    fileIds: [],
  });
  return issue;
}

/** An issue action with ids as the API receives them. */
export type IssueActionInput = IssueCommand;

/** Assigns an issue just registered (from an inspection's findings, a complaint) to the firm and department it was routed to. */
async function assignAsRouted(
  em: EntityManager,
  issue: Issue,
  assign: { measures: string | null; deadline: string | null; note?: string | null },
  actor: LoopActor,
  now: Date,
): Promise<Issue> {
  return applyIssueCommand(
    em,
    issue,
    {
      action: 'ASSIGN',
      enterpriseId: issue.enterprise ? String(issue.enterprise.id) : null,
      departmentId: issue.department ? String(issue.department.id) : null,
      measures: assign.measures,
      deadline: assign.deadline,
      note: assign.note ?? null,
    },
    actor,
    now,
  );
}

/**
 * Applies one issue action (assign, acknowledge, submit feedback, close, return, flag, unflag, record refusal):
 * the domain's state machine decides; evidence files must be uploads of this issue; the timeline gets a line;
 * the records now due (B2 on a refusal, B1 if it is already late) are proposed.
 */
export async function applyIssueCommand(em: EntityManager, issue: Issue, command: IssueActionInput, actor: LoopActor, now: Date): Promise<Issue> {
  const result = applyIssueAction(issueSnapshot(issue), command, actor.principal, now);
  if (!result.ok) throw new RuleError(result.errors);
  const issues: FieldIssue[] = [];
  const next = result.issue;
  if (result.event.action === 'ASSIGN') {
    const enterpriseId = Number(next.enterpriseId);
    const departmentId = Number(next.departmentId);
    if (!Number.isSafeInteger(enterpriseId) || !(await em.findOne(Enterprise, { id: enterpriseId }))) {
      issues.push({ field: 'enterpriseId', code: 'UNKNOWN_REFERENCE', params: { id: String(next.enterpriseId) } });
    }
    if (!next.handledByTownship && (!Number.isSafeInteger(departmentId) || !(await em.findOne(Department, { id: departmentId })))) {
      issues.push({ field: 'departmentId', code: 'UNKNOWN_REFERENCE', params: { id: String(next.departmentId) } });
    }
  }
  const fileIds = [...new Set(result.event.attachments.map(Number))];
  if (fileIds.length > 0) {
    const valid = fileIds.every((id) => Number.isSafeInteger(id) && id > 0);
    const owned = valid ? await em.count(EvidenceFile, { id: { $in: fileIds }, issue: issue.id }) : 0;
    if (owned !== fileIds.length) issues.push({ field: 'attachments', code: 'UNKNOWN_FILE' });
  }
  failOn(issues);

  em.assign(issue, {
    state: next.state,
    lastAction: result.event.action,
    flagged: next.flagged,
    refusalRecorded: next.refusalRecorded,
    lastSubmittedAt: next.lastSubmittedAt ?? null,
    closedAt: next.closedAt ?? null,
    updatedAt: now,
  });
  if (result.event.action === 'ASSIGN') {
    em.assign(issue, {
      enterprise: em.getReference(Enterprise, Number(next.enterpriseId)),
      department: next.handledByTownship ? null : em.getReference(Department, Number(next.departmentId)),
      handledByTownship: next.handledByTownship === true,
      measures: next.measures ?? null,
      deadline: next.deadline ?? null,
      assignedAt: now,
    });
  }
  em.create(IssueEvent, {
    issue,
    action: result.event.action,
    fromState: result.event.from,
    toState: result.event.to,
    actor: userRef(em, actor),
    actorName: actor.name,
    at: now,
    note: result.event.note,
    fileIds,
  });
  await em.flush();
  if (issue.enterprise) await proposeDueForIssue(em, issue, now, closedLoopPolicy.b1GraceDays);
  return issue;
}

// ————— inspections —————

export interface InspectionInput {
  kind: string;
  date: string;
  inspectors: string;
  communityId: number | null;
  deductions: Deduction[];
  refusedToCooperate: boolean;
  note?: string | null;
}

/**
 * Records an inspection: the checklist is scored (100 − deductions, grade A–D) unless the firm refused to
 * cooperate (no score then, and no deductions may be given). Grade D proposes B14, a refusal B10.
 */
export async function createInspection(em: EntityManager, input: InspectionInput, actor: LoopActor, now: Date): Promise<Inspection> {
  const issues: FieldIssue[] = [];
  if (!(INSPECTION_KINDS as readonly string[]).includes(input.kind)) issues.push({ field: 'kind', code: 'INVALID_FORMAT' });
  checkPastDate(issues, 'date', input.date, now);
  const inspectors = checkText(issues, 'inspectors', input.inspectors, 200, true);
  const note = checkText(issues, 'note', input.note, 2000, false);
  const place = await community(em, input.communityId, issues);
  let score: number | null = null;
  let grade: 'A' | 'B' | 'C' | 'D' | null = null;
  if (input.refusedToCooperate) {
    if (input.deductions.length > 0) issues.push({ field: 'deduction', code: 'REFUSED_NO_SCORE' });
  } else {
    const scored = scoreInspection(input.deductions);
    if (scored.ok) ({ score, grade } = scored);
    else issues.push(...scored.errors);
  }
  failOn(issues);
  const inspection = em.create(Inspection, {
    kind: input.kind as Inspection['kind'],
    date: input.date,
    inspectors: inspectors!,
    community: place!,
    township: place!.township,
    enterprise: place!.enterprise ?? null,
    deductions: input.deductions.map((d) => ({ itemId: d.itemId, points: d.points, note: d.note?.trim() || null })),
    score,
    grade,
    refusedToCooperate: input.refusedToCooperate,
    note,
    findingsTurned: [],
    createdBy: userRef(em, actor),
    createdAt: now,
  });
  await em.flush();
  await proposeDueForInspection(em, inspection, now);
  return inspection;
}

export interface AssignAllInput {
  measures: string;
  deadline: string;
  note?: string | null;
}

/**
 * Turns an inspection's findings (items with a deduction) into issues in one step — all of them, or the listed
 * items — each at most once; with `assign`, every new issue is assigned at once to the serving firm and the
 * department owning its category.
 */
export async function turnFindingsIntoIssues(
  em: EntityManager,
  inspection: Inspection,
  itemIds: readonly string[] | null,
  assign: AssignAllInput | null,
  actor: LoopActor,
  now: Date,
): Promise<Issue[]> {
  const findings = findingsOf(inspection.deductions);
  const issues: FieldIssue[] = [];
  for (const id of itemIds ?? []) {
    if (!findings.some((f) => f.itemId === id)) issues.push({ field: 'itemIds', code: 'NOT_A_FINDING', params: { item: id } });
  }
  const wanted = findings.filter((f) => (itemIds ? itemIds.includes(f.itemId) : true) && !inspection.findingsTurned.includes(f.itemId));
  if (issues.length === 0 && wanted.length === 0) issues.push({ field: 'inspection', code: 'NO_FINDINGS_LEFT' });
  failOn(issues);
  const created: Issue[] = [];
  for (const f of wanted) {
    const issue = await registerIssue(
      em,
      {
        source: 'INSPECTION',
        sourceId: String(inspection.id),
        checklistItemId: f.itemId,
        category: f.category,
        title: `[${f.itemId}] ${checklistItem(f.itemId)!.text}`.slice(0, 200),
        description: `${inspection.date} 检查 #${inspection.id} 扣 ${f.points} 分${f.note ? `：${f.note}` : ''}`,
        communityId: inspection.community.id,
        enterpriseId: inspection.enterprise?.id ?? null,
      },
      actor,
      now,
    );
    if (assign) await assignAsRouted(em, issue, assign, actor, now);
    created.push(issue);
  }
  em.assign(inspection, { findingsTurned: [...inspection.findingsTurned, ...wanted.map((f) => f.itemId)] });
  await em.flush();
  return created;
}

// ————— self-checks —————

export interface SelfCheckInput {
  communityId: number | null;
  date: string;
  deductions: Deduction[];
  note?: string | null;
}

/** A firm's self-check of one of its communities; every finding enters the ledger with source SELF_CHECK. */
export async function submitSelfCheck(
  em: EntityManager,
  input: SelfCheckInput,
  actor: LoopActor,
  now: Date,
): Promise<{ selfCheck: SelfCheck; issues: Issue[] }> {
  const issues: FieldIssue[] = [];
  checkPastDate(issues, 'date', input.date, now);
  const note = checkText(issues, 'note', input.note, 2000, false);
  const place = await community(em, input.communityId, issues);
  const enterpriseId = Number(actor.principal.enterpriseId);
  if (place && place.enterprise?.id !== enterpriseId) issues.push({ field: 'communityId', code: 'NOT_SERVED_BY_YOU' });
  const scored = scoreInspection(input.deductions);
  if (!scored.ok) issues.push(...scored.errors);
  failOn(issues);
  if (!scored.ok) throw new RuleError(scored.errors);
  const selfCheck = em.create(SelfCheck, {
    enterprise: em.getReference(Enterprise, enterpriseId),
    community: place!,
    township: place!.township,
    date: input.date,
    deductions: input.deductions.map((d) => ({ itemId: d.itemId, points: d.points, note: d.note?.trim() || null })),
    score: scored.score,
    grade: scored.grade,
    note,
    submittedBy: userRef(em, actor),
    createdAt: now,
  });
  await em.flush();
  const created: Issue[] = [];
  for (const f of findingsOf(selfCheck.deductions)) {
    created.push(
      await registerIssue(
        em,
        {
          source: 'SELF_CHECK',
          sourceId: String(selfCheck.id),
          checklistItemId: f.itemId,
          category: f.category,
          title: `[${f.itemId}] ${checklistItem(f.itemId)!.text}`.slice(0, 200),
          description: `${selfCheck.date} 企业自查 #${selfCheck.id} 扣 ${f.points} 分${f.note ? `：${f.note}` : ''}`,
          communityId: place!.id,
          enterpriseId,
        },
        actor,
        now,
      ),
    );
  }
  return { selfCheck, issues: created };
}

// ————— complaints —————

const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|\d{7,8})$/;

export interface ComplaintInput {
  channel: string;
  complainantName?: string | null;
  complainantPhone?: string | null;
  complainantCount: number;
  communityId: number | null;
  /** Defaults to the community's serving enterprise. */
  enterpriseId?: number | null;
  category: string;
  subtype?: string | null;
  content: string;
  /** When the complaint came in (a hotline call logged later); defaults to now, never in the future. */
  receivedAt?: Date | null;
}

/**
 * Takes a complaint in and routes it at once (the system routes): to the community's township for owners' committee
 * matters, otherwise to the one department owning its category.
 */
export async function createComplaint(em: EntityManager, input: ComplaintInput, actor: LoopActor, now: Date): Promise<Complaint> {
  const issues = checkComplaintIntake({ ...input, content: input.content });
  const name = checkText(issues, 'complainantName', input.complainantName, 50, false);
  const phone = checkText(issues, 'complainantPhone', input.complainantPhone, 30, false);
  if (phone && !PHONE.test(phone)) issues.push({ field: 'complainantPhone', code: 'INVALID_PHONE' });
  const receivedAt = input.receivedAt ?? now;
  if (receivedAt.getTime() > now.getTime()) issues.push({ field: 'receivedAt', code: 'IN_FUTURE' });
  const place = await community(em, input.communityId, issues);
  let enterprise: Enterprise | null = place?.enterprise ?? null;
  if (input.enterpriseId != null) {
    enterprise = await em.findOne(Enterprise, { id: input.enterpriseId });
    if (!enterprise) issues.push({ field: 'enterpriseId', code: 'UNKNOWN_REFERENCE', params: { id: String(input.enterpriseId) } });
  }
  if (place) {
    const at = { townshipId: String(place.township.id), enterpriseId: place.enterprise ? String(place.enterprise.id) : null };
    issues.push(...checkComplaintPlace(actor.principal, at, String(place.id), enterprise && input.enterpriseId != null ? String(enterprise.id) : null));
  }
  let route: ComplaintCommand = { action: 'ROUTE', departmentId: '' };
  if (place && !issues.some((i) => i.field === 'category')) {
    const routed = routeToHandler(input.category, String(place.township.id), await remits(em));
    if (!routed.ok) issues.push(routed.error);
    else if (routed.handler.kind === 'TOWNSHIP') route = { action: 'ROUTE', toTownship: true, note: '业主委员会事项，自动分派至小区所在乡镇（街道）' };
    else route = { action: 'ROUTE', departmentId: routed.handler.departmentId, note: '按问题类别自动分派' };
  }
  failOn(issues);
  const complaint = em.create(Complaint, {
    channel: input.channel as Complaint['channel'],
    complainantName: name,
    complainantPhone: phone,
    complainantCount: input.complainantCount,
    community: place!,
    township: place!.township,
    enterprise,
    category: input.category as IssueCategory,
    subtype: input.subtype?.trim() || null,
    content: input.content.trim(),
    department: null,
    state: 'RECEIVED',
    receivedAt,
    createdBy: userRef(em, actor),
    createdAt: now,
    updatedAt: now,
  });
  await em.flush();
  em.create(ComplaintEvent, {
    complaint,
    action: 'RECEIVE',
    fromState: null,
    toState: 'RECEIVED',
    actor: userRef(em, actor),
    actorName: actor.name,
    at: receivedAt,
    note: null,
  });
  await applyComplaintCommand(em, complaint, route, 'SYSTEM', receivedAt, now);
  return complaint;
}

/** What turning a complaint into an issue registers (and, with measures and a deadline, assigns at once). */
export interface ComplaintIssueInput {
  title?: string | null;
  measures?: string | null;
  deadline?: string | null;
}

/**
 * Applies one complaint action (route, respond, resolve, turn into an issue, reject, close with the follow-up
 * rating), then proposes what is due: B3 when late, B4 for an upheld collective complaint, B5 for a dissatisfied
 * follow-up. `at` is the instant of the action (intake routing happens at receipt); `now` is the clock.
 */
export async function applyComplaintCommand(
  em: EntityManager,
  complaint: Complaint,
  command: ComplaintCommand,
  actor: LoopActor | 'SYSTEM',
  at: Date,
  now: Date = at,
  issueInput: ComplaintIssueInput = {},
): Promise<Complaint> {
  const principal = actor === 'SYSTEM' ? 'SYSTEM' : actor.principal;
  let cmd = command;
  if (command.action === 'TURN_INTO_ISSUE') {
    // Check the transition first (with a stand-in id), so a refused turn registers no issue.
    const probe = applyComplaintAction(complaintSnapshot(complaint), { ...command, issueId: 'pending' }, principal, at);
    if (!probe.ok) throw new RuleError(probe.errors);
    const issue = await registerIssue(
      em,
      {
        source: 'COMPLAINT',
        sourceId: String(complaint.id),
        category: complaint.category,
        subtype: complaint.subtype ?? null,
        title: issueInput.title?.trim() || `投诉 #${complaint.id}：${Array.from(complaint.content).slice(0, 60).join('')}`,
        description: complaint.content,
        communityId: complaint.community.id,
        enterpriseId: complaint.enterprise?.id ?? null,
        departmentId: complaint.department?.id ?? null,
      },
      actor === 'SYSTEM' ? null : actor,
      at,
    );
    if ((issueInput.measures || issueInput.deadline) && actor !== 'SYSTEM') {
      await assignAsRouted(em, issue, { measures: issueInput.measures ?? null, deadline: issueInput.deadline ?? null, note: command.note }, actor, at);
    }
    cmd = { ...command, issueId: String(issue.id) };
  }
  const result = applyComplaintAction(complaintSnapshot(complaint), cmd, principal, at);
  if (!result.ok) throw new RuleError(result.errors);
  const next = result.complaint;
  const action = result.event.action;
  if (action === 'ROUTE' && !next.handledByTownship && !(await em.findOne(Department, { id: Number(next.departmentId) }))) {
    throw new RuleError([{ field: 'departmentId', code: 'UNKNOWN_REFERENCE', params: { id: String(next.departmentId) } }]);
  }
  em.assign(complaint, {
    state: next.state,
    department: next.departmentId ? em.getReference(Department, Number(next.departmentId)) : null,
    handledByTownship: next.handledByTownship === true,
    respondedAt: next.respondedAt ?? null,
    handledAt: next.handledAt ?? null,
    closedAt: next.closedAt ?? null,
    upheld: next.upheld ?? null,
    issue: next.issueId ? em.getReference(Issue, Number(next.issueId)) : null,
    followUpRating: next.followUpRating ?? null,
    updatedAt: at,
    ...(action === 'RESPOND' ? { responseNote: result.event.note } : {}),
    ...(action === 'RESOLVE' ? { answer: result.event.note } : {}),
    ...(action === 'REJECT' ? { rejectionReasons: result.event.note } : {}),
    ...(action === 'CLOSE' ? { followUpNote: result.event.note } : {}),
  });
  em.create(ComplaintEvent, {
    complaint,
    action,
    fromState: result.event.from,
    toState: result.event.to,
    actor: actor === 'SYSTEM' ? null : userRef(em, actor),
    actorName: actor === 'SYSTEM' ? '系统' : actor.name,
    at,
    note: result.event.note,
  });
  await em.flush();
  if (complaint.enterprise) await proposeDueForComplaint(em, complaint, now, closedLoopPolicy.sla);
  return complaint;
}
