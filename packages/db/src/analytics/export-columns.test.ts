import { MESSAGES, text } from '@wuye/domain';
import { describe, expect, it } from 'vitest';
import { EXPORT_LISTS, exportColumns } from './exports.js';

describe('export column headers', () => {
  it('come from the catalogue in both languages, one name a column within a list', () => {
    for (const list of EXPORT_LISTS) {
      const columns = exportColumns(list);
      for (const c of columns) {
        expect(c.header.startsWith('exports.columns.'), `${list}.${c.key}`).toBe(true);
        expect(MESSAGES['zh-CN'][c.header], `${list}.${c.key}`).toBeTruthy();
        expect(MESSAGES.en[c.header], `${list}.${c.key}`).toBeTruthy();
      }
      expect(new Set(columns.map((c) => text(c.header, 'zh-CN'))).size, list).toBe(columns.length);
    }
  });

  it('name a column by what it holds in that list', () => {
    const header = (list: (typeof EXPORT_LISTS)[number], key: string) => text(exportColumns(list).find((c) => c.key === key)!.header, 'zh-CN');
    expect([header('issues', 'department'), header('complaints', 'department')]).toEqual(['责任部门', '承办部门']);
    expect([header('enterprises', 'name'), header('communities', 'name'), header('project-managers', 'name')]).toEqual(['企业名称', '小区名称', '姓名']);
    expect([header('enterprises', 'township'), header('inspections', 'grade'), header('inspections', 'score')]).toEqual(['注册乡镇', '等级', '得分']);
    expect(exportColumns('issues').map((c) => text(c.header, 'en'))).toEqual([
      'id',
      'title',
      'category',
      'state',
      'flagged',
      'township',
      'community',
      'enterprise',
      'department',
      'deadline',
      'registered at',
      'closed at',
    ]);
  });
});
