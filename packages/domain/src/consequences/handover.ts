import { availability, type ActionAvailability } from '../availability.js';
import { addDays, isIsoDate } from '../dates.js';
import type { EnterpriseStatus, ListStatus } from '../enums.js';
import type { FieldIssue } from '../field-errors.js';
import { can, type Principal } from '../permissions.js';
import type { HandoverPolicy } from './policy.js';

/**
 * 清出市场 with a handover (docs/consequences.md): a black-listed firm is expelled by a decision; each community it
 * serves gets a handover with a deadline; the bureau appoints a successor firm and ticks off the checklist; when both
 * are done the handover is completed and the successor serves the community. Until then the community is marked.
 */

/** The handover checklist (移交清单), in the order it is worked through. */
export const HANDOVER_ITEMS = ['ARCHIVES', 'FACILITIES', 'ACCOUNTS', 'PREMISES', 'KEYS', 'OWNERS_NOTIFIED'] as const;
export type HandoverItem = (typeof HANDOVER_ITEMS)[number];

export const HANDOVER_ITEM_LABELS: Readonly<Record<HandoverItem, { 'zh-CN': string; en: string }>> = {
  ARCHIVES: { 'zh-CN': '物业档案资料（竣工图纸、设施设备档案、业主资料）', en: 'records (as-built drawings, equipment files, owner records)' },
  FACILITIES: { 'zh-CN': '共用部位、共用设施设备现场查验', en: 'common parts and shared equipment inspected on site' },
  ACCOUNTS: { 'zh-CN': '预收物业费、公共收益及维修资金账目结清', en: 'prepaid fees, shared income and maintenance-fund accounts settled' },
  PREMISES: { 'zh-CN': '物业服务用房移交', en: 'property-service premises handed over' },
  KEYS: { 'zh-CN': '钥匙、门禁卡及设备操作密码移交', en: 'keys, access cards and equipment passwords handed over' },
  OWNERS_NOTIFIED: { 'zh-CN': '在小区公告栏告知业主', en: 'owners told on the community notice board' },
};

/** Done items, each with the day it was ticked off. */
export type HandoverChecklist = Partial<Record<HandoverItem, string>>;

export const HANDOVER_STATUSES = ['OPEN', 'COMPLETED'] as const;
export type HandoverStatus = (typeof HANDOVER_STATUSES)[number];

export const HANDOVER_ACTIONS = ['APPOINT_SUCCESSOR', 'CHECK_ITEM', 'COMPLETE'] as const;
export type HandoverAction = (typeof HANDOVER_ACTIONS)[number];

export interface HandoverState {
  status: HandoverStatus;
  successorId: string | null;
  checklist: HandoverChecklist;
}

/** Why a firm cannot be expelled, or null: only a black-listed firm is, and only once. */
export function expulsionIssue(firm: { status: EnterpriseStatus | string; listStatus: ListStatus | string }): FieldIssue | null {
  if (firm.status === 'EXPELLED') return { field: 'enterpriseId', code: 'ALREADY_EXPELLED' };
  if (firm.listStatus !== 'BLACK') return { field: 'enterpriseId', code: 'EXPULSION_NEEDS_BLACK_LIST' };
  return null;
}

/**
 * The handover deadline of a decision made on `decidedOn`: the one asked for, when it lies between `minDays` and
 * `maxDays` after the decision (both inclusive), or `defaultDays` after it when none is asked for.
 */
export function handoverDeadline(
  policy: HandoverPolicy,
  decidedOn: string,
  requested: string | null | undefined,
): { ok: true; deadline: string } | { ok: false; issue: FieldIssue } {
  if (!requested) return { ok: true, deadline: addDays(decidedOn, policy.defaultDays) };
  if (!isIsoDate(requested)) return { ok: false, issue: { field: 'handoverDeadline', code: 'INVALID_DATE' } };
  const min = addDays(decidedOn, policy.minDays);
  const max = addDays(decidedOn, policy.maxDays);
  if (requested < min || requested > max) return { ok: false, issue: { field: 'handoverDeadline', code: 'DATE_OUT_OF_RANGE', params: { min, max } } };
  return { ok: true, deadline: requested };
}

/** Overdue the day after the deadline while still open; the deadline day itself is in time. */
export function handoverOverdue(h: { status: HandoverStatus; deadline: string }, today: string): boolean {
  return h.status === 'OPEN' && today > h.deadline;
}

/**
 * The end date a project manager's appointment of the outgoing firm at the handed-over community gets when the handover
 * completes on `handoverOn` (YYYY-MM-DD), or null when it needs none: it already ended on or before that day. One that
 * would only start later ends the day it starts (it never runs): the community is the successor's from `handoverOn`.
 */
export function appointmentEndOnHandover(appointment: { startDate: string; endDate: string | null }, handoverOn: string): string | null {
  if (appointment.endDate !== null && appointment.endDate <= handoverOn) return null;
  return appointment.startDate > handoverOn ? appointment.startDate : handoverOn;
}

/** The checklist items not yet done, in checklist order. */
export function openHandoverItems(checklist: HandoverChecklist): HandoverItem[] {
  return HANDOVER_ITEMS.filter((i) => !checklist[i]);
}

/** Why a firm cannot succeed the outgoing one: not the same firm, and one that may serve (not black-listed, expelled or suspended). */
export function successorIssue(
  successor: { id: string; name: string; status: EnterpriseStatus | string; listStatus: ListStatus | string },
  outgoingId: string,
): FieldIssue | null {
  if (successor.id === outgoingId) return { field: 'successorId', code: 'SUCCESSOR_SAME_FIRM' };
  if (successor.status === 'EXPELLED') return { field: 'successorId', code: 'ENTERPRISE_INELIGIBLE', params: { name: successor.name, reason: 'EXPELLED' } };
  if (successor.listStatus === 'BLACK') return { field: 'successorId', code: 'ENTERPRISE_INELIGIBLE', params: { name: successor.name, reason: 'BLACK' } };
  if (successor.status !== 'ACTIVE') return { field: 'successorId', code: 'SUCCESSOR_NOT_ACTIVE', params: { name: successor.name } };
  return null;
}

/** Why `action` cannot be taken on the handover now, or null. */
export function handoverActionIssue(h: HandoverState, action: HandoverAction): FieldIssue | null {
  if (h.status === 'COMPLETED') return { field: 'handoverId', code: 'ILLEGAL_TRANSITION', params: { from: h.status, action } };
  if (action !== 'COMPLETE') return null;
  if (!h.successorId) return { field: 'successorId', code: 'HANDOVER_NO_SUCCESSOR' };
  const open = openHandoverItems(h.checklist);
  if (open.length > 0) return { field: 'checklist', code: 'HANDOVER_CHECKLIST_OPEN', params: { count: open.length } };
  return null;
}

/** The buttons of a handover: only the bureau (consequence:manage) is offered any. */
export function handoverActions(h: HandoverState, who: Principal | null | undefined): ActionAvailability<HandoverAction>[] {
  if (!can(who, 'consequence:manage')) return [];
  return HANDOVER_ACTIONS.map((a) => availability(a, handoverActionIssue(h, a)));
}

export const EXPULSION_ACTIONS = ['EXPEL'] as const;
export type ExpulsionAction = (typeof EXPULSION_ACTIONS)[number];

/** The expel button on a firm: only the bureau is offered it; available for a black-listed firm not yet expelled. */
export function expulsionActions(
  firm: { status: EnterpriseStatus | string; listStatus: ListStatus | string },
  who: Principal | null | undefined,
): ActionAvailability<ExpulsionAction>[] {
  if (!can(who, 'consequence:manage')) return [];
  return [availability('EXPEL', expulsionIssue(firm))];
}
