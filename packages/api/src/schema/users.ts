import { GraphQLError } from 'graphql';
import { User, endUserSessions, rowById, userKind } from '@wuye/db';
import type { Role } from '@wuye/domain';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { defineWriteMutations, trimmed } from '../crud.js';
import { notFound } from '../errors.js';
import { defineListQuery, idsWhere, likePattern } from '../paging.js';
import { and } from '../scoping.js';
import { auditedWrite, parseId } from '../write.js';
import { DepartmentRef, EnterpriseRef, RoleEnum, TownshipRef } from './refs/index.js';

const LABEL = 'entity.user';

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
    resolve: (_r, { id }, ctx) => rowById(ctx.em, User, id),
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

const scopeId = (v: string | number | null | undefined) => (v === undefined ? undefined : v ? String(v) : null);

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
        const userId = parseId(id) ?? 0;
        const n = await endUserSessions(em, userId);
        // A plain scalar result has no error union: an unknown user is a coded GraphQL error, not an unexpected one.
        if (n === null) throw new GraphQLError(notFound(LABEL, String(id), ctx.locale).message, { extensions: { code: 'NOT_FOUND' } });
        return { result: n, audit: { action: 'user.revokeSessions', entityType: 'User', entityId: userId, changes: { sessions: n } } };
      }),
  }),
);
