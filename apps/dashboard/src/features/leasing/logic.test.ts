import { describe, expect, it } from 'vitest';
import { parseDecisions, parseFindings, parseLines } from './logic';

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
});
