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

export function milestoneActions(m: { status: MilestoneStatus }, who: Principal | null | undefined): ActionAvailability<MilestoneAction>[] {
  if (!can(who, 'campaign:manage')) return [];
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
