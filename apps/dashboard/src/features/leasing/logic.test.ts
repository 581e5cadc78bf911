import { describe, expect, it } from 'vitest';
import { centiText, fenText, parseDecisions, parseFindings, parseLines, parseSources, previousMonth, termEnd, yuanToFen } from './logic';

describe('leasing page helpers', () => {
  it('reads findings one a line, an unknown first word filed as OTHER', () => {
    expect(parseFindings('ESCAPE_ROUTE 后门通道堆放纸箱\n\nPROHIBITED_GOODS：仓库存放烟花爆竹\n电线老化')).toEqual([
      { item: 'ESCAPE_ROUTE', description: '后门通道堆放纸箱' },
      { item: 'PROHIBITED_GOODS', description: '仓库存放烟花爆竹' },
      { item: 'OTHER', description: '电线老化' },
    ]);
    expect(parseFindings('  \n')).toEqual([]);
  });
  it('reads decisions with optional owner and date', () => {
    expect(parseDecisions('同意续租｜经办｜2026-12-01\n维修屋面 | 副组长\n')).toEqual([
      { text: '同意续租', owner: '经办', dueOn: '2026-12-01' },
      { text: '维修屋面', owner: '副组长', dueOn: null },
    ]);
  });
  it('drops blank participants', () => {
    expect(parseLines('组长\n \n副组长')).toEqual(['组长', '副组长']);
  });
  it('reads yuan as typed into fen, refusing more than two decimals', () => {
    expect(yuanToFen('36,000')).toBe(3600000);
    expect(yuanToFen('￥1,200.5')).toBe(120050);
    expect(yuanToFen('0.01')).toBe(1);
    expect(yuanToFen('1.234')).toBeNull();
    expect(yuanToFen('')).toBeNull();
    expect(yuanToFen('-5')).toBeNull();
  });
  it('writes fen as yuan', () => {
    expect(fenText(3600000)).toBe('¥36,000.00');
    expect(fenText(5)).toBe('¥0.05');
    expect(fenText(-120050)).toBe('−¥1,200.50');
    expect(fenText(null)).toBe('—');
    expect(centiText(123456)).toBe('1,234.56');
  });
  it('reads comparable units one a line', () => {
    expect(parseSources('2号楼101｜30000\n3号楼102 | 32,000.01\n没有租金')).toEqual([
      { description: '2号楼101', annualRentFen: 3000000 },
      { description: '3号楼102', annualRentFen: 3200001 },
    ]);
  });
  it('ends a term the day before the same day N months later, month ends clamped', () => {
    expect(termEnd('2026-01-01', 12)).toBe('2026-12-31');
    expect(termEnd('2026-02-01', 36)).toBe('2029-01-31');
    expect(termEnd('2026-03-15', 12)).toBe('2027-03-14');
    expect(termEnd('2026-01-31', 1)).toBe('2026-02-27');
    expect(previousMonth('2026-01-10')).toBe('2025-12');
    expect(previousMonth('2026-11-15')).toBe('2026-10');
  });
});
