import englishMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { ENUMS } from '../common/enums';
import { cappedRangeLabel } from '../common/ListSkeleton';
import { recordFieldNames } from '../dataProvider/recordFields';
import { resourceRegistry } from '../features/resources';
import { appChinese } from './appChinese';
import { appEnglish } from './appEnglish';
import { chineseMessages, englishAppMessages, i18nProvider } from './index';
import { raChinese } from './raChinese';

/** Every leaf key path of a messages object. */
function keysOf(messages: unknown, prefix = ''): string[] {
  if (typeof messages !== 'object' || messages === null) return [prefix];
  return Object.entries(messages).flatMap(([key, value]) => keysOf(value, prefix ? `${prefix}.${key}` : key));
}

const valueAt = (messages: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((acc, key) => (acc as Record<string, unknown> | undefined)?.[key], messages);

const placeholders = (text: unknown) => [...String(text).matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('zh-CN messages', () => {
  it('cover every react-admin key English has, and no other', () => {
    expect(keysOf(raChinese).sort()).toEqual(keysOf({ ra: englishMessages.ra }).sort());
  });

  it('keep the placeholders of each react-admin message', () => {
    for (const key of keysOf({ ra: englishMessages.ra })) {
      // Chinese has one plural form: placeholders are compared with the English forms merged.
      expect(
        placeholders(valueAt(raChinese, key)).filter((p, i, a) => a.indexOf(p) === i),
        key,
      ).toEqual(placeholders(valueAt(englishMessages, key)).filter((p, i, a) => a.indexOf(p) === i));
    }
  });

  it('have exactly the same resource, enum and app keys in both languages', () => {
    expect(keysOf(appChinese).sort()).toEqual(keysOf(appEnglish).sort());
    for (const key of keysOf(appChinese)) {
      expect(placeholders(valueAt(appEnglish, key)), key).toEqual(placeholders(valueAt(appChinese, key)));
    }
  });

  it('label every enum value of @wuye/domain', () => {
    for (const [name, values] of Object.entries(ENUMS)) {
      for (const value of values) {
        expect(valueAt(appChinese, `enums.${name}.${value}`), `${name}.${value}`).toBeTruthy();
      }
      expect(Object.keys(valueAt(appChinese, `enums.${name}`) as object).sort()).toEqual([...values].sort());
    }
  });

  it('label every top-level field each resource selects, and its filters', () => {
    for (const config of Object.values(resourceRegistry)) {
      const topLevel = recordFieldNames(config);
      for (const field of [...topLevel, ...(config.noSearch ? [] : ['q']), ...(config.filters ?? [])]) {
        const key = `resources.${config.resource}.fields.${field}`;
        expect(valueAt(appChinese, key), key).toBeTruthy();
      }
      expect(valueAt(appChinese, `resources.${config.resource}.name`)).toBeTruthy();
    }
  });

  it('use the requested labels', () => {
    expect(appChinese.enums.Role).toEqual({
      ADMIN: '管理员',
      REGULATOR: '监管人员',
      DEPARTMENT: '部门人员',
      TOWNSHIP: '乡镇人员',
      ENTERPRISE: '企业管理人员',
      ANALYST: '数据分析人员',
      AGENCY: '机关物业管理工作组',
    });
    expect(Object.values(appChinese.enums.EnterpriseStatus)).toEqual(['正常', '暂停', '清出']);
    expect(Object.values(appChinese.enums.ListStatus)).toEqual(['无', '红榜', '黑名单']);
    expect(Object.values(appChinese.enums.CommunityType)).toEqual(['新建住宅', '老旧小区', '其他']);
    expect(appChinese.enums.ServiceMode.BASIC_SERVICE).toBe('基础物业服务（乡镇兜底）');
    expect(appChinese.enums.IssueCategory.PARKING_SECURITY).toBe('停车/安防');
  });
});

const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}'], { query: '?raw', import: 'default', eager: true });

describe('keys used in the code', () => {
  it('exist in both languages (app.*, resources.*, enums.* string literals)', () => {
    const used = new Set<string>();
    for (const text of Object.values(sources)) {
      for (const m of text.matchAll(/['"`]((?:app|resources|enums)\.[A-Za-z0-9_.]+[A-Za-z0-9_])['"`]/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    for (const key of used) {
      // A group handed to a helper as a prefix (`decisionFields('app.objection', …)`); usedKeys.test.ts checks keys below it.
      if (typeof valueAt(appChinese, key) === 'object' && typeof valueAt(appEnglish, key) === 'object') continue;
      expect(valueAt(appChinese, key), key).toBeTypeOf('string');
      expect(valueAt(appEnglish, key), key).toBeTypeOf('string');
    }
  });
});

describe('i18n provider', () => {
  it('speaks Chinese by default and switches to English', async () => {
    expect(i18nProvider.getLocale()).toBe('zh-CN');
    expect(i18nProvider.translate('ra.action.save')).toBe('保存');
    expect(i18nProvider.translate('resources.enterprises.name', { smart_count: 2 })).toBe('物业服务企业');
    expect(i18nProvider.translate('ra.navigation.page_range_info', { offsetBegin: 1, offsetEnd: 25, total: 90 })).toBe('第 1-25 条，共 90 条');
    // A total counted up to the server's cap, in words (common/ListSkeleton.tsx AppPagination).
    expect(cappedRangeLabel(i18nProvider.translate, 1, 25, 10000)).toBe('第 1-25 条，共 10,000 余条');
    await i18nProvider.changeLocale('en');
    expect(cappedRangeLabel(i18nProvider.translate, 26, 50, 10000)).toBe('26-50 of more than 10,000');
    expect(i18nProvider.translate('ra.action.save')).toBe('Save');
    expect(i18nProvider.translate('resources.enterprises.name', { smart_count: 2 })).toBe('Enterprises');
    expect(i18nProvider.translate('enums.ListStatus.BLACK')).toBe('Black list');
    await i18nProvider.changeLocale('zh-CN');
    expect(i18nProvider.getLocales?.().map((l) => l.locale)).toEqual(['zh-CN', 'en']);
  });

  it('merges react-admin and app messages per language', () => {
    expect(valueAt(chineseMessages, 'ra.auth.sign_in')).toBe('登录');
    expect(valueAt(englishAppMessages, 'app.menu.myEnterprise')).toBe('My enterprise');
  });
});
