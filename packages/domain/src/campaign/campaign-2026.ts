import type { KpiCode } from '../kpi/definitions.js';

/**
 * The county's 2026 campaign (物业管理服务提升年), from seed part 7 (篇七): three phases, the milestones of the
 * concentrated push with the departments responsible for them (三(二) 靠实部门责任), and the routines of 三(三).
 * Department codes are those of the demo county (住建局 ZJJ, 市场监管局 SCJG, 公安局 GAJ, 财政局 CZJ, 自然资源局 ZRZY,
 * 民政局 MZJ, 发改局 FGJ, 乡镇协调组 XZXT).
 */
export interface CampaignPlanPhase {
  code: 'MOBILISATION' | 'PUSH' | 'CONSOLIDATION';
  name: string;
  startDate: string;
  endDate: string;
  description: string;
}

export interface CampaignPlanMilestone {
  code: string;
  phase: CampaignPlanPhase['code'];
  title: string;
  dueDate: string;
  /** Code of the responsible department. */
  department: string;
  /** The KPI that shows how far the milestone's work got by its due date (e.g. committees formed by 03-31). */
  measure?: KpiCode;
}

export interface CampaignPlan {
  name: string;
  year: number;
  startDate: string;
  endDate: string;
  goal: string;
  phases: readonly CampaignPlanPhase[];
  milestones: readonly CampaignPlanMilestone[];
}

export const CAMPAIGN_2026: CampaignPlan = {
  name: '2026年物业管理服务提升年',
  year: 2026,
  startDate: '2026-03-10',
  endDate: '2026-12-31',
  goal: '新建住宅项目物业服务覆盖率达到100%，力争老旧小区物业全覆盖，物业管理热点、难点问题明显得到治理',
  phases: [
    {
      code: 'MOBILISATION',
      name: '动员部署阶段',
      startDate: '2026-03-10',
      endDate: '2026-03-31',
      description: '各相关单位全面启动安排部署活动任务；利用电视台、网络、“说事墙”“回音壁”宣传；设立举报电话、电子信箱；部署执法检查',
    },
    {
      code: 'PUSH',
      name: '集中攻坚阶段',
      startDate: '2026-04-01',
      endDate: '2026-10-31',
      description: '坚持问题导向，针对重点难点问题，多措并举，压茬推进，强力攻坚',
    },
    {
      code: 'CONSOLIDATION',
      name: '巩固提升阶段',
      startDate: '2026-11-01',
      endDate: '2026-12-31',
      description: '梳理工作进展和典型案例，总结推广好做法好经验，形成长效化、制度化、规范化的管理制度成果',
    },
  ],
  milestones: [
    { code: 'M01', phase: 'MOBILISATION', title: '成立县物业管理服务提升年活动领导小组，印发实施方案', dueDate: '2026-03-15', department: 'ZJJ' },
    { code: 'M02', phase: 'MOBILISATION', title: '设立举报电话、电子信箱等信访投诉渠道，开设“说事墙”“回音壁”', dueDate: '2026-03-20', department: 'ZJJ' },
    { code: 'M03', phase: 'MOBILISATION', title: '完成业委会组建和业委会职能讲座', dueDate: '2026-03-31', department: 'XZXT', measure: 'COMMITTEE_FORMATION' },
    { code: 'M04', phase: 'PUSH', title: '举办物业管理员（项目经理）培训班', dueDate: '2026-04-30', department: 'ZJJ', measure: 'TRAINING' },
    { code: 'M05', phase: 'PUSH', title: '物业企业自查自纠，以小区为单位建立工作台账、列出问题清单', dueDate: '2026-05-15', department: 'ZJJ' },
    { code: 'M06', phase: 'PUSH', title: '小区电梯运行安全专项检查', dueDate: '2026-05-31', department: 'SCJG' },
    { code: 'M07', phase: 'PUSH', title: '物业服务收费明码标价专项检查', dueDate: '2026-06-15', department: 'SCJG' },
    { code: 'M08', phase: 'PUSH', title: '组织人大代表、政协委员、业主和企业代表观摩学习（互学互比互促）', dueDate: '2026-06-30', department: 'ZJJ' },
    { code: 'M09', phase: 'PUSH', title: '住房专项维修资金使用情况专项检查', dueDate: '2026-07-31', department: 'CZJ' },
    { code: 'M10', phase: 'PUSH', title: '小区周边道路临时停车泊位划线、安防视频监控指导', dueDate: '2026-08-31', department: 'GAJ' },
    { code: 'M11', phase: 'PUSH', title: '地下车位性质和地上车位权属认定、物业管理用房核查', dueDate: '2026-09-30', department: 'ZRZY' },
    { code: 'M12', phase: 'PUSH', title: '开展“回头看”：表彰、通报批评、拒不整改企业纳入黑名单', dueDate: '2026-10-31', department: 'ZJJ' },
    { code: 'M13', phase: 'CONSOLIDATION', title: '“物业服务+养老服务”居家社区养老模式试点总结', dueDate: '2026-11-30', department: 'MZJ' },
    { code: 'M14', phase: 'CONSOLIDATION', title: '物业服务收费基准价及浮动幅度指导意见', dueDate: '2026-12-15', department: 'FGJ' },
    { code: 'M15', phase: 'CONSOLIDATION', title: '集中通报典型案例，形成长效管理制度成果', dueDate: '2026-12-31', department: 'ZJJ' },
  ],
};

/** The campaign plans by year: the milestones a campaign was created from. */
const PLANS: readonly CampaignPlan[] = [CAMPAIGN_2026];

/** The KPI measuring a campaign's milestone, from the plan of the campaign's year; null when it has none. */
export function milestoneMeasure(year: number, code: string): KpiCode | null {
  return PLANS.find((p) => p.year === year)?.milestones.find((m) => m.code === code)?.measure ?? null;
}
