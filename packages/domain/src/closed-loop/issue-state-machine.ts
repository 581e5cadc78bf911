import { addDays, isIsoDate, shanghaiDate, MAX_DATE } from '../dates.js';
import type { FieldIssue } from '../field-errors.js';
import type { Principal } from '../permissions.js';
import {
  calendarDaysBetween,
  checkAttachments,
  checkNote,
  lookupTransition,
  present,
  shanghaiMidnight,
  transitionError,
  type ClosedLoopRecordCode,
  type TransitionLookup,
  type TransitionRule,
} from './common.js';

/** The issue ledger (问题清单) of docs/product.md §4: 巡查 → 交办 → 整改 → 反馈 → 销号. */
export const ISSUE_STATES = ['REGISTERED', 'ASSIGNED', 'RECTIFYING', 'SUBMITTED', 'CLOSED'] as const;
export type IssueState = (typeof ISSUE_STATES)[number];
export const OPEN_ISSUE_STATES: readonly IssueState[] = ['REGISTERED', 'ASSIGNED', 'RECTIFYING', 'SUBMITTED'];

export const ISSUE_SOURCES = ['INSPECTION', 'COMPLAINT', 'SELF_CHECK', 'TOWNSHIP_REPORT', 'SPECIAL_INSPECTION'] as const;
export type IssueSource = (typeof ISSUE_SOURCES)[number];

export const ISSUE_ACTIONS = ['ASSIGN', 'ACKNOWLEDGE', 'SUBMIT', 'CLOSE', 'RETURN', 'FLAG', 'UNFLAG', 'RECORD_REFUSAL'] as const;
export type IssueAction = (typeof ISSUE_ACTIONS)[number];

/** How the caller stands to the issue. A principal may hold several relations (none, for most). */
export const ISSUE_ACTOR_RELATIONS = ['ADMIN', 'REGULATOR', 'OWNING_DEPARTMENT', 'HANDLING_TOWNSHIP', 'ASSIGNED_ENTERPRISE'] as const;
export type IssueActorRelation = (typeof ISSUE_ACTOR_RELATIONS)[number];

/**
 * The whole state machine. The flag (挂牌督办) and a recorded refusal do not change the state (`to: null`).
 * A refusal can only be recorded while the enterprise holds the issue (assigned or rectifying).
 */
export const ISSUE_TRANSITIONS: readonly TransitionRule<IssueState, IssueAction, IssueActorRelation>[] = [
  { action: 'ASSIGN', from: ['REGISTERED'], to: 'ASSIGNED', actors: ['REGULATOR', 'ADMIN'] },
  { action: 'ACKNOWLEDGE', from: ['ASSIGNED'], to: 'RECTIFYING', actors: ['ASSIGNED_ENTERPRISE'] },
  { action: 'SUBMIT', from: ['RECTIFYING'], to: 'SUBMITTED', actors: ['ASSIGNED_ENTERPRISE'] },
  { action: 'CLOSE', from: ['SUBMITTED'], to: 'CLOSED', actors: ['REGULATOR', 'OWNING_DEPARTMENT', 'HANDLING_TOWNSHIP'] },
  { action: 'RETURN', from: ['SUBMITTED'], to: 'RECTIFYING', actors: ['REGULATOR', 'OWNING_DEPARTMENT', 'HANDLING_TOWNSHIP'] },
  { action: 'FLAG', from: OPEN_ISSUE_STATES, to: null, actors: ['REGULATOR'] },
  { action: 'UNFLAG', from: OPEN_ISSUE_STATES, to: null, actors: ['REGULATOR'] },
  { action: 'RECORD_REFUSAL', from: ['ASSIGNED', 'RECTIFYING'], to: null, actors: ['REGULATOR'] },
];

/** What the rules need to know about an issue. */
export interface IssueSnapshot {
  state: IssueState;
  enterpriseId?: string | null;
  departmentId?: string | null;
  /** The township of the issue's community. */
  townshipId?: string | null;
  /** Handled (verified and closed) by that township instead of a department: owners' committee matters (TOWNSHIP_CATEGORIES). */
  handledByTownship?: boolean;
  measures?: string | null;
  /** YYYY-MM-DD, Asia/Shanghai; set on assignment. */
  deadline?: string | null;
  flagged: boolean;
  refusalRecorded: boolean;
  /** When the enterprise last submitted its feedback (stops its lateness clock, see `b1Due`). */
  lastSubmittedAt?: Date | null;
  closedAt?: Date | null;
}

export function issueActorRelations(principal: Principal | null | undefined, issue: IssueSnapshot): IssueActorRelation[] {
  if (!principal) return [];
  switch (principal.role) {
    case 'ADMIN':
      return ['ADMIN'];
    case 'REGULATOR':
      return ['REGULATOR'];
    case 'DEPARTMENT':
      return present(issue.departmentId) && principal.departmentId === issue.departmentId ? ['OWNING_DEPARTMENT'] : [];
    case 'TOWNSHIP':
      return issue.handledByTownship === true && present(issue.townshipId) && principal.townshipId === issue.townshipId ? ['HANDLING_TOWNSHIP'] : [];
    case 'ENTERPRISE':
      return present(issue.enterpriseId) && principal.enterpriseId === issue.enterpriseId ? ['ASSIGNED_ENTERPRISE'] : [];
    default:
      return [];
  }
}

/** `(state, action, relations) → next state | error code`, straight from `ISSUE_TRANSITIONS`. */
export function issueTransition(state: IssueState, action: string, relations: readonly IssueActorRelation[]): TransitionLookup<IssueState> {
  return lookupTransition(ISSUE_TRANSITIONS, state, action, relations);
}

/** The actions a principal can take on the issue right now (for buttons and the inbox). */
export function availableIssueActions(issue: IssueSnapshot, principal: Principal | null | undefined): IssueAction[] {
  const relations = issueActorRelations(principal, issue);
  return ISSUE_ACTIONS.filter((action) => {
    if (!issueTransition(issue.state, action, relations).ok) return false;
    if (action === 'FLAG') return !issue.flagged;
    if (action === 'UNFLAG') return issue.flagged;
    if (action === 'RECORD_REFUSAL') return !issue.refusalRecorded;
    return true;
  });
}

/** An attempted action with its payload. Fields not used by the action are ignored. */
export interface IssueCommand {
  action: string;
  note?: string | null;
  /** Stored file ids (evidence); SUBMIT needs at least one. */
  attachments?: readonly string[] | null;
  /** ASSIGN only. */
  enterpriseId?: string | null;
  departmentId?: string | null;
  measures?: string | null;
  deadline?: string | null;
}

/** One line of the issue's timeline: who did what, when, with a note and files. */
export interface IssueEvent {
  action: IssueAction;
  from: IssueState;
  to: IssueState;
  actorUserId: string;
  at: Date;
  note: string | null;
  attachments: string[];
}

export type IssueActionResult = { ok: true; issue: IssueSnapshot; event: IssueEvent } | { ok: false; errors: FieldIssue[] };

/**
 * Applies one action. On failure nothing changes and every problem is reported (state/authorisation problems on
 * the `issue` field alone, since the payload is moot then). `now` is the instant of the action.
 */
export function applyIssueAction(issue: IssueSnapshot, command: IssueCommand, principal: Principal | null | undefined, now: Date): IssueActionResult {
  const action = command.action;
  const lookup = issueTransition(issue.state, action, issueActorRelations(principal, issue));
  if (!lookup.ok || !principal) {
    const code = lookup.ok ? 'ACTOR_NOT_ALLOWED' : lookup.code;
    return { ok: false, errors: [transitionError('issue', code, issue.state, action)] };
  }
  const act = action as IssueAction;
  const errors: FieldIssue[] = [];
  const next: IssueSnapshot = { ...issue, state: lookup.next };
  const textRequired = act === 'SUBMIT' || act === 'RETURN' || act === 'RECORD_REFUSAL';
  const note = checkNote(errors, 'note', command.note, textRequired);
  const attachments = checkAttachments(errors, command.attachments, act === 'SUBMIT');

  switch (act) {
    case 'ASSIGN': {
      if (!present(command.enterpriseId)) errors.push({ field: 'enterpriseId', code: 'REQUIRED' });
      // A township-handled issue stays the township's unless the bureau names a department for it.
      const toDepartment = present(command.departmentId);
      if (!toDepartment && issue.handledByTownship !== true) errors.push({ field: 'departmentId', code: 'REQUIRED' });
      const measures = checkNote(errors, 'measures', command.measures, true);
      checkIssueDeadline(errors, command.deadline, now);
      Object.assign(next, {
        enterpriseId: command.enterpriseId,
        departmentId: toDepartment ? command.departmentId : null,
        handledByTownship: !toDepartment && issue.handledByTownship === true,
        measures,
        deadline: command.deadline,
      });
      break;
    }
    case 'SUBMIT':
      next.lastSubmittedAt = now;
      break;
    case 'CLOSE':
      next.closedAt = now;
      break;
    case 'FLAG':
      if (issue.flagged) errors.push({ field: 'issue', code: 'ALREADY_FLAGGED' });
      next.flagged = true;
      break;
    case 'UNFLAG':
      if (!issue.flagged) errors.push({ field: 'issue', code: 'NOT_FLAGGED' });
      next.flagged = false;
      break;
    case 'RECORD_REFUSAL':
      if (issue.refusalRecorded) errors.push({ field: 'issue', code: 'REFUSAL_ALREADY_RECORDED' });
      next.refusalRecorded = true;
      break;
    case 'ACKNOWLEDGE':
    case 'RETURN':
      break;
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    issue: next,
    event: { action: act, from: issue.state, to: next.state, actorUserId: principal.userId, at: now, note, attachments },
  };
}

/** A deadline must be a real date, no earlier than today in Shanghai (today itself is allowed). */
export function checkIssueDeadline(errors: FieldIssue[], deadline: string | null | undefined, now: Date): void {
  if (!present(deadline)) errors.push({ field: 'deadline', code: 'REQUIRED' });
  else if (!isIsoDate(deadline)) errors.push({ field: 'deadline', code: 'INVALID_DATE' });
  else if (deadline < shanghaiDate(now)) errors.push({ field: 'deadline', code: 'DEADLINE_IN_PAST', params: { today: shanghaiDate(now) } });
  else if (deadline > MAX_DATE) errors.push({ field: 'deadline', code: 'DATE_OUT_OF_RANGE', params: { min: shanghaiDate(now), max: MAX_DATE } });
}

/*
 * Time semantics of deadlines. A deadline is a calendar date in Asia/Shanghai and the whole of that day is
 * still in time. The issue is overdue from 00:00:00 Shanghai time (16:00 UTC the day before) on the day AFTER
 * the deadline: deadline 2026-05-10 → on time until 2026-05-10T23:59:59.999+08:00, overdue from
 * 2026-05-11T00:00:00+08:00. "Days overdue" counts Shanghai calendar days past the deadline (1 on 05-11, 2 on
 * 05-12, …), so an issue is overdue exactly when it is at least 1 day overdue.
 */

/** The first instant at which an issue with this deadline is overdue. */
export function overdueFrom(deadline: string): Date {
  return shanghaiMidnight(addDays(deadline, 1));
}

/** Shanghai calendar days from the deadline to the date of `at`; 0 while the deadline has not passed. */
export function daysOverdue(deadline: string, at: Date): number {
  return Math.max(0, calendarDaysBetween(deadline, shanghaiDate(at)));
}

/** Derived OVERDUE: an open issue whose deadline day has ended (see above). Closed issues are never overdue. */
export function isOverdue(issue: IssueSnapshot, now: Date): boolean {
  if (issue.state === 'CLOSED' || !present(issue.deadline)) return false;
  return daysOverdue(issue.deadline, now) > 0;
}

/** An open issue that is not overdue and whose deadline is within `withinDays` Shanghai days of today. */
export function isDueSoon(issue: IssueSnapshot, now: Date, withinDays: number): boolean {
  if (issue.state === 'CLOSED' || !present(issue.deadline) || isOverdue(issue, now)) return false;
  return calendarDaysBetween(shanghaiDate(now), issue.deadline) <= withinDays;
}

function checkGraceDays(graceDays: number): void {
  if (!Number.isInteger(graceDays) || graceDays < 0) throw new RangeError(`graceDays must be a whole number ≥ 0, got ${graceDays}`);
}

/**
 * The instant from which B1 is due: 00:00 Shanghai on deadline + graceDays + 1, i.e. once the issue has been
 * overdue for more than `graceDays` whole days (grace 0: the moment it becomes overdue).
 */
export function b1DueFrom(deadline: string, graceDays: number): Date {
  checkGraceDays(graceDays);
  return shanghaiMidnight(addDays(deadline, graceDays + 1));
}

/**
 * Whether record B1 (rectification overdue) should now be proposed against the enterprise: the issue is overdue
 * by more than `graceDays` days (see `b1DueFrom`) and B1 has not been proposed for it before (once per issue).
 *
 * B1 judges the enterprise, so its clock stops while the ball is in the regulator's court: for a SUBMITTED
 * issue lateness is measured at the last submission, for a CLOSED one at the last submission (or, lacking it,
 * the close-off). An issue closed off late by more than the grace period still yields B1, so a daily job that
 * missed a day cannot let a late issue escape.
 */
export function b1Due(issue: IssueSnapshot, now: Date, graceDays: number, alreadyProposed: boolean): boolean {
  checkGraceDays(graceDays);
  if (alreadyProposed || !present(issue.deadline) || !present(issue.enterpriseId)) return false;
  const stop = lateClockStop(issue, now);
  if (!stop) return false;
  return daysOverdue(issue.deadline, stop < now ? stop : now) > graceDays;
}

/** The instant at which the enterprise's lateness is measured; null for a closed issue with no timestamps. */
function lateClockStop(issue: IssueSnapshot, now: Date): Date | null {
  if (issue.state === 'SUBMITTED') return issue.lastSubmittedAt ?? now;
  if (issue.state === 'CLOSED') return issue.lastSubmittedAt ?? issue.closedAt ?? null;
  return now;
}

/** Whether record B2 (拒不整改) should be proposed: a refusal is recorded and B2 was not proposed for it yet. */
export function b2Due(issue: IssueSnapshot, alreadyProposed: boolean): boolean {
  return issue.refusalRecorded && present(issue.enterpriseId) && !alreadyProposed;
}

/** Every record due for the issue now, given those already proposed for it. */
export function issueRecordProposals(
  issue: IssueSnapshot,
  now: Date,
  graceDays: number,
  alreadyProposed: readonly ClosedLoopRecordCode[],
): ClosedLoopRecordCode[] {
  const due: ClosedLoopRecordCode[] = [];
  if (b1Due(issue, now, graceDays, alreadyProposed.includes('B1'))) due.push('B1');
  if (b2Due(issue, alreadyProposed.includes('B2'))) due.push('B2');
  return due;
}
