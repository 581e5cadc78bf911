import { availability, type ActionAvailability } from '../availability.js';
import { isIsoDate } from '../dates.js';
import type { FieldIssue } from '../field-errors.js';
import { can, type Principal } from '../permissions.js';

/**
 * The campaign's records (seed part 7, docs/campaign-records.md): the minutes of its meetings — the monthly
 * consultation (月度会商) and the joint meetings (联席会议), both the platform's meeting notices (JointMeeting, by kind) —
 * and peer visits (观摩). Minutes are written by the bureau, or by the department or township that held the meeting,
 * submitted, and approved by a regulator other than the writer; approved minutes are read-only. Pure rules; the entities
 * are in @wuye/db (entities/campaign-records.ts).
 */
export const MEETING_KINDS = ['JOINT', 'MONTHLY_CONSULTATION'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MINUTES_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];
export const MINUTES_ACTIONS = ['EDIT', 'SUBMIT', 'APPROVE', 'RETURN'] as const;
export type MinutesAction = (typeof MINUTES_ACTIONS)[number];

export const MINUTES_MAX = 10000;
export const RECORD_LINE_MAX = 200;
export const RETURN_NOTE_MAX = 500;
export const FINDINGS_MAX = 5000;

/** The meeting as the minutes rules see it: who held it (null: the leading group) and when. */
export interface MeetingFacts {
  heldAt: Date;
  hostDepartmentId: string | null;
  hostTownshipId: string | null;
}

/** Minutes as the rules see them (none yet: null). */
export interface MinutesFacts {
  status: MinutesStatus;
  writtenById: string | null;
  body: string;
}

function text(errors: FieldIssue[], field: string, value: string | null | undefined, max: number, required: boolean) {
  const v = value?.trim() ?? '';
  if (!v) {
    if (required) errors.push({ field, code: 'REQUIRED' });
  } else if (Array.from(v).length > max) errors.push({ field, code: 'TOO_LONG', params: { max } });
}

/** 会议纪要: the text (required) and who attended (at least one line, each short). */
export function checkMinutes(m: { body: string; attendees: readonly string[] }): FieldIssue[] {
  const errors: FieldIssue[] = [];
  text(errors, 'body', m.body, MINUTES_MAX, true);
  const attendees = m.attendees.map((a) => a.trim()).filter(Boolean);
  if (attendees.length === 0) errors.push({ field: 'minutesAttendees', code: 'REQUIRED' });
  else if (attendees.some((a) => Array.from(a).length > RECORD_LINE_MAX))
    errors.push({ field: 'minutesAttendees', code: 'TOO_LONG', params: { max: RECORD_LINE_MAX } });
  return errors;
}

/**
 * Whether the caller may write this meeting's minutes at all: the bureau (minutes:approve holders, i.e. regulators) any
 * meeting; a department or a township (minutes:write) only a meeting it held. Null when allowed.
 */
export function minutesWriterIssue(meeting: MeetingFacts, who: Principal | null | undefined): FieldIssue | null {
  if (!can(who, 'minutes:write')) return { field: 'minutes', code: 'OUT_OF_SCOPE' };
  if (can(who, 'minutes:approve')) return null;
  if (who?.departmentId != null && meeting.hostDepartmentId != null && String(who.departmentId) === String(meeting.hostDepartmentId)) return null;
  if (who?.townshipId != null && meeting.hostTownshipId != null && String(who.townshipId) === String(meeting.hostTownshipId)) return null;
  return { field: 'minutes', code: 'OUT_OF_SCOPE' };
}

const APPROVED: FieldIssue = { field: 'minutes', code: 'MINUTES_APPROVED' };

/** Writing (or rewriting) the minutes: after the meeting, by the writer of the draft; never once submitted or approved. */
export function minutesEditIssue(meeting: MeetingFacts, minutes: MinutesFacts | null, who: Principal | null | undefined, now: Date): FieldIssue | null {
  const scope = minutesWriterIssue(meeting, who);
  if (scope) return scope;
  if (meeting.heldAt.getTime() > now.getTime()) return { field: 'minutes', code: 'MEETING_NOT_HELD' };
  if (!minutes) return null;
  if (minutes.status === 'APPROVED') return APPROVED;
  if (minutes.status === 'SUBMITTED') return { field: 'minutes', code: 'MINUTES_SUBMITTED' };
  if (minutes.writtenById != null && String(minutes.writtenById) !== String(who?.userId)) return { field: 'minutes', code: 'NOT_THE_WRITER' };
  return null;
}

/** Submitting for approval: the writer, a draft. */
export function minutesSubmitIssue(meeting: MeetingFacts, minutes: MinutesFacts | null, who: Principal | null | undefined, now: Date): FieldIssue | null {
  if (!minutes) return { field: 'minutes', code: 'REQUIRED' };
  return minutesEditIssue(meeting, minutes, who, now);
}

/** Approving or returning: a regulator (minutes:approve) other than the writer, submitted minutes. */
export function minutesApproveIssue(minutes: MinutesFacts | null, who: Principal | null | undefined): FieldIssue | null {
  if (!can(who, 'minutes:approve')) return { field: 'minutes', code: 'OUT_OF_SCOPE' };
  if (!minutes) return { field: 'minutes', code: 'REQUIRED' };
  if (minutes.status === 'APPROVED') return APPROVED;
  if (minutes.status !== 'SUBMITTED') return { field: 'minutes', code: 'MINUTES_NOT_SUBMITTED' };
  if (minutes.writtenById != null && String(minutes.writtenById) === String(who?.userId)) return { field: 'minutes', code: 'APPROVER_IS_WRITER' };
  return null;
}

/** A returned draft says why. */
export function checkReturnNote(note: string | null | undefined): FieldIssue[] {
  const errors: FieldIssue[] = [];
  text(errors, 'note', note, RETURN_NOTE_MAX, true);
  return errors;
}

/**
 * What the caller may do to a meeting's minutes now, each with why not. Nothing for a caller who may neither write
 * them nor approve them; approved minutes offer nothing that can be taken (they are read-only).
 */
export function minutesActions(
  meeting: MeetingFacts,
  minutes: MinutesFacts | null,
  who: Principal | null | undefined,
  now: Date,
): ActionAvailability<MinutesAction>[] {
  const out: ActionAvailability<MinutesAction>[] = [];
  if (!minutesWriterIssue(meeting, who)) {
    out.push(availability('EDIT', minutesEditIssue(meeting, minutes, who, now)), availability('SUBMIT', minutesSubmitIssue(meeting, minutes, who, now)));
  }
  if (can(who, 'minutes:approve')) {
    const issue = minutesApproveIssue(minutes, who);
    out.push(availability('APPROVE', issue), availability('RETURN', issue));
  }
  return out;
}

/** 观摩: a visit to a host firm and/or community by visiting firms and people, on a day up to today, with findings. */
export interface PeerVisitInput {
  visitedOn: string;
  hostEnterpriseId?: string | null;
  hostCommunityId?: string | null;
  visitorEnterpriseIds: readonly string[];
  visitorPeople: readonly string[];
  findings: string;
}

export function checkPeerVisit(v: PeerVisitInput, today: string): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (!isIsoDate(v.visitedOn)) errors.push({ field: 'visitedOn', code: 'INVALID_FORMAT' });
  else if (v.visitedOn > today) errors.push({ field: 'visitedOn', code: 'IN_FUTURE' });
  if (!v.hostEnterpriseId && !v.hostCommunityId) errors.push({ field: 'hostEnterpriseId', code: 'REQUIRED' });
  const people = v.visitorPeople.map((p) => p.trim()).filter(Boolean);
  if (v.visitorEnterpriseIds.length === 0 && people.length === 0) errors.push({ field: 'visitors', code: 'REQUIRED' });
  if (people.some((p) => Array.from(p).length > RECORD_LINE_MAX)) errors.push({ field: 'visitors', code: 'TOO_LONG', params: { max: RECORD_LINE_MAX } });
  if (v.hostEnterpriseId && v.visitorEnterpriseIds.some((id) => String(id) === String(v.hostEnterpriseId)))
    errors.push({ field: 'visitors', code: 'HOST_VISITS_ITSELF' });
  if (new Set(v.visitorEnterpriseIds.map(String)).size !== v.visitorEnterpriseIds.length) errors.push({ field: 'visitors', code: 'DUPLICATE_VISITOR' });
  text(errors, 'visitFindings', v.findings, FINDINGS_MAX, true);
  return errors;
}
