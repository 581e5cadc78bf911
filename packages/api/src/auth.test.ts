import { afterAll, beforeAll, expect, it } from 'vitest';
import { AuditLog, User, hashPassword } from '@wuye/db';
import { describeEachDriver } from '@wuye/db/testing';
import { sessionPolicy } from '@wuye/db';
import { createFixture, type Fixture } from './testing.js';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { __typename ... on LoginSuccess { token } ... on AuthError { message } } }`;
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { __typename ... on ValidationError { fieldErrors { field message } } } }`;
const RIGHT = 'Correct-horse-42';

type LoginResult = { login: { __typename: string; message?: string } };

describeEachDriver('login lockout and password policy', (driver) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(driver);
    const em = f.orm.em.fork();
    const passwordHash = await hashPassword(RIGHT);
    await em.nativeUpdate(User, { username: { $in: ['analyst', 'town1', 'regulator'] } }, { passwordHash });
  });
  afterAll(async () => f?.close());

  it('15 concurrent wrong passwords check at most 5 of them and lock the account, even for the right password', async () => {
    const results = await Promise.all(Array.from({ length: 15 }, (_, i) => f.gql<LoginResult>(LOGIN, { u: 'analyst', p: `wrong-guess-${i}` }, null)));
    const messages = results.map((r) => r.data!.login.message!);
    // "Wrong password" is only said after a password check; "locked" is said without one.
    const checked = messages.filter((m) => m === '用户名或密码错误');
    expect(checked.length).toBeLessThanOrEqual(sessionPolicy.maxFailedLogins);
    expect(checked.length + messages.filter((m) => m.includes('锁定')).length).toBe(15);
    const right = await f.gql<LoginResult>(LOGIN, { u: 'analyst', p: RIGHT }, null);
    expect(right.data!.login.message).toContain('锁定');
    const user = await f.orm.em.fork().findOneOrFail(User, { username: 'analyst' });
    expect(user.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
  });

  it('sequential batches of concurrent guesses never get more than the policy allows', async () => {
    let checked = 0;
    for (let batch = 0; batch < 3; batch++) {
      const results = await Promise.all(Array.from({ length: 5 }, (_, i) => f.gql<LoginResult>(LOGIN, { u: 'town1', p: `guess-${batch}-${i}` }, null)));
      checked += results.filter((r) => r.data!.login.message === '用户名或密码错误').length;
    }
    expect(checked).toBe(sessionPolicy.maxFailedLogins);
    expect(await f.orm.em.fork().count(AuditLog, { action: 'auth.loginFailed', entityId: String(f.ids.users.town1) })).toBe(sessionPolicy.maxFailedLogins);
  });

  it('a successful login resets the count of failures', async () => {
    for (let i = 0; i < 4; i++) await f.gql(LOGIN, { u: 'regulator', p: `nope-${i}-password` }, null);
    expect((await f.gql<LoginResult>(LOGIN, { u: 'regulator', p: RIGHT }, null)).data!.login.__typename).toBe('LoginSuccess');
    expect((await f.orm.em.fork().findOneOrFail(User, { username: 'regulator' })).failedLogins).toBe(0);
    for (let i = 0; i < 4; i++) await f.gql(LOGIN, { u: 'regulator', p: `nope-${i}-password` }, null);
    expect((await f.gql<LoginResult>(LOGIN, { u: 'regulator', p: RIGHT }, null)).data!.login.__typename).toBe('LoginSuccess');
  });

  it('changePassword refuses short, guessable and unchanged passwords with a field error on newPassword', async () => {
    const change = async (n: string, locale: 'zh-CN' | 'en' = 'zh-CN') =>
      (
        await f.gql<{ changePassword: { __typename: string; fieldErrors?: { field: string; message: string }[] } }>(
          CHANGE,
          { c: RIGHT, n },
          'regulator',
          locale,
        )
      ).data!.changePassword;
    expect((await change('short1')).fieldErrors).toEqual([{ field: 'newPassword', message: '新密码至少 10 位，且须同时包含字母和数字' }]);
    expect((await change('Password2026')).fieldErrors).toEqual([
      { field: 'newPassword', message: '新密码太容易被猜中（是常见密码或其变形），请使用更长、更不规则的组合' },
    ]);
    expect((await change('regulator2026', 'en')).fieldErrors).toEqual([
      { field: 'newPassword', message: 'the new password is too easy to guess (it contains the username or name): use a longer, less regular one' },
    ]);
    expect((await change(RIGHT)).fieldErrors).toEqual([{ field: 'newPassword', message: '新密码不能与当前密码相同' }]);
    expect((await change('Demo@2026pass')).__typename).toBe('MutationChangePasswordSuccess');
  });

  it('an ADMIN creating or resetting a user meets the same policy, on the field password', async () => {
    const create = await f.gql<{ createUser: { __typename: string; fieldErrors?: { field: string; message: string }[] } }>(
      `mutation { createUser(input: { username: "zhang.san", displayName: "张三", role: ANALYST, password: "zhangsan2026" }) { __typename ... on ValidationError { fieldErrors { field message } } } }`,
    );
    expect(create.data!.createUser.fieldErrors).toEqual([{ field: 'password', message: '密码太容易被猜中（包含用户名或姓名），请使用更长、更不规则的组合' }]);
    expect(await f.orm.em.fork().count(User, { username: 'zhang.san' })).toBe(0);
    const reset = (password: string) =>
      f.gql<{ updateUser: { __typename: string; fieldErrors?: { field: string; message: string }[] } }>(
        `mutation($id: ID!, $p: String!) { updateUser(id: $id, input: { password: $p }) { __typename ... on ValidationError { fieldErrors { field message } } } }`,
        { id: String(f.ids.users.town1), p: password },
      );
    expect((await reset(RIGHT)).data!.updateUser.fieldErrors).toEqual([{ field: 'password', message: '密码不能与当前密码相同' }]);
    expect((await reset('qwertyuiop123')).data!.updateUser.fieldErrors![0]!.field).toBe('password');
    expect((await reset('Another-horse-43')).data!.updateUser.__typename).toBe('MutationUpdateUserSuccess');
  });
});
