import { describe, expect, it } from 'vitest';
import { ROLES } from './enums.js';
import { can, permissionsOf, requiredScopeField, scopeOf, type Principal } from './permissions.js';

const p = (role: Principal['role'], scope: Partial<Principal> = {}): Principal => ({ userId: '1', role, ...scope });

describe('role permissions', () => {
  it('only ADMIN manages users and reads the audit log', () => {
    for (const role of ROLES) {
      expect(can(p(role), 'user:create')).toBe(role === 'ADMIN');
      expect(can(p(role), 'auditLog:read')).toBe(role === 'ADMIN');
    }
  });

  it('ANALYST only reads (and keeps its own read-only API tokens); DEPARTMENT reads, proposes credit records, handles the items routed to it, completes its milestones and runs its special inspections and writes the minutes of its meetings', () => {
    expect(permissionsOf('ANALYST').filter((perm) => !perm.endsWith(':read'))).toEqual(['apiToken:manage']);
    expect(permissionsOf('DEPARTMENT').filter((perm) => !perm.endsWith(':read'))).toEqual([
      'credit:propose',
      'issue:handle',
      'complaint:create',
      'complaint:handle',
      'milestone:complete',
      'minutes:write',
      'specialInspection:run',
    ]);
    for (const role of ['ANALYST', 'DEPARTMENT'] as const) expect(can(p(role), 'enterprise:read')).toBe(true);
  });

  it('credit: only ADMIN publishes ratings and issues standards; only firms object and apply for repair', () => {
    for (const role of ROLES) {
      expect(can(p(role), 'rating:publish'), role).toBe(role === 'ADMIN');
      expect(can(p(role), 'standard:issue'), role).toBe(role === 'ADMIN');
      expect(can(p(role), 'credit:decide'), role).toBe(role === 'ADMIN' || role === 'REGULATOR');
      expect(can(p(role), 'objection:file'), role).toBe(role === 'ENTERPRISE');
      expect(can(p(role), 'repair:apply'), role).toBe(role === 'ENTERPRISE');
      expect(can(p(role), 'credit:read'), role).toBe(role !== 'AGENCY');
    }
  });

  it('campaign records: the bureau approves minutes and keeps the publicity column; departments and townships only write minutes', () => {
    for (const role of ROLES) {
      expect(can(p(role), 'minutes:approve'), role).toBe(role === 'ADMIN' || role === 'REGULATOR');
      expect(can(p(role), 'publicity:manage'), role).toBe(role === 'ADMIN' || role === 'REGULATOR');
      expect(can(p(role), 'minutes:write'), role).toBe(['ADMIN', 'REGULATOR', 'DEPARTMENT', 'TOWNSHIP'].includes(role));
    }
  });

  it('TOWNSHIP records communities; ENTERPRISE keeps its managers; neither edits firms', () => {
    expect(can(p('TOWNSHIP'), 'community:update')).toBe(true);
    expect(can(p('TOWNSHIP'), 'enterprise:update')).toBe(false);
    expect(can(p('ENTERPRISE'), 'projectManager:create')).toBe(true);
    expect(can(p('ENTERPRISE'), 'enterprise:update')).toBe(false);
    expect(can(p('ENTERPRISE'), 'community:update')).toBe(false);
  });

  it('closed loop: the bureau inspects and assigns; firms answer and self-check; townships handle the committee matters routed to them; analysts only read', () => {
    for (const role of ROLES) {
      expect(can(p(role), 'inspection:create'), role).toBe(role === 'ADMIN' || role === 'REGULATOR');
      expect(can(p(role), 'selfCheck:submit'), role).toBe(role === 'ENTERPRISE');
      expect(can(p(role), 'issue:handle'), role).toBe(!['ANALYST', 'AGENCY'].includes(role));
      expect(can(p(role), 'complaint:handle'), role).toBe(['ADMIN', 'REGULATOR', 'DEPARTMENT', 'TOWNSHIP'].includes(role));
      expect(can(p(role), 'issue:read'), role).toBe(role !== 'AGENCY');
    }
  });

  it('analytics: every role reads its KPIs; the bureau runs the campaign; only ADMIN publishes bulletins; only analysts hold API tokens', () => {
    for (const role of ROLES) {
      expect(can(p(role), 'kpi:read'), role).toBe(role !== 'AGENCY');
      expect(can(p(role), 'export:read'), role).toBe(role !== 'AGENCY');
      expect(can(p(role), 'campaign:manage'), role).toBe(role === 'ADMIN' || role === 'REGULATOR');
      expect(can(p(role), 'bulletin:prepare'), role).toBe(role === 'ADMIN' || role === 'REGULATOR');
      expect(can(p(role), 'bulletin:publish'), role).toBe(role === 'ADMIN');
      expect(can(p(role), 'bulletin:read'), role).toBe(['ADMIN', 'REGULATOR', 'ANALYST'].includes(role));
      expect(can(p(role), 'apiToken:manage'), role).toBe(role === 'ANALYST');
    }
  });

  it("leasing: only the agency's working group, which holds nothing else and sees no registry row", () => {
    for (const role of ROLES) {
      expect(can(p(role), 'lease:read'), role).toBe(role === 'AGENCY');
      expect(can(p(role), 'lease:manage'), role).toBe(role === 'AGENCY');
    }
    expect(permissionsOf('AGENCY')).toEqual(['lease:read', 'lease:manage']);
    expect(scopeOf(p('AGENCY', { agencyId: '1', position: 'HEAD' }))).toEqual({ kind: 'NONE' });
  });

  it('nobody anonymous may do anything', () => {
    expect(can(null, 'township:read')).toBe(false);
    expect(scopeOf(null)).toEqual({ kind: 'NONE' });
  });
});

describe('row scope', () => {
  it('follows the role and the user’s scope field', () => {
    expect(scopeOf(p('REGULATOR'))).toEqual({ kind: 'ALL' });
    expect(scopeOf(p('ANALYST'))).toEqual({ kind: 'ALL' });
    expect(scopeOf(p('TOWNSHIP', { townshipId: '7' }))).toEqual({ kind: 'TOWNSHIP', townshipId: '7' });
    expect(scopeOf(p('ENTERPRISE', { enterpriseId: '3' }))).toEqual({ kind: 'ENTERPRISE', enterpriseId: '3' });
  });

  it('a scoped role without its scope sees nothing rather than everything', () => {
    expect(scopeOf(p('TOWNSHIP'))).toEqual({ kind: 'NONE' });
    expect(scopeOf(p('ENTERPRISE'))).toEqual({ kind: 'NONE' });
  });

  it('names the scope field each role needs', () => {
    expect(ROLES.map(requiredScopeField)).toEqual([null, null, 'departmentId', 'townshipId', 'enterpriseId', null, 'agencyId']);
  });
});
