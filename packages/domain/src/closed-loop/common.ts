import type { FieldIssue } from '../field-errors.js';

/** The credit records (docs/product.md §5) that the closed loop proposes; the credit module decides what happens next. */
export const CLOSED_LOOP_RECORD_CODES = ['B1', 'B2', 'B3', 'B4', 'B5', 'B10', 'B14'] as const;
export type ClosedLoopRecordCode = (typeof CLOSED_LOOP_RECORD_CODES)[number];

export const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The instant at which `date` (YYYY-MM-DD) begins in Asia/Shanghai (UTC+8 all year, no daylight saving). */
export function shanghaiMidnight(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) - SHANGHAI_OFFSET_MS);
}

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((shanghaiMidnight(to).getTime() - shanghaiMidnight(from).getTime()) / DAY_MS);
}

/**
 * One row of a state machine written as data: `action` may be taken from any state in `from` by an actor
 * standing in one of the `actors` relations to the item, and leads to `to` (`null`: the state does not change,
 * e.g. setting the 挂牌督办 flag).
 */
export interface TransitionRule<S extends string, A extends string, R extends string> {
  action: A;
  from: readonly S[];
  to: S | null;
  actors: readonly R[];
}

export type TransitionLookup<S extends string> = { ok: true; next: S } | { ok: false; code: 'UNKNOWN_ACTION' | 'ACTOR_NOT_ALLOWED' | 'TRANSITION_NOT_ALLOWED' };

/**
 * Looks an attempted transition up in a rule table. Authorisation is checked before the state, so someone with
 * no business on the item learns nothing about where it stands.
 */
export function lookupTransition<S extends string, A extends string, R extends string>(
  rules: readonly TransitionRule<S, A, R>[],
  state: S,
  action: string,
  relations: readonly R[],
): TransitionLookup<S> {
  const rule = rules.find((r) => r.action === action);
  if (!rule) return { ok: false, code: 'UNKNOWN_ACTION' };
  if (!rule.actors.some((a) => relations.includes(a))) return { ok: false, code: 'ACTOR_NOT_ALLOWED' };
  if (!rule.from.includes(state)) return { ok: false, code: 'TRANSITION_NOT_ALLOWED' };
  return { ok: true, next: rule.to ?? state };
}

/** Turns a failed lookup into the error reported on the item (`field` is `issue` or `complaint`). */
export function transitionError(field: string, code: string, state: string, action: string): FieldIssue {
  return { field, code, params: { state, action } };
}

export const MAX_NOTE_LENGTH = 2000;
export const MAX_ATTACHMENTS = 20;

/** Checks a free-text field: required or not, at most `MAX_NOTE_LENGTH` characters. Returns the trimmed text. */
export function checkNote(errors: FieldIssue[], field: string, value: string | null | undefined, required: boolean): string | null {
  const v = value?.trim() ?? '';
  if (v.length === 0) {
    if (required) errors.push({ field, code: 'REQUIRED' });
    return null;
  }
  if (Array.from(v).length > MAX_NOTE_LENGTH) errors.push({ field, code: 'TOO_LONG', params: { max: MAX_NOTE_LENGTH } });
  return v;
}

/** Checks a list of attachment ids (stored files); blank ids are an error, not silently dropped. */
export function checkAttachments(errors: FieldIssue[], value: readonly string[] | null | undefined, required: boolean): string[] {
  const files = [...(value ?? [])];
  if (files.length === 0) {
    if (required) errors.push({ field: 'attachments', code: 'EVIDENCE_REQUIRED' });
  } else if (files.length > MAX_ATTACHMENTS) {
    errors.push({ field: 'attachments', code: 'TOO_MANY_FILES', params: { max: MAX_ATTACHMENTS } });
  } else if (files.some((f) => f.trim() === '')) {
    errors.push({ field: 'attachments', code: 'INVALID_FORMAT' });
  }
  return files;
}

/** Whether an id field has a non-blank value. */
export function present(value: string | null | undefined): value is string {
  return value != null && value.trim() !== '';
}
