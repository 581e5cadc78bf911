import { availability, type ActionAvailability } from '../availability.js';
import type { CreditGrade, EnterpriseStatus, ListStatus } from '../enums.js';
import type { FieldIssue } from '../field-errors.js';
import { can, type Principal } from '../permissions.js';

/**
 * 向上级推荐信用升级 (seed part 7 四(三)): the bureau proposes to the higher approving authority that a firm whose work in
 * the campaign was outstanding be upgraded. A regulator proposes a firm with written reasons; a second regulator (not the
 * proposer) approves or rejects with a note, as the bureau decides objections (docs/product.md §5: a reviewer who is not
 * the proposer); approved ones form the list sent upward. The eligibility rule is versioned policy data.
 */
export interface RecommendationPolicy {
  code: 'CREDIT_UPGRADE_RECOMMENDATION';
  version: number;
  effectiveFrom: string;
  /** Grades a recommended firm must hold on the day (its current credit). */
  eligibleGrades: readonly CreditGrade[];
  /** Reasons must say why: at least this many characters. */
  minReasonLength: number;
}

export const RECOMMENDATION_POLICY_V1: RecommendationPolicy = Object.freeze({
  code: 'CREDIT_UPGRADE_RECOMMENDATION',
  version: 1,
  effectiveFrom: '2026-01-01',
  eligibleGrades: Object.freeze(['AAA', 'AA']) as readonly CreditGrade[],
  minReasonLength: 10,
}) as RecommendationPolicy;

export const RECOMMENDATION_POLICIES: readonly RecommendationPolicy[] = [RECOMMENDATION_POLICY_V1];

export const RECOMMENDATION_STATUSES = ['PROPOSED', 'APPROVED', 'REJECTED'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

export interface RecommendationFirm {
  status: EnterpriseStatus | string;
  listStatus: ListStatus | string;
  grade: CreditGrade | string | null;
  /** Open issues of the firm that are flagged (挂牌督办) or past their deadline. */
  openBlockingIssues: number;
  /** A recommendation of the firm already proposed or approved. */
  hasLiveRecommendation: boolean;
}

/**
 * Why a firm cannot be recommended now (null: it can): it must be active, not black-listed, hold an eligible grade, have
 * no flagged or overdue open issue, and not already be proposed or recommended.
 */
export function recommendationEligibilityIssue(policy: RecommendationPolicy, firm: RecommendationFirm): FieldIssue | null {
  if (firm.status !== 'ACTIVE') return { field: 'enterpriseId', code: 'RECOMMEND_NOT_ACTIVE' };
  if (firm.listStatus === 'BLACK') return { field: 'enterpriseId', code: 'RECOMMEND_BLACK_LISTED' };
  if (!firm.grade || !(policy.eligibleGrades as readonly string[]).includes(firm.grade))
    return { field: 'enterpriseId', code: 'RECOMMEND_GRADE', params: { grade: firm.grade ?? '—', grades: policy.eligibleGrades.join('/') } };
  if (firm.openBlockingIssues > 0) return { field: 'enterpriseId', code: 'RECOMMEND_OPEN_ISSUES', params: { count: firm.openBlockingIssues } };
  if (firm.hasLiveRecommendation) return { field: 'enterpriseId', code: 'RECOMMEND_ALREADY' };
  return null;
}

/** Checks the reasons: required and long enough to say something. */
export function checkRecommendationReasons(policy: RecommendationPolicy, reasons: string | null | undefined): FieldIssue[] {
  const v = reasons?.trim() ?? '';
  if (!v) return [{ field: 'recommendationReasons', code: 'REQUIRED' }];
  if (Array.from(v).length < policy.minReasonLength) return [{ field: 'recommendationReasons', code: 'TOO_SHORT', params: { min: policy.minReasonLength } }];
  if (Array.from(v).length > 1000) return [{ field: 'recommendationReasons', code: 'TOO_LONG', params: { max: 1000 } }];
  return [];
}

export const RECOMMENDATION_ACTIONS = ['APPROVE', 'REJECT'] as const;
export type RecommendationAction = (typeof RECOMMENDATION_ACTIONS)[number];

export interface RecommendationState {
  status: RecommendationStatus;
  proposedById: string | null;
}

/**
 * Why `who` cannot take `action` now: only a proposed recommendation is decided, and not by its proposer. On approval the
 * firm's eligibility today is checked again (`eligibility`), so a firm that slipped is not sent upward.
 */
export function recommendationActionIssue(
  r: RecommendationState,
  action: RecommendationAction,
  who: Principal,
  eligibility: FieldIssue | null,
): FieldIssue | null {
  if (r.status !== 'PROPOSED') return { field: 'status', code: 'RECOMMEND_DECIDED' };
  if (r.proposedById !== null && r.proposedById === who.userId) return { field: 'recommendationReviewer', code: 'RECOMMEND_SAME_REVIEWER' };
  if (action === 'APPROVE' && eligibility) return eligibility;
  return null;
}

/** The buttons a caller sees on a recommendation, each available or not with the reason. */
export function recommendationActions(
  r: RecommendationState,
  who: Principal | null | undefined,
  eligibility: FieldIssue | null,
): ActionAvailability<RecommendationAction>[] {
  if (!who || !can(who, 'recommendation:manage')) return [];
  return RECOMMENDATION_ACTIONS.map((a) => availability(a, recommendationActionIssue(r, a, who, eligibility)));
}
