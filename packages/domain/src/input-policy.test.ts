import { describe, expect, it } from 'vitest';
import { DEFAULT_TEXT_LIMIT, checkDate, checkText, parseIdKey, textKind, textLimit } from './input-policy.js';
import { parsePeriod } from './kpi/periods.js';
import { checkBulletinMonth } from './campaign/rules.js';
import { messageFor } from './field-errors.js';

describe('ids', () => {
  it('only canonical decimal positive integers within the integer column are keys', () => {
    expect(parseIdKey('1')).toBe(1);
    expect(parseIdKey('2147483647')).toBe(2147483647);
    for (const bad of ['', '0', '-1', '1e3', '0x10', ' 1', '1 ', '1.0', '01', '+1', '2147483648', '99999999999999999999', 'abc', '١'])
      expect(parseIdKey(bad), bad).toBeNull();
  });
});

describe('free text', () => {
  it('caps names and codes at 200 characters and long text at its own cap, counting code points', () => {
    expect(checkText('name', '𠜎'.repeat(200))).toBeNull();
    expect(checkText('name', 'x'.repeat(201))).toEqual({ field: 'name', code: 'TOO_LONG', params: { max: 200 } });
    expect(checkText('agenda', 'x'.repeat(400_000))).toEqual({ field: 'agenda', code: 'TOO_LONG', params: { max: 5000 } });
    expect(checkText('note', 'x'.repeat(2000))).toBeNull();
  });

  it('refuses control, zero-width and direction characters in names and codes, allows line breaks in long text', () => {
    for (const ch of ['\u0000', '\u0007', '\n', '\t', '\u200b', '\u200d', '\ufeff', '\u202e', '\u2066', '\u0085'])
      expect(checkText('name', `安居${ch}物业`)?.code, JSON.stringify(ch)).toBe('INVALID_CHARACTERS');
    expect(checkText('description', '第一行\r\n第二行\t缩进')).toBeNull();
    expect(checkText('description', 'a\u202eb')).toEqual({ field: 'description', code: 'INVALID_CHARACTERS', params: { char: 'U+202E' } });
    expect(checkText('description', 'a\u0000b')?.code).toBe('INVALID_CHARACTERS');
    expect(checkText('name', '𠜎𠜱 ＡＢＣ１２３ 安居')).toBeNull();
    expect(checkText('password', 'pa\u200bss word')).toBeNull();
  });

  it('lets prose span lines up to its own cap: a township plan’s sections, minutes, duties, decisions, comments', () => {
    const plan = '一、成立工作专班。\n二、镇村两级包保：' + '包'.repeat(1000);
    expect(checkText('mechanism', plan)).toBeNull();
    expect(checkText('mechanism', 'x'.repeat(5001))).toEqual({ field: 'mechanism', code: 'TOO_LONG', params: { max: 5000 } });
    for (const field of ['schedule', 'tasks', 'resources', 'minutes', 'agencyDuties', 'tenantDuties', 'goals', 'purpose', 'text', 'comment', 'condition'])
      expect(checkText(field, '第一行\n' + '字'.repeat(600)), field).toBeNull();
    expect(checkText('title', '第一行\n第二行')?.code).toBe('INVALID_CHARACTERS');
  });

  it('classifies every text field by name: prose, short on purpose or by its name, or a secret; anything else is unclassified', () => {
    expect(['mechanism', 'minutes', 'note', 'body'].map(textKind)).toEqual(['multiline', 'multiline', 'multiline', 'multiline']);
    expect(['title', 'location', 'leaderName', 'contactPhone', 'decisionNo', 'itemCode', 'sourceId', 'itemIds', 'signedBy', 'q', 'name'].map(textKind)).toEqual(
      Array(11).fill('single-line'),
    );
    expect(textKind('newPassword')).toBe('secret');
    for (const field of ['remarks', 'plan', 'opinion', 'constructor', 'nameplate', 'toString']) expect(textKind(field), field).toBeNull();
  });

  it('treats a field named like an Object.prototype member (constructor, toString, __proto__) as any other unknown field', () => {
    const asUnknown = (field: string) => [checkText(field, 'x'.repeat(201))?.params, checkText(field, '第一行\n第二行')?.code, checkText(field, '安居物业')];
    const unknown = asUnknown('remarks');
    expect(unknown).toEqual([{ max: DEFAULT_TEXT_LIMIT }, 'INVALID_CHARACTERS', null]);
    for (const field of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
      expect(asUnknown(field), field).toEqual(unknown);
      expect(textLimit(field), field).toBe(DEFAULT_TEXT_LIMIT);
    }
  });

  it('says what is wrong in both languages', () => {
    const issue = checkText('name', 'a\u202eb')!;
    expect(messageFor(issue, 'zh-CN')).toBe('名称含有不允许的字符 U+202E（控制字符、零宽字符或文字方向控制符）');
    expect(messageFor(issue, 'en')).toContain('name contains a character that is not allowed, U+202E');
    expect(messageFor({ field: 'townshipId', code: 'INVALID_ID', params: { id: '0x10' } }, 'zh-CN')).toBe('乡镇/街道编号无效：0x10（应为正整数）');
  });
});

describe('dates', () => {
  it('keeps each field to a sane range', () => {
    expect(checkDate('deadline', '2026-12-31')).toBeNull();
    expect(checkDate('deadline', '1999-12-31')).toEqual({ field: 'deadline', code: 'DATE_OUT_OF_RANGE', params: { min: '2000-01-01', max: '2100-12-31' } });
    expect(checkDate('deliveryDate', '1985-06-01')).toBeNull();
    expect(checkDate('deliveryDate', '2101-01-01')?.code).toBe('DATE_OUT_OF_RANGE');
    expect(checkDate('receivedAt', new Date('9999-01-01T00:00:00Z'))?.code).toBe('DATE_OUT_OF_RANGE');
    expect(checkDate('receivedAt', new Date('2026-05-01T00:00:00Z'))).toBeNull();
    // The last instant JavaScript can hold has no Shanghai calendar day: still a range error, never a crash.
    expect(checkDate('heldAt', new Date('+275760-09-13'))).toEqual({
      field: 'heldAt',
      code: 'DATE_OUT_OF_RANGE',
      params: { min: '2000-01-01', max: '2100-12-31' },
    });
    expect(checkDate('heldAt', new Date('2100-12-31T23:59:00+08:00'))).toBeNull();
    expect(checkDate('heldAt', new Date('2101-01-01T00:00:00+08:00'))?.code).toBe('DATE_OUT_OF_RANGE');
  });
});

describe('periods', () => {
  it('refuses years outside 2000…2100 instead of computing with them', () => {
    for (const bad of ['0000-01', '0000Q1', '0000', '9999-12', '1999', '0001-01-01~2026-01-01', '2026-01-01~9999-01-01'])
      expect(parsePeriod(bad), bad).toBeNull();
    expect(parsePeriod('2000-01')?.from).toBe('2000-01-01');
    expect(parsePeriod('2100Q4')?.to).toBe('2100-12-31');
    expect(checkBulletinMonth('0000-01', '2026-12-04')[0]?.code).toBe('DATE_OUT_OF_RANGE');
  });
});
