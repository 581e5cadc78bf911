import { describe, expect, it } from 'vitest';
import {
  changeArrow,
  formatChange,
  formatDistribution,
  formatKpiValue,
  formatTarget,
  kpiCardModel,
  kpiCards,
  type KpiDefinitionRow,
  type KpiValueRow,
} from './kpiCard';

/** Echoes the key and its options, so the tests see what would be translated. */
const t = (key: string, o?: Record<string, unknown>) => (o ? `${key}${JSON.stringify(o)}` : key);

const CLOSE_OFF: KpiDefinitionRow = {
  code: 'CLOSE_OFF_RATE',
  name: '问题销号率',
  kind: 'RATIO',
  direction: 'HIGHER_IS_BETTER',
  target: 0.95,
  numerator: '本期登记且已销号的问题数',
  denominator: '本期登记的问题数',
  unavailable: null,
  note: null,
};

const value = (v: Partial<KpiValueRow>): KpiValueRow => ({
  code: 'CLOSE_OFF_RATE',
  value: null,
  numerator: null,
  denominator: null,
  target: null,
  status: 'NO_DATA',
  previous: null,
  change: null,
  improved: null,
  applicable: true,
  distribution: null,
  ...v,
});

describe('KPI values and targets', () => {
  it('formats ratios as percentages and counts with zh-CN grouping', () => {
    expect(formatKpiValue('RATIO', 0.9234, 'zh-CN')).toBe('92.3%');
    expect(formatKpiValue('COUNT', 12345, 'zh-CN')).toBe('12,345');
    expect(formatKpiValue('COUNT', null, 'zh-CN')).toBe('—');
  });

  it('gives the target with its direction', () => {
    expect(formatTarget(CLOSE_OFF, 'zh-CN', t)).toBe('≥ 95.0%');
    expect(formatTarget({ kind: 'RATIO', direction: 'HIGHER_IS_BETTER', target: 1 }, 'zh-CN', t)).toBe('100.0%');
    expect(formatTarget({ kind: 'COUNT', direction: 'LOWER_IS_BETTER', target: 0 }, 'zh-CN', t)).toBe('0');
    expect(formatTarget({ kind: 'COUNT', direction: 'LOWER_IS_BETTER', target: 3 }, 'zh-CN', t)).toBe('≤ 3');
    expect(formatTarget({ kind: 'RATIO', direction: 'RISING', target: null }, 'zh-CN', t)).toBe('app.kpi.card.rising');
    expect(formatTarget({ kind: 'DISTRIBUTION', direction: 'NONE', target: null }, 'zh-CN', t)).toBe('app.kpi.card.noTarget');
  });

  it('shows the change with an arrow: percentage points for ratios, counts otherwise', () => {
    expect(changeArrow(0.1)).toBe('↑');
    expect(changeArrow(-2)).toBe('↓');
    expect(changeArrow(0)).toBe('→');
    expect(formatChange('RATIO', 0.0234, 'zh-CN', t)).toBe('↑ app.kpi.card.points{"n":"2.3"}');
    expect(formatChange('COUNT', -3, 'zh-CN', t)).toBe('↓ 3');
    expect(formatChange('COUNT', null, 'zh-CN', t)).toBeNull();
  });

  it('lists the credit distribution compactly in grade order', () => {
    expect(
      formatDistribution(
        [
          { key: 'BLACK', count: 1 },
          { key: 'A', count: 30 },
          { key: 'AAA', count: 5 },
          { key: 'RED', count: 4 },
        ],
        'zh-CN',
        t,
      ),
    ).toBe('AAA 5 · A 30 · enums.ListStatus.RED 4 · enums.ListStatus.BLACK 1');
    expect(formatDistribution([], 'zh-CN', t)).toBeNull();
  });
});

describe('a KPI card', () => {
  it('carries value, target, status in words, change and the formula', () => {
    const card = kpiCardModel(
      CLOSE_OFF,
      value({ value: 0.9, numerator: 18, denominator: 20, target: 0.95, status: 'MISSED', previous: 0.8, change: 0.1, improved: true }),
      'zh-CN',
      t,
    );
    expect(card).toMatchObject({
      title: '问题销号率',
      value: '90.0%',
      target: '≥ 95.0%',
      status: 'MISSED',
      statusText: 'app.kpi.status.MISSED',
      tone: 'error',
      change: '↑ app.kpi.card.points{"n":"10"}',
      improved: true,
      unavailable: null,
      distribution: null,
    });
    expect(card.formula).toBe('app.kpi.card.formula{"numerator":"本期登记且已销号的问题数","denominator":"本期登记的问题数"} (18 / 20)');
  });

  it('titles an English card with a capital: the definitions’ English names sit inside sentences', () => {
    const card = kpiCardModel({ ...CLOSE_OFF, name: 'close-off rate' }, null, 'en', t);
    expect(card.title).toBe('Close-off rate');
  });

  it('says "no data" with the reason for a KPI that cannot be computed yet', () => {
    const card = kpiCardModel(
      { ...CLOSE_OFF, code: 'COMMITTEE_FORMATION', direction: 'RISING', target: null, unavailable: '业主委员会模块尚未建立' },
      value({ code: 'COMMITTEE_FORMATION', applicable: false }),
      'zh-CN',
      t,
    );
    expect(card).toMatchObject({
      value: 'app.kpi.card.noData',
      unavailable: '业主委员会模块尚未建立',
      status: 'NO_DATA',
      tone: 'default',
      target: 'app.kpi.card.rising',
    });
  });

  it('shows active firms and the distribution for the credit distribution', () => {
    const def: KpiDefinitionRow = {
      ...CLOSE_OFF,
      code: 'CREDIT_DISTRIBUTION',
      kind: 'DISTRIBUTION',
      direction: 'NONE',
      target: null,
      numerator: '各等级企业数',
      denominator: '在营企业数',
    };
    const card = kpiCardModel(
      def,
      value({ code: 'CREDIT_DISTRIBUTION', denominator: 84, numerator: 84, status: 'NO_TARGET', distribution: [{ key: 'AA', count: 12 }] }),
      'zh-CN',
      t,
    );
    expect(card).toMatchObject({ value: '84', distribution: 'AA 12', tone: 'info', change: null });
  });

  it('makes one card per definition in order, a missing value as no data', () => {
    const cards = kpiCards(
      [CLOSE_OFF, { ...CLOSE_OFF, code: 'OVERDUE_ISSUES', kind: 'COUNT' }],
      [value({ code: 'OVERDUE_ISSUES', value: 2, status: 'MISSED' })],
      'zh-CN',
      t,
    );
    expect(cards.map((c) => [c.code, c.value, c.status])).toEqual([
      ['CLOSE_OFF_RATE', '—', 'NO_DATA'],
      ['OVERDUE_ISSUES', '2', 'MISSED'],
    ]);
  });
});
