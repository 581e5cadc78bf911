import { ISSUE_CATEGORIES, type IssueCategory } from '../enums.js';
import type { FieldIssue } from '../field-errors.js';
import { scopeOf, type Principal } from '../permissions.js';
import {
  DAY_MS,
  checkAttachments,
  checkNote,
  lookupTransition,
  present,
  transitionError,
  type ClosedLoopRecordCode,
  type TransitionLookup,
  type TransitionRule,
} from './common.js';
import { checkIssueClassification } from './defects.js';

/** Complaints and reports (投诉举报) of docs/product.md §4. */
export const COMPLAINT_CHANNELS = ['HOTLINE', 'EMAIL', 'WEB', 'WALL', 'BOARD', 'PETITION'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

export const COMPLAINT_STATES = ['RECEIVED', 'ROUTED', 'RESPONDED', 'RESOLVED', 'TURNED_INTO_ISSUE', 'REJECTED', 'CLOSED'] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];
/** The three ways a complaint can be handled; each is then closed with a follow-up visit. */
export const COMPLAINT_OUTCOMES: readonly ComplaintState[] = ['RESOLVED', 'TURNED_INTO_ISSUE', 'REJECTED'];

export const COMPLAINT_ACTIONS = ['ROUTE', 'RESPOND', 'RESOLVE', 'TURN_INTO_ISSUE', 'REJECT', 'CLOSE'] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

export const FOLLOW_UP_RATINGS = ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'] as const;
export type FollowUpRating = (typeof FOLLOW_UP_RATINGS)[number];

/** `SYSTEM` is automatic routing on intake; the others are people. */
export const COMPLAINT_ACTOR_RELATIONS = ['SYSTEM', 'ADMIN', 'REGULATOR', 'HANDLING_DEPARTMENT', 'HANDLING_TOWNSHIP'] as const;
export type ComplaintActorRelation = (typeof COMPLAINT_ACTOR_RELATIONS)[number];

/** Re-routing (ROUTED → ROUTED) corrects a wrong owner; the SLA clocks keep running from receipt. */
export const COMPLAINT_TRANSITIONS: readonly TransitionRule<ComplaintState, ComplaintAction, ComplaintActorRelation>[] = [
  { action: 'ROUTE', from: ['RECEIVED', 'ROUTED'], to: 'ROUTED', actors: ['SYSTEM', 'REGULATOR', 'ADMIN'] },
  { action: 'RESPOND', from: ['ROUTED'], to: 'RESPONDED', actors: ['REGULATOR', 'HANDLING_DEPARTMENT', 'HANDLING_TOWNSHIP'] },
  { action: 'RESOLVE', from: ['RESPONDED'], to: 'RESOLVED', actors: ['REGULATOR', 'HANDLING_DEPARTMENT', 'HANDLING_TOWNSHIP'] },
  { action: 'TURN_INTO_ISSUE', from: ['RESPONDED'], to: 'TURNED_INTO_ISSUE', actors: ['REGULATOR', 'HANDLING_DEPARTMENT', 'HANDLING_TOWNSHIP'] },
  { action: 'REJECT', from: ['RESPONDED'], to: 'REJECTED', actors: ['REGULATOR', 'HANDLING_DEPARTMENT', 'HANDLING_TOWNSHIP'] },
  { action: 'CLOSE', from: COMPLAINT_OUTCOMES, to: 'CLOSED', actors: ['REGULATOR', 'HANDLING_DEPARTMENT', 'HANDLING_TOWNSHIP'] },
];

export interface ComplaintSnapshot {
  state: ComplaintState;
  receivedAt: Date;
  departmentId?: string | null;
  /** The township of the complaint's community. */
  townshipId?: string | null;
  /** Routed to that township rather than to a department (owners' committee matters, see TOWNSHIP_CATEGORIES). */
  handledByTownship?: boolean;
  /** The enterprise complained about, if any: credit records can only be proposed against a firm. */
  enterpriseId?: string | null;
  complainantCount: number;
  respondedAt?: Date | null;
  /** When it was answered, turned into an issue or rejected. */
  handledAt?: Date | null;
  /** Whether the complaint was found justified: given when answered, true when turned into an issue, false when rejected. */
  upheld?: boolean | null;
  issueId?: string | null;
  followUpRating?: FollowUpRating | null;
  closedAt?: Date | null;
}

// ————— routing —————

export interface DepartmentRemit {
  id: string;
  remit: readonly string[];
}

export type RoutingResult = { ok: true; departmentId: string } | { ok: false; error: FieldIssue };

/** The one department whose remit covers the category; an unknown category, no owner or several owners is an error. */
export function routeByCategory(category: string, departments: readonly DepartmentRemit[]): RoutingResult {
  if (!(ISSUE_CATEGORIES as readonly string[]).includes(category)) {
    return { ok: false, error: { field: 'category', code: 'UNKNOWN_CATEGORY', params: { value: category } } };
  }
  const owners = departments.filter((d) => d.remit.includes(category));
  if (owners.length === 1) return { ok: true, departmentId: owners[0]!.id };
  if (owners.length === 0) return { ok: false, error: { field: 'category', code: 'ROUTING_NO_OWNER', params: { category } } };
  return {
    ok: false,
    error: { field: 'category', code: 'ROUTING_AMBIGUOUS', params: { category, departments: owners.map((d) => d.id).join(', ') } },
  };
}

/**
 * Categories handled by the community's own township (乡镇/街道), not by a county department (issue 16): owners'
 * committee matters — 业委会/业主大会 disputes, elections, filings — are the township's to guide and mediate
 * (seed part 2: filing with the township).
 */
export const TOWNSHIP_CATEGORIES: readonly IssueCategory[] = ['OWNERS_COMMITTEE'];

export function isTownshipCategory(category: string): boolean {
  return (TOWNSHIP_CATEGORIES as readonly string[]).includes(category);
}

/** Who handles a complaint or an issue: a department, or the township where the community lies. */
export type Handler = { kind: 'DEPARTMENT'; departmentId: string } | { kind: 'TOWNSHIP'; townshipId: string };
export type HandlerRouting = { ok: true; handler: Handler } | { ok: false; error: FieldIssue };

/**
 * Where an item of `category` in a community of `townshipId` goes: a township category to that township (whatever
 * the departments' remits say), any other category to the one department owning it (`routeByCategory`).
 */
export function routeToHandler(category: string, townshipId: string, departments: readonly DepartmentRemit[]): HandlerRouting {
  if (isTownshipCategory(category)) {
    if (!present(townshipId)) return { ok: false, error: { field: 'communityId', code: 'REQUIRED' } };
    return { ok: true, handler: { kind: 'TOWNSHIP', townshipId } };
  }
  const routed = routeByCategory(category, departments);
  return routed.ok ? { ok: true, handler: { kind: 'DEPARTMENT', departmentId: routed.departmentId } } : routed;
}

// ————— intake —————

export const COLLECTIVE_COMPLAINT_MIN = 10;
export const MAX_COMPLAINANTS = 100_000;

/** Ten or more complainants on one matter make a collective complaint (群体投诉). */
export function isCollectiveComplaint(complainantCount: number): boolean {
  return complainantCount >= COLLECTIVE_COMPLAINT_MIN;
}

export interface ComplaintIntake {
  channel: string;
  category: string;
  subtype?: string | null;
  complainantCount: number;
  content: string;
}

export function checkComplaintIntake(c: ComplaintIntake): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (!present(c.channel)) errors.push({ field: 'channel', code: 'REQUIRED' });
  else if (!(COMPLAINT_CHANNELS as readonly string[]).includes(c.channel)) errors.push({ field: 'channel', code: 'INVALID_FORMAT' });
  errors.push(...checkIssueClassification(c.category, c.subtype));
  if (!Number.isInteger(c.complainantCount)) errors.push({ field: 'complainantCount', code: 'NOT_INTEGER' });
  else if (c.complainantCount < 1 || c.complainantCount > MAX_COMPLAINANTS) {
    errors.push({ field: 'complainantCount', code: 'OUT_OF_RANGE', params: { min: 1, max: MAX_COMPLAINANTS } });
  }
  checkNote(errors, 'content', c.content, true);
  return errors;
}

/**
 * Where a complaint may be filed (issue 11): in a community within the filer's row scope (a township only in its own
 * area; outside it the community is, to the filer, unknown), and against the firm that serves that community, if any.
 */
export function checkComplaintPlace(
  filer: Principal | null,
  place: { townshipId: string; enterpriseId: string | null },
  communityId: string,
  namedEnterpriseId: string | null,
): FieldIssue[] {
  const scope = scopeOf(filer);
  const visible =
    scope.kind === 'ALL' ||
    (scope.kind === 'TOWNSHIP' && scope.townshipId === place.townshipId) ||
    (scope.kind === 'ENTERPRISE' && scope.enterpriseId === place.enterpriseId);
  if (!visible) return [{ field: 'communityId', code: 'UNKNOWN_REFERENCE', params: { id: communityId } }];
  if (namedEnterpriseId !== null && namedEnterpriseId !== place.enterpriseId) return [{ field: 'enterpriseId', code: 'NOT_SERVING_COMMUNITY' }];
  return [];
}

// ————— SLA clocks —————

/**
 * Time limits in days. A day here is exactly 24 hours counted from the instant the complaint was received
 * (Asia/Shanghai has no daylight saving, so this is also 24 wall-clock hours): received 2026-04-01 10:30:00+08:00
 * with a 3-day first-response limit → due 2026-04-04 10:30:00+08:00. Acting at the deadline instant is on time;
 * one millisecond later is late. Working days and holidays are not considered.
 */
export interface ComplaintSla {
  firstResponseDays: number;
  resolutionDays: number;
}
export const DEFAULT_COMPLAINT_SLA: Readonly<ComplaintSla> = { firstResponseDays: 3, resolutionDays: 15 };
export const MAX_SLA_DAYS = 365;

export function checkComplaintSla(sla: ComplaintSla): FieldIssue[] {
  const errors: FieldIssue[] = [];
  for (const field of ['firstResponseDays', 'resolutionDays'] as const) {
    const v = sla[field];
    if (!Number.isInteger(v)) errors.push({ field, code: 'NOT_INTEGER' });
    else if (v < 1 || v > MAX_SLA_DAYS) errors.push({ field, code: 'OUT_OF_RANGE', params: { min: 1, max: MAX_SLA_DAYS } });
  }
  if (errors.length === 0 && sla.resolutionDays < sla.firstResponseDays) {
    errors.push({ field: 'resolutionDays', code: 'SLA_RESOLUTION_BEFORE_RESPONSE' });
  }
  return errors;
}

function assertSla(sla: ComplaintSla): void {
  const errors = checkComplaintSla(sla);
  if (errors.length > 0) throw new RangeError(`invalid complaint SLA: ${errors.map((e) => `${e.field}:${e.code}`).join(', ')}`);
}

/** receivedAt + firstResponseDays × 24 h. */
export function firstResponseDeadline(receivedAt: Date, sla: ComplaintSla = DEFAULT_COMPLAINT_SLA): Date {
  assertSla(sla);
  return new Date(receivedAt.getTime() + sla.firstResponseDays * DAY_MS);
}

/** receivedAt + resolutionDays × 24 h. */
export function resolutionDeadline(receivedAt: Date, sla: ComplaintSla = DEFAULT_COMPLAINT_SLA): Date {
  assertSla(sla);
  return new Date(receivedAt.getTime() + sla.resolutionDays * DAY_MS);
}

/** Late if it was done after the deadline, or is still not done and the deadline has passed. */
function late(doneAt: Date | null | undefined, deadline: Date, now: Date): boolean {
  return (doneAt ?? now).getTime() > deadline.getTime();
}

export function isFirstResponseLate(c: ComplaintSnapshot, now: Date, sla: ComplaintSla = DEFAULT_COMPLAINT_SLA): boolean {
  return late(c.respondedAt, firstResponseDeadline(c.receivedAt, sla), now);
}

export function isResolutionLate(c: ComplaintSnapshot, now: Date, sla: ComplaintSla = DEFAULT_COMPLAINT_SLA): boolean {
  return late(c.handledAt, resolutionDeadline(c.receivedAt, sla), now);
}

// ————— state machine —————

export type ComplaintActor = Principal | 'SYSTEM';

export function complaintActorRelations(actor: ComplaintActor | null | undefined, c: ComplaintSnapshot): ComplaintActorRelation[] {
  if (!actor) return [];
  if (actor === 'SYSTEM') return ['SYSTEM'];
  switch (actor.role) {
    case 'ADMIN':
      return ['ADMIN'];
    case 'REGULATOR':
      return ['REGULATOR'];
    case 'DEPARTMENT':
      return present(c.departmentId) && actor.departmentId === c.departmentId ? ['HANDLING_DEPARTMENT'] : [];
    case 'TOWNSHIP':
      return c.handledByTownship === true && present(c.townshipId) && actor.townshipId === c.townshipId ? ['HANDLING_TOWNSHIP'] : [];
    default:
      return [];
  }
}

export function complaintTransition(state: ComplaintState, action: string, relations: readonly ComplaintActorRelation[]): TransitionLookup<ComplaintState> {
  return lookupTransition(COMPLAINT_TRANSITIONS, state, action, relations);
}

export function availableComplaintActions(c: ComplaintSnapshot, actor: ComplaintActor | null | undefined): ComplaintAction[] {
  const relations = complaintActorRelations(actor, c);
  return COMPLAINT_ACTIONS.filter((a) => complaintTransition(c.state, a, relations).ok);
}

export interface ComplaintCommand {
  action: string;
  note?: string | null;
  attachments?: readonly string[] | null;
  /** ROUTE: the department to handle it (usually from `routeToHandler`)… */
  departmentId?: string | null;
  /** ROUTE: …or, instead, the township of the complaint's community. */
  toTownship?: boolean | null;
  /** RESOLVE: whether the complaint was found justified. */
  upheld?: boolean | null;
  /** TURN_INTO_ISSUE: the issue registered for it. */
  issueId?: string | null;
  /** REJECT: why (required). */
  reasons?: string | null;
  /** CLOSE: the follow-up visit's rating. */
  rating?: string | null;
}

export interface ComplaintEvent {
  action: ComplaintAction;
  from: ComplaintState;
  to: ComplaintState;
  /** null for the system. */
  actorUserId: string | null;
  at: Date;
  note: string | null;
  attachments: string[];
}

export type ComplaintActionResult = { ok: true; complaint: ComplaintSnapshot; event: ComplaintEvent } | { ok: false; errors: FieldIssue[] };

/**
 * Applies one action: RESPOND needs a note (the first reply), RESOLVE an answer and whether it was upheld,
 * TURN_INTO_ISSUE the issue id, REJECT its reasons, CLOSE the follow-up rating. Nothing changes on failure.
 */
export function applyComplaintAction(
  c: ComplaintSnapshot,
  command: ComplaintCommand,
  actor: ComplaintActor | null | undefined,
  now: Date,
): ComplaintActionResult {
  const lookup = complaintTransition(c.state, command.action, complaintActorRelations(actor, c));
  if (!lookup.ok || !actor) {
    const code = lookup.ok ? 'ACTOR_NOT_ALLOWED' : lookup.code;
    return { ok: false, errors: [transitionError('complaint', code, c.state, command.action)] };
  }
  const action = command.action as ComplaintAction;
  const errors: FieldIssue[] = [];
  const next: ComplaintSnapshot = { ...c, state: lookup.next };
  let note = checkNote(errors, 'note', command.note, action === 'RESPOND' || action === 'RESOLVE');
  const attachments = checkAttachments(errors, command.attachments, false);

  switch (action) {
    case 'ROUTE':
      if (command.toTownship === true) {
        if (present(command.departmentId)) errors.push({ field: 'departmentId', code: 'ROUTE_ONE_HANDLER' });
        if (!present(c.townshipId)) errors.push({ field: 'townshipId', code: 'REQUIRED' });
        Object.assign(next, { departmentId: null, handledByTownship: true });
      } else {
        if (!present(command.departmentId)) errors.push({ field: 'departmentId', code: 'REQUIRED' });
        Object.assign(next, { departmentId: command.departmentId, handledByTownship: false });
      }
      break;
    case 'RESPOND':
      next.respondedAt = now;
      break;
    case 'RESOLVE':
      if (typeof command.upheld !== 'boolean') errors.push({ field: 'upheld', code: 'REQUIRED' });
      Object.assign(next, { handledAt: now, upheld: command.upheld });
      break;
    case 'TURN_INTO_ISSUE':
      if (!present(command.issueId)) errors.push({ field: 'issueId', code: 'REQUIRED' });
      Object.assign(next, { handledAt: now, upheld: true, issueId: command.issueId });
      break;
    case 'REJECT':
      note = checkNote(errors, 'reasons', command.reasons, true);
      Object.assign(next, { handledAt: now, upheld: false });
      break;
    case 'CLOSE':
      if (!present(command.rating)) errors.push({ field: 'rating', code: 'REQUIRED' });
      else if (!(FOLLOW_UP_RATINGS as readonly string[]).includes(command.rating)) errors.push({ field: 'rating', code: 'INVALID_FORMAT' });
      Object.assign(next, { followUpRating: command.rating, closedAt: now });
      break;
  }
  if (errors.length > 0) return { ok: false, errors };
  const actorUserId = actor === 'SYSTEM' ? null : actor.userId;
  return { ok: true, complaint: next, event: { action, from: c.state, to: next.state, actorUserId, at: now, note, attachments } };
}

// ————— credit record proposals (each at most once per complaint; only against a named firm) —————

/** B3: the first response or the resolution missed its deadline (see `ComplaintSla`). */
export function b3Due(c: ComplaintSnapshot, now: Date, sla: ComplaintSla, alreadyProposed: boolean): boolean {
  if (alreadyProposed || !present(c.enterpriseId)) return false;
  return isFirstResponseLate(c, now, sla) || isResolutionLate(c, now, sla);
}

/** B4: a collective complaint (≥ 10 complainants) found justified. */
export function b4Due(c: ComplaintSnapshot, alreadyProposed: boolean): boolean {
  return !alreadyProposed && present(c.enterpriseId) && isCollectiveComplaint(c.complainantCount) && c.upheld === true;
}

/**
 * B5: the follow-up visit was rated dissatisfied. Not when the complaint was found unjustified (rejected, or
 * answered as not upheld): the resident's dissatisfaction is then with the ruling, not with the firm's service.
 */
export function b5Due(c: ComplaintSnapshot, alreadyProposed: boolean): boolean {
  return !alreadyProposed && present(c.enterpriseId) && c.followUpRating === 'DISSATISFIED' && c.upheld !== false;
}

/** Every record due for the complaint now, given those already proposed for it. */
export function complaintRecordProposals(
  c: ComplaintSnapshot,
  now: Date,
  sla: ComplaintSla,
  alreadyProposed: readonly ClosedLoopRecordCode[],
): ClosedLoopRecordCode[] {
  const due: ClosedLoopRecordCode[] = [];
  if (b3Due(c, now, sla, alreadyProposed.includes('B3'))) due.push('B3');
  if (b4Due(c, alreadyProposed.includes('B4'))) due.push('B4');
  if (b5Due(c, alreadyProposed.includes('B5'))) due.push('B5');
  return due;
}
