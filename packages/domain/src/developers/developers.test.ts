import { describe, expect, it } from 'vitest';
import { messageFor } from '../field-errors.js';
import type { Principal } from '../permissions.js';
import { checkDeveloper } from '../registry-rules.js';
import { withUsccCheckChar } from '../uscc.js';
import {
  checkHandoverDate,
  checkRecommendationReasons,
  checkWarrantyElement,
  RECOMMENDATION_POLICY_V1,
  recommendationActions,
  recommendationEligibilityIssue,
  responsibleDeveloper,
  WARRANTY_POLICIES,
  WARRANTY_POLICY_V1,
  warrantyElementOf,
  warrantyLastDay,
  type RecommendationFirm,
  type WarrantyPolicy,
} from './index.js';

const project = { developerId: '3', handoverDate: '2022-06-30' };
const raise = (raisedOn: string, warrantyElement: string | null = 'WATERPROOFING', category = 'BUILDING_QUALITY', subtype: string | null = null) =>
  responsibleDeveloper(WARRANTY_POLICIES, { category, subtype, warrantyElement, raisedOn }, project);

describe('warranty (保修期): who owes the repair', () => {
  it('names the developer on the last day of the warranty (以内 includes the figure) and not the day after', () => {
    expect(warrantyLastDay('2022-06-30', 5)).toBe('2027-06-30');
    expect(raise('2027-06-30')).toEqual({ outcome: 'COVERED', developerId: '3', element: 'WATERPROOFING', lastDay: '2027-06-30', policyVersion: 1 });
    expect(raise('2027-07-01')).toEqual({ outcome: 'EXPIRED', developerId: null, element: 'WATERPROOFING', lastDay: '2027-06-30', policyVersion: 1 });
  });
  it('covers from the handover day itself, not the day before', () => {
    expect(raise('2022-06-30').outcome).toBe('COVERED');
    expect(raise('2022-06-29').outcome).toBe('BEFORE_HANDOVER');
  });
  it('counts each element’s own years: decoration 2, waterproofing 5, structure 50', () => {
    expect(raise('2024-06-30', 'DECORATION').outcome).toBe('COVERED');
    expect(raise('2024-07-01', 'DECORATION').outcome).toBe('EXPIRED');
    expect(raise('2024-07-01', 'WATERPROOFING').outcome).toBe('COVERED');
    expect(raise('2072-06-30', 'FOUNDATION_STRUCTURE').lastDay).toBe('2072-06-30');
  });
  it('ends a 02-29 handover on 02-28 of a common year', () => {
    expect(warrantyLastDay('2024-02-29', 2)).toBe('2026-02-28');
    expect(warrantyLastDay('2024-02-29', 4)).toBe('2028-02-29');
  });
  it('takes the seed part 6 concrete defects as structural, other categories never', () => {
    expect(warrantyElementOf('BUILDING_QUALITY', 'HONEYCOMBING', null)).toBe('FOUNDATION_STRUCTURE');
    expect(warrantyElementOf('BUILDING_QUALITY', 'HONEYCOMBING', 'WATERPROOFING')).toBe('WATERPROOFING');
    expect(warrantyElementOf('BUILDING_QUALITY', null, null)).toBeNull();
    expect(warrantyElementOf('FIRE', 'HONEYCOMBING', 'WATERPROOFING')).toBeNull();
    expect(raise('2023-01-01', null, 'BUILDING_QUALITY', 'EXPOSED_REBAR').outcome).toBe('COVERED');
    expect(raise('2023-01-01', null).outcome).toBe('ELEMENT_UNKNOWN');
    expect(raise('2023-01-01', null, 'SANITATION').outcome).toBe('NOT_WARRANTY_CATEGORY');
  });
  it('names nobody without a recorded developer, or before any policy', () => {
    expect(responsibleDeveloper(WARRANTY_POLICIES, { category: 'BUILDING_QUALITY', warrantyElement: 'DECORATION', raisedOn: '2023-01-01' }, null).outcome).toBe(
      'NO_DEVELOPER',
    );
    expect(
      responsibleDeveloper(
        WARRANTY_POLICIES,
        { category: 'BUILDING_QUALITY', warrantyElement: 'DECORATION', raisedOn: '2000-01-01' },
        { developerId: '1', handoverDate: '1999-12-01' },
      ).outcome,
    ).toBe('NO_POLICY');
  });
  it('uses the version in force at handover: a later, longer period does not reach older communities', () => {
    const v2: WarrantyPolicy = { ...WARRANTY_POLICY_V1, version: 2, effectiveFrom: '2025-01-01', years: { ...WARRANTY_POLICY_V1.years, DECORATION: 3 } };
    const all = [...WARRANTY_POLICIES, v2];
    const r = (handoverDate: string) =>
      responsibleDeveloper(all, { category: 'BUILDING_QUALITY', warrantyElement: 'DECORATION', raisedOn: '2027-06-30' }, { developerId: '1', handoverDate });
    expect(r('2024-12-31')).toMatchObject({ outcome: 'EXPIRED', policyVersion: 1 });
    expect(r('2025-01-01')).toMatchObject({ outcome: 'COVERED', policyVersion: 2, lastDay: '2028-01-01' });
  });
  it('refuses a warranty element on another category or an unknown one, naming the field', () => {
    expect(checkWarrantyElement('BUILDING_QUALITY', 'DECORATION')).toEqual([]);
    expect(checkWarrantyElement('BUILDING_QUALITY', 'ROOF')[0]?.code).toBe('UNKNOWN_REFERENCE');
    const [wrong] = checkWarrantyElement('FIRE', 'DECORATION');
    expect(messageFor(wrong!, 'zh-CN')).toBe('只有房屋质量保修问题才能填写保修部位');
  });
});

describe('developer record (建设单位)', () => {
  it('takes a handover date up to and including today, not tomorrow', () => {
    expect(checkHandoverDate('2026-11-15', '2026-11-15')).toEqual([]);
    expect(checkHandoverDate('2026-11-16', '2026-11-15')).toEqual([
      { field: 'handoverDate', code: 'DATE_OUT_OF_RANGE', params: { min: '1949-10-01', max: '2026-11-15' } },
    ]);
    expect(checkHandoverDate('2026-02-30', '2026-11-15')[0]?.code).toBe('INVALID_DATE');
  });
  const uscc = withUsccCheckChar('91330100MA2XXXXX0');
  it('accepts a valid record and checks the USCC like a firm’s', () => {
    expect(checkDeveloper({ name: '锦城置业有限公司', uscc, contactPerson: '王建国', contactPhone: '13800001111' })).toEqual([]);
    const bad = checkDeveloper({ name: '', uscc: uscc.slice(0, 17) + (uscc.endsWith('0') ? '1' : '0'), contactPhone: '12' });
    expect(bad.map((i) => `${i.field}:${i.code}`)).toEqual(['name:REQUIRED', 'uscc:USCC_CHECK_DIGIT', 'contactPhone:INVALID_PHONE']);
    expect(messageFor(bad[0]!, 'zh-CN')).toBe('名称不能为空');
  });
});

describe('credit-upgrade recommendation (向上级推荐信用升级)', () => {
  const p = RECOMMENDATION_POLICY_V1;
  const good: RecommendationFirm = { status: 'ACTIVE', listStatus: 'RED', grade: 'AA', openBlockingIssues: 0, hasLiveRecommendation: false };
  it('admits an active AAA or AA firm with no flagged or overdue issue', () => {
    expect(recommendationEligibilityIssue(p, good)).toBeNull();
    expect(recommendationEligibilityIssue(p, { ...good, grade: 'AAA', listStatus: 'NONE' })).toBeNull();
  });
  it('refuses grade A and below, naming the grades that qualify', () => {
    const issue = recommendationEligibilityIssue(p, { ...good, grade: 'A' });
    expect(issue).toEqual({ field: 'enterpriseId', code: 'RECOMMEND_GRADE', params: { grade: 'A', grades: 'AAA/AA' } });
    expect(messageFor(issue!, 'zh-CN')).toBe('物业服务企业信用等级为 A，只有 AAA/AA 级企业可以推荐信用升级');
  });
  it('refuses one blocking issue, a black-listed, inactive or already proposed firm', () => {
    expect(recommendationEligibilityIssue(p, { ...good, openBlockingIssues: 1 })).toMatchObject({ code: 'RECOMMEND_OPEN_ISSUES', params: { count: 1 } });
    expect(recommendationEligibilityIssue(p, { ...good, listStatus: 'BLACK' })?.code).toBe('RECOMMEND_BLACK_LISTED');
    expect(recommendationEligibilityIssue(p, { ...good, status: 'SUSPENDED' })?.code).toBe('RECOMMEND_NOT_ACTIVE');
    expect(recommendationEligibilityIssue(p, { ...good, hasLiveRecommendation: true })?.code).toBe('RECOMMEND_ALREADY');
  });
  it('wants reasons of at least 10 characters', () => {
    expect(checkRecommendationReasons(p, '  ')).toEqual([{ field: 'recommendationReasons', code: 'REQUIRED' }]);
    expect(checkRecommendationReasons(p, '一二三四五六七八九')[0]?.code).toBe('TOO_SHORT');
    expect(checkRecommendationReasons(p, '一二三四五六七八九十')).toEqual([]);
  });
  it('lets a second regulator decide, never the proposer, and re-checks eligibility on approval', () => {
    const proposer: Principal = { userId: '5', role: 'REGULATOR' };
    const other: Principal = { userId: '6', role: 'REGULATOR' };
    const r = { status: 'PROPOSED' as const, proposedById: '5' };
    const byProposer = recommendationActions(r, proposer, null);
    expect(byProposer.map((a) => `${a.action}:${a.available}`)).toEqual(['APPROVE:false', 'REJECT:false']);
    expect(messageFor(byProposer[0]!.reason!, 'zh-CN')).toBe('审核人不能是推荐人本人');
    expect(recommendationActions(r, other, null).every((a) => a.available)).toBe(true);
    const slipped = recommendationActions(r, other, { field: 'enterpriseId', code: 'RECOMMEND_OPEN_ISSUES', params: { count: 2 } });
    expect(slipped.map((a) => `${a.action}:${a.available}`)).toEqual(['APPROVE:false', 'REJECT:true']);
    expect(recommendationActions({ status: 'APPROVED', proposedById: '5' }, other, null)[0]?.reason?.code).toBe('RECOMMEND_DECIDED');
    expect(recommendationActions(r, { userId: '7', role: 'ANALYST' }, null)).toEqual([]);
    expect(recommendationActions(r, null, null)).toEqual([]);
  });
});
