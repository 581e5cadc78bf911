import { availability, type ActionAvailability } from '../availability.js';
import type { FieldIssue } from '../field-errors.js';
import type { Principal } from '../permissions.js';
import { approvalIssues, pendingStep, type SpendingState, type StepTaken } from './approvals.js';
import { formatYuan } from './policy.js';
import { consentContractIssue } from './consents.js';
import { addUnitPhotoIssue } from './photos.js';
import { statementOwedFen } from './utilities.js';

/**
 * What a member of the working group may do next on a contract, a tender, a unit or a spending request, with the
 * reason when not now — the same rules the commands of @wuye/db (leasing/service.ts) enforce, for the dashboard's buttons.
 */

export const CONTRACT_ACTIONS = ['PAY', 'RENEW', 'TERMINATE_FOR_POLICY', 'CONFIRM_TERMINATION', 'RECORD_CONSENT'] as const;
export type ContractAction = (typeof CONTRACT_ACTIONS)[number];

export interface ContractFacts {
  state: string;
  instalments: readonly { seq: number; dueDate: string; amountFen: number; paidFen: number; state: string }[];
}

const isMember = (who: Principal | null | undefined): who is Principal => who?.role === 'AGENCY' && Boolean(who.agencyId);

/** Owed on the contract's open instalments; `before`: only those due before that day (overdue on it). */
export function owedFen(c: ContractFacts, before?: string): number {
  return c.instalments
    .filter((i) => i.state === 'OPEN' && (before === undefined || i.dueDate < before))
    .reduce((s, i) => s + Math.max(i.amountFen - i.paidFen, 0), 0);
}

function contractActionIssue(c: ContractFacts, action: ContractAction, who: Principal, today: string): FieldIssue | null {
  const stateIssue: FieldIssue = { field: 'contractId', code: 'LEASE_CONTRACT_STATE', params: { contractState: c.state } };
  const live = c.state === 'ACTIVE' || c.state === 'FLAGGED';
  switch (action) {
    case 'PAY':
      if (!live) return stateIssue;
      return owedFen(c) > 0 ? null : { field: 'contractId', code: 'LEASE_NOTHING_OWED' };
    case 'RENEW': {
      if (c.state !== 'ACTIVE') return stateIssue;
      const owed = owedFen(c);
      return owed > 0 ? { field: 'contractId', code: 'LEASE_HAS_ARREARS', params: { owed: formatYuan(owed) } } : null;
    }
    case 'TERMINATE_FOR_POLICY':
      if (who.position !== 'HEAD') return { field: 'position', code: 'LEASE_HEAD_ONLY' };
      return live ? null : stateIssue;
    case 'CONFIRM_TERMINATION':
      if (who.position !== 'HEAD') return { field: 'position', code: 'LEASE_HEAD_ONLY' };
      if (c.state !== 'FLAGGED') return stateIssue;
      return owedFen(c, today) > 0 ? null : { field: 'contractId', code: 'LEASE_NOT_OVERDUE' };
    case 'RECORD_CONSENT':
      if (who.position !== 'HEAD') return { field: 'position', code: 'LEASE_HEAD_ONLY' };
      return consentContractIssue(c.state);
  }
}

/** The contract's actions for `who` on `today` (YYYY-MM-DD); none for anyone outside the working group. */
export function contractActions(c: ContractFacts, who: Principal | null | undefined, today: string): ActionAvailability<ContractAction>[] {
  if (!isMember(who)) return [];
  return CONTRACT_ACTIONS.map((a) => availability(a, contractActionIssue(c, a, who, today)));
}

export const TENDER_ACTIONS = ['PLACE_BID', 'AWARD', 'SIGN_CONTRACT', 'WITHDRAW'] as const;
export type TenderAction = (typeof TENDER_ACTIONS)[number];

export interface TenderFacts {
  state: string;
  opensOn: string;
  closesOn: string;
  /** Bids still in the running (PLACED). */
  bidCount: number;
  /** The number of the contract already signed with the won bid, if any. */
  signedContractNo: string | null;
  /** The listed unit's state (VACANT, LISTED, LET). */
  unitState: string;
}

/**
 * Why the won bid of a tender cannot be signed now, or null: the tender awarded, no contract signed with its winner
 * yet, and the unit not let meanwhile. Any member of the working group signs (the clerk, as a rule). `signContract`
 * (@wuye/db) refuses on the same rule, naming `field` (the bid there).
 */
export function signContractIssue(t: Pick<TenderFacts, 'state' | 'signedContractNo' | 'unitState'>, field = 'tenderId'): FieldIssue | null {
  if (t.state !== 'AWARDED') return { field, code: 'LEASE_TENDER_NOT_AWARDED' };
  if (t.signedContractNo) return { field, code: 'LEASE_CONTRACT_SIGNED', params: { contractNo: t.signedContractNo } };
  if (t.unitState === 'LET') return { field: 'unitId', code: 'LEASE_UNIT_ALREADY_LET' };
  return null;
}

/**
 * Why a tender cannot be withdrawn (撤销招租), or null: only before it is awarded (an awarded or withdrawn tender is
 * closed), and with a reason (`reason` undefined: the reason is not asked yet, as for the offer). `withdrawTender`
 * (@wuye/db) refuses on the same rule.
 */
export function withdrawTenderIssues(t: Pick<TenderFacts, 'state'>, reason?: string): FieldIssue[] {
  if (t.state !== 'OPEN') return [{ field: 'tenderId', code: 'LEASE_TENDER_CLOSED' }];
  if (reason !== undefined && !reason.trim()) return [{ field: 'reason', code: 'REQUIRED' }];
  return [];
}

export function tenderActions(t: TenderFacts, who: Principal | null | undefined, today: string): ActionAvailability<TenderAction>[] {
  if (!isMember(who)) return [];
  const closed: FieldIssue | null = t.state === 'OPEN' ? null : { field: 'tenderId', code: 'LEASE_TENDER_CLOSED' };
  const bid: FieldIssue | null =
    closed ??
    (today < t.opensOn || today > t.closesOn ? { field: 'tenderId', code: 'LEASE_TENDER_NOT_OPEN', params: { from: t.opensOn, to: t.closesOn } } : null);
  const award: FieldIssue | null =
    closed ??
    (today <= t.closesOn
      ? { field: 'tenderId', code: 'LEASE_TENDER_STILL_OPEN', params: { to: t.closesOn } }
      : t.bidCount === 0
        ? { field: 'tenderId', code: 'LEASE_NO_COMPLIANT_BID' }
        : null);
  return [
    availability('PLACE_BID', bid),
    availability('AWARD', award),
    availability('SIGN_CONTRACT', signContractIssue(t)),
    availability('WITHDRAW', withdrawTenderIssues(t)[0] ?? null),
  ];
}

export const UNIT_ACTIONS = ['PUBLISH_TENDER', 'ADD_PHOTO', 'REMOVE_PHOTO'] as const;
export type UnitAction = (typeof UNIT_ACTIONS)[number];

/** PUBLISH_TENDER while vacant; ADD_PHOTO until the unit has the most photos allowed; REMOVE_PHOTO (any of its photos). */
export function unitActions(u: { state: string; photos: readonly string[] }, who: Principal | null | undefined): ActionAvailability<UnitAction>[] {
  if (!isMember(who)) return [];
  return [
    availability('PUBLISH_TENDER', u.state === 'VACANT' ? null : { field: 'unitId', code: 'LEASE_UNIT_NOT_AVAILABLE' }),
    availability('ADD_PHOTO', addUnitPhotoIssue(u.photos.length)),
    availability('REMOVE_PHOTO', null),
  ];
}

export const SPENDING_ACTIONS = ['SIGN', 'REVIEW', 'APPROVE', 'REJECT'] as const;
export type SpendingAction = (typeof SPENDING_ACTIONS)[number];

/**
 * The pending step (SIGN, REVIEW or APPROVE) and REJECT, each available to a member of that step's position who has
 * taken no earlier step of the request; a decided request offers SIGN and REJECT, both refused.
 */
export function spendingActions(
  r: { state: SpendingState },
  taken: readonly StepTaken[],
  who: Principal | null | undefined,
): ActionAvailability<SpendingAction>[] {
  if (!isMember(who)) return [];
  const issue = approvalIssues(r.state, taken, { userId: who.userId, position: who.position ?? null })[0] ?? null;
  const step = pendingStep(r.state) ?? 'SIGN';
  return [availability(step, issue), availability('REJECT', issue)];
}

/** A request waits for `who` when its pending step is of their position and they took no earlier step of it. */
export function awaitsCaller(r: { state: SpendingState }, taken: readonly StepTaken[], who: Principal | null | undefined): boolean {
  if (!isMember(who)) return false;
  return approvalIssues(r.state, taken, { userId: who.userId, position: who.position ?? null }).length === 0;
}

export const STATEMENT_ACTIONS = ['RECORD_PAYMENT'] as const;
export type StatementAction = (typeof STATEMENT_ACTIONS)[number];

/** RECORD_PAYMENT while the utility statement still owes something; `recordUtilityPayment` (@wuye/db) refuses likewise. */
export function statementActions(
  s: { period: string; totalFen: number; paidFen: number },
  who: Principal | null | undefined,
): ActionAvailability<StatementAction>[] {
  if (!isMember(who)) return [];
  return [availability('RECORD_PAYMENT', statementOwedFen(s) > 0 ? null : { field: 'statementId', code: 'LEASE_STATEMENT_PAID', params: { month: s.period } })];
}
