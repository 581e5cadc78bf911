import { lookupTransition, transitionError, type TransitionRule } from '../closed-loop/common.js';
import { OPEN_ISSUE_STATES, type IssueState } from '../closed-loop/issue-state-machine.js';
import { addMonths, isIsoDate, shanghaiDate } from '../dates.js';
import type { IssueCategory } from '../enums.js';
import type { FieldIssue } from '../field-errors.js';
import type { Principal } from '../permissions.js';

/**
 * Safety of let units (seed part 4 §8, issue 14): periodic checks (fire hazards, prohibited goods) whose findings go
 * round the platform's closed loop — the issue ledger's stages 巡查 → 交办 → 整改 → 反馈 → 销号 and its states
 * (REGISTERED, ASSIGNED, RECTIFYING, SUBMITTED, CLOSED) — with one more way out: a violation is referred (移送) to the
 * department that enforces it, found by the platform's own routing of issue categories (Department.remit), and that
 * department closes it with the outcome of its enforcement.
 */

/** Versioned like the leasing policy: how often a let unit is checked and the default time to put a finding right. */
export interface SafetyPolicy {
  code: string;
  version: number;
  /** A let unit is checked at least every N months (from the last check, or from the start of its lease). */
  checkIntervalMonths: number;
}

export const SAFETY_POLICY_V1: SafetyPolicy = { code: 'STATE_PROPERTY_SAFETY', version: 1, checkIntervalMonths: 3 };

/** The checklist of a safety check; each item files its findings under a platform issue category. */
export const SAFETY_ITEMS = [
  { code: 'FIRE_EXTINGUISHER', category: 'FIRE' },
  { code: 'ESCAPE_ROUTE', category: 'FIRE' },
  { code: 'ELECTRICAL_WIRING', category: 'FIRE' },
  { code: 'OPEN_FLAME', category: 'FIRE' },
  { code: 'GAS', category: 'SAFETY_HAZARD' },
  { code: 'PROHIBITED_GOODS', category: 'SAFETY_HAZARD' },
  { code: 'UNAUTHORISED_ALTERATION', category: 'ILLEGAL_CONSTRUCTION' },
  { code: 'OTHER', category: 'SAFETY_HAZARD' },
] as const satisfies readonly { code: string; category: IssueCategory }[];
export type SafetyItem = (typeof SAFETY_ITEMS)[number]['code'];

export function safetyItem(code: string): { code: SafetyItem; category: IssueCategory } | null {
  return SAFETY_ITEMS.find((i) => i.code === code) ?? null;
}

/** When a let unit's next check is due and whether it is late at `now` (late from the day after, Asia/Shanghai). */
export function safetyCheckDue(
  lastCheckedOn: string | null,
  letSince: string,
  now: Date,
  policy: SafetyPolicy = SAFETY_POLICY_V1,
): { dueOn: string; late: boolean } {
  const from = lastCheckedOn && lastCheckedOn > letSince ? lastCheckedOn : letSince;
  const dueOn = addMonths(from, policy.checkIntervalMonths);
  return { dueOn, late: shanghaiDate(now) > dueOn };
}

/** A finding's states: the issue ledger's, plus REFERRED (移送执法部门). */
export const SAFETY_FINDING_STATES = ['REGISTERED', 'ASSIGNED', 'RECTIFYING', 'SUBMITTED', 'CLOSED', 'REFERRED'] as const satisfies readonly (
  IssueState | 'REFERRED'
)[];
export type SafetyFindingState = (typeof SAFETY_FINDING_STATES)[number];
export const OPEN_SAFETY_FINDING_STATES: readonly SafetyFindingState[] = [...OPEN_ISSUE_STATES, 'REFERRED'];

export const SAFETY_FINDING_ACTIONS = ['ASSIGN', 'ACKNOWLEDGE', 'SUBMIT', 'CLOSE', 'RETURN', 'REFER', 'RESOLVE'] as const;
export type SafetyFindingAction = (typeof SAFETY_FINDING_ACTIONS)[number];

/**
 * How the caller stands to a finding. Tenants are records, not users, so the working group keys in what the tenant
 * does (acknowledges the rectification notice, reports it done), as a firm's feedback on paper is keyed in on the
 * platform; verifying (销号) or returning is for the deputy or the head; referring for the head.
 */
export type SafetyActorRelation = 'MEMBER' | 'VERIFIER' | 'HEAD' | 'ENFORCING_DEPARTMENT';

export const SAFETY_TRANSITIONS: readonly TransitionRule<SafetyFindingState, SafetyFindingAction, SafetyActorRelation>[] = [
  { action: 'ASSIGN', from: ['REGISTERED'], to: 'ASSIGNED', actors: ['MEMBER'] },
  { action: 'ACKNOWLEDGE', from: ['ASSIGNED'], to: 'RECTIFYING', actors: ['MEMBER'] },
  { action: 'SUBMIT', from: ['RECTIFYING'], to: 'SUBMITTED', actors: ['MEMBER'] },
  { action: 'CLOSE', from: ['SUBMITTED'], to: 'CLOSED', actors: ['VERIFIER'] },
  { action: 'RETURN', from: ['SUBMITTED'], to: 'RECTIFYING', actors: ['VERIFIER'] },
  { action: 'REFER', from: ['REGISTERED', 'ASSIGNED', 'RECTIFYING', 'SUBMITTED'], to: 'REFERRED', actors: ['HEAD'] },
  { action: 'RESOLVE', from: ['REFERRED'], to: 'CLOSED', actors: ['ENFORCING_DEPARTMENT'] },
];

export interface SafetyFindingSnapshot {
  state: SafetyFindingState;
  agencyId: string;
  /** The department it was referred to. */
  departmentId?: string | null;
  /** Who keyed in the tenant's report (SUBMIT): the verifier must be someone else. */
  submittedById?: string | null;
}

export function safetyActorRelations(principal: Principal | null | undefined, f: SafetyFindingSnapshot): SafetyActorRelation[] {
  if (!principal) return [];
  if (principal.role === 'DEPARTMENT') return f.departmentId && principal.departmentId === f.departmentId ? ['ENFORCING_DEPARTMENT'] : [];
  if (principal.role !== 'AGENCY' || principal.agencyId !== f.agencyId) return [];
  const out: SafetyActorRelation[] = ['MEMBER'];
  if (principal.position === 'DEPUTY' || principal.position === 'HEAD') out.push('VERIFIER');
  if (principal.position === 'HEAD') out.push('HEAD');
  return out;
}

export interface SafetyCommand {
  action: string;
  note?: string | null;
  /** ASSIGN: the rectification notice's measures and deadline (YYYY-MM-DD, not before today). */
  measures?: string | null;
  deadline?: string | null;
}

/** Why the action cannot be taken now, every problem named; [] when it can. */
export function safetyActionIssues(f: SafetyFindingSnapshot, command: SafetyCommand, principal: Principal | null | undefined, now: Date): FieldIssue[] {
  const lookup = lookupTransition(SAFETY_TRANSITIONS, f.state, command.action, safetyActorRelations(principal, f));
  if (!lookup.ok) return [transitionError('findingId', lookup.code, f.state, command.action)];
  const errors: FieldIssue[] = [];
  const note = command.note?.trim() ?? '';
  if (Array.from(note).length > 2000) errors.push({ field: 'note', code: 'TOO_LONG', params: { max: 2000 } });
  const act = command.action as SafetyFindingAction;
  if ((act === 'SUBMIT' || act === 'RETURN' || act === 'REFER' || act === 'RESOLVE') && !note) errors.push({ field: 'note', code: 'REQUIRED' });
  if (act === 'ASSIGN') {
    if (!command.measures?.trim()) errors.push({ field: 'measures', code: 'REQUIRED' });
    const today = shanghaiDate(now);
    if (!command.deadline) errors.push({ field: 'deadline', code: 'REQUIRED' });
    else if (!isIsoDate(command.deadline)) errors.push({ field: 'deadline', code: 'INVALID_DATE' });
    else if (command.deadline < today) errors.push({ field: 'deadline', code: 'DATE_OUT_OF_RANGE', params: { min: today, max: '2100-12-31' } });
  }
  if (act === 'CLOSE' && f.submittedById && principal?.userId === f.submittedById) errors.push({ field: 'verifier', code: 'LEASE_SAME_VERIFIER' });
  return errors;
}

/** The actions the caller can take on the finding now (the buttons; the payload is checked when taken). */
export function availableSafetyActions(f: SafetyFindingSnapshot, principal: Principal | null | undefined): SafetyFindingAction[] {
  const relations = safetyActorRelations(principal, f);
  return SAFETY_FINDING_ACTIONS.filter((a) => {
    if (!lookupTransition(SAFETY_TRANSITIONS, f.state, a, relations).ok) return false;
    return !(a === 'CLOSE' && f.submittedById && principal?.userId === f.submittedById);
  });
}

/** A finding being put right is late from the day after its deadline, in Asia/Shanghai. */
export function safetyFindingOverdue(state: SafetyFindingState, deadline: string | null, now: Date): boolean {
  return (state === 'ASSIGNED' || state === 'RECTIFYING') && deadline !== null && shanghaiDate(now) > deadline;
}

/** A meeting decision (会议决定事项): what, who carries it out, by when. */
export interface MeetingDecision {
  text: string;
  owner?: string | null;
  dueOn?: string | null;
}

/** Decisions recorded after a working-group meeting: at least one, each with its text, a real date if any. */
export function decisionIssues(decisions: readonly MeetingDecision[]): FieldIssue[] {
  if (decisions.length === 0) return [{ field: 'decisions', code: 'REQUIRED' }];
  const out: FieldIssue[] = [];
  decisions.forEach((d, i) => {
    if (!d.text.trim()) out.push({ field: `decisions.${i}.text`, code: 'REQUIRED' });
    else if (Array.from(d.text.trim()).length > 500) out.push({ field: `decisions.${i}.text`, code: 'TOO_LONG', params: { max: 500 } });
    if (d.dueOn && !isIsoDate(d.dueOn)) out.push({ field: `decisions.${i}.dueOn`, code: 'INVALID_DATE' });
  });
  return out;
}
