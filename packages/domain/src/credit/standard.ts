import type { CreditGrade, IssueCategory } from '../enums.js';

/**
 * The scoring standard is data (docs/product.md §5): ADMIN issues new versions, every computed score names the version
 * it used, and a record keeps a snapshot of its item (points, term, flags) so a later version never rewrites history.
 */

export const CREDIT_SUBJECT_TYPES = ['ENTERPRISE', 'MANAGER'] as const;
export type CreditSubjectType = (typeof CREDIT_SUBJECT_TYPES)[number];

export interface CreditItem {
  /** Stable code: G1–G8 and B1–B14 for enterprises; MB1, MG1–MG4 for project managers (B11 is a manager record). */
  code: string;
  subject: CreditSubjectType;
  /** Signed: positive items add, negative items deduct. */
  points: number;
  /** How long a record stays in effect, in calendar months from its effective date. */
  termMonths: number;
  /** 严重失信 (B7, B8, B9, B12). */
  serious: boolean;
  /** 一票否决: caps the grade at C while in effect. */
  veto: boolean;
  /** Entering the black list, and for how many months; null when the item does not black-list. */
  blacklistMonths: number | null;
  /** A commendation (G1–G4): one in effect is needed for the red list. */
  commendation: boolean;
  /** Optional cap on records of this item in effect at once (G6: at most 3). */
  maxInEffect?: number;
  /**
   * Issue categories whose owning department may propose this item ('ANY': every department, e.g. an administrative
   * penalty); absent: only the bureau (or the system) proposes it.
   */
  remit?: readonly IssueCategory[] | 'ANY';
  /** Manager records of this item are inherited from the enterprise record of a community they managed (B1, B2). */
  inheritedByManager?: boolean;
  label: { 'zh-CN': string; en: string };
}

export interface GradeThresholds {
  AAA: number;
  AA: number;
  A: number;
  B: number;
}

export interface ScoringStandard {
  version: number;
  /** First day the version applies (YYYY-MM-DD). */
  effectiveFrom: string;
  base: number;
  positiveCap: number;
  floor: number;
  /** Lower bounds, inclusive: AAA ≥ 85, AA ∈ [80, 85), A ∈ [70, 80), B ∈ [60, 70); below 60 is B or C (see gradeOf). */
  grades: GradeThresholds;
  /** Days a publicized record may be objected to, counted from the day after publication. */
  objectionDays: number;
  /** Credit repair: minimum months of publicity before a firm may apply, by the length of the entry. */
  repairMinMonths: { upTo12Months: number; longer: number };
  /** Black list after grade C in this many consecutive quarterly ratings, for blacklistMonths. */
  consecutiveC: { ratings: number; blacklistMonths: number };
  /** Red list: no negative record in effect within this many months before the rating. */
  redListCleanMonths: number;
  /** How many top-ranked firms of a quarterly rating get a G5 proposal. */
  topN: number;
  items: CreditItem[];
}

const item = (code: string, points: number, termMonths: number, zh: string, en: string, extra: Partial<CreditItem> = {}): CreditItem => ({
  code,
  subject: 'ENTERPRISE',
  points,
  termMonths,
  serious: false,
  veto: false,
  blacklistMonths: null,
  commendation: false,
  label: { 'zh-CN': zh, en },
  ...extra,
});

const SERIOUS = { serious: true, blacklistMonths: 36 } as const;
const MANAGER = { subject: 'MANAGER' } as const;

/** Default standard v1, exactly docs/product.md §5. Frozen: a change is a new version, never an edit of this one. */
export const SCORING_STANDARD_V1: ScoringStandard = deepFreeze({
  version: 1,
  effectiveFrom: '2026-01-01',
  base: 80,
  positiveCap: 40,
  floor: 0,
  grades: { AAA: 85, AA: 80, A: 70, B: 60 },
  objectionDays: 10,
  repairMinMonths: { upTo12Months: 3, longer: 6 },
  consecutiveC: { ratings: 2, blacklistMonths: 12 },
  redListCleanMonths: 12,
  topN: 10,
  items: [
    item('G1', 3, 12, '县级表彰', 'commendation by the county', { commendation: true }),
    item('G2', 5, 12, '市级表彰', 'commendation by the city', { commendation: true }),
    item('G3', 8, 24, '省级表彰', 'commendation by the province', { commendation: true }),
    item('G4', 10, 24, '国家级表彰', 'commendation at national level', { commendation: true }),
    item('G5', 5, 12, '季度评比前十名', 'top 10 of a quarterly rating'),
    item('G6', 3, 12, '小区满意度调查 ≥ 90%', 'resident satisfaction ≥ 90% in a community survey', { maxInEffect: 3 }),
    item('G7', 5, 12, '示范/文明小区', 'model / civilised community'),
    item('G8', 3, 12, '承接无物业老旧小区', 'took over an old community that had no service'),
    item('B1', -5, 12, '问题整改逾期', 'issue rectification overdue', { inheritedByManager: true }),
    item('B2', -20, 36, '拒不整改', 'refused to rectify', { blacklistMonths: 36, inheritedByManager: true }),
    item('B3', -5, 12, '投诉未在时限内处理', 'complaint not handled within SLA'),
    item('B4', -5, 12, '集体投诉（≥ 10 人）属实', 'collective complaint (≥ 10 people) upheld'),
    item('B5', -3, 12, '回访不满意', 'follow-up visit rated dissatisfied'),
    item('B6', -10, 12, '通报批评', 'public notice of criticism', { remit: ['SERVICE_QUALITY'] }),
    item('B7', -18, 36, '超标准、超范围收费', 'over-standard or out-of-scope fees confirmed', { ...SERIOUS, remit: ['FEES'] }),
    item('B8', -18, 36, '挪用维修资金', 'misuse of maintenance funds', { ...SERIOUS, veto: true, remit: ['MAINTENANCE_FUND'] }),
    item('B9', -18, 36, '发生负有责任的重大安全事故', 'major safety accident with liability', {
      ...SERIOUS,
      veto: true,
      remit: ['SAFETY_HAZARD', 'FIRE', 'ELEVATOR'],
    }),
    item('B10', -5, 12, '拒不配合检查', 'refused to cooperate with an inspection'),
    item('B11', -5, 12, '项目经理任职 30 日内未备案', 'project manager not registered within 30 days of appointment', MANAGER),
    item('B12', -18, 36, '出借资质或证书', 'lending of qualification or certificates', { ...SERIOUS, remit: ['SERVICE_QUALITY'] }),
    item('B13', -10, 12, '受到行政处罚', 'administrative penalty', { blacklistMonths: 12, remit: 'ANY' }),
    item('B14', -5, 12, '小区检查评定为 D 级', 'community inspection graded D'),
    item('MB1', -10, 12, '未完成继续教育', 'continuing education not done', MANAGER),
    item('MG1', 3, 12, '项目经理县级表彰', 'manager commendation by the county', { ...MANAGER, commendation: true }),
    item('MG2', 5, 12, '项目经理市级表彰', 'manager commendation by the city', { ...MANAGER, commendation: true }),
    item('MG3', 10, 24, '项目经理省级表彰', 'manager commendation by the province', { ...MANAGER, commendation: true }),
    item('MG4', 15, 24, '项目经理国家级表彰', 'manager commendation at national level', { ...MANAGER, commendation: true }),
  ],
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

export function findItem(standard: ScoringStandard, code: string): CreditItem | undefined {
  return standard.items.find((i) => i.code === code);
}

/** The version in force on a date: the latest whose effectiveFrom is on or before it (the earliest if none is). */
export function standardOn(standards: readonly ScoringStandard[], date: string): ScoringStandard {
  if (standards.length === 0) throw new RangeError('no scoring standard');
  const sorted = [...standards].sort((a, b) => a.version - b.version);
  let chosen = sorted[0]!;
  for (const s of sorted) if (s.effectiveFrom <= date) chosen = s;
  return chosen;
}

/** Whether a department with this remit may propose records of the item (the bureau may propose any). */
export function departmentMayPropose(item: Pick<CreditItem, 'remit'>, departmentRemit: readonly string[]): boolean {
  if (item.remit === 'ANY') return true;
  return (item.remit ?? []).some((c) => departmentRemit.includes(c));
}

/** Rules a new standard version must meet before ADMIN can issue it; issues name the JSON path. */
export function checkScoringStandard(s: ScoringStandard): { field: string; code: string; params?: Record<string, string | number> }[] {
  const issues: { field: string; code: string; params?: Record<string, string | number> }[] = [];
  // The definition arrives as arbitrary JSON: every part is checked for its shape before it is read.
  const obj = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  const num = (field: string, v: unknown, min: number, max: number) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) issues.push({ field, code: 'INVALID_FORMAT' });
    else if (v < min || v > max) issues.push({ field, code: 'OUT_OF_RANGE', params: { min, max } });
  };
  const int = (field: string, v: unknown, min: number, max: number) => {
    if (!Number.isInteger(v) || (v as number) < min || (v as number) > max) issues.push({ field, code: 'OUT_OF_RANGE', params: { min, max } });
  };
  const text = (field: string, v: unknown) => {
    if (typeof v !== 'string' || v.trim() === '') issues.push({ field, code: 'REQUIRED' });
    else if (Array.from(v).length > 200) issues.push({ field, code: 'TOO_LONG', params: { max: 200 } });
  };
  num('base', s.base, 0, 1000);
  num('positiveCap', s.positiveCap, 0, 1000);
  num('floor', s.floor, 0, 1000);
  num('objectionDays', s.objectionDays, 1, 90);
  const g = obj(s.grades) as unknown as GradeThresholds;
  for (const k of ['AAA', 'AA', 'A', 'B'] as const) num(`grades.${k}`, g[k], 0, 1000);
  if (!(g.AAA > g.AA && g.AA > g.A && g.A > g.B)) issues.push({ field: 'grades', code: 'INVALID_FORMAT' });
  int('repairMinMonths.upTo12Months', obj(s.repairMinMonths).upTo12Months, 0, 120);
  int('repairMinMonths.longer', obj(s.repairMinMonths).longer, 0, 120);
  int('consecutiveC.ratings', obj(s.consecutiveC).ratings, 1, 12);
  int('consecutiveC.blacklistMonths', obj(s.consecutiveC).blacklistMonths, 1, 120);
  int('redListCleanMonths', s.redListCleanMonths, 0, 120);
  int('topN', s.topN, 0, 100);
  const items: unknown[] = Array.isArray(s.items) ? s.items : [];
  if (items.length === 0) issues.push({ field: 'items', code: 'REQUIRED' });
  else if (items.length > 200) issues.push({ field: 'items', code: 'TOO_MANY_FILES', params: { max: 200 } });
  const seen = new Set<string>();
  items.slice(0, 200).forEach((raw, i) => {
    const it = obj(raw) as unknown as CreditItem;
    if (typeof it.code !== 'string' || !/^[A-Z]{1,3}\d{1,3}$/.test(it.code) || seen.has(it.code))
      issues.push({ field: `items.${i}.code`, code: 'INVALID_FORMAT' });
    else seen.add(it.code);
    if (!['ENTERPRISE', 'MANAGER'].includes(it.subject)) issues.push({ field: `items.${i}.subject`, code: 'INVALID_FORMAT' });
    num(`items.${i}.points`, it.points, -100, 100);
    int(`items.${i}.termMonths`, it.termMonths, 1, 120);
    if (it.blacklistMonths != null) int(`items.${i}.blacklistMonths`, it.blacklistMonths, 1, 120);
    if (it.maxInEffect != null) int(`items.${i}.maxInEffect`, it.maxInEffect, 1, 100);
    for (const flag of ['serious', 'veto', 'commendation'] as const)
      if (typeof it[flag] !== 'boolean') issues.push({ field: `items.${i}.${flag}`, code: 'INVALID_FORMAT' });
    text(`items.${i}.label.zh-CN`, obj(it.label)['zh-CN']);
    text(`items.${i}.label.en`, obj(it.label).en);
  });
  return issues;
}

export type { CreditGrade };

/** The two listing rules that are not an item of the standard: a red-list entry and grade C in two ratings running. */
const LISTING_RULES: Record<string, { 'zh-CN': string; en: string }> = {
  RATING: { 'zh-CN': '季度评比红榜', en: 'red list of a quarterly rating' },
  GRADE_C_TWICE: { 'zh-CN': '连续两次评比为 C 级', en: 'grade C in two ratings running' },
};

/**
 * Why a firm is on a red or black list, in words (public boards): an item code (B2, B7 …) by its name in the standard,
 * the two rules by theirs. Null for no reason; an unknown code stays as it is.
 */
export function listingReasonText(reason: string | null | undefined, locale: 'zh-CN' | 'en', standard: ScoringStandard): string | null {
  if (!reason) return null;
  const rule = LISTING_RULES[reason];
  if (rule) return rule[locale];
  return findItem(standard, reason)?.label[locale] ?? reason;
}
