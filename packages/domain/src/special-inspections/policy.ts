import type { IssueCategory } from '../enums.js';

/**
 * Special inspections (专项检查) a partner department runs itself (seed part 7: 电梯安全, 收费及明码标价, 专项维修资金,
 * 治安防范, 消防通道), each with its own checklist. The checklists are versioned policy data, like the credit standard
 * and the random-inspection policy: an inspection records the version it was planned under and is always read
 * against that version; a change is a new version.
 */

export const SPECIAL_INSPECTION_TYPES = ['ELEVATOR_SAFETY', 'FEE_DISPLAY', 'MAINTENANCE_FUND', 'PUBLIC_SECURITY', 'FIRE_LANES'] as const;
export type SpecialInspectionType = (typeof SPECIAL_INSPECTION_TYPES)[number];

export interface SpecialChecklistItem {
  /** Stable within the type across versions when the wording does not change (≤ 10 characters: the issue keeps it). */
  id: string;
  text: string;
  /** A failed item becomes an issue of this category, routed as the ledger routes any issue of it. */
  category: IssueCategory;
}

export interface SpecialInspectionTemplate {
  label: { 'zh-CN': string; en: string };
  /** A department may run this type when its remit covers any of these categories. */
  runBy: readonly IssueCategory[];
  items: readonly SpecialChecklistItem[];
}

export interface SpecialInspectionPolicy {
  version: number;
  /** First and last day (inclusive, YYYY-MM-DD) an inspection planned that day uses this version; null: open. */
  effectiveFrom: string;
  effectiveTo: string | null;
  templates: Readonly<Record<SpecialInspectionType, SpecialInspectionTemplate>>;
}

const template = (t: SpecialInspectionTemplate): SpecialInspectionTemplate => Object.freeze(t);
const item = (id: string, category: IssueCategory, text: string): SpecialChecklistItem => Object.freeze({ id, category, text });

/** 专项检查清单 v1 (2026): the campaign's five special inspections. */
export const SPECIAL_INSPECTION_POLICY_V1: SpecialInspectionPolicy = Object.freeze({
  version: 1,
  effectiveFrom: '2026-01-01',
  effectiveTo: null,
  templates: Object.freeze({
    ELEVATOR_SAFETY: template({
      label: { 'zh-CN': '电梯安全专项检查', en: 'elevator safety' },
      runBy: ['ELEVATOR'],
      items: [
        item('EL1', 'ELEVATOR', '电梯使用登记证、安全检验合格标志在有效期内并张贴于轿厢'),
        item('EL2', 'ELEVATOR', '维保单位具备资质，每 15 日至少维保一次且记录完整'),
        item('EL3', 'ELEVATOR', '轿厢应急报警装置、五方对讲畅通有效'),
        item('EL4', 'ELEVATOR', '电梯困人应急预案已制定并每年至少演练一次'),
        item('EL5', 'ELEVATOR', '机房、井道无杂物，通风照明良好'),
        item('EL6', 'ELEVATOR', '安全管理员持证上岗，日常巡视记录齐全'),
      ],
    }),
    FEE_DISPLAY: template({
      label: { 'zh-CN': '收费及明码标价专项检查', en: 'fees and price display' },
      runBy: ['FEES'],
      items: [
        item('FE1', 'FEES', '在小区显著位置公示服务内容、服务标准、收费项目和标准'),
        item('FE2', 'FEES', '收费标准与合同约定或政府指导价一致'),
        item('FE3', 'FEES', '无合同外收费、无强制捆绑收费'),
        item('FE4', 'FEES', '公示价格举报电话 12315'),
        item('FE5', 'FEES', '停车费、公共收益收支定期公示'),
      ],
    }),
    MAINTENANCE_FUND: template({
      label: { 'zh-CN': '专项维修资金专项检查', en: 'maintenance funds' },
      // 财政 keeps the fund; 住建 supervises its use in the communities it regulates.
      runBy: ['MAINTENANCE_FUND', 'SERVICE_QUALITY'],
      items: [
        item('MF1', 'MAINTENANCE_FUND', '维修资金按规定足额交存'),
        item('MF2', 'MAINTENANCE_FUND', '维修资金使用经业主依法表决'),
        item('MF3', 'MAINTENANCE_FUND', '维修资金使用情况每半年向业主公示'),
        item('MF4', 'MAINTENANCE_FUND', '无挪用、侵占维修资金情形'),
        item('MF5', 'SERVICE_QUALITY', '维修工程有验收记录并存档'),
      ],
    }),
    PUBLIC_SECURITY: template({
      label: { 'zh-CN': '治安防范专项检查', en: 'public security' },
      runBy: ['PARKING_SECURITY'],
      items: [
        item('PS1', 'PARKING_SECURITY', '出入口门岗 24 小时值守，外来人员车辆登记'),
        item('PS2', 'PARKING_SECURITY', '监控探头覆盖出入口、地下车库和主要道路并正常运行'),
        item('PS3', 'PARKING_SECURITY', '监控录像保存不少于 30 日'),
        item('PS4', 'PARKING_SECURITY', '出租房屋及承租人信息登记报送'),
        item('PS5', 'PARKING_SECURITY', '秩序维护人员定时巡逻并有记录'),
      ],
    }),
    FIRE_LANES: template({
      label: { 'zh-CN': '消防通道专项检查', en: 'fire lanes' },
      runBy: ['FIRE'],
      items: [
        item('FL1', 'FIRE', '消防车通道畅通，无占用、堵塞、封闭'),
        item('FL2', 'FIRE', '消防车通道、登高操作场地标线标识清晰'),
        item('FL3', 'FIRE', '楼道、安全出口无堆放杂物，无电动车停放充电'),
        item('FL4', 'FIRE', '室内外消火栓、灭火器完好有效'),
        item('FL5', 'FIRE', '消防控制室持证值班，设施联动正常'),
        item('FL6', 'SAFETY_HAZARD', '电动自行车集中充电设施符合安全要求'),
      ],
    }),
  }),
});

export const SPECIAL_INSPECTION_POLICIES: readonly SpecialInspectionPolicy[] = [SPECIAL_INSPECTION_POLICY_V1];

/** The checklist policy of a version, or the one in force on `day` when no version is given (undefined if none). */
export function specialInspectionPolicy(version?: number, day?: string): SpecialInspectionPolicy | undefined {
  if (version !== undefined) return SPECIAL_INSPECTION_POLICIES.find((p) => p.version === version);
  return [...SPECIAL_INSPECTION_POLICIES]
    .sort((a, b) => b.version - a.version)
    .find((p) => day === undefined || (p.effectiveFrom <= day && (p.effectiveTo === null || day <= p.effectiveTo)));
}

export const isSpecialInspectionType = (v: string): v is SpecialInspectionType => (SPECIAL_INSPECTION_TYPES as readonly string[]).includes(v);
