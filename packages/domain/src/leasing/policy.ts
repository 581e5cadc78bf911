/**
 * The leasing policy of a government agency's state-owned property (seed part 4, issue 14) as versioned data, like the
 * credit standard and the committee rules: a contract records the code and version it was signed under, and a change
 * of policy is a new version, never an edit of an old one.
 *
 * Money is in fen (integers), rates in basis points (1/10 000), dates `YYYY-MM-DD` in Asia/Shanghai.
 */

/** Trades a tenant may declare; the policy says which are special (longer terms) and which are prohibited. */
export const TRADES = [
  'RETAIL',
  'CATERING',
  'HOTEL',
  'OFFICE',
  'SERVICES',
  'EDUCATION',
  'STORAGE',
  'FLAMMABLE_EXPLOSIVE',
  'HAZARDOUS_CHEMICALS',
  'FIREWORKS',
] as const;
export type Trade = (typeof TRADES)[number];

export interface LeasingPolicy {
  code: string;
  version: number;
  /** First and last day (inclusive) the policy applies to contracts signed on that day; null: open. */
  effectiveFrom: string;
  effectiveTo: string | null;
  label: { 'zh-CN': string; en: string };
  /** 原则上一年一签: the longest term of an ordinary trade, in whole months. */
  standardMaxMonths: number;
  /** 特种行业（如餐饮等）: trades that may take a longer term, up to `specialMaxMonths`. */
  specialTrades: readonly Trade[];
  specialMaxMonths: number;
  /** 保证金 = 年租金总额的 50%. */
  depositRateBp: number;
  /** Tax due on rent income (照章纳税), configurable per version. */
  taxRateBp: number;
  /** 严禁经营易燃和爆炸性物资: bids and contracts for these trades are refused. */
  prohibitedTrades: readonly Trade[];
  /** Rent is paid in halves of this many months (每年分两次交清). */
  instalmentMonths: number;
  /** Arrears ageing buckets: upper bounds (inclusive) in days past due; anything beyond the last is the oldest bucket. */
  ageingBucketDays: readonly number[];
}

/** Version 1: the seed's numbers. */
export const LEASING_POLICY_V1: LeasingPolicy = Object.freeze({
  code: 'STATE_PROPERTY',
  version: 1,
  effectiveFrom: '2020-01-01',
  effectiveTo: null,
  label: { 'zh-CN': '机关物业租赁管理办法（第 1 版）', en: 'state-owned property leasing rules (v1)' },
  standardMaxMonths: 12,
  specialTrades: Object.freeze(['CATERING', 'HOTEL'] as Trade[]),
  specialMaxMonths: 36,
  depositRateBp: 5000,
  taxRateBp: 500,
  prohibitedTrades: Object.freeze(['FLAMMABLE_EXPLOSIVE', 'HAZARDOUS_CHEMICALS', 'FIREWORKS'] as Trade[]),
  instalmentMonths: 6,
  ageingBucketDays: Object.freeze([30, 90, 180]),
});

export const LEASING_POLICIES: readonly LeasingPolicy[] = Object.freeze([LEASING_POLICY_V1]);

/** The policy in force on `date`, or null before the first. */
export function leasingPolicyOn(date: string, policies: readonly LeasingPolicy[] = LEASING_POLICIES): LeasingPolicy | null {
  return policies.find((p) => p.effectiveFrom <= date && (p.effectiveTo === null || date <= p.effectiveTo)) ?? null;
}

export function leasingPolicy(code: string, version: number, policies: readonly LeasingPolicy[] = LEASING_POLICIES): LeasingPolicy | null {
  return policies.find((p) => p.code === code && p.version === version) ?? null;
}

export function isTrade(value: string): value is Trade {
  return (TRADES as readonly string[]).includes(value);
}

/** `part` of `whole` in basis points, rounded half up (integers only). */
export function shareOf(whole: number, bp: number): number {
  return Math.floor((whole * bp + 5000) / 10000);
}

/** Yuan with two decimals and thousands separators, for messages and documents: 123456 fen → "1,234.56". */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${yuan}.${String(abs % 100).padStart(2, '0')}`;
}
