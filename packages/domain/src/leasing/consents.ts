import { isIsoDate } from '../dates.js';
import type { FieldIssue } from '../field-errors.js';
import type { Principal } from '../permissions.js';

/**
 * Written consent (seed part 4: 装修改造、设置招牌须经机关书面同意): a tenant alters the premises or puts up a sign
 * only with the agency's written consent, given by the head of the working group, on a contract in force. What a
 * tenant fixed to the premises is left there when the lease ends, without compensation.
 */

export const CONSENT_KINDS = ['ALTERATION', 'SIGNAGE'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export const isConsentKind = (v: string): v is ConsentKind => (CONSENT_KINDS as readonly string[]).includes(v);

/** Whether the contract takes a consent now: in force (ACTIVE or FLAGGED). */
export function consentContractIssue(contractState: string): FieldIssue | null {
  return contractState === 'ACTIVE' || contractState === 'FLAGGED' ? null : { field: 'contractId', code: 'LEASE_CONTRACT_STATE', params: { contractState } };
}

/**
 * A consent: by the head only, on a contract in force, of a known kind, with what is consented to, dated on a real day
 * not after `today` (YYYY-MM-DD).
 */
export function consentIssues(
  input: { kind: string; description: string; grantedOn: string },
  contractState: string,
  who: Pick<Principal, 'position'>,
  today: string,
): FieldIssue[] {
  if (who.position !== 'HEAD') return [{ field: 'position', code: 'LEASE_HEAD_ONLY' }];
  const state = consentContractIssue(contractState);
  if (state) return [state];
  const issues: FieldIssue[] = [];
  if (!isConsentKind(input.kind)) issues.push({ field: 'kind', code: 'INVALID_FORMAT' });
  if (!input.description?.trim()) issues.push({ field: 'description', code: 'REQUIRED' });
  else if (input.description.trim().length > 500) issues.push({ field: 'description', code: 'TOO_LONG', params: { max: 500 } });
  if (!isIsoDate(input.grantedOn)) issues.push({ field: 'grantedOn', code: 'INVALID_DATE' });
  else if (input.grantedOn > today) issues.push({ field: 'grantedOn', code: 'IN_FUTURE' });
  return issues;
}
