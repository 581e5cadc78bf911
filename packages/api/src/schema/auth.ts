import { Agency, User, changeOwnPassword, checkLogin, endSession, startSession } from '@wuye/db';
import { permissionsOf, text, type Role } from '@wuye/domain';
import { builder } from '../builder.js';
import { AuthError, ValidationError } from '../errors.js';
import { auditedWrite } from '../write.js';
import { AgencyPositionEnum, DepartmentRef, EnterpriseRef, RoleEnum, TownshipRef } from './refs/index.js';

/** The signed-in user, with what they may do: drives what the dashboard offers. */
const CurrentUser = builder.objectRef<User>('CurrentUser').implement({
  // Reached only through `me` (the caller's own user, or null) and a successful `login`, which has no session yet.
  authScopes: { public: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    username: t.exposeString('username'),
    displayName: t.exposeString('displayName'),
    role: t.field({ type: RoleEnum, resolve: (u) => u.role as Role }),
    township: t.field({ type: TownshipRef, nullable: true, resolve: (u) => u.township?.id ?? null }),
    department: t.field({ type: DepartmentRef, nullable: true, resolve: (u) => u.department?.id ?? null }),
    enterprise: t.field({ type: EnterpriseRef, nullable: true, resolve: (u) => u.enterprise?.id ?? null }),
    permissions: t.stringList({ resolve: (u) => [...permissionsOf(u.role as Role)] }),
    agencyId: t.id({
      nullable: true,
      description: 'AGENCY: the agency whose property working group the user belongs to',
      resolve: (u) => (u.agency ? String(u.agency.id) : null),
    }),
    agencyName: t.string({
      nullable: true,
      resolve: async (u, _a, ctx) => (u.agency ? ((await ctx.em.findOne(Agency, { id: u.agency.id }))?.name ?? null) : null),
    }),
    position: t.field({ type: AgencyPositionEnum, nullable: true, description: 'AGENCY: clerk, deputy head or head', resolve: (u) => u.position ?? null }),
  }),
});

const LoginSuccess = builder.objectRef<{ token: string; expiresAt: Date; user: User }>('LoginSuccess').implement({
  authScopes: { public: true },
  fields: (t) => ({
    token: t.exposeString('token', { description: 'Send as `Authorization: Bearer <token>`' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    user: t.field({ type: CurrentUser, resolve: (r) => r.user, authScopes: { public: true } }),
  }),
});

builder.queryField('me', (t) =>
  t.field({
    type: CurrentUser,
    nullable: true,
    description: 'The signed-in user, or null',
    authScopes: { public: true },
    resolve: (_r, _a, ctx) => ctx.user,
  }),
);

builder.mutationField('login', (t) =>
  t.field({
    type: LoginSuccess,
    authScopes: { public: true },
    errors: { types: [AuthError, ValidationError], directResult: true },
    args: { username: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (_r, { username, password }, ctx) => {
      const checked = await checkLogin(ctx.em, username, password, ctx.ip);
      if (!checked.ok)
        throw new AuthError(
          checked.lockedMinutes === null ? text('auth.badCredentials', ctx.locale) : text('auth.locked', ctx.locale, { minutes: checked.lockedMinutes }),
        );
      const user = checked.user;
      return auditedWrite({ ...ctx, user }, async (em) => {
        const { token, session } = await startSession(em, user, ctx);
        return { result: { token, expiresAt: session.expiresAt, user }, audit: { action: 'auth.login', entityType: 'User', entityId: user.id } };
      });
    },
  }),
);

builder.mutationField('logout', (t) =>
  t.boolean({
    description: 'Revokes the current session',
    authScopes: { signedIn: true },
    resolve: (_r, _a, ctx) =>
      auditedWrite(ctx, async (em) => {
        await endSession(em, ctx.sessionId);
        return { result: true, audit: { action: 'auth.logout', entityType: 'User', entityId: ctx.user?.id ?? null } };
      }),
  }),
);

builder.mutationField('changePassword', (t) =>
  t.boolean({
    description: 'Changes the caller’s password and signs out every other session',
    authScopes: { signedIn: true },
    errors: { types: [ValidationError], dataField: { name: 'ok' } },
    args: { currentPassword: t.arg.string({ required: true }), newPassword: t.arg.string({ required: true }) },
    resolve: (_r, { currentPassword, newPassword }, ctx) =>
      auditedWrite(ctx, async (em) => {
        const user = await changeOwnPassword(em, ctx.user!.id, currentPassword, newPassword, ctx.sessionId);
        return { result: true, audit: { action: 'auth.changePassword', entityType: 'User', entityId: user.id } };
      }),
  }),
);
