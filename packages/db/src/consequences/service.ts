import type { EntityManager } from '@mikro-orm/core';
import {
  appointmentEndOnHandover,
  expulsionIssue,
  HANDOVER_ITEMS,
  HANDOVER_POLICIES,
  handoverActionIssue,
  handoverDeadline,
  isIsoDate,
  policyOn,
  shanghaiDate,
  successorIssue,
  type FieldIssue,
  type HandoverItem,
  type HandoverState,
} from '@wuye/domain';
import { Community, Enterprise, Expulsion, Handover, ManagerAppointment, User } from '../entities/index.js';
import type { LoopActor } from '../closed-loop/service.js';
import { reference } from '../references.js';
import { communityState, recordCommunityHistory } from '../registry/history.js';
import { failOn, RuleError } from '../rule-error.js';

/**
 * 清出市场 and handovers (docs/consequences.md). Each command runs in the caller's transaction (the API adds the audit
 * row there) and refuses with RuleError before anything is flushed; the rules are @wuye/domain's consequences/.
 */

const userRef = (em: EntityManager, actor: LoopActor) => (actor.principal.userId ? em.getReference(User, Number(actor.principal.userId)) : null);

function text(issues: FieldIssue[], field: string, value: string | null | undefined, max: number): string {
  const v = value?.trim() ?? '';
  if (!v) issues.push({ field, code: 'REQUIRED' });
  else if (Array.from(v).length > max) issues.push({ field, code: 'TOO_LONG', params: { max } });
  return v;
}

/** The state the pure rules look at. */
export const handoverState = (h: Handover): HandoverState => ({
  status: h.status,
  successorId: h.successor ? String(h.successor.id) : null,
  checklist: h.checklist ?? {},
});

export interface ExpulsionInput {
  enterpriseId: string | number;
  decisionNo: string;
  reason: string;
  /** Defaults to today; not in the future. */
  decidedOn?: string | null;
  /** Defaults to the policy's default days after the decision. */
  handoverDeadline?: string | null;
}

/**
 * Expels a black-listed firm: records the decision, sets the firm EXPELLED and opens a handover for every community it
 * serves, each with the deadline, and marks those communities with it.
 */
export async function expelEnterprise(
  em: EntityManager,
  input: ExpulsionInput,
  actor: LoopActor,
  now: Date,
): Promise<{ expulsion: Expulsion; handovers: Handover[] }> {
  const issues: FieldIssue[] = [];
  const today = shanghaiDate(now);
  const firm = await reference(em, Enterprise, 'enterpriseId', input.enterpriseId, issues);
  if (!firm && !issues.length) issues.push({ field: 'enterpriseId', code: 'REQUIRED' });
  if (firm) {
    const refusal = expulsionIssue(firm);
    if (refusal) issues.push(refusal);
  }
  const decisionNo = text(issues, 'decisionNo', input.decisionNo, 60);
  const reason = text(issues, 'reason', input.reason, 500);
  const decidedOn = input.decidedOn || today;
  if (!isIsoDate(decidedOn)) issues.push({ field: 'decidedOn', code: 'INVALID_DATE' });
  else if (decidedOn > today) issues.push({ field: 'decidedOn', code: 'DATE_OUT_OF_RANGE', params: { min: '2026-01-01', max: today } });
  const policy = isIsoDate(decidedOn) ? policyOn(HANDOVER_POLICIES, decidedOn) : undefined;
  if (isIsoDate(decidedOn) && !policy) issues.push({ field: 'decidedOn', code: 'NOT_IN_EFFECT' });
  let deadline = '';
  if (policy) {
    const d = handoverDeadline(policy, decidedOn, input.handoverDeadline);
    if (d.ok) deadline = d.deadline;
    else issues.push(d.issue);
  }
  failOn(issues);
  const expulsion = em.create(Expulsion, {
    enterprise: firm!,
    decisionNo,
    decidedOn,
    reason,
    policyVersion: policy!.version,
    createdBy: userRef(em, actor),
    createdAt: now,
  });
  em.assign(firm!, { status: 'EXPELLED' });
  const communities = await em.find(Community, { enterprise: firm! }, { orderBy: { id: 'asc' } });
  const handovers = communities.map((community) => {
    em.assign(community, { handoverDeadline: deadline });
    return em.create(Handover, {
      expulsion,
      community,
      outgoing: firm!,
      deadline,
      status: 'OPEN',
      successor: null,
      successorAppointedOn: null,
      checklist: {},
      completedOn: null,
      createdAt: now,
    });
  });
  await em.flush();
  return { expulsion, handovers };
}

function refuseUnless(h: Handover, action: 'APPOINT_SUCCESSOR' | 'CHECK_ITEM' | 'COMPLETE'): void {
  const issue = handoverActionIssue(handoverState(h), action);
  if (issue) throw new RuleError([issue]);
}

/** Appoints (or replaces) the firm that takes the community over: an active firm that may serve, not the expelled one. */
export async function appointSuccessor(em: EntityManager, h: Handover, successorId: string | number, now: Date): Promise<Handover> {
  refuseUnless(h, 'APPOINT_SUCCESSOR');
  const issues: FieldIssue[] = [];
  const successor = await reference(em, Enterprise, 'successorId', successorId, issues);
  if (!successor && !issues.length) issues.push({ field: 'successorId', code: 'REQUIRED' });
  if (successor) {
    const refusal = successorIssue(
      { id: String(successor.id), name: successor.name, status: successor.status, listStatus: successor.listStatus },
      String(h.outgoing.id),
    );
    if (refusal) issues.push(refusal);
  }
  failOn(issues);
  em.assign(h, { successor, successorAppointedOn: shanghaiDate(now) });
  await em.flush();
  return h;
}

/** Ticks a checklist item off (today) or back on. */
export async function setHandoverItem(em: EntityManager, h: Handover, item: string, done: boolean, now: Date): Promise<Handover> {
  refuseUnless(h, 'CHECK_ITEM');
  if (!(HANDOVER_ITEMS as readonly string[]).includes(item)) throw new RuleError([{ field: 'item', code: 'UNKNOWN_REFERENCE', params: { id: item } }]);
  const checklist = { ...(h.checklist ?? {}) };
  if (done) checklist[item as HandoverItem] = checklist[item as HandoverItem] ?? shanghaiDate(now);
  else delete checklist[item as HandoverItem];
  em.assign(h, { checklist });
  await em.flush();
  return h;
}

/**
 * Completes a handover on today's date: the successor serves the community from that day (the community history shows
 * it), its mark is cleared, and the outgoing firm's project-manager appointments there end that day. Refused without a
 * successor or with checklist items open.
 */
export async function completeHandover(em: EntityManager, h: Handover, actor: LoopActor, now: Date): Promise<Handover> {
  refuseUnless(h, 'COMPLETE');
  const on = shanghaiDate(now);
  const community = await em.findOneOrFail(Community, { id: h.community.id });
  const before = communityState(community);
  // The service appointment passes to the successor from the handover day (its contract's end is not known yet) …
  em.assign(community, { enterprise: h.successor!, serviceMode: 'ENTERPRISE', handoverDeadline: null, contractStart: on, contractEnd: null });
  await recordCommunityHistory(em, community, before, on);
  // … and the outgoing firm's project managers there leave with it.
  const appointments = await em.find(ManagerAppointment, {
    community: community.id,
    manager: { enterprise: h.outgoing.id },
    $or: [{ endDate: null }, { endDate: { $gt: on } }],
  });
  for (const a of appointments) {
    const endDate = appointmentEndOnHandover({ startDate: a.startDate, endDate: a.endDate ?? null }, on);
    if (endDate) a.endDate = endDate;
  }
  em.assign(h, { status: 'COMPLETED', completedOn: on, completedBy: userRef(em, actor) });
  await em.flush();
  return h;
}
