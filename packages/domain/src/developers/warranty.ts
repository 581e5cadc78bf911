import { addMonths, isIsoDate, MIN_DATE } from '../dates.js';
import type { IssueCategory } from '../enums.js';
import type { FieldIssue } from '../field-errors.js';
import { BUILDING_QUALITY_SUBTYPES } from '../closed-loop/defects.js';

/**
 * 房屋建筑工程质量保修期 (docs/developers.md): the developer (建设单位) that handed a community over owes the repair of a
 * building-quality defect while that element is under warranty. The periods are versioned policy data, like the credit
 * standard: 《建设工程质量管理条例》第四十条 and 《房屋建筑工程质量保修办法》第七条 give the minimums —
 * foundations and main structure for the design life (50 years for ordinary housing), waterproofing of roofs, wet rooms
 * and outer walls 5 years, heating and cooling 2 heating/cooling seasons (counted here as 2 years), electrical lines,
 * plumbing and equipment 2 years, decoration 2 years. A county that sets longer periods issues a new version.
 */
export const WARRANTY_ELEMENTS = ['FOUNDATION_STRUCTURE', 'WATERPROOFING', 'HEATING_COOLING', 'ELECTRICAL_PLUMBING', 'DECORATION'] as const;
export type WarrantyElement = (typeof WARRANTY_ELEMENTS)[number];

export const WARRANTY_ELEMENT_LABELS: Readonly<Record<WarrantyElement, { 'zh-CN': string; en: string }>> = {
  FOUNDATION_STRUCTURE: { 'zh-CN': '地基基础和主体结构', en: 'foundations and main structure' },
  WATERPROOFING: { 'zh-CN': '屋面防水及卫生间、外墙防渗漏', en: 'roof, wet-room and outer-wall waterproofing' },
  HEATING_COOLING: { 'zh-CN': '供热与供冷系统', en: 'heating and cooling' },
  ELECTRICAL_PLUMBING: { 'zh-CN': '电气管线、给排水管道、设备安装', en: 'electrical lines, plumbing and equipment' },
  DECORATION: { 'zh-CN': '装修工程', en: 'decoration' },
};

export interface WarrantyPolicy {
  code: 'WARRANTY';
  version: number;
  /** Governs communities handed over on or after this day (the law in force at handover decides). */
  effectiveFrom: string;
  label: { 'zh-CN': string; en: string };
  /** Warranty years per element, counted from the handover date. */
  years: Readonly<Record<WarrantyElement, number>>;
}

export const WARRANTY_POLICY_V1: WarrantyPolicy = Object.freeze({
  code: 'WARRANTY',
  version: 1,
  effectiveFrom: '2000-01-30',
  label: { 'zh-CN': '房屋建筑工程最低保修期限（第 1 版）', en: 'minimum warranty periods of building works (v1)' },
  years: Object.freeze({ FOUNDATION_STRUCTURE: 50, WATERPROOFING: 5, HEATING_COOLING: 2, ELECTRICAL_PLUMBING: 2, DECORATION: 2 }),
}) as WarrantyPolicy;

export const WARRANTY_POLICIES: readonly WarrantyPolicy[] = [WARRANTY_POLICY_V1];

/**
 * The last day under warranty: the same calendar day `years` later (以内 includes the figure, so a defect raised on the
 * anniversary is still covered); a 02-29 handover ends on 02-28 of a common year.
 */
export function warrantyLastDay(handoverDate: string, years: number): string {
  return addMonths(handoverDate, years * 12);
}

/**
 * The element a building-quality issue concerns: the one given, else the seed part 6 concrete defects (蜂窝, 麻面, 孔洞,
 * 露筋, 缝隙夹层, 缺棱掉角, 强度不足) are defects of the main structure; null for other categories or when unknown.
 */
export function warrantyElementOf(
  category: IssueCategory | string,
  subtype: string | null | undefined,
  given: string | null | undefined,
): WarrantyElement | null {
  if (category !== 'BUILDING_QUALITY') return null;
  if (given && (WARRANTY_ELEMENTS as readonly string[]).includes(given)) return given as WarrantyElement;
  if (subtype && (BUILDING_QUALITY_SUBTYPES as readonly string[]).includes(subtype)) return 'FOUNDATION_STRUCTURE';
  return null;
}

/** Checks a warranty element given on input: only a known one, only on a building-quality issue. */
export function checkWarrantyElement(category: string, element: string | null | undefined): FieldIssue[] {
  if (element == null || element === '') return [];
  if (!(WARRANTY_ELEMENTS as readonly string[]).includes(element)) return [{ field: 'warrantyElement', code: 'UNKNOWN_REFERENCE', params: { id: element } }];
  if (category !== 'BUILDING_QUALITY') return [{ field: 'warrantyElement', code: 'WARRANTY_ELEMENT_NOT_ALLOWED' }];
  return [];
}

/** The developer's project: who built the community and when it was handed over (交付). */
export interface DeveloperProjectFacts {
  developerId: string;
  handoverDate: string;
}

export const WARRANTY_OUTCOMES = ['COVERED', 'NOT_WARRANTY_CATEGORY', 'ELEMENT_UNKNOWN', 'NO_DEVELOPER', 'BEFORE_HANDOVER', 'NO_POLICY', 'EXPIRED'] as const;
export type WarrantyOutcome = (typeof WARRANTY_OUTCOMES)[number];

export interface WarrantyFinding {
  outcome: WarrantyOutcome;
  /** Set when COVERED: the developer that owes the repair. */
  developerId: string | null;
  element: WarrantyElement | null;
  /** The element's last day under warranty (when known). */
  lastDay: string | null;
  policyVersion: number | null;
}

/**
 * Whether the developer owes the repair of an issue raised on `raisedOn`: a building-quality issue of a known element, in
 * a community with a recorded developer and handover date, raised from the handover date up to and including the
 * element's last day under the policy in force at handover.
 */
export function responsibleDeveloper(
  policies: readonly WarrantyPolicy[],
  issue: { category: IssueCategory | string; subtype?: string | null; warrantyElement?: string | null; raisedOn: string },
  project: DeveloperProjectFacts | null,
): WarrantyFinding {
  const none = (
    outcome: WarrantyOutcome,
    element: WarrantyElement | null = null,
    lastDay: string | null = null,
    policyVersion: number | null = null,
  ): WarrantyFinding => ({
    outcome,
    developerId: null,
    element,
    lastDay,
    policyVersion,
  });
  if (issue.category !== 'BUILDING_QUALITY') return none('NOT_WARRANTY_CATEGORY');
  const element = warrantyElementOf(issue.category, issue.subtype, issue.warrantyElement);
  if (!element) return none('ELEMENT_UNKNOWN');
  if (!project || !isIsoDate(project.handoverDate)) return none('NO_DEVELOPER', element);
  const policy = [...policies]
    .filter((p) => p.effectiveFrom <= project.handoverDate)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom) || b.version - a.version)[0];
  if (!policy) return none('NO_POLICY', element);
  const lastDay = warrantyLastDay(project.handoverDate, policy.years[element]);
  if (issue.raisedOn < project.handoverDate) return none('BEFORE_HANDOVER', element, lastDay, policy.version);
  if (issue.raisedOn > lastDay) return none('EXPIRED', element, lastDay, policy.version);
  return { outcome: 'COVERED', developerId: project.developerId, element, lastDay, policyVersion: policy.version };
}

/** Checks a built community's handover date (交付日期): a real date, from 1949-10-01 up to today. */
export function checkHandoverDate(value: string | null | undefined, today: string): FieldIssue[] {
  if (!value) return [{ field: 'handoverDate', code: 'REQUIRED' }];
  if (!isIsoDate(value)) return [{ field: 'handoverDate', code: 'INVALID_DATE' }];
  if (value < MIN_DATE || value > today) return [{ field: 'handoverDate', code: 'DATE_OUT_OF_RANGE', params: { min: MIN_DATE, max: today } }];
  return [];
}
