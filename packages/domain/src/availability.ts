import type { FieldIssue } from './field-errors.js';

/**
 * An action offered to a caller on an item, for the dashboard's buttons: whether it can be taken now and, when not,
 * the rule that stops it (localised by the API with `messageFor`).
 */
export interface ActionAvailability<A extends string> {
  action: A;
  available: boolean;
  reason: FieldIssue | null;
  /** Every rule that stops it, when more than one may (the first is `reason`); absent means just `reason`. */
  reasons?: FieldIssue[];
  /** The first day it may be taken, when a date is what holds it back (credit repair's publicity period). */
  availableFrom?: string | null;
}

export const availability = <A extends string>(action: A, reason: FieldIssue | null): ActionAvailability<A> => ({ action, available: reason == null, reason });
