import type { FieldIssue } from '../field-errors.js';
import { isIsoDate } from '../dates.js';
import { RECORD_MIN_DATE } from '../input-policy.js';

/**
 * The campaign (提升年, docs/product.md §7): phases, milestones and the routines that keep it going, plus the monthly
 * bulletin's workflow. Pure rules; the entities live in @wuye/db (entities/campaign.ts).
 */
export const MILESTONE_STATUSES = ['PENDING', 'DONE'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];
/** What a milestone shows on a date: done on time, done late, overdue (pending past its due date), pending. */
export const MILESTONE_STATES = ['DONE_ON_TIME', 'DONE_LATE', 'OVERDUE', 'PENDING'] as const;
export type MilestoneState = (typeof MILESTONE_STATES)[number];

export interface MilestoneFacts {
  dueDate: string;
  doneOn: string | null;
}

/** Done by its due date (the due day itself counts as on time). */
export function milestoneDoneOnTime(m: MilestoneFacts): boolean {
  return m.doneOn != null && m.doneOn <= m.dueDate;
}

export function milestoneState(m: MilestoneFacts, today: string): MilestoneState {
  if (m.doneOn != null) return m.doneOn <= m.dueDate ? 'DONE_ON_TIME' : 'DONE_LATE';
  return today > m.dueDate ? 'OVERDUE' : 'PENDING';
}

export interface PhaseFacts {
  code: string;
  startDate: string;
  endDate: string;
}

/** The phase a date falls in (both ends inclusive), or null between or outside the phases. */
export function phaseOn<P extends PhaseFacts>(phases: readonly P[], date: string): P | null {
  return phases.find((p) => p.startDate <= date && date <= p.endDate) ?? null;
}

/** Share of the campaign's days elapsed on a date, 0…1 (for the phase timeline). */
export function campaignProgress(c: { startDate: string; endDate: string }, date: string): number {
  const n = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  if (date <= c.startDate) return 0;
  if (date >= c.endDate) return 1;
  return (n(date) - n(c.startDate)) / (n(c.endDate) - n(c.startDate));
}

function checkRange(errors: FieldIssue[], start: string, end: string) {
  const [startField, endField] = ['startDate', 'endDate'];
  if (!isIsoDate(start)) errors.push({ field: startField, code: 'INVALID_DATE' });
  if (!isIsoDate(end)) errors.push({ field: endField, code: 'INVALID_DATE' });
  else if (isIsoDate(start) && end < start) errors.push({ field: endField, code: 'DATE_BEFORE', params: { other: start } });
}

function checkName(errors: FieldIssue[], field: string, value: string | null | undefined, max: number) {
  const v = value?.trim() ?? '';
  if (!v) errors.push({ field, code: 'REQUIRED' });
  else if (Array.from(v).length > max) errors.push({ field, code: 'TOO_LONG', params: { max } });
}

export interface CampaignInput {
  name: string;
  year: number;
  startDate: string;
  endDate: string;
}

export function checkCampaign(c: CampaignInput): FieldIssue[] {
  const errors: FieldIssue[] = [];
  checkName(errors, 'name', c.name, 100);
  if (!Number.isInteger(c.year) || c.year < 2000 || c.year > 2100) errors.push({ field: 'year', code: 'OUT_OF_RANGE', params: { min: 2000, max: 2100 } });
  checkRange(errors, c.startDate, c.endDate);
  return errors;
}

/** A phase lies inside its campaign and overlaps no other phase of it. */
export function checkPhase(p: PhaseFacts & { name: string }, campaign: { startDate: string; endDate: string }, others: readonly PhaseFacts[]): FieldIssue[] {
  const errors: FieldIssue[] = [];
  checkName(errors, 'name', p.name, 50);
  checkRange(errors, p.startDate, p.endDate);
  if (errors.length) return errors;
  if (p.startDate < campaign.startDate || p.endDate > campaign.endDate) {
    errors.push({ field: 'startDate', code: 'DATE_OUT_OF_RANGE', params: { min: campaign.startDate, max: campaign.endDate } });
  }
  const clash = others.find((o) => o.code !== p.code && o.startDate <= p.endDate && p.startDate <= o.endDate);
  if (clash) errors.push({ field: 'startDate', code: 'PHASE_OVERLAP', params: { other: clash.code } });
  return errors;
}

export interface MilestoneInput {
  title: string;
  dueDate: string;
}

export function checkMilestone(m: MilestoneInput, campaign: { startDate: string; endDate: string }): FieldIssue[] {
  const errors: FieldIssue[] = [];
  checkName(errors, 'title', m.title, 200);
  if (!isIsoDate(m.dueDate)) errors.push({ field: 'dueDate', code: 'INVALID_DATE' });
  else if (m.dueDate < campaign.startDate || m.dueDate > campaign.endDate) {
    errors.push({ field: 'dueDate', code: 'DATE_OUT_OF_RANGE', params: { min: campaign.startDate, max: campaign.endDate } });
  }
  return errors;
}

/** Marking a milestone done needs the day it was done (not in the future) and the evidence. */
export function checkMilestoneDone(doneOn: string, evidence: string | null | undefined, today: string): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (!isIsoDate(doneOn)) errors.push({ field: 'doneOn', code: 'INVALID_DATE' });
  else if (doneOn > today) errors.push({ field: 'doneOn', code: 'IN_FUTURE' });
  if (!evidence?.trim()) errors.push({ field: 'evidence', code: 'REQUIRED' });
  return errors;
}

/** The routines of docs/product.md §7 (seed part 7 三(三): 周推进、月通报、月沟通协商、季度评比观摩、常态化培训、联席会议). */
export const CAMPAIGN_ROUTINES = [
  { code: 'WEEKLY_PROGRESS', name: { 'zh-CN': '周推进', en: 'weekly progress' }, cadence: 'WEEKLY' },
  { code: 'MONTHLY_BULLETIN', name: { 'zh-CN': '月通报', en: 'monthly bulletin' }, cadence: 'MONTHLY' },
  { code: 'MONTHLY_CONSULTATION', name: { 'zh-CN': '月沟通协商', en: 'monthly consultation' }, cadence: 'MONTHLY' },
  { code: 'QUARTERLY_RATING', name: { 'zh-CN': '季度评比观摩', en: 'quarterly rating' }, cadence: 'QUARTERLY' },
  { code: 'REGULAR_TRAINING', name: { 'zh-CN': '常态化培训', en: 'regular training' }, cadence: 'REGULAR' },
  { code: 'JOINT_MEETING', name: { 'zh-CN': '联席会议', en: 'joint meeting' }, cadence: 'REGULAR' },
] as const;

/** Who attends a training session. */
export const ATTENDEE_KINDS = ['PROJECT_MANAGER', 'COMMITTEE_MEMBER', 'TOWNSHIP_STAFF', 'OTHER'] as const;
export type AttendeeKind = (typeof ATTENDEE_KINDS)[number];

// ---- monthly bulletin ---------------------------------------------------------------------------------------------

export const BULLETIN_STATUSES = ['DRAFT', 'REVIEWED', 'PUBLISHED'] as const;
export type BulletinStatus = (typeof BULLETIN_STATUSES)[number];
export const BULLETIN_ACTIONS = ['REGENERATE', 'REVIEW', 'PUBLISH'] as const;
export type BulletinAction = (typeof BULLETIN_ACTIONS)[number];

/** Which bulletin actions are allowed from which status: a published bulletin never changes again. */
const BULLETIN_FLOW: Record<BulletinAction, { from: readonly BulletinStatus[]; to: BulletinStatus }> = {
  REGENERATE: { from: ['DRAFT', 'REVIEWED'], to: 'DRAFT' },
  REVIEW: { from: ['DRAFT'], to: 'REVIEWED' },
  PUBLISH: { from: ['REVIEWED'], to: 'PUBLISHED' },
};

export function bulletinTransition(status: BulletinStatus, action: BulletinAction): { ok: true; next: BulletinStatus } | { ok: false; issue: FieldIssue } {
  const rule = BULLETIN_FLOW[action];
  if (rule.from.includes(status)) return { ok: true, next: rule.to };
  // Before publication the refusal says what is missing; afterwards, that a published bulletin never changes.
  if (action === 'REVIEW' && status === 'REVIEWED') return { ok: false, issue: { field: 'bulletin', code: 'ALREADY_REVIEWED' } };
  if (action === 'PUBLISH' && status === 'DRAFT') return { ok: false, issue: { field: 'bulletin', code: 'NOT_REVIEWED' } };
  return { ok: false, issue: { field: 'bulletin', code: 'BULLETIN_STATUS', params: { status, action } } };
}

/** A bulletin covers a whole month that has begun (a month still running gives a provisional draft). */
export function checkBulletinMonth(month: string, today: string): FieldIssue[] {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return [{ field: 'month', code: 'INVALID_FORMAT' }];
  if (`${month}-01` < RECORD_MIN_DATE)
    return [{ field: 'month', code: 'DATE_OUT_OF_RANGE', params: { min: RECORD_MIN_DATE.slice(0, 7), max: today.slice(0, 7) } }];
  if (`${month}-01` > today) return [{ field: 'month', code: 'IN_FUTURE' }];
  return [];
}
