import { describe, expect, it } from 'vitest';
import { recordsToCsv, toCsv, valueAt } from './csv';

describe('CSV', () => {
  it('starts with a BOM, quotes what needs quoting and ends rows with CRLF', () => {
    expect(
      toCsv(
        ['名称', '地址'],
        [
          ['甲物业', '城关镇, "幸福路" 1号'],
          ['乙', null],
        ],
      ),
    ).toBe('\uFEFF名称,地址\r\n甲物业,"城关镇, ""幸福路"" 1号"\r\n乙,');
  });

  it('neutralises spreadsheet formulas but not negative numbers', () => {
    expect(toCsv(['a'], [['=HYPERLINK("x")'], ['-12.5'], [-3]])).toBe('\uFEFFa\r\n"\'=HYPERLINK(""x"")"\r\n-12.5\r\n-3');
  });

  it('reads nested paths', () => {
    expect(valueAt({ township: { name: '城关镇' } }, 'township.name')).toBe('城关镇');
    expect(valueAt({ township: null }, 'township.name')).toBeUndefined();
  });

  it('turns records into rows with translated headers', () => {
    const translate = (key: string) => ({ 'resources.enterprises.fields.name': '企业名称', 'enums.ListStatus.RED': '红榜' })[key] ?? key;
    const csv = recordsToCsv(
      [{ name: '甲', listStatus: 'RED', remit: ['FIRE', 'FEES'] }],
      [{ source: 'name' }, { source: 'listStatus', label: 'x.status', value: (r, t) => t(`enums.ListStatus.${r.listStatus}`) }, { source: 'remit' }],
      'enterprises',
      translate,
    );
    expect(csv).toBe('\uFEFF企业名称,x.status,resources.enterprises.fields.remit\r\n甲,红榜,FIRE、FEES');
  });
});
