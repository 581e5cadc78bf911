import { describe, expect, it } from 'vitest';
import { canAccessResource, hasPermission } from './permissions';

const singleOf = (resource: string) => ({ enterprises: 'enterprise', auditLogs: 'auditLog' })[resource];

describe('permissions', () => {
  const admin = { permissions: ['enterprise:read', 'enterprise:create', 'enterprise:update', 'auditLog:read'] };
  const analyst = { permissions: ['enterprise:read'] };

  it('hasPermission', () => {
    expect(hasPermission(admin, 'auditLog:read')).toBe(true);
    expect(hasPermission(analyst, 'auditLog:read')).toBe(false);
    expect(hasPermission(undefined, 'enterprise:read')).toBe(false);
  });

  it('maps react-admin actions to API permissions', () => {
    expect(canAccessResource(admin, singleOf, 'enterprises', 'clone')).toBe(true);
    expect(canAccessResource(analyst, singleOf, 'enterprises', 'export')).toBe(true);
    expect(canAccessResource(analyst, singleOf, 'enterprises', 'edit')).toBe(false);
    expect(canAccessResource(admin, singleOf, 'enterprises', 'delete')).toBe(false);
    expect(canAccessResource(admin, singleOf, 'auditLogs', 'edit')).toBe(false);
  });

  it('leaves custom pages open to signed-in users only', () => {
    expect(canAccessResource(analyst, singleOf, 'reports', 'list')).toBe(true);
    expect(canAccessResource(null, singleOf, 'reports', 'list')).toBe(false);
  });
});
