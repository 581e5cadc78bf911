import type { FieldIssue } from '../field-errors.js';

/**
 * The committee's duties from seed part 2 (二、业主委员会的职责) as a checklist the township reviews; the seed's list
 * skips its third item, and its closing sentence (supervision by the authority) is kept as a duty of its own.
 */
export const COMMITTEE_DUTIES = [
  { code: 'CONVENE_ASSEMBLY', label: { 'zh-CN': '召集和主持业主大会', en: "convene and chair the owners' assembly" } },
  { code: 'DAILY_MANAGEMENT', label: { 'zh-CN': '聘任专人负责物业管理日常工作', en: 'appoint someone for the day-to-day property management' } },
  {
    code: 'PLAN_AND_BUDGET',
    label: { 'zh-CN': '制定物业管理工作计划、物业管理服务费的预算和决算', en: 'plan the property management work; budget and account for the service fees' },
  },
  {
    code: 'HEAR_OWNERS',
    label: { 'zh-CN': '听取业主、物业使用人的意见和建议，监督物业管理服务活动', en: "hear owners' and occupants' views and supervise the property service" },
  },
  { code: 'EXECUTE_RESOLUTIONS', label: { 'zh-CN': '执行业主大会的决议、决定', en: "carry out the assembly's resolutions and decisions" } },
  { code: 'SUPERVISE_RULES', label: { 'zh-CN': '监督业主公约和物业管理制度的执行', en: "supervise the owners' covenant and the property rules" } },
  {
    code: 'ACCEPT_SUPERVISION',
    label: { 'zh-CN': '接受物业管理行政主管部门的监督、指导和管理', en: 'accept the supervision and guidance of the property authority' },
  },
] as const;
export type CommitteeDuty = (typeof COMMITTEE_DUTIES)[number]['code'];

export const DUTY_RESULTS = ['MET', 'NOT_MET', 'NOT_APPLICABLE'] as const;
export type DutyResult = (typeof DUTY_RESULTS)[number];

/** A review answers every duty exactly once, and only the checklist's duties. */
export function dutyReviewIssues(results: readonly { code: string; result: DutyResult }[]): FieldIssue[] {
  const out: FieldIssue[] = [];
  const codes: readonly string[] = COMMITTEE_DUTIES.map((d) => d.code);
  for (const r of results) if (!codes.includes(r.code)) out.push({ field: 'results', code: 'UNKNOWN_CHECKLIST_ITEM', params: { item: r.code } });
  for (const code of codes) {
    const n = results.filter((r) => r.code === code).length;
    if (n > 1) out.push({ field: 'results', code: 'DUPLICATE_CHECKLIST_ITEM', params: { item: code } });
    if (n === 0) out.push({ field: 'results', code: 'DUTY_UNANSWERED', params: { item: COMMITTEE_DUTIES.find((d) => d.code === code)!.label['zh-CN'] } });
  }
  return out;
}
