import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from './csv.js';

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvLine(['甲物业', '城关镇, "幸福路" 1号', 'a\nb', null, undefined, 3, true])).toBe('甲物业,"城关镇, ""幸福路"" 1号","a\nb",,,3,true');
  });

  it('neutralises what a spreadsheet would run as a formula, but not numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-1+cmd')).toBe("'-1+cmd");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('-12.5')).toBe('-12.5');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('a=b')).toBe('a=b');
  });
});
