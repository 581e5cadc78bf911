import { describe, expect, it } from 'vitest';
import { MESSAGES, bilingual, text, type MessageKey } from './messages.js';

const placeholders = (s: string) => [...s.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();
/** Keys whose languages write a parameter differently on purpose: Chinese months have no leading zero. */
const OWN_FORMS: Partial<Record<MessageKey, string>> = { 'bulletin.title': 'Chinese 2026年9月, English 2026-09' };

describe('the server and domain message catalogue', () => {
  const keys = Object.keys(MESSAGES['zh-CN']) as MessageKey[];

  it('has every key in both languages, none empty', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual([...keys].sort());
    for (const k of keys) {
      expect(MESSAGES['zh-CN'][k], k).not.toBe('');
      expect(MESSAGES.en[k], k).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const k of keys.filter((k) => !(k in OWN_FORMS))) expect(placeholders(MESSAGES.en[k]), k).toEqual(placeholders(MESSAGES['zh-CN'][k]));
  });

  it('keys are dotted like the dashboard catalogue', () => {
    for (const k of keys) expect(k).toMatch(/^[a-z]+(\.[A-Za-z_]+)+$/);
  });

  it('fills placeholders and leaves an unknown one as written', () => {
    expect(text('errors.notFound', 'zh-CN', { what: '问题', id: 7 })).toBe('问题不存在或无权查看：7');
    expect(text('errors.notFound', 'en', { what: 'Issue', id: 7 })).toBe('Issue 7 does not exist or is not visible to you');
    expect(text('auth.locked', 'en')).toBe('Too many failed logins: the account is locked, try again in %{minutes} min');
    expect(text('bulletin.title', 'zh-CN', { year: 2026, month: 9, mm: '09' })).toBe('2026年9月物业管理服务监管月通报');
    expect(text('bulletin.title', 'en', { year: 2026, month: 9, mm: '09' })).toBe('Monthly bulletin 2026-09');
  });

  it("says a message in both languages where the reader's is not known", () => {
    expect(bilingual('graphql.searchTooLong', { max: 200 })).toBe('搜索文本过长（最多 200 个字符） / search text too long (at most 200 characters)');
  });
});

describe('message look-ups by code', () => {
  // Codes are looked up as own keys: a name every object inherits is an unknown code like any other.
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('%s has no message and reads as the field and the code', async (code) => {
    const { hasMessage, messageFor } = await import('./field-errors.js');
    expect(hasMessage(code)).toBe(false);
    expect(messageFor({ field: 'remarks', code }, 'zh-CN').endsWith(`: ${code}`)).toBe(true);
  });
});
