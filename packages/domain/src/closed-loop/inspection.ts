import type { IssueCategory } from '../enums.js';
import type { FieldIssue } from '../field-errors.js';
import type { ClosedLoopRecordCode } from './common.js';

/** Inspections (督导检查/随机抽查/暗访) and the 100-point community service checklist of docs/product.md §4. */
export const INSPECTION_KINDS = ['SCHEDULED', 'RANDOM', 'UNANNOUNCED'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

export const CHECKLIST_SECTIONS = ['SECURITY', 'CLEANING', 'GREENING', 'FACILITIES', 'CUSTOMER_SERVICE', 'FEE_DISCLOSURE', 'FIRE', 'ELEVATOR'] as const;
export type ChecklistSection = (typeof CHECKLIST_SECTIONS)[number];

export const CHECKLIST_SECTION_LABELS: Readonly<Record<ChecklistSection, { 'zh-CN': string; en: string }>> = {
  SECURITY: { 'zh-CN': '安全', en: 'security' },
  CLEANING: { 'zh-CN': '保洁', en: 'cleaning' },
  GREENING: { 'zh-CN': '绿化', en: 'greening' },
  FACILITIES: { 'zh-CN': '设施设备', en: 'facilities' },
  CUSTOMER_SERVICE: { 'zh-CN': '客户服务', en: 'customer service' },
  FEE_DISCLOSURE: { 'zh-CN': '收费公示', en: 'fee disclosure' },
  FIRE: { 'zh-CN': '消防', en: 'fire safety' },
  ELEVATOR: { 'zh-CN': '电梯', en: 'elevator' },
};

export interface ChecklistItem {
  id: string;
  section: ChecklistSection;
  /** What the inspector checks, in Chinese. */
  text: string;
  /** The most that can be deducted for this item. */
  maxDeduction: number;
  /** The issue category a finding on this item is filed under. */
  category: IssueCategory;
}

/**
 * The checklist as data. Maximum deductions total exactly 100 (a test holds this). Items follow the service lines
 * of the seed (security with rental-household checks and CCTV in garage stairwells, cleaning with pest control,
 * facility upkeep with named owners and notice-board announcements, tree-pruning plans) and the remits of part 7
 * (明码标价, elevator safety, fire lanes).
 */
export const INSPECTION_CHECKLIST: readonly ChecklistItem[] = [
  { id: 'SEC-01', section: 'SECURITY', maxDeduction: 4, category: 'PARKING_SECURITY', text: '出入口门岗 24 小时值守，外来人员、车辆进出登记管理' },
  { id: 'SEC-02', section: 'SECURITY', maxDeduction: 4, category: 'PARKING_SECURITY', text: '按规定路线和频次开展安全巡逻，巡逻记录完整' },
  {
    id: 'SEC-03',
    section: 'SECURITY',
    maxDeduction: 4,
    category: 'PARKING_SECURITY',
    text: '安防视频监控正常运行，出入口、地下车库梯间等重点部位全覆盖，录像保存不少于 30 日',
  },
  { id: 'SEC-04', section: 'SECURITY', maxDeduction: 3, category: 'PARKING_SECURITY', text: '车辆停放有序，停车秩序管理规范，无乱停乱放' },
  {
    id: 'SEC-05',
    section: 'SECURITY',
    maxDeduction: 3,
    category: 'SAFETY_HAZARD',
    text: '定期排查安全隐患（出租户信息登记、高空坠物、危险部位警示标识）并有记录',
  },
  { id: 'SEC-06', section: 'SECURITY', maxDeduction: 2, category: 'SAFETY_HAZARD', text: '安全员统一着装、持证上岗，定期开展安全日等安全宣传活动' },
  { id: 'CLN-01', section: 'CLEANING', maxDeduction: 4, category: 'SANITATION', text: '道路、广场、楼道、楼梯扶手等公共区域每日清扫保洁，无积尘、无杂物' },
  { id: 'CLN-02', section: 'CLEANING', maxDeduction: 4, category: 'SANITATION', text: '生活垃圾日产日清，分类投放设施完好，垃圾桶（站）周边无溢满、无异味' },
  { id: 'CLN-03', section: 'CLEANING', maxDeduction: 2, category: 'SANITATION', text: '定期开展消杀（灭鼠、灭蚊蝇、灭蟑），消杀记录完整' },
  { id: 'CLN-04', section: 'CLEANING', maxDeduction: 3, category: 'SANITATION', text: '化粪池、雨污水管井定期清掏，无堵塞、无外溢' },
  { id: 'CLN-05', section: 'CLEANING', maxDeduction: 2, category: 'SANITATION', text: '楼道、地下室无乱堆乱放，无乱贴乱画小广告' },
  { id: 'GRN-01', section: 'GREENING', maxDeduction: 4, category: 'SERVICE_QUALITY', text: '绿地花木定期修剪、浇灌、施肥，长势良好，无黄土裸露' },
  { id: 'GRN-02', section: 'GREENING', maxDeduction: 2, category: 'SERVICE_QUALITY', text: '制定年度乔木修剪计划，乔木不影响业主采光和通行' },
  { id: 'GRN-03', section: 'GREENING', maxDeduction: 2, category: 'SERVICE_QUALITY', text: '及时防治病虫害，枯死苗木及时补植' },
  { id: 'GRN-04', section: 'GREENING', maxDeduction: 2, category: 'ILLEGAL_CONSTRUCTION', text: '无毁绿种菜、私搭乱建侵占绿地现象，发现后及时劝阻并报告' },
  {
    id: 'FAC-01',
    section: 'FACILITIES',
    maxDeduction: 3,
    category: 'SERVICE_QUALITY',
    text: '共用部位、共用设施设备维护责任到人，建立日常巡查和维护机制，记录完整',
  },
  {
    id: 'FAC-02',
    section: 'FACILITIES',
    maxDeduction: 3,
    category: 'SERVICE_QUALITY',
    text: '供水、供电、排水设施运行正常，二次供水水箱定期清洗消毒并有水质检测报告',
  },
  { id: 'FAC-03', section: 'FACILITIES', maxDeduction: 3, category: 'SERVICE_QUALITY', text: '道路、路灯、门禁、楼宇对讲等设施完好，损坏后及时修复' },
  { id: 'FAC-04', section: 'FACILITIES', maxDeduction: 3, category: 'SAFETY_HAZARD', text: '房屋外立面、屋面无渗漏、无脱落隐患，发现问题及时报修并设置警示' },
  { id: 'FAC-05', section: 'FACILITIES', maxDeduction: 3, category: 'SERVICE_QUALITY', text: '公共设施维护改造事项通过公示栏及时告知业主' },
  {
    id: 'CUS-01',
    section: 'CUSTOMER_SERVICE',
    maxDeduction: 2,
    category: 'SERVICE_QUALITY',
    text: '物业服务中心公示服务内容、服务标准、服务电话和 24 小时报修电话',
  },
  { id: 'CUS-02', section: 'CUSTOMER_SERVICE', maxDeduction: 3, category: 'SERVICE_QUALITY', text: '报修及时响应、按时完成，维修后有回访记录' },
  { id: 'CUS-03', section: 'CUSTOMER_SERVICE', maxDeduction: 3, category: 'SERVICE_QUALITY', text: '业主投诉及时受理、处理并答复，处理记录完整' },
  { id: 'CUS-04', section: 'CUSTOMER_SERVICE', maxDeduction: 2, category: 'SERVICE_QUALITY', text: '物业档案资料齐全，每年至少开展一次业主满意度调查' },
  { id: 'FEE-01', section: 'FEE_DISCLOSURE', maxDeduction: 4, category: 'FEES', text: '在显著位置公示收费项目、收费标准、收费依据和价格举报电话，明码标价' },
  { id: 'FEE-02', section: 'FEE_DISCLOSURE', maxDeduction: 2, category: 'FEES', text: '按规定公示年度物业服务费用收支情况' },
  { id: 'FEE-03', section: 'FEE_DISCLOSURE', maxDeduction: 2, category: 'FEES', text: '停车、广告等共用部位经营收益的收支情况定期公示' },
  { id: 'FEE-04', section: 'FEE_DISCLOSURE', maxDeduction: 2, category: 'FEES', text: '无超标准、超范围收费，无强制服务并收费' },
  { id: 'FIR-01', section: 'FIRE', maxDeduction: 3, category: 'FIRE', text: '消防车通道、安全出口、疏散通道畅通，无占用、堵塞、封闭' },
  { id: 'FIR-02', section: 'FIRE', maxDeduction: 3, category: 'FIRE', text: '消火栓、灭火器、火灾报警和喷淋等消防设施完好有效，定期检测维保' },
  { id: 'FIR-03', section: 'FIRE', maxDeduction: 2, category: 'FIRE', text: '无电动自行车进楼入户、楼道飞线充电现象' },
  { id: 'FIR-04', section: 'FIRE', maxDeduction: 2, category: 'FIRE', text: '建立消防安全制度，组建义务消防队（微型消防站）并定期演练' },
  { id: 'ELV-01', section: 'ELEVATOR', maxDeduction: 3, category: 'ELEVATOR', text: '电梯使用标志、安全检验合格标志在有效期内并张贴于轿厢显著位置' },
  { id: 'ELV-02', section: 'ELEVATOR', maxDeduction: 3, category: 'ELEVATOR', text: '委托有资质的单位维保，每 15 日至少维护保养一次，维保记录完整' },
  { id: 'ELV-03', section: 'ELEVATOR', maxDeduction: 2, category: 'ELEVATOR', text: '应急救援电话畅通，困人等故障及时处置' },
  { id: 'ELV-04', section: 'ELEVATOR', maxDeduction: 2, category: 'ELEVATOR', text: '轿厢整洁，照明、通风正常，应急照明和五方通话有效' },
];

export const CHECKLIST_TOTAL = 100;
/** Deductions are whole or half points (扣 0.5 分), which also keeps every sum exact in floating point. */
export const DEDUCTION_STEP = 0.5;

export function checklistItem(id: string): ChecklistItem | undefined {
  return INSPECTION_CHECKLIST.find((i) => i.id === id);
}

export const INSPECTION_GRADES = ['A', 'B', 'C', 'D'] as const;
export type InspectionGrade = (typeof INSPECTION_GRADES)[number];

/** A ≥ 85; B 75 to under 85; C 60 to under 75; D under 60. */
export function inspectionGrade(score: number): InspectionGrade {
  if (score >= 85) return 'A';
  if (score >= 75) return 'B';
  if (score >= 60) return 'C';
  return 'D';
}

export interface Deduction {
  itemId: string;
  points: number;
  note?: string | null;
}

export interface InspectionScore {
  score: number;
  grade: InspectionGrade;
  totalDeduction: number;
  bySection: Record<ChecklistSection, number>;
}

export type InspectionScoreResult = ({ ok: true } & InspectionScore) | { ok: false; errors: FieldIssue[] };

/**
 * The community's service score: 100 − Σ deductions, with its grade. Each deduction must name a checklist item
 * once, and lie between 0 and the item's maximum in steps of 0.5; errors name the item (field `deduction`).
 * Items not mentioned deduct nothing.
 */
export function scoreInspection(deductions: readonly Deduction[]): InspectionScoreResult {
  const errors: FieldIssue[] = [];
  const seen = new Set<string>();
  const bySection = Object.fromEntries(CHECKLIST_SECTIONS.map((s) => [s, 0])) as Record<ChecklistSection, number>;
  let total = 0;
  for (const d of deductions) {
    const item = checklistItem(d.itemId);
    const params = { item: d.itemId };
    if (!item) {
      errors.push({ field: 'deduction', code: 'UNKNOWN_CHECKLIST_ITEM', params });
      continue;
    }
    if (seen.has(item.id)) {
      errors.push({ field: 'deduction', code: 'DUPLICATE_CHECKLIST_ITEM', params });
      continue;
    }
    seen.add(item.id);
    if (!Number.isFinite(d.points) || d.points < 0 || d.points > item.maxDeduction) {
      errors.push({ field: 'deduction', code: 'DEDUCTION_OUT_OF_RANGE', params: { item: item.id, max: item.maxDeduction } });
    } else if (!Number.isInteger(d.points / DEDUCTION_STEP)) {
      errors.push({ field: 'deduction', code: 'DEDUCTION_STEP', params: { item: item.id, step: DEDUCTION_STEP } });
    } else {
      total += d.points;
      bySection[item.section] += d.points;
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const score = CHECKLIST_TOTAL - total;
  return { ok: true, score, grade: inspectionGrade(score), totalDeduction: total, bySection };
}

/** The outcome of an inspection as far as credit is concerned. */
export interface InspectionOutcome {
  /** null when no score was taken (e.g. the firm refused to let the inspection happen). */
  grade: InspectionGrade | null;
  refusedToCooperate: boolean;
}

/** B14 for grade D, B10 for refusing to cooperate; each at most once per inspection. */
export function inspectionRecordProposals(outcome: InspectionOutcome, alreadyProposed: readonly ClosedLoopRecordCode[]): ClosedLoopRecordCode[] {
  const due: ClosedLoopRecordCode[] = [];
  if (outcome.grade === 'D' && !alreadyProposed.includes('B14')) due.push('B14');
  if (outcome.refusedToCooperate && !alreadyProposed.includes('B10')) due.push('B10');
  return due;
}

/** A finding ready to be registered as an issue in one step. */
export interface FindingDraft {
  itemId: string;
  section: ChecklistSection;
  category: IssueCategory;
  title: string;
  points: number;
  note: string | null;
}

/** The findings of an inspection: every item with a deduction above 0, in checklist order. Assumes a valid sheet. */
export function findingsOf(deductions: readonly Deduction[]): FindingDraft[] {
  const byItem = new Map(deductions.map((d) => [d.itemId, d]));
  return INSPECTION_CHECKLIST.flatMap((item) => {
    const d = byItem.get(item.id);
    if (!d || !(d.points > 0)) return [];
    const note = d.note?.trim() || null;
    return [{ itemId: item.id, section: item.section, category: item.category, title: item.text, points: d.points, note }];
  });
}
