import { availability, type ActionAvailability } from '../availability.js';
import type { FieldIssue } from '../field-errors.js';
import { can, type Principal } from '../permissions.js';

/**
 * The quarterly rating's steps (docs/product.md §3): prepared (again, while unpublished) and reviewed by the bureau —
 * the reviewer never the preparer — then published by ADMIN. The commands refuse with `ratingStepIssue`; the
 * dashboard's buttons follow `ratingActions`, which gives the same reasons.
 */
export const RATING_STATUSES = ['PREPARED', 'REVIEWED', 'PUBLISHED'] as const;
export type RatingStatus = (typeof RATING_STATUSES)[number];
export const RATING_ACTIONS = ['PREPARE', 'REVIEW', 'PUBLISH'] as const;
export type RatingAction = (typeof RATING_ACTIONS)[number];

export interface RatingFacts {
  quarter: string;
  status: RatingStatus;
  /** The user who prepared it (null when prepared by the system). */
  preparedBy: string | null;
}

/** Why `userId` may not take the step now (permission aside), or null. */
export function ratingStepIssue(r: RatingFacts, action: RatingAction, userId: string | null): FieldIssue | null {
  if (r.status === 'PUBLISHED')
    return action === 'PREPARE'
      ? { field: 'quarter', code: 'ALREADY_EXISTS', params: { value: r.quarter } }
      : { field: 'ratingId', code: 'RATING_STATUS', params: { status: r.status } };
  if (action === 'REVIEW') {
    if (r.status === 'REVIEWED') return { field: 'ratingId', code: 'RATING_ALREADY_REVIEWED' };
    if (userId != null && r.preparedBy === userId) return { field: 'ratingId', code: 'REVIEWER_IS_PREPARER' };
  }
  if (action === 'PUBLISH' && r.status === 'PREPARED') return { field: 'ratingId', code: 'RATING_NOT_REVIEWED' };
  return null;
}

/** Preparing again and reviewing for rating:prepare; publishing offered to it too, taken only with rating:publish. */
export function ratingActions(r: RatingFacts, who: Principal | null | undefined): ActionAvailability<RatingAction>[] {
  const prepares = can(who, 'rating:prepare');
  const publishes = can(who, 'rating:publish');
  if (r.status === 'PUBLISHED' || !(prepares || publishes)) return [];
  const userId = who?.userId ?? null;
  const out: ActionAvailability<RatingAction>[] = [];
  if (prepares) out.push(availability('PREPARE', ratingStepIssue(r, 'PREPARE', userId)), availability('REVIEW', ratingStepIssue(r, 'REVIEW', userId)));
  out.push(availability('PUBLISH', publishes ? ratingStepIssue(r, 'PUBLISH', userId) : { field: 'ratingId', code: 'PUBLISH_ADMIN_ONLY' }));
  return out;
}
