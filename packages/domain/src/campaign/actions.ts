import { availability, type ActionAvailability } from '../availability.js';
import type { FieldIssue } from '../field-errors.js';
import { can, type Principal } from '../permissions.js';
import { bulletinTransition, type BulletinAction, type BulletinStatus, type MilestoneStatus } from './rules.js';

/**
 * What a caller may do to a milestone or a monthly bulletin now (docs/product.md §7), for the dashboard's buttons.
 * Nothing is offered to a caller without the permission to act on the kind of item, nor on a published bulletin;
 * `reason` is the refusal the command would answer with.
 */

export const MILESTONE_ACTIONS = ['COMPLETE'] as const;
export type MilestoneAction = (typeof MILESTONE_ACTIONS)[number];

/** A milestone is marked done once; its completion day and evidence then stand. */
export function milestoneCompletionIssue(m: { status: MilestoneStatus }): FieldIssue | null {
  return m.status === 'DONE' ? { field: 'milestoneId', code: 'ALREADY_DONE' } : null;
}

/** A milestone as the remit rule sees it: its responsible department (null: the leading group as a whole). */
export interface MilestoneRemitFacts {
  status: MilestoneStatus;
  departmentId: string | null;
}

/**
 * Whether the caller may complete this milestone at all: the bureau (campaign:manage) any milestone; a DEPARTMENT
 * (milestone:complete) only those it is responsible for (seed part 7 四(二) 靠实部门责任) — not another department's,
 * nor the leading group's. Null when allowed.
 */
export function milestoneRemitIssue(m: { departmentId: string | null }, who: Principal | null | undefined): FieldIssue | null {
  if (can(who, 'campaign:manage')) return null;
  if (can(who, 'milestone:complete') && who?.departmentId != null && m.departmentId != null && String(m.departmentId) === String(who.departmentId)) return null;
  return { field: 'milestoneId', code: 'OUT_OF_SCOPE' };
}

/** COMPLETE is offered to the bureau on every milestone, to a department on the milestones in its remit only. */
export function milestoneActions(m: MilestoneRemitFacts, who: Principal | null | undefined): ActionAvailability<MilestoneAction>[] {
  if (milestoneRemitIssue(m, who)) return [];
  return [availability('COMPLETE', milestoneCompletionIssue(m))];
}

const PUBLISH_ADMIN_ONLY: FieldIssue = { field: 'bulletin', code: 'PUBLISH_ADMIN_ONLY' };

/**
 * The bureau (bulletin:prepare) regenerates and reviews a draft; publishing is offered to it too, but only ADMIN
 * (bulletin:publish) may take it, and only once the draft is reviewed.
 */
export function bulletinActions(b: { status: BulletinStatus }, who: Principal | null | undefined): ActionAvailability<BulletinAction>[] {
  const prepares = can(who, 'bulletin:prepare');
  const publishes = can(who, 'bulletin:publish');
  if (b.status === 'PUBLISHED' || !(prepares || publishes)) return [];
  const step = (action: BulletinAction) => {
    const t = bulletinTransition(b.status, action);
    return t.ok ? null : t.issue;
  };
  const out: ActionAvailability<BulletinAction>[] = [];
  if (prepares) out.push(availability('REGENERATE', step('REGENERATE')), availability('REVIEW', step('REVIEW')));
  out.push(availability('PUBLISH', publishes ? step('PUBLISH') : PUBLISH_ADMIN_ONLY));
  return out;
}
