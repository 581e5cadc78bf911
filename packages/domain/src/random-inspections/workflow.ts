import { availability, type ActionAvailability } from '../availability.js';
import type { FieldIssue } from '../field-errors.js';
import { can, type Principal } from '../permissions.js';

/**
 * A draw plan's life: PLANNED (policy, counts and window set) → DRAWN (seed and inputs recorded, the list fixed) →
 * PUBLISHED (list and results on the public page). Results are recorded once drawn, before or after publishing; a
 * drawn list is never redrawn (a new plan is made instead, and both stay on record).
 */

export const RANDOM_DRAW_STATUSES = ['PLANNED', 'DRAWN', 'PUBLISHED'] as const;
export type RandomDrawStatus = (typeof RANDOM_DRAW_STATUSES)[number];

export const RANDOM_DRAW_ACTIONS = ['PERFORM', 'PUBLISH', 'RECORD_RESULT'] as const;
export type RandomDrawAction = (typeof RANDOM_DRAW_ACTIONS)[number];

const ALLOWED: Record<RandomDrawAction, readonly RandomDrawStatus[]> = {
  PERFORM: ['PLANNED'],
  PUBLISH: ['DRAWN'],
  RECORD_RESULT: ['DRAWN', 'PUBLISHED'],
};

/** Why `action` cannot be taken on a draw in `status`, or null. */
export function drawActionIssue(status: RandomDrawStatus, action: RandomDrawAction): FieldIssue | null {
  return ALLOWED[action].includes(status) ? null : { field: 'drawId', code: 'ILLEGAL_TRANSITION', params: { from: status, action } };
}

/** The status a draw moves to after `action`. */
export function drawStatusAfter(status: RandomDrawStatus, action: RandomDrawAction): RandomDrawStatus {
  if (action === 'PERFORM') return 'DRAWN';
  if (action === 'PUBLISH') return 'PUBLISHED';
  return status;
}

/** The buttons of a draw for a caller: only the bureau (randomInspection:manage) is offered any. */
export function randomDrawActions(d: { status: RandomDrawStatus }, who: Principal | null | undefined): ActionAvailability<RandomDrawAction>[] {
  if (!can(who, 'randomInspection:manage')) return [];
  return RANDOM_DRAW_ACTIONS.map((a) => availability(a, drawActionIssue(d.status, a)));
}
