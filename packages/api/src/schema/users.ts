import { GraphQLError } from 'graphql';
import { Department, Enterprise, Township, User, clock, hashPassword, verifyPassword, type Em, type RegistryKind } from '@wuye/db';
import { checkUser, type FieldIssue, type Role } from '@wuye/domain';
import { checkNewPassword } from '@wuye/domain/password-strength';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { defineWriteMutations, trimmed } from '../crud.js';
import { notFound } from '../errors.js';
import { defineListQuery, idsWhere, likePattern } from '../paging.js';
import { and } from '../scoping.js';
import { revokeSessions } from '../sessions.js';
import { auditedWrite, checkUnique, parseId, reference } from '../write.js';
import { RoleEnum } from './auth.js';
import { DepartmentRef } from './departments.js';
import { EnterpriseRef } from './enterprises.js';
import { TownshipRef } from './townships.js';

const LABEL = { 'zh-CN': '用户', en: 'User' };

export const UserRef = builder.objectRef<User>('User').implement({
  description: 'An account (ADMIN only)',
  authScopes: { perm: 'user:read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    username: t.exposeString('username'),
    displayName: t.exposeString('displayName'),
    role: t.field({ type: RoleEnum, resolve: (u) => u.role as Role }),
    townshipId: t.id({ nullable: true, resolve: (u) => u.township?.id ?? null }),
    township: t.field({ type: TownshipRef, nullable: true, resolve: (u) => u.township?.id ?? null }),
    departmentId: t.id({ nullable: true, resolve: (u) => u.department?.id ?? null }),
    department: t.field({ type: DepartmentRef, nullable: true, resolve: (u) => u.department?.id ?? null }),
    enterpriseId: t.id({ nullable: true, resolve: (u) => u.enterprise?.id ?? null }),
    enterprise: t.field({ type: EnterpriseRef, nullable: true, resolve: (u) => u.enterprise?.id ?? null }),
    active: t.exposeBoolean('active'),
    lockedUntil: t.expose('lockedUntil', { type: 'DateTime', nullable: true }),
    lastLoginAt: t.expose('lastLoginAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const UserFilter = builder.inputType('UserFilter', {
  fields: (t) => ({
    q: t.string({ required: false, description: 'Text in the username or name' }),
    ids: t.idList({ required: false }),
    role: t.field({ type: RoleEnum, required: false }),
    active: t.boolean({ required: false }),
  }),
});

defineListQuery({
  name: 'users',
  description: 'Accounts, paged (ADMIN only)',
  entity: User,
  ref: UserRef,
  sortFields: ['username', 'displayName', 'role', 'lastLoginAt', 'createdAt'],
  filter: UserFilter,
  permission: 'user:read',
  where: (_ctx, f) => {
    const like = f?.q ? likePattern(f.q) : null;
    return and<User>(
      idsWhere(f?.ids),
      like ? { $or: [{ username: { $like: like } }, { displayName: { $like: like } }] } : {},
      f?.role ? { role: f.role } : {},
      f?.active != null ? { active: f.active } : {},
    );
  },
});

builder.queryField('user', (t) =>
  t.field({
    type: UserRef,
    nullable: true,
    authScopes: { perm: 'user:read' },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => ctx.em.findOne(User, { id: parseId(id) ?? 0 }),
  }),
);

const UserInput = builder.inputType('UserInput', {
  fields: (t) => ({
    username: t.string({ required: true }),
    displayName: t.string({ required: true }),
    role: t.field({ type: RoleEnum, required: true }),
    townshipId: t.id({ required: false }),
    departmentId: t.id({ required: false }),
    enterpriseId: t.id({ required: false }),
    password: t.string({ required: true }),
    active: t.boolean({ required: false, defaultValue: true }),
  }),
});
const UserUpdateInput = builder.inputType('UserUpdateInput', {
  fields: (t) => ({
    displayName: t.string({ required: false }),
    role: t.field({ type: RoleEnum, required: false }),
    townshipId: t.id({ required: false }),
    departmentId: t.id({ required: false }),
    enterpriseId: t.id({ required: false }),
    password: t.string({ required: false, description: 'A new password; signs the user out everywhere' }),
    active: t.boolean({ required: false }),
  }),
});

type UserData = {
  username: string;
  displayName: string;
  role: Role;
  townshipId: string | null;
  departmentId: string | null;
  enterpriseId: string | null;
  active: boolean;
  /** Set only when a (new) password was given; never stored as such. */
  passwordHash?: string;
  password?: string;
};

const scopeId = (v: string | number | null | undefined) => (v === undefined ? undefined : v ? String(v) : null);

/** How a user account is checked and stored (the registry write sequence of @wuye/db registry/service.ts). */
const userKind: RegistryKind<User, UserData> = {
  entity: User,
  snapshot: (u): UserData => ({
    username: u.username,
    displayName: u.displayName,
    role: u.role as Role,
    townshipId: u.township ? String(u.township.id) : null,
    departmentId: u.department ? String(u.department.id) : null,
    enterpriseId: u.enterprise ? String(u.enterprise.id) : null,
    active: u.active,
  }),
  validate: async (em, data, existing) => {
    const issues: FieldIssue[] = checkUser(data);
    if (!existing || data.password !== undefined) {
      const password = data.password ?? '';
      const policy = checkNewPassword('password', password, [data.username, data.displayName]);
      issues.push(...policy);
      // A reset to the password the user has now would leave a leaked one in place.
      if (existing && policy.length === 0 && (await verifyPassword(existing.passwordHash, password))) issues.push({ field: 'password', code: 'PASSWORD_REUSED' });
    }
    if (!existing) await checkUnique(em, User, 'username', data.username, null, issues);
    await reference(em, Township, 'townshipId', data.townshipId, issues);
    await reference(em, Department, 'departmentId', data.departmentId, issues);
    await reference(em, Enterprise, 'enterpriseId', data.enterpriseId, issues);
    // Hash here (async) so apply stays synchronous; the audit diff never sees the password.
    if (data.password !== undefined && issues.length === 0) data.passwordHash = await hashPassword(data.password);
    delete data.password;
    return issues;
  },
  apply: (em, { townshipId, departmentId, enterpriseId, passwordHash, password: _plain, ...data }, existing) => {
    const refs = {
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
    const scopeChanged = (['role', 'townshipId', 'departmentId', 'enterpriseId'] as const).some((k) => before && before[k] !== data[k]);
    if (before && (data.passwordHash || scopeChanged || !data.active)) await revokeSessions(em as Em, user.id);
  },
};

defineWriteMutations({
  typeName: 'User',
  label: LABEL,
  ref: UserRef,
  createInput: UserInput,
  updateInput: UserUpdateInput,
  permissions: { create: 'user:create', update: 'user:update' },
  normalize: (i) => ({
    username: 'username' in i ? trimmed(i.username)?.toLowerCase() : undefined,
    displayName: trimmed(i.displayName) ?? undefined,
    role: (i.role ?? undefined) as Role | undefined,
    townshipId: scopeId(i.townshipId),
    departmentId: scopeId(i.departmentId),
    enterpriseId: scopeId(i.enterpriseId),
    active: i.active ?? undefined,
    password: i.password ?? undefined,
  }),
  kind: userKind,
});

builder.mutationField('revokeUserSessions', (t) =>
  t.int({
    description: 'Signs a user out everywhere; returns the number of sessions ended',
    authScopes: { perm: 'user:update' },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx: Context) =>
      auditedWrite(ctx, async (em) => {
        const user = await em.findOne(User, { id: parseId(id) ?? 0 });
        // A plain scalar result has no error union: an unknown user is a coded GraphQL error, not an unexpected one.
        if (!user) throw new GraphQLError(notFound(LABEL, String(id), ctx.locale).message, { extensions: { code: 'NOT_FOUND' } });
        const n = await revokeSessions(em, user.id);
        return { result: n, audit: { action: 'user.revokeSessions', entityType: 'User', entityId: user.id, changes: { sessions: n } } };
      }),
  }),
);
