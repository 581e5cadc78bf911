import { describe, expect, it } from 'vitest';
import { campaignDate, campaignTimeline, monthLabelOptions, categorySeries, groupSeries, isEmptySeries, trendSeries, type CampaignData } from './chartSeries';

const CODES = ['CLOSE_OFF_RATE', 'OVERDUE_ISSUES'];

describe('trend series', () => {
  it('orders the months and picks each KPI, missing ones as no data', () => {
    const series = trendSeries(
      [
        { month: '2026-02', kpis: [{ code: 'CLOSE_OFF_RATE', value: 0.5 }] },
        {
          month: '2026-01',
          kpis: [
            { code: 'CLOSE_OFF_RATE', value: null },
            { code: 'OVERDUE_ISSUES', value: 3 },
          ],
        },
        { month: null, kpis: [] },
      ],
      CODES,
    );
    expect(series).toEqual([
      { key: '2026-01', label: '1', CLOSE_OFF_RATE: null, OVERDUE_ISSUES: 3 },
      { key: '2026-02', label: '2', CLOSE_OFF_RATE: 0.5, OVERDUE_ISSUES: null },
    ]);
    expect(isEmptySeries(series, CODES)).toBe(false);
    expect(
      isEmptySeries(
        series.map((p) => ({ ...p, OVERDUE_ISSUES: null, CLOSE_OFF_RATE: null })),
        CODES,
      ),
    ).toBe(true);
    expect(isEmptySeries([], CODES)).toBe(true);
    expect(
      trendSeries(
        [
          { month: '2026-12', kpis: [] },
          { month: '2026-11', kpis: [] },
        ],
        CODES,
        '2026-11',
      ).map((p) => p.key),
    ).toEqual(['2026-11']);
  });
});

describe('township series', () => {
  it('keeps the grouped rows with their names', () => {
    expect(
      groupSeries(
        [
          { groupId: '1', groupName: '城关镇', kpis: [{ code: 'CLOSE_OFF_RATE', value: 0.9 }] },
          { groupId: null, groupName: null, kpis: [] },
        ],
        ['CLOSE_OFF_RATE'],
      ),
    ).toEqual([{ key: '1', label: '城关镇', CLOSE_OFF_RATE: 0.9 }]);
  });
});

describe('issues by category', () => {
  it('sorts the categories by count and leaves out empty ones', () => {
    expect(
      categorySeries([
        { keys: ['FIRE'], labels: ['消防'], count: 2 },
        { keys: ['ELEVATOR'], labels: ['电梯'], count: 5 },
        { keys: ['FEES'], labels: ['收费'], count: 0 },
        { keys: ['SANITATION'], labels: ['环境卫生'], count: 2 },
      ]),
    ).toEqual([
      { category: 'ELEVATOR', count: 5 },
      { category: 'FIRE', count: 2 },
      { category: 'SANITATION', count: 2 },
    ]);
  });
});

describe('campaign timeline', () => {
  const campaign: CampaignData = {
    name: '2026 提升年',
    startDate: '2026-03-10',
    endDate: '2026-12-31',
    currentPhase: { code: 'CONSOLIDATE', name: '巩固提升' },
    phases: [
      { code: 'PUSH', name: '集中攻坚', startDate: '2026-04-01', endDate: '2026-10-31' },
      { code: 'MOBILISE', name: '动员部署', startDate: '2026-03-10', endDate: '2026-03-31' },
      { code: 'CONSOLIDATE', name: '巩固提升', startDate: '2026-11-01', endDate: '2026-12-31' },
    ],
    milestones: [
      { code: 'M1', title: 'a', dueDate: '2026-03-31', state: 'DONE_ON_TIME' },
      { code: 'M2', title: 'b', dueDate: '2026-06-30', state: 'DONE_LATE' },
      { code: 'M3', title: 'c', dueDate: '2026-10-31', state: 'OVERDUE' },
      { code: 'M4', title: 'd', dueDate: '2026-12-31', state: 'PENDING' },
      { code: 'M5', title: 'e', dueDate: '2026-04-30', state: 'DONE_ON_TIME' },
    ],
  };

  it('puts the phases in order on a day axis and marks today and the current phase', () => {
    const timeline = campaignTimeline(campaign, '2026-11-27');
    expect(timeline.totalDays).toBe(297);
    expect(timeline.phases.map((p) => [p.code, p.offset, p.days, p.current])).toEqual([
      ['MOBILISE', 0, 22, false],
      ['PUSH', 22, 214, false],
      ['CONSOLIDATE', 236, 61, true],
    ]);
    expect(timeline.today).toBe(262);
    expect(campaignDate(campaign.startDate, 262)).toBe('2026-11-27');
    expect(timeline.milestones).toEqual({ DONE_ON_TIME: 2, DONE_LATE: 1, OVERDUE: 1, PENDING: 1 });
  });

  it('has no today mark outside the campaign', () => {
    expect(campaignTimeline(campaign, '2027-01-01').today).toBeNull();
    expect(campaignTimeline(campaign, '2026-03-09').today).toBeNull();
  });
});

describe('month labels', () => {
  it('give the number (zh-CN: 11月) and the English name (Nov), never a code such as M11', () => {
    expect(monthLabelOptions('11', 'zh-CN')).toEqual({ month: '11' });
    expect(monthLabelOptions('11', 'en')).toEqual({ month: 'Nov' });
    expect(monthLabelOptions(1, 'en')).toEqual({ month: 'Jan' });
  });
});
