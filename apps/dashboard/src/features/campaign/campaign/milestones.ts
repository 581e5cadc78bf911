import type { CampaignQuery } from '../../../gql/graphql';
import { MILESTONE_STATES, formatPercent, kpiDefinition, milestoneState, type MilestoneState } from '@wuye/domain';

/** Pure helpers of the campaign page: milestone states, sorting and filtering, form text parsing. */

/** A milestone as the campaign page reads it (CAMPAIGN_QUERY). */
export type MilestoneRow = NonNullable<CampaignQuery['campaign']>['milestones'][number];

export { MILESTONE_STATES };

/** Translation key of a milestone state: 已完成 / 逾期完成 / 已逾期 / 未到期. */
export const milestoneStateKey = (state: string): string => `enums.MilestoneState.${state}`;

/** Chip colour of a state: done on time green, done late amber, overdue red, pending neutral. */
export function milestoneStateColor(state: string): 'success' | 'warning' | 'error' | 'default' {
  switch (state) {
    case 'DONE_ON_TIME':
      return 'success';
    case 'DONE_LATE':
      return 'warning';
    case 'OVERDUE':
      return 'error';
    default:
      return 'default';
  }
}

/** The state as of a day, the same rule as the API's (for rows edited locally before a refetch). */
export const stateOn = (m: Pick<MilestoneRow, 'dueDate' | 'doneOn'>, today: string): MilestoneState => milestoneState(m, today);

export type MilestoneSortField = 'dueDate' | 'code' | 'department' | 'state' | 'doneOn';
export interface MilestoneQuery {
  state?: string;
  departmentId?: string;
  sortField?: MilestoneSortField;
  sortOrder?: 'ASC' | 'DESC';
}

const STATE_ORDER: Record<string, number> = { OVERDUE: 0, PENDING: 1, DONE_LATE: 2, DONE_ON_TIME: 3 };

function sortValue(m: MilestoneRow, field: MilestoneSortField): string | number {
  switch (field) {
    case 'code':
      return m.code;
    case 'department':
      return m.department?.name ?? '';
    case 'state':
      return STATE_ORDER[m.state] ?? 9;
    case 'doneOn':
      return m.doneOn ?? '9999-12-31';
    default:
      return m.dueDate;
  }
}

/** Milestones filtered by state and department, sorted (ties by due date, then code). */
export function selectMilestones(rows: readonly MilestoneRow[], q: MilestoneQuery = {}): MilestoneRow[] {
  const field = q.sortField ?? 'dueDate';
  const sign = q.sortOrder === 'DESC' ? -1 : 1;
  const cmp = (a: string | number, b: string | number) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'zh-CN');
  return rows
    .filter((m) => !q.state || m.state === q.state)
    .filter((m) => !q.departmentId || (q.departmentId === 'NONE' ? !m.department : m.department?.id === q.departmentId))
    .sort((a, b) => sign * cmp(sortValue(a, field), sortValue(b, field)) || cmp(a.dueDate, b.dueDate) || cmp(a.code, b.code));
}

/** Counts per state (for the summary chips). */
export function countByState(rows: readonly MilestoneRow[]): Record<MilestoneState, number> {
  const out = Object.fromEntries(MILESTONE_STATES.map((s) => [s, 0])) as Record<MilestoneState, number>;
  for (const m of rows) if (m.state in out) out[m.state] += 1;
  return out;
}

/** The departments milestones are assigned to, by name, once each. */
export function milestoneDepartments(rows: readonly MilestoneRow[]): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const m of rows) if (m.department) seen.set(m.department.id, m.department.name);
  return [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

/** One name a line, or separated by 、，,；; — blanks and repeats dropped (joint-meeting participants). */
export function splitNames(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[\n、，,；;]+/)) {
    const name = part.trim();
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

export interface AttendeeLine {
  kind: string;
  name: string;
  present: boolean;
}

/** Attendees one a line; a line ending in “缺席” / “(absent)” is recorded as absent. */
export function parseAttendees(text: string, kind: string): AttendeeLine[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const absent = /[\s,，、(（]*(缺席|absent)[)）]?$/i.exec(line);
      const name = absent ? line.slice(0, absent.index).trim() : line;
      return { kind, name, present: !absent };
    })
    .filter((a) => a.name !== '');
}

/** A project manager picked from the registry for a training session. */
export interface PickedManager {
  id: string;
  name: string;
  /** The manager's enterprise, for telling namesakes apart. */
  enterprise: string | null;
  present: boolean;
}

/** One attendee as `recordTrainingSession` takes it; `managerId` makes a project manager count towards the TRAINING KPI. */
export interface TrainingAttendee extends AttendeeLine {
  managerId?: string;
}

/** The new selection of the picker, each manager keeping the presence marked before (newly picked: present). */
export function repickManagers(before: readonly PickedManager[], picked: readonly Omit<PickedManager, 'present'>[]): PickedManager[] {
  return picked.map((m) => ({ ...m, present: before.find((b) => b.id === m.id)?.present ?? true }));
}

/**
 * The attendee list of the training dialog: the picked project managers first (once each by `managerId`), then the
 * text lines of `kind`; a line of project managers naming a picked one is dropped (the registry entry wins).
 */
export function trainingAttendees(picked: readonly PickedManager[], text: string, kind: string): TrainingAttendee[] {
  const out: TrainingAttendee[] = [];
  const ids = new Set<string>();
  for (const m of picked) {
    const name = m.name.trim();
    if (!name || ids.has(m.id)) continue;
    ids.add(m.id);
    out.push({ kind: 'PROJECT_MANAGER', name, managerId: m.id, present: m.present });
  }
  const pickedNames = new Set(out.map((a) => a.name));
  for (const line of parseAttendees(text, kind)) if (!(kind === 'PROJECT_MANAGER' && pickedNames.has(line.name))) out.push(line);
  return out;
}

/** Attendance of a session: present / all. */
export function attendanceCount(attendees: readonly { present: boolean }[]): { present: number; total: number } {
  return { present: attendees.filter((a) => a.present).length, total: attendees.length };
}

/** `2026-12-01T09:30` typed in a datetime field (Shanghai time) → an ISO instant. */
export function shanghaiLocalToIso(value: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(value.trim());
  if (!m) return null;
  const date = new Date(`${m[1]}T${m[2]}:00+08:00`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Monday of the week of a day (`YYYY-MM-DD`), for the weekly-progress form's default. */
export function mondayOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}

/** What the milestone's KPI showed by its due date, e.g. "业主委员会组建率 40.0%（2/5，截至 2026-03-31）"; null without one. */
export function measurementText(
  m: Pick<MilestoneRow, 'measurement'>,
  locale: 'zh-CN' | 'en',
  translate: (key: string, options?: Record<string, unknown>) => string,
): string | null {
  const x = m.measurement;
  if (!x) return null;
  const value = x.value == null ? '—' : formatPercent(x.value);
  return translate('app.campaign.measuredAs', {
    kpi: kpiDefinition(x.kpi).name[locale],
    value,
    numerator: x.numerator,
    denominator: x.denominator,
    asOf: x.asOf,
  });
}
