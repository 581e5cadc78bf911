import { describe, expect, it } from 'vitest';
import { messageFor } from '../field-errors.js';
import type { Principal } from '../permissions.js';
import { contractActions } from './actions.js';
import { consentIssues } from './consents.js';

const head = { position: 'HEAD' } as const;
const today = '2026-11-15';
const ok = { kind: 'SIGNAGE', description: '门头招牌 4 m × 0.8 m，不遮挡消防通道', grantedOn: today };
const codes = (issues: { field: string; code: string }[]) => issues.map((i) => `${i.field}:${i.code}`);

describe('written consent for alterations and signage', () => {
  it('is given by the head on a contract in force, dated today at the latest', () => {
    expect(consentIssues(ok, 'ACTIVE', head, today)).toEqual([]);
    expect(consentIssues({ ...ok, kind: 'ALTERATION' }, 'FLAGGED', head, today)).toEqual([]);
  });

  it('by anyone else than the head is refused on the position', () => {
    const issues = consentIssues(ok, 'ACTIVE', { position: 'DEPUTY' }, today);
    expect(codes(issues)).toEqual(['position:LEASE_HEAD_ONLY']);
    expect(messageFor(issues[0]!, 'zh-CN')).toBe('职务不符：此项须由组长办理');
  });

  it('on a contract no longer in force is refused', () => {
    for (const state of ['TERMINATED', 'RENEWED', 'ENDED']) expect(codes(consentIssues(ok, state, head, today))).toEqual(['contractId:LEASE_CONTRACT_STATE']);
  });

  it('needs a known kind, what is consented to and a real day not in the future', () => {
    expect(codes(consentIssues({ kind: 'DEMOLITION', description: ' ', grantedOn: '2026-11-16' }, 'ACTIVE', head, today))).toEqual([
      'kind:INVALID_FORMAT',
      'description:REQUIRED',
      'grantedOn:IN_FUTURE',
    ]);
    expect(codes(consentIssues({ ...ok, grantedOn: '2026-02-30' }, 'ACTIVE', head, today))).toEqual(['grantedOn:INVALID_DATE']);
    expect(codes(consentIssues({ ...ok, description: 'x'.repeat(501) }, 'ACTIVE', head, today))).toEqual(['description:TOO_LONG']);
    expect(consentIssues({ ...ok, description: 'x'.repeat(500) }, 'ACTIVE', head, today)).toEqual([]);
  });

  it('is offered as RECORD_CONSENT to the head on a contract in force, with the reason otherwise', () => {
    const member = (position: 'CLERK' | 'HEAD'): Principal => ({ userId: position, role: 'AGENCY', agencyId: '1', position });
    const offer = (state: string, who: Principal) => contractActions({ state, instalments: [] }, who, today).find((a) => a.action === 'RECORD_CONSENT')!;
    expect(offer('ACTIVE', member('HEAD'))).toEqual({ action: 'RECORD_CONSENT', available: true, reason: null });
    expect(offer('ACTIVE', member('CLERK')).reason).toEqual({ field: 'position', code: 'LEASE_HEAD_ONLY' });
    expect(offer('ENDED', member('HEAD')).reason?.code).toBe('LEASE_CONTRACT_STATE');
  });
});
