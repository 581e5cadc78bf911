import type { FieldIssue } from '../field-errors.js';
import { FOLLOW_UP_RATINGS, type FollowUpRating } from '../closed-loop/complaints.js';

/**
 * Resident satisfaction surveys per community (docs/residents.md): a sample of households, each given a one-time
 * code; an answer is entered by staff (paper, phone) or given online with the code. The result counts towards the
 * satisfaction KPI, and a result of 90% or more proposes the credit item G6 for the serving firm (credit standard v1,
 * at most 3 in effect — the credit standard's own cap).
 */
export const SURVEY_LIMITS = {
  titleMax: 60,
  minSample: 5,
  maxSample: 500,
  /** A result counts (KPI, G6) once at least this share of the sample has answered. */
  minResponseShare: 0.5,
  /** G6: satisfied + basically satisfied ÷ answers at or above this. */
  g6Threshold: 0.9,
  commentMax: 200,
} as const;

export const SURVEY_ANSWERS = FOLLOW_UP_RATINGS;
export type SurveyAnswer = FollowUpRating;

/** The default sample: one household in ten, at least the minimum (or all of a small community), at most 200. */
export function defaultSurveySample(households: number): number {
  if (households <= SURVEY_LIMITS.minSample) return Math.max(households, 0);
  return Math.min(200, Math.max(SURVEY_LIMITS.minSample, Math.ceil(households / 10)));
}

export interface SurveySetup {
  communityId: string | null;
  title: string;
  sampleSize: number;
  households: number;
  opensOn: string;
  closesOn: string;
}

export function checkSurveySetup(s: SurveySetup): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!s.communityId) issues.push({ field: 'communityId', code: 'REQUIRED' });
  const title = Array.from(s.title.trim()).length;
  if (title === 0) issues.push({ field: 'title', code: 'REQUIRED' });
  else if (title > SURVEY_LIMITS.titleMax) issues.push({ field: 'title', code: 'TOO_LONG', params: { max: SURVEY_LIMITS.titleMax } });
  const max = Math.min(SURVEY_LIMITS.maxSample, Math.max(s.households, 0));
  if (!Number.isInteger(s.sampleSize)) issues.push({ field: 'sampleSize', code: 'NOT_INTEGER' });
  else if (s.sampleSize < Math.min(SURVEY_LIMITS.minSample, max) || s.sampleSize > max || s.sampleSize < 1)
    issues.push({ field: 'sampleSize', code: 'OUT_OF_RANGE', params: { min: Math.min(SURVEY_LIMITS.minSample, max), max } });
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  if (!iso.test(s.opensOn)) issues.push({ field: 'opensOn', code: 'INVALID_DATE' });
  if (!iso.test(s.closesOn)) issues.push({ field: 'closesOn', code: 'INVALID_DATE' });
  else if (iso.test(s.opensOn) && s.closesOn < s.opensOn) issues.push({ field: 'closesOn', code: 'DATE_BEFORE', params: { other: 'opensOn' } });
  return issues;
}

export interface SurveyScore {
  sampleSize: number;
  answers: number;
  satisfied: number;
  basicallySatisfied: number;
  dissatisfied: number;
  /** (satisfied + basically satisfied) ÷ answers; null without answers. */
  rate: number | null;
  /** Enough of the sample answered for the result to count. */
  counts: boolean;
}

export function scoreSurvey(sampleSize: number, answers: readonly SurveyAnswer[]): SurveyScore {
  const satisfied = answers.filter((a) => a === 'SATISFIED').length;
  const basicallySatisfied = answers.filter((a) => a === 'BASICALLY_SATISFIED').length;
  const dissatisfied = answers.filter((a) => a === 'DISSATISFIED').length;
  const n = answers.length;
  return {
    sampleSize,
    answers: n,
    satisfied,
    basicallySatisfied,
    dissatisfied,
    rate: n === 0 ? null : (satisfied + basicallySatisfied) / n,
    counts: n > 0 && n >= Math.ceil(sampleSize * SURVEY_LIMITS.minResponseShare),
  };
}

/**
 * G6 is proposed for a survey whose result counts and reaches 90% (the item's text in the credit standard), once per
 * survey, when the community has a serving firm.
 */
export function g6Due(score: SurveyScore, hasServingFirm: boolean, alreadyProposed: boolean): boolean {
  return !alreadyProposed && hasServingFirm && score.counts && score.rate !== null && score.rate >= SURVEY_LIMITS.g6Threshold;
}

/**
 * The satisfaction KPI with surveys: follow-up visits and counting survey answers together,
 * (satisfied + basically satisfied) ÷ all of them.
 */
export function satisfactionWithSurveys(
  followUps: { favourable: number; total: number },
  surveys: readonly SurveyScore[],
): { numerator: number; denominator: number } {
  let numerator = followUps.favourable;
  let denominator = followUps.total;
  for (const s of surveys) {
    if (!s.counts) continue;
    numerator += s.satisfied + s.basicallySatisfied;
    denominator += s.answers;
  }
  return { numerator, denominator };
}

const SURVEY_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A one-time survey code from random bytes: 8 characters in two groups (XXXX-XXXX). */
export function surveyCodeFrom(random: Uint8Array): string {
  if (random.length < 8) throw new Error('a survey code needs 8 random bytes');
  const c = Array.from(random.slice(0, 8), (b) => SURVEY_CODE_ALPHABET[b % SURVEY_CODE_ALPHABET.length]!).join('');
  return `${c.slice(0, 4)}-${c.slice(4)}`;
}

export function normaliseSurveyCode(input: string): string | null {
  const m = new RegExp(`^([${SURVEY_CODE_ALPHABET}]{4})-?([${SURVEY_CODE_ALPHABET}]{4})$`).exec(input.toUpperCase().replace(/\s+/g, ''));
  return m ? `${m[1]}-${m[2]}` : null;
}

export interface SurveyCodeState {
  usedAt: Date | null;
  opensOn: string;
  closesOn: string;
}

/** Whether an answer may be given with this code on `today` (Shanghai date): once, while the survey is open. */
export function checkSurveyCodeUse(code: SurveyCodeState | null, today: string, answer: string): FieldIssue[] {
  if (!code) return [{ field: 'surveyCode', code: 'SURVEY_CODE_UNKNOWN' }];
  if (code.usedAt) return [{ field: 'surveyCode', code: 'SURVEY_CODE_USED' }];
  if (today < code.opensOn || today > code.closesOn)
    return [{ field: 'surveyCode', code: 'SURVEY_CLOSED', params: { opensOn: code.opensOn, closesOn: code.closesOn } }];
  if (!(SURVEY_ANSWERS as readonly string[]).includes(answer)) return [{ field: 'answer', code: 'INVALID_FORMAT' }];
  return [];
}
