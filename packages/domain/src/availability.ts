import type { FieldIssue } from './field-errors.js';

/**
 * An action offered to a caller on an item, for the dashboard's buttons: whether it can be taken now and, when not,
 * the rule that stops it (localised by the API with `messageFor`).
 */
export interface ActionAvailability<A extends string> {
  action: A;
  available: boolean;
  reason: FieldIssue | null;
}

export const availability = <A extends string>(action: A, reason: FieldIssue | null): ActionAvailability<A> => ({ action, available: reason == null, reason });
