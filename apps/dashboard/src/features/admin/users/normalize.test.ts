import { describe, expect, it } from 'vitest';
import { normalizeUser } from './normalize';

describe('normalizeUser', () => {
  it('keeps only the scope field the role needs', () => {
    expect(normalizeUser({ role: 'TOWNSHIP', townshipId: '1', departmentId: '2', enterpriseId: '3', password: 'Abcdef123456' })).toEqual({
      role: 'TOWNSHIP',
      townshipId: '1',
      departmentId: null,
      enterpriseId: null,
      password: 'Abcdef123456',
    });
    expect(normalizeUser({ role: 'ADMIN', enterpriseId: '3' })).toEqual({ role: 'ADMIN', townshipId: null, departmentId: null, enterpriseId: null });
  });

  it('drops an empty password (keep the current one)', () => {
    expect(normalizeUser({ role: 'ENTERPRISE', enterpriseId: '3', password: '' })).not.toHaveProperty('password');
    expect(normalizeUser({ role: 'ENTERPRISE', enterpriseId: '3', password: null })).not.toHaveProperty('password');
  });
});
