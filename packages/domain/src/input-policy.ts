import { MAX_DATE, MIN_DATE, isIsoDate, shanghaiDate } from './dates.js';
import type { FieldIssue } from './field-errors.js';

/**
 * The one policy every argument of the API passes before anything runs (applied by the API's input guard):
 * ids are canonical keys, free text has a length cap by field name, names and codes hold no invisible or
 * direction-changing characters, dates lie in a range that makes sense for the field.
 */

/** Keys are `integer` columns: 32-bit on PostgreSQL. */
export const MAX_ID = 2_147_483_647;
const CANONICAL_ID = /^[1-9][0-9]{0,9}$/;

/** A canonical decimal key ("12"), or null: no sign, space, exponent, hex, fraction or leading zero. */
export function parseIdKey(value: string | number | null | undefined): number | null {
  const s = typeof value === 'number' ? String(value) : value;
  if (s == null || !CANONICAL_ID.test(s)) return null;
  const n = Number(s);
  return n <= MAX_ID ? n : null;
}

/**
 * Text that may span several lines — what users write as prose — with its cap in characters (code points). A field's
 * own rule may cap it lower (a township plan's sections at 4 000, a lease meeting's minutes at 5 000); this cap bounds
 * what is read before that rule runs.
 */
const MULTILINE_LIMITS: Record<string, number> = {
  agenda: 5000,
  /** A lease unit's duties of the agency and of the tenant (lease terms). */
  agencyDuties: 5000,
  tenantDuties: 5000,
  answer: 5000,
  /** Meeting minutes (10 000) and publicity articles (20 000): the domain rules cap each. */
  body: 20000,
  /** A resident's comment on a satisfaction survey. */
  comment: 2000,
  commitment: 5000,
  /** A lease unit's state as found (房屋现状). */
  condition: 2000,
  content: 5000,
  description: 5000,
  evidence: 5000,
  findings: 5000,
  goal: 5000,
  /** An improvement plan's goals. */
  goals: 2000,
  measures: 5000,
  /** A township work plan's sections: 工作机制, 排查整改进度安排, 任务落实, 资源调配. */
  mechanism: 5000,
  schedule: 5000,
  tasks: 5000,
  resources: 5000,
  /** A lease meeting's minutes. */
  minutes: 5000,
  /** What a leasing spending request is for. */
  purpose: 2000,
  statement: 5000,
  summary: 5000,
  /** One decision of a lease meeting, one measure of an improvement plan. */
  text: 2000,
  note: 2000,
  reason: 2000,
  reasons: 2000,
};
/** Single-line fields whose cap differs from the default for names and codes. */
const SINGLE_LINE_LIMITS: Record<string, number> = {
  address: 500,
  uscc: 50,
  username: 64,
  phone: 40,
  contactPhone: 40,
  complainantPhone: 40,
  inspectors: 500,
};
export const DEFAULT_TEXT_LIMIT = 200;
/** Compared, never shown: only their length is bounded. */
const SECRETS = new Set(['password', 'currentPassword', 'newPassword']);
/**
 * Short on purpose: single-line text at the default cap — names of people and places, numbers and codes written as
 * text, titles, periods, search words. Fields named like a name, phone, number, code, id or signer (SHORT_BY_NAME) need
 * not be listed.
 */
const SHORT_TEXT_FIELDS: ReadonlySet<string> = new Set([
  'action',
  'area',
  'attendees',
  'bidderContact',
  'building',
  'category',
  'contactPerson',
  'coordinator',
  'entityType',
  'filedWith',
  'floor',
  'idNumber',
  'inFavourArea',
  'job',
  'leaderPosition',
  'legalRepresentative',
  'location',
  'month',
  'owner',
  'participants',
  'participatedArea',
  'period',
  'photos',
  'place',
  'quarter',
  'receipt',
  'reviewer',
  'role',
  'room',
  'seed',
  'source',
  'state',
  'subtype',
  'tenantContact',
  'title',
  'topic',
  'trade',
  'visitorPeople',
]);
/** The naming convention of short fields: a name, phone, number, code or id, who signed, and the search words `q`. */
const SHORT_BY_NAME = /(?:^(?:name|phone|code|q)|Name|Names|Phone|No|Code|Codes|Id|Ids|By)$/;

export type TextKind = 'multiline' | 'single-line' | 'secret';

/**
 * How the policy treats a text field, by its name; null when the field is on no list and not short by its name —
 * such a field is still held to a single line of DEFAULT_TEXT_LIMIT, and the API's schema test refuses it until it is
 * classified (a new prose field belongs in MULTILINE_LIMITS).
 */
export function textKind(field: string): TextKind | null {
  if (Object.hasOwn(MULTILINE_LIMITS, field)) return 'multiline';
  if (SECRETS.has(field)) return 'secret';
  if (Object.hasOwn(SINGLE_LINE_LIMITS, field) || SHORT_TEXT_FIELDS.has(field) || SHORT_BY_NAME.test(field)) return 'single-line';
  return null;
}

/** A field's own cap: looked up with Object.hasOwn, so `constructor` or `toString` is not taken for a policy. */
export function textLimit(field: string): number {
  if (Object.hasOwn(MULTILINE_LIMITS, field)) return MULTILINE_LIMITS[field]!;
  if (Object.hasOwn(SINGLE_LINE_LIMITS, field)) return SINGLE_LINE_LIMITS[field]!;
  return DEFAULT_TEXT_LIMIT;
}

// C0/C1 controls (tab and line breaks are handled per kind of field), bidi embeddings, overrides and isolates,
// and zero-width or invisible formatting characters.
// eslint-disable-next-line no-control-regex -- these control characters are what the rule refuses
const CONTROL_IN_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
// eslint-disable-next-line no-control-regex -- as above
const NOT_IN_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first problem of one string argument, or null. */
export function checkText(field: string, value: string): FieldIssue | null {
  const max = textLimit(field);
  // Counting stops past the cap so a huge value costs no more than the cap to refuse.
  let length = 0;
  for (const _ of value) if (++length > max) return { field, code: 'TOO_LONG', params: { max } };
  if (SECRETS.has(field)) return null;
  const bad = (Object.hasOwn(MULTILINE_LIMITS, field) ? CONTROL_IN_MULTILINE : NOT_IN_SINGLE_LINE).exec(value);
  return bad ? { field, code: 'INVALID_CHARACTERS', params: { char: codePoint(bad[0]) } } : null;
}

/** Platform records begin in 2000; registry facts (deliveries, contracts, appointments) may be older. */
export const RECORD_MIN_DATE = '2000-01-01';
const HISTORIC_DATE_FIELDS = new Set(['deliveryDate', 'contractStart', 'contractEnd', 'startDate', 'endDate', 'registeredOn']);

export function dateRange(field: string): { min: string; max: string } {
  return { min: HISTORIC_DATE_FIELDS.has(field) ? MIN_DATE : RECORD_MIN_DATE, max: MAX_DATE };
}

/** A calendar date (YYYY-MM-DD) or an instant, checked against the field's range. */
export function checkDate(field: string, value: string | Date): FieldIssue | null {
  const { min, max } = dateRange(field);
  // An instant near the end of JavaScript's range (+275760-09-13) has no Shanghai calendar day: compare it first.
  if (value instanceof Date && !Number.isNaN(value.getTime()) && (value < new Date(`${min}T00:00:00+08:00`) || value > new Date(`${max}T23:59:59.999+08:00`))) {
    return { field, code: 'DATE_OUT_OF_RANGE', params: { min, max } };
  }
  const day = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : shanghaiDate(value)) : value;
  if (!isIsoDate(day)) return { field, code: 'INVALID_DATE' };
  return day < min || day > max ? { field, code: 'DATE_OUT_OF_RANGE', params: { min, max } } : null;
}
