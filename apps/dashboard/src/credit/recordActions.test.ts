import { permissionsOf, type Role } from '@wuye/domain';
import { describe, expect, it } from 'vitest';
import { creditRecordActions, objectionDaysLeft, type RecordFacts } from './recordActions';

const user = (role: Role, id = '1', enterpriseId: string | null = null) => ({
  id,
  permissions: [...permissionsOf(role)],
  enterprise: enterpriseId ? { id: enterpriseId } : null,
});

const record = (over: Partial<RecordFacts> = {}): RecordFacts => ({
  status: 'PUBLICIZING',
  points: -10,
  enterpriseId: '5',
  objectionDeadline: '2026-11-30',
  expiresOn: '2027-11-01',
  proposedById: '2',
  objections: [],
  ...over,
});

const TODAY = '2026-11-27';

describe('credit record actions offered', () => {
  it('lets the firm object to its own publicized record within the window, once', () => {
    expect(creditRecordActions(record(), user('ENTERPRISE', '9', '5'), TODAY)).toEqual(['OBJECT']);
    expect(creditRecordActions(record(), user('ENTERPRISE', '9', '5'), '2026-11-30')).toEqual(['OBJECT']);
    expect(creditRecordActions(record(), user('ENTERPRISE', '9', '5'), '2026-12-01')).toEqual([]);
    expect(creditRecordActions(record(), user('ENTERPRISE', '9', '6'), TODAY)).toEqual([]);
    expect(creditRecordActions(record({ objections: [{ status: 'PENDING' }] }), user('ENTERPRISE', '9', '5'), TODAY)).toEqual([]);
    expect(creditRecordActions(record({ status: 'CONFIRMED' }), user('ENTERPRISE', '9', '5'), TODAY)).toEqual(['APPLY_REPAIR']);
  });

  it('offers repair only for a confirmed negative record still in effect', () => {
    const firm = user('ENTERPRISE', '9', '5');
    expect(creditRecordActions(record({ status: 'CONFIRMED', points: 5 }), firm, TODAY)).toEqual([]);
    expect(creditRecordActions(record({ status: 'CONFIRMED', expiresOn: '2026-11-26' }), firm, TODAY)).toEqual([]);
    expect(creditRecordActions(record({ status: 'REPAIRED' }), firm, TODAY)).toEqual([]);
  });

  it('lets the bureau publicize, decide objections (not its own proposals) and revoke', () => {
    const regulator = user('REGULATOR', '1');
    expect(creditRecordActions(record({ status: 'PROPOSED' }), regulator, TODAY)).toEqual(['PUBLICIZE', 'REVOKE']);
    expect(creditRecordActions(record({ status: 'OBJECTED' }), regulator, TODAY)).toEqual(['DECIDE_OBJECTION', 'REVOKE']);
    expect(creditRecordActions(record({ status: 'OBJECTED', proposedById: '1' }), regulator, TODAY)).toEqual(['REVOKE']);
    expect(creditRecordActions(record({ status: 'OBJECTED', proposedById: null }), regulator, TODAY)).toEqual(['DECIDE_OBJECTION', 'REVOKE']);
    expect(creditRecordActions(record({ status: 'EXPIRED' }), regulator, TODAY)).toEqual(['REVOKE']);
    expect(creditRecordActions(record({ status: 'REVOKED' }), regulator, TODAY)).toEqual([]);
    expect(creditRecordActions(record({ status: 'REPAIRED' }), regulator, TODAY)).toEqual([]);
  });

  it('offers nothing to read-only roles or nobody', () => {
    for (const role of ['ANALYST', 'TOWNSHIP', 'DEPARTMENT'] as const) {
      for (const status of ['PROPOSED', 'PUBLICIZING', 'OBJECTED', 'CONFIRMED']) {
        expect(creditRecordActions(record({ status }), user(role), TODAY), `${role} ${status}`).toEqual([]);
      }
    }
    expect(creditRecordActions(record(), null, TODAY)).toEqual([]);
  });

  it('counts the days left to object', () => {
    expect(objectionDaysLeft('2026-11-30', TODAY)).toBe(3);
    expect(objectionDaysLeft('2026-11-27', TODAY)).toBe(0);
    expect(objectionDaysLeft('2026-11-26', TODAY)).toBeNull();
    expect(objectionDaysLeft(null, TODAY)).toBeNull();
  });
});
