import { availability, type ActionAvailability } from '../availability.js';
import type { IssueCategory } from '../enums.js';
import type { FieldIssue } from '../field-errors.js';
import { can, type Principal } from '../permissions.js';
import { SPECIAL_INSPECTION_TYPES, type SpecialChecklistItem, type SpecialInspectionPolicy, type SpecialInspectionType } from './policy.js';

/**
 * A special inspection's life (docs/special-inspections.md): PLANNED (type, community, planned day) → IN_PROGRESS
 * (started on site; each checklist item recorded pass or fail with a note) → COMPLETED (every item recorded; each
 * failed item becomes an issue of the ledger). Only the department that planned it acts on it.
 */

export const SPECIAL_INSPECTION_STATUSES = ['PLANNED', 'IN_PROGRESS', 'COMPLETED'] as const;
export type SpecialInspectionStatus = (typeof SPECIAL_INSPECTION_STATUSES)[number];

export const SPECIAL_INSPECTION_ACTIONS = ['START', 'RECORD', 'COMPLETE'] as const;
export type SpecialInspectionAction = (typeof SPECIAL_INSPECTION_ACTIONS)[number];

export const SPECIAL_INSPECTION_STATUS_LABELS: Readonly<Record<SpecialInspectionStatus, { 'zh-CN': string; en: string }>> = {
  PLANNED: { 'zh-CN': '已计划', en: 'planned' },
  IN_PROGRESS: { 'zh-CN': '检查中', en: 'in progress' },
  COMPLETED: { 'zh-CN': '已完成', en: 'completed' },
};

/** One checklist item's result as recorded. */
export interface SpecialItemResult {
  itemId: string;
  passed: boolean;
  note: string | null;
}

/** A failed item: what the ledger gets. */
export interface SpecialFinding {
  itemId: string;
  text: string;
  category: IssueCategory;
  note: string | null;
}

/** The types a department whose remit is `remit` may run under `policy`, in the policy's order. */
export function runnableTypes(remit: readonly string[], policy: SpecialInspectionPolicy): SpecialInspectionType[] {
  return SPECIAL_INSPECTION_TYPES.filter((t) => policy.templates[t].runBy.some((c) => remit.includes(c)));
}

/** Why a department with `remit` may not plan an inspection of `type`, or null. */
export function planTypeIssue(type: string, remit: readonly string[], policy: SpecialInspectionPolicy): FieldIssue | null {
  if (!(SPECIAL_INSPECTION_TYPES as readonly string[]).includes(type)) return { field: 'type', code: 'INVALID_FORMAT' };
  return runnableTypes(remit, policy).includes(type as SpecialInspectionType) ? null : { field: 'type', code: 'TYPE_NOT_IN_REMIT', params: { type } };
}

export interface SpecialInspectionState {
  status: SpecialInspectionStatus;
  departmentId: string;
  results: readonly SpecialItemResult[];
}

const ALLOWED: Record<SpecialInspectionAction, SpecialInspectionStatus> = { START: 'PLANNED', RECORD: 'IN_PROGRESS', COMPLETE: 'IN_PROGRESS' };

/** The items of a checklist not yet recorded. */
export const unrecordedItems = (items: readonly SpecialChecklistItem[], results: readonly SpecialItemResult[]) =>
  items.filter((i) => !results.some((r) => r.itemId === i.id));

/** Why `who` may not take `action` on the inspection now, or null. `items` is its type's checklist (its own version). */
export function specialInspectionActionIssue(
  s: SpecialInspectionState,
  items: readonly SpecialChecklistItem[],
  action: SpecialInspectionAction,
  who: Principal | null | undefined,
): FieldIssue | null {
  if (!can(who, 'specialInspection:run') || who!.departmentId !== s.departmentId) return { field: 'specialInspectionId', code: 'OUT_OF_SCOPE' };
  if (s.status !== ALLOWED[action]) return { field: 'specialInspectionId', code: 'SPECIAL_STATUS', params: { status: s.status, action } };
  if (action === 'COMPLETE') {
    const missing = unrecordedItems(items, s.results).length;
    if (missing > 0) return { field: 'results', code: 'CHECKLIST_INCOMPLETE', params: { missing } };
  }
  return null;
}

/** The status after `action`. */
export function specialStatusAfter(status: SpecialInspectionStatus, action: SpecialInspectionAction): SpecialInspectionStatus {
  if (action === 'START') return 'IN_PROGRESS';
  if (action === 'COMPLETE') return 'COMPLETED';
  return status;
}

/** The buttons of an inspection: only its own department is offered any. */
export function specialInspectionActions(
  s: SpecialInspectionState,
  items: readonly SpecialChecklistItem[],
  who: Principal | null | undefined,
): ActionAvailability<SpecialInspectionAction>[] {
  if (!can(who, 'specialInspection:run') || who!.departmentId !== s.departmentId) return [];
  return SPECIAL_INSPECTION_ACTIONS.map((a) => availability(a, specialInspectionActionIssue(s, items, a, who)));
}

export const SPECIAL_NOTE_MAX = 500;

/**
 * Records one item's result (a second record of the same item replaces the first): the item must be on the checklist,
 * a failed item needs a note saying what was found. Returns the results in checklist order, or the issues.
 */
export function recordItemResult(
  items: readonly SpecialChecklistItem[],
  results: readonly SpecialItemResult[],
  input: { itemId: string; passed: boolean; note?: string | null },
): { ok: true; results: SpecialItemResult[] } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const note = input.note?.trim() || null;
  if (!items.some((i) => i.id === input.itemId)) issues.push({ field: 'itemId', code: 'NOT_A_CHECKLIST_ITEM', params: { item: input.itemId } });
  if (!input.passed && !note) issues.push({ field: 'note', code: 'FAIL_NEEDS_NOTE' });
  if (note && Array.from(note).length > SPECIAL_NOTE_MAX) issues.push({ field: 'note', code: 'TOO_LONG', params: { max: SPECIAL_NOTE_MAX } });
  if (issues.length > 0) return { ok: false, issues };
  const next = new Map(results.map((r) => [r.itemId, r]));
  next.set(input.itemId, { itemId: input.itemId, passed: input.passed, note });
  return { ok: true, results: items.filter((i) => next.has(i.id)).map((i) => next.get(i.id)!) };
}

/** The failed items of a checklist, in checklist order: each becomes one issue. */
export function specialFindings(items: readonly SpecialChecklistItem[], results: readonly SpecialItemResult[]): SpecialFinding[] {
  const failed = new Map(results.filter((r) => !r.passed).map((r) => [r.itemId, r]));
  return items.filter((i) => failed.has(i.id)).map((i) => ({ itemId: i.id, text: i.text, category: i.category, note: failed.get(i.id)!.note }));
}

/** How far the checklist is: items recorded, failed, and the total. */
export function specialProgress(items: readonly SpecialChecklistItem[], results: readonly SpecialItemResult[]) {
  const known = results.filter((r) => items.some((i) => i.id === r.itemId));
  return { total: items.length, recorded: known.length, failed: known.filter((r) => !r.passed).length };
}
