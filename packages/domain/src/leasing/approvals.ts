import type { FieldIssue } from '../field-errors.js';

/**
 * Spending approvals (seed part 4: 经办签字、副组长审核、组长一支笔审批): three steps in order, each by the position it
 * belongs to, and by three different people. A rejection at any step ends the request and must say why.
 */

export const AGENCY_POSITIONS = ['CLERK', 'DEPUTY', 'HEAD'] as const;
export type AgencyPosition = (typeof AGENCY_POSITIONS)[number];

export const APPROVAL_STEPS = ['SIGN', 'REVIEW', 'APPROVE'] as const;
export type ApprovalStep = (typeof APPROVAL_STEPS)[number];

export const SPENDING_STATES = ['AWAITING_SIGN', 'AWAITING_REVIEW', 'AWAITING_APPROVAL', 'APPROVED', 'REJECTED'] as const;
export type SpendingState = (typeof SPENDING_STATES)[number];

export const STEP_POSITION: Readonly<Record<ApprovalStep, AgencyPosition>> = { SIGN: 'CLERK', REVIEW: 'DEPUTY', APPROVE: 'HEAD' };
const STATE_STEP: Partial<Record<SpendingState, ApprovalStep>> = { AWAITING_SIGN: 'SIGN', AWAITING_REVIEW: 'REVIEW', AWAITING_APPROVAL: 'APPROVE' };
const AFTER: Readonly<Record<ApprovalStep, SpendingState>> = { SIGN: 'AWAITING_REVIEW', REVIEW: 'AWAITING_APPROVAL', APPROVE: 'APPROVED' };

export interface StepTaken {
  step: ApprovalStep;
  userId: string;
}

export interface Approver {
  userId: string;
  position: AgencyPosition | null;
}

/** The step a request waits for, or null when it is decided. */
export function pendingStep(state: SpendingState): ApprovalStep | null {
  return STATE_STEP[state] ?? null;
}

/** Why `who` may not take the pending step now: decided, wrong position, or already took an earlier step. */
export function approvalIssues(state: SpendingState, taken: readonly StepTaken[], who: Approver): FieldIssue[] {
  const step = pendingStep(state);
  if (step === null) return [{ field: 'requestId', code: 'LEASE_SPENDING_DECIDED', params: { spendingState: state } }];
  const position = STEP_POSITION[step];
  if (who.position !== position) return [{ field: 'position', code: 'LEASE_WRONG_POSITION', params: { step, position } }];
  const earlier = taken.find((t) => t.userId === who.userId);
  if (earlier) return [{ field: 'approver', code: 'LEASE_SAME_APPROVER', params: { step: earlier.step } }];
  return [];
}

/** The state after the pending step is signed. */
export function stateAfterStep(state: SpendingState): SpendingState {
  const step = pendingStep(state);
  if (step === null) throw new Error(`no step pending in ${state}`);
  return AFTER[step];
}

/** A rejection names its reason. */
export function rejectionIssues(state: SpendingState, taken: readonly StepTaken[], who: Approver, reason: string): FieldIssue[] {
  const issues = approvalIssues(state, taken, who);
  if (issues.length > 0) return issues;
  return reason.trim() === '' ? [{ field: 'reason', code: 'REQUIRED' }] : [];
}
