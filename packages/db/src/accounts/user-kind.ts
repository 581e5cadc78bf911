import type { SqlEntityManager as Em } from '@mikro-orm/knex';
import { checkUser, type AgencyPosition, type FieldIssue, type Role } from '@wuye/domain';
import { checkNewPassword } from '@wuye/domain/password-strength';
import { clock } from '../clock.js';
import { Agency, Department, Enterprise, Township, User } from '../entities/index.js';
import { hashPassword, verifyPassword } from '../passwords.js';
import { checkUnique, reference } from '../references.js';
import type { RegistryKind } from '../registry/service.js';
import { revokeSessions } from './sessions.js';

export type UserData = {
  username: string;
  displayName: string;
  role: Role;
  townshipId: string | null;
  departmentId: string | null;
  enterpriseId: string | null;
  /** AGENCY only (absent: none). */
  agencyId?: string | null;
  position?: AgencyPosition | null;
  active: boolean;
  /** Set only when a (new) password was given; never stored as such. */
  passwordHash?: string;
  password?: string;
};

/** How an account is checked and stored by ADMIN, through the registry's write sequence (registry/service.ts). */
export const userKind: RegistryKind<User, UserData> = {
  entity: User,
  snapshot: (u): UserData => ({
    username: u.username,
    displayName: u.displayName,
    role: u.role as Role,
    townshipId: u.township ? String(u.township.id) : null,
    departmentId: u.department ? String(u.department.id) : null,
    enterpriseId: u.enterprise ? String(u.enterprise.id) : null,
    agencyId: u.agency ? String(u.agency.id) : null,
    position: u.position ?? null,
    active: u.active,
  }),
  validate: async (em, data, existing) => {
    const issues: FieldIssue[] = checkUser(data);
    if (!existing || data.password !== undefined) {
      const password = data.password ?? '';
      const policy = checkNewPassword('password', password, [data.username, data.displayName]);
      issues.push(...policy);
      // A reset to the password the user has now would leave a leaked one in place.
      if (existing && policy.length === 0 && (await verifyPassword(existing.passwordHash, password)))
        issues.push({ field: 'password', code: 'PASSWORD_REUSED' });
    }
    if (!existing) await checkUnique(em, User, 'username', data.username, null, issues);
    await reference(em, Township, 'townshipId', data.townshipId, issues);
    await reference(em, Department, 'departmentId', data.departmentId, issues);
    await reference(em, Enterprise, 'enterpriseId', data.enterpriseId, issues);
    await reference(em, Agency, 'agencyId', data.agencyId ?? null, issues);
    // Hash here (async) so apply stays synchronous; the audit diff never sees the password.
    if (data.password !== undefined && issues.length === 0) data.passwordHash = await hashPassword(data.password);
    delete data.password;
    return issues;
  },
  apply: (em, { townshipId, departmentId, enterpriseId, agencyId, position, passwordHash, password: _plain, ...data }, existing) => {
    const refs = {
      agency: agencyId ? em.getReference(Agency, Number(agencyId)) : null,
      position: position ?? null,
      township: townshipId ? em.getReference(Township, Number(townshipId)) : null,
      department: departmentId ? em.getReference(Department, Number(departmentId)) : null,
      enterprise: enterpriseId ? em.getReference(Enterprise, Number(enterpriseId)) : null,
    };
    if (existing) {
      em.assign(existing, { ...data, ...refs, ...(passwordHash ? { passwordHash, passwordChangedAt: clock.now() } : {}) });
      return existing;
    }
    return em.create(User, { ...data, ...refs, passwordHash: passwordHash! });
  },
  afterWrite: async (em, user, data, before) => {
    // A new password, a role or scope change, or deactivation ends the user's sessions.
    const scopeChanged = (['role', 'townshipId', 'departmentId', 'enterpriseId', 'agencyId', 'position'] as const).some((k) => before && before[k] !== data[k]);
    if (before && (data.passwordHash || scopeChanged || !data.active)) await revokeSessions(em as Em, user.id);
  },
};
