import { Session, User, claimLoginAttempt, clock, hashPassword, lockIfExhausted, lockedUntil, recordAudit, type Em } from '@wuye/db';
import { permissionsOf, ROLES, type Role } from '@wuye/domain';
import { checkNewPassword } from '@wuye/domain/password-strength';
import { builder } from '../builder.js';
import { AuthError, ValidationError } from '../errors.js';
import { openSession, principalOf, revokeSessions, sessionPolicy, verifyOrWaste } from '../sessions.js';
import { auditedWrite, failIf } from '../write.js';
import { DepartmentRef } from './departments.js';
import { EnterpriseRef } from './enterprises.js';
import { TownshipRef } from './townships.js';

export const RoleEnum = builder.enumType('Role', { values: ROLES });

const TEXT = {
  badCredentials: { 'zh-CN': '用户名或密码错误', en: 'Wrong username or password' },
  locked: {
    'zh-CN': (m: number) => `登录失败次数过多，账户已锁定，请 ${m} 分钟后再试`,
    en: (m: number) => `Too many failed logins: the account is locked, try again in ${m} min`,
  },
  wrongCurrent: { 'zh-CN': '当前密码不正确', en: 'The current password is wrong' },
};

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
      const now = clock.now();
      const name = username.trim().toLowerCase().slice(0, 100);
      const user = await ctx.em.findOne(User, { username: name });
      // The attempt is counted before the password is checked, atomically, so no burst gets more guesses than the policy.
      if (user && !(await claimLoginAttempt(ctx.em, user.id, sessionPolicy, now))) {
        const until = (await lockedUntil(ctx.em, user.id, now)) ?? new Date(now.getTime() + sessionPolicy.lockMs);
        throw new AuthError(TEXT.locked[ctx.locale](Math.ceil((until.getTime() - now.getTime()) / 60_000)));
      }
      const ok = (await verifyOrWaste(user, password.slice(0, 200))) && user !== null && user.active;
      if (!ok || !user) {
        await ctx.em.transactional(async (em) => {
          if (user) await lockIfExhausted(em as Em, user.id, sessionPolicy, now);
          recordAudit(em, { userId: user?.id ?? null, name: null, ip: ctx.ip }, { action: 'auth.loginFailed', entityType: 'User', entityId: user?.id ?? null, changes: { username: name } });
        });
        throw new AuthError(TEXT.badCredentials[ctx.locale]);
      }
      return auditedWrite({ ...ctx, user }, async (em) => {
        const { token, session } = await openSession(em, user, ctx);
        // A plain UPDATE: the loaded entity never saw the claimed attempt, so a change set would not reset it.
        await em.nativeUpdate(User, { id: user.id }, { failedLogins: 0, lockedUntil: null, lastLoginAt: now });
        await em.flush();
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
        if (ctx.sessionId) await em.nativeUpdate(Session, { id: ctx.sessionId }, { revokedAt: clock.now() });
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
        const user = await em.findOneOrFail(User, { id: ctx.user!.id });
        if (!(await verifyOrWaste(user, currentPassword))) {
          throw new ValidationError(TEXT.wrongCurrent[ctx.locale], [{ field: 'currentPassword', message: TEXT.wrongCurrent[ctx.locale] }]);
        }
        const policy = checkNewPassword('newPassword', newPassword, [user.username, user.displayName]);
        if (policy.length === 0 && newPassword === currentPassword) policy.push({ field: 'newPassword', code: 'PASSWORD_REUSED' });
        failIf(policy, ctx);
        em.assign(user, { passwordHash: await hashPassword(newPassword), passwordChangedAt: clock.now() });
        await em.flush();
        await revokeSessions(em, user.id, ctx.sessionId);
        return { result: true, audit: { action: 'auth.changePassword', entityType: 'User', entityId: user.id } };
      }),
  }),
);

export { principalOf };
