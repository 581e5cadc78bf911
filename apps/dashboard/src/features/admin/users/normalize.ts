import { ROLES, requiredScopeField, type Role } from '@wuye/domain';

const SCOPE_FIELDS = ['townshipId', 'departmentId', 'enterpriseId'] as const;

export const scopeFieldOf = (role: unknown) => ((ROLES as readonly unknown[]).includes(role) ? requiredScopeField(role as Role) : null);

/**
 * A user has exactly the scope field its role needs (township, department or enterprise) and no other; an empty
 * password field means "keep the current password" and is not sent.
 */
export function normalizeUser<T extends Record<string, unknown>>(values: T): T {
  const needed = scopeFieldOf(values.role);
  const out: Record<string, unknown> = { ...values };
  for (const field of SCOPE_FIELDS) if (field !== needed) out[field] = null;
  if (out.password === '' || out.password === null) delete out.password;
  return out as T;
}
