import { describe, expect, it } from 'vitest';
import { messageFor } from './field-errors.js';
import { checkNewPassword } from './password-strength.js';

const codes = (issues: ReturnType<typeof checkNewPassword>) => issues.map((i) => `${i.field}:${i.code}:${i.params?.reason ?? i.params?.min ?? ''}`);

describe('checkNewPassword', () => {
  it('accepts the demo password and long, irregular ones', () => {
    expect(checkNewPassword('newPassword', 'Demo@2026pass', ['ent_demo', '吴海涛'])).toEqual([]);
    expect(checkNewPassword('password', 'Correct-horse-42', ['admin'])).toEqual([]);
  });

  it('refuses short passwords and those of one kind of character, before estimating', () => {
    expect(codes(checkNewPassword('newPassword', 'Ab1'))).toEqual(['newPassword:PASSWORD_WEAK:10']);
    expect(codes(checkNewPassword('newPassword', 'onlyletterslong'))).toEqual(['newPassword:PASSWORD_WEAK:10']);
  });

  it('refuses long passwords that are common, patterned or built from the user’s own names', () => {
    expect(codes(checkNewPassword('newPassword', 'Password2026'))).toEqual(['newPassword:PASSWORD_GUESSABLE:COMMON']);
    expect(codes(checkNewPassword('newPassword', 'qwertyuiop1'))).toEqual(['newPassword:PASSWORD_GUESSABLE:COMMON']);
    expect(codes(checkNewPassword('newPassword', 'abc123abc123'))).toEqual(['newPassword:PASSWORD_GUESSABLE:PATTERN']);
    expect(codes(checkNewPassword('password', 'zhangsan2026', ['zhang.san', '张三']))).toEqual(['password:PASSWORD_GUESSABLE:PERSONAL']);
  });

  it('says why, naming the field, in both languages', () => {
    const [issue] = checkNewPassword('newPassword', 'Password2026');
    expect(messageFor(issue!, 'zh-CN')).toBe('新密码太容易被猜中（是常见密码或其变形），请使用更长、更不规则的组合');
    expect(messageFor(issue!, 'en')).toBe(
      'the new password is too easy to guess (it is a common password or a variant of one): use a longer, less regular one',
    );
    expect(messageFor({ field: 'newPassword', code: 'PASSWORD_REUSED' }, 'zh-CN')).toBe('新密码不能与当前密码相同');
  });
});

describe('checkNewPassword on long input', () => {
  it('judges a long password by its first 64 characters, so the estimate stays cheap', () => {
    expect(codes(checkNewPassword('newPassword', 'a1'.repeat(100)))).toEqual(['newPassword:PASSWORD_GUESSABLE:PATTERN']);
    expect(checkNewPassword('newPassword', `Correct-horse-42${'a1'.repeat(90)}`)).toEqual([]);
    expect(codes(checkNewPassword('newPassword', `${'a1'.repeat(32)}Xk9#mP2$vL7@qR4!`))).toEqual(['newPassword:PASSWORD_GUESSABLE:PATTERN']);
  });
});
