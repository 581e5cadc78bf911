import { availability, type ActionAvailability } from '../availability.js';
import type { FieldIssue } from '../field-errors.js';
import { can, type Principal } from '../permissions.js';

/**
 * A township's own part in the campaign (seed part 7 四(一)): 相关乡镇要落实属地管理责任，明确一名领导 … 制定实施方案，
 * 做好排查整改进度安排、任务落实、资源调配. The township names its leader and writes its work plan, then files it
 * (报备) with the leading group; a filed plan stands as filed. One plan per township and year. Pure rules; the entity
 * is in @wuye/db (entities/township-plans.ts).
 */
export const TOWNSHIP_PLAN_STATUSES = ['DRAFT', 'FILED'] as const;
export type TownshipPlanStatus = (typeof TOWNSHIP_PLAN_STATUSES)[number];
export const TOWNSHIP_PLAN_ACTIONS = ['EDIT', 'FILE'] as const;
export type TownshipPlanAction = (typeof TOWNSHIP_PLAN_ACTIONS)[number];

/** Longest free text of a section (characters, not bytes). */
export const PLAN_SECTION_MAX = 4000;
export const PLAN_NAME_MAX = 50;

export interface TownshipPlanInput {
  year: number;
  /** 明确一名领导: the township leader in charge, and their post. */
  leaderName: string;
  leaderPosition: string;
  /** 工作机制 */
  mechanism: string;
  /** 排查整改进度安排 */
  schedule: string;
  /** 任务落实 */
  tasks: string;
  /** 资源调配 (optional) */
  resources?: string | null;
}

function text(errors: FieldIssue[], field: string, value: string | null | undefined, max: number, required: boolean) {
  const v = value?.trim() ?? '';
  if (!v) {
    if (required) errors.push({ field, code: 'REQUIRED' });
  } else if (Array.from(v).length > max) errors.push({ field, code: 'TOO_LONG', params: { max } });
}

export function checkTownshipPlan(p: TownshipPlanInput): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (!Number.isInteger(p.year) || p.year < 2000 || p.year > 2100) errors.push({ field: 'year', code: 'OUT_OF_RANGE', params: { min: 2000, max: 2100 } });
  text(errors, 'leaderName', p.leaderName, PLAN_NAME_MAX, true);
  text(errors, 'leaderPosition', p.leaderPosition, PLAN_NAME_MAX, true);
  text(errors, 'mechanism', p.mechanism, PLAN_SECTION_MAX, true);
  text(errors, 'schedule', p.schedule, PLAN_SECTION_MAX, true);
  text(errors, 'tasks', p.tasks, PLAN_SECTION_MAX, true);
  text(errors, 'resources', p.resources, PLAN_SECTION_MAX, false);
  return errors;
}

/** Only the township's own staff (townshipPlan:manage, same township) write its plan; null when allowed. */
export function townshipPlanScopeIssue(plan: { townshipId: string }, who: Principal | null | undefined): FieldIssue | null {
  if (can(who, 'townshipPlan:manage') && who?.townshipId != null && String(who.townshipId) === String(plan.townshipId)) return null;
  return { field: 'townshipId', code: 'OUT_OF_SCOPE' };
}

/** A filed plan is not edited or filed again. */
export function townshipPlanStatusIssue(plan: { status: TownshipPlanStatus }): FieldIssue | null {
  return plan.status === 'FILED' ? { field: 'plan', code: 'ALREADY_FILED' } : null;
}

/** EDIT and FILE, offered to the township's own staff only; both refused once the plan is filed. */
export function townshipPlanActions(
  plan: { status: TownshipPlanStatus; townshipId: string },
  who: Principal | null | undefined,
): ActionAvailability<TownshipPlanAction>[] {
  if (townshipPlanScopeIssue(plan, who)) return [];
  const filed = townshipPlanStatusIssue(plan);
  return [availability('EDIT', filed), availability('FILE', filed)];
}
