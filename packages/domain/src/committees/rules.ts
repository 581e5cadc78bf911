import type { FieldIssue } from '../field-errors.js';

/**
 * Owners' committee rules (seed part 2; Civil Code art. 277–278, 1259) as versioned data, like the credit standard:
 * cities set their own, an election records the code and version it was run under, and a new rule is a new version.
 *
 * Every share is an exact fraction compared in integers (area in hundredths of m²): 以上/以下/以内 include the figure
 * (`inclusive`), 过半数/超过/不满 do not.
 */

export interface Share {
  num: number;
  den: number;
  /** true: at least the share (以上, ≥); false: more than the share (过半数, >). */
  inclusive: boolean;
}

export interface CommitteeRuleSet {
  code: string;
  version: number;
  /** First and last day (inclusive, YYYY-MM-DD) the rule set applies to elections called on that day; null: open. */
  effectiveFrom: string;
  effectiveTo: string | null;
  label: { 'zh-CN': string; en: string };
  seats: number;
  chairs: number;
  viceChairs: number;
  termYears: number;
  reElectable: boolean;
  /** 差额选举: voting opens only with more candidates than seats. */
  contested: boolean;
  /** Who must take part for the assembly to be valid, as shares of the whole roll; null: not counted. */
  quorum: { area: Share | null; headcount: Share | null };
  /** What a candidate needs to be elected, as shares of the participating owners; null: not counted. */
  election: { area: Share | null; headcount: Share | null };
  /** Owners who may move a recall, as a share of the whole exclusive area. */
  recallArea: Share;
  /** Days before the term ends when the township is reminded. */
  reminderDays: number;
}

const TWO_THIRDS: Share = { num: 2, den: 3, inclusive: true };
const MORE_THAN_HALF: Share = { num: 1, den: 2, inclusive: false };
const ONE_FIFTH: Share = { num: 1, den: 5, inclusive: true };

/** Rule set v1 (issue 13): Civil Code art. 278 double two-thirds quorum, double majority of those taking part. */
export const COMMITTEE_RULES_V1: CommitteeRuleSet = Object.freeze({
  code: 'CIVIL_CODE',
  version: 1,
  effectiveFrom: '2021-01-01',
  effectiveTo: null,
  label: { 'zh-CN': '民法典规则（第 1 版）', en: 'Civil Code rules (v1)' },
  seats: 9,
  chairs: 1,
  viceChairs: 2,
  termYears: 3,
  reElectable: true,
  contested: true,
  quorum: { area: TWO_THIRDS, headcount: TWO_THIRDS },
  election: { area: MORE_THAN_HALF, headcount: MORE_THAN_HALF },
  recallArea: ONE_FIFTH,
  reminderDays: 90,
});

/**
 * The seed's older rule (part 2, items 3 and 7): the assembly needs more than half of the owners with a vote
 * (by headcount only) and a member more than half of the votes of the owners present; seats in order of votes.
 */
export const COMMITTEE_RULES_SEED: CommitteeRuleSet = Object.freeze({
  code: 'SEED_2013',
  version: 1,
  effectiveFrom: '2013-01-01',
  effectiveTo: '2020-12-31',
  label: { 'zh-CN': '原业主大会规则（过半数业主参加）', en: 'former assembly rules (more than half of owners present)' },
  seats: 9,
  chairs: 1,
  viceChairs: 2,
  termYears: 3,
  reElectable: true,
  contested: true,
  quorum: { area: null, headcount: MORE_THAN_HALF },
  election: { area: null, headcount: MORE_THAN_HALF },
  recallArea: ONE_FIFTH,
  reminderDays: 90,
});

export const COMMITTEE_RULE_SETS: readonly CommitteeRuleSet[] = [COMMITTEE_RULES_V1, COMMITTEE_RULES_SEED];

/** The rule set of a code and version, or null. */
export function committeeRuleSet(code: string, version: number): CommitteeRuleSet | null {
  return COMMITTEE_RULE_SETS.find((r) => r.code === code && r.version === version) ?? null;
}

/** The rule set in effect on a day (the newest that covers it), or null. */
export function committeeRuleSetOn(day: string): CommitteeRuleSet | null {
  const covering = COMMITTEE_RULE_SETS.filter((r) => r.effectiveFrom <= day && (r.effectiveTo == null || day <= r.effectiveTo));
  return covering.sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0] ?? null;
}

/** Whether `part` of `whole` reaches the share, in integers only (part·den ≥ whole·num, or > for 过半数). */
export function reaches(part: number, whole: number, share: Share): boolean {
  if (whole <= 0) return false;
  const lhs = part * share.den;
  const rhs = whole * share.num;
  return share.inclusive ? lhs >= rhs : lhs > rhs;
}

/** A share as a reader sees it: "≥ 2/3", "> 1/2". */
export const shareText = (s: Share): string => `${s.inclusive ? '≥' : '>'} ${s.num}/${s.den}`;

/** Exclusive area in hundredths of m² from the sheet's text ("89.5", "120.25"), or null when not a positive figure with at most two decimals. */
export function parseAreaCenti(text: string | number): number | null {
  const s = String(text).trim();
  const m = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const centi = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return centi > 0 ? centi : null;
}

/** Hundredths of m² as the sheet writes them: 12025 → "120.25". */
export const areaText = (centi: number): string => `${Math.trunc(centi / 100)}.${String(centi % 100).padStart(2, '0')}`;

/** The 20% recall check (Civil Code art. 1259: 以上 includes the figure). */
export function recallIssue(supportingAreaCenti: number, totalAreaCenti: number, rules: CommitteeRuleSet): FieldIssue | null {
  if (reaches(supportingAreaCenti, totalAreaCenti, rules.recallArea)) return null;
  return {
    field: 'supporters',
    code: 'RECALL_BELOW_THRESHOLD',
    params: { area: areaText(supportingAreaCenti), total: areaText(totalAreaCenti), share: `${rules.recallArea.num}/${rules.recallArea.den}` },
  };
}

/** 筹备组 routes for candidates (seed part 2 item 6): the group, owner representatives, joint nomination, a single owner, self-nomination. */
export const NOMINATION_ROUTES = ['GROUP', 'REPRESENTATIVES', 'JOINT', 'SINGLE_OWNER', 'SELF'] as const;
export type NominationRoute = (typeof NOMINATION_ROUTES)[number];

export const ASSEMBLY_FORMS = ['MEETING', 'WRITTEN', 'ONLINE', 'MIXED'] as const;
export type AssemblyForm = (typeof ASSEMBLY_FORMS)[number];

export const COUNTER_ROLES = ['MONITOR', 'TELLER'] as const;
export type CounterRole = (typeof COUNTER_ROLES)[number];

export const BALLOT_CHANNELS = ['ONLINE', 'PAPER'] as const;
export type BallotChannel = (typeof BALLOT_CHANNELS)[number];

export const COMMITTEE_POSITIONS = ['MEMBER', 'CHAIR', 'VICE_CHAIR'] as const;
export type CommitteePosition = (typeof COMMITTEE_POSITIONS)[number];

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** A resident ID number (GB 11643) normalised (trimmed, upper-case X), or null when its form or check character is wrong. */
export function normaliseIdNumber(text: string): string | null {
  const s = text.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return null;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(s[i]), 0);
  return ID_CHECK[sum % 11] === s[17] ? s : null;
}
