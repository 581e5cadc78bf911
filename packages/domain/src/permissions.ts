import type { Role } from './enums.js';

/**
 * Who may do what, as data. A permission is `resource:action`; row scoping (which rows of a resource a
 * principal sees) is a separate rule, see `scopeOf`.
 */
export const RESOURCES = [
  'township',
  'department',
  'enterprise',
  'projectManager',
  'community',
  'user',
  'auditLog',
] as const;
export type Resource = (typeof RESOURCES)[number];
export const ACTIONS = ['read', 'create', 'update'] as const;
export type Action = (typeof ACTIONS)[number];
/** Credit files (PRODUCT.md §5): records, objections, repair, ratings and the scoring standard. */
export const CREDIT_PERMISSIONS = [
  'credit:read',
  'credit:propose',
  'credit:decide',
  'objection:file',
  'repair:apply',
  'rating:read',
  'rating:prepare',
  'rating:publish',
  'standard:issue',
] as const;
export type CreditPermission = (typeof CREDIT_PERMISSIONS)[number];
export type Permission = `${Resource}:${Action}` | CreditPermission;

const READ_REGISTRY: Permission[] = [
  'township:read',
  'department:read',
  'enterprise:read',
  'projectManager:read',
  'community:read',
];
const WRITE_REGISTRY: Permission[] = [
  'township:create',
  'township:update',
  'department:create',
  'department:update',
  'enterprise:create',
  'enterprise:update',
  'projectManager:create',
  'projectManager:update',
  'community:create',
  'community:update',
];

/** The bureau keeps the credit files: proposes records, decides objections and repairs, prepares ratings. */
const BUREAU_CREDIT: Permission[] = ['credit:read', 'credit:propose', 'credit:decide', 'rating:read', 'rating:prepare'];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  // Only ADMIN publishes ratings and issues scoring-standard versions.
  ADMIN: [...READ_REGISTRY, ...WRITE_REGISTRY, 'user:read', 'user:create', 'user:update', 'auditLog:read', ...BUREAU_CREDIT, 'rating:publish', 'standard:issue'],
  REGULATOR: [...READ_REGISTRY, ...WRITE_REGISTRY, ...BUREAU_CREDIT],
  // A department proposes credit records in its remit (see mayPropose); the bureau decides.
  DEPARTMENT: [...READ_REGISTRY, 'credit:read', 'credit:propose'],
  // Townships collect registry data for the communities in their area.
  TOWNSHIP: [...READ_REGISTRY, 'community:create', 'community:update', 'credit:read'],
  // A firm keeps its own project-manager roster and reads, contests and repairs its own credit file.
  ENTERPRISE: [...READ_REGISTRY, 'projectManager:create', 'projectManager:update', 'credit:read', 'objection:file', 'repair:apply'],
  ANALYST: [...READ_REGISTRY, 'credit:read', 'rating:read'],
};

/** The authenticated caller, as the rules see it. */
export interface Principal {
  userId: string;
  role: Role;
  townshipId?: string | null;
  departmentId?: string | null;
  enterpriseId?: string | null;
}

export function can(principal: Principal | null | undefined, permission: Permission): boolean {
  if (!principal) return false;
  return ROLE_PERMISSIONS[principal.role].includes(permission);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}

/** Which rows a principal sees. Townships and departments (reference data) are visible to every signed-in role. */
export type RowScope =
  | { kind: 'ALL' }
  | { kind: 'TOWNSHIP'; townshipId: string }
  | { kind: 'ENTERPRISE'; enterpriseId: string }
  | { kind: 'NONE' };

export function scopeOf(principal: Principal | null | undefined): RowScope {
  if (!principal) return { kind: 'NONE' };
  switch (principal.role) {
    case 'ADMIN':
    case 'REGULATOR':
    case 'ANALYST':
    case 'DEPARTMENT':
      return { kind: 'ALL' };
    case 'TOWNSHIP':
      return principal.townshipId ? { kind: 'TOWNSHIP', townshipId: principal.townshipId } : { kind: 'NONE' };
    case 'ENTERPRISE':
      return principal.enterpriseId ? { kind: 'ENTERPRISE', enterpriseId: principal.enterpriseId } : { kind: 'NONE' };
  }
}

/** Which scope fields a user of a role must have (and no others). */
export function requiredScopeField(role: Role): 'townshipId' | 'departmentId' | 'enterpriseId' | null {
  switch (role) {
    case 'TOWNSHIP':
      return 'townshipId';
    case 'DEPARTMENT':
      return 'departmentId';
    case 'ENTERPRISE':
      return 'enterpriseId';
    default:
      return null;
  }
}
