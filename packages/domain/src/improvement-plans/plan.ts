import { availability, type ActionAvailability } from '../availability.js';
import { addDays } from '../dates.js';
import type { FieldIssue } from '../field-errors.js';

/**
 * A firm's own improvement plan (seed parts 1 and 3; docs/improvement-plans.md). The firm names a period, its goals, an
 * overall coordinator and one owner per service line (part 1: 部门主管责任制), picks measures from a template that holds
 * part 3's measures, assesses itself stage by stage (part 1: 分阶段实施和考核 … 发动、推进和自评) and the company signs
 * the plan off (公司组织验收). A line whose final self-assessment is below the pass mark is "not up to standard".
 */
export const SERVICE_LINES = ['SECURITY', 'CLEANING', 'BUILDING', 'CUSTOMER_RELATIONS', 'VALUE_ADDED'] as const;
export type ServiceLine = (typeof SERVICE_LINES)[number];

export const SERVICE_LINE_LABELS: Readonly<Record<ServiceLine, { 'zh-CN': string; en: string }>> = {
  SECURITY: { 'zh-CN': '安全服务', en: 'security' },
  CLEANING: { 'zh-CN': '保洁绿化服务', en: 'cleaning and greening' },
  BUILDING: { 'zh-CN': '房管维修服务', en: 'building management' },
  CUSTOMER_RELATIONS: { 'zh-CN': '客户关系服务', en: 'customer relations' },
  VALUE_ADDED: { 'zh-CN': '增值服务', en: 'value-added services' },
};

/** Part 1's three stages, assessed in this order. */
export const PLAN_STAGES = ['MOBILISE', 'IMPLEMENT', 'REVIEW'] as const;
export type PlanStage = (typeof PLAN_STAGES)[number];
export const PLAN_STAGE_LABELS: Readonly<Record<PlanStage, { 'zh-CN': string; en: string }>> = {
  MOBILISE: { 'zh-CN': '发动部署', en: 'mobilisation' },
  IMPLEMENT: { 'zh-CN': '推进实施', en: 'implementation' },
  REVIEW: { 'zh-CN': '自评总结', en: 'final self-assessment' },
};

export const PLAN_STATUSES = ['DRAFT', 'ACTIVE', 'SIGNED_OFF'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const MEASURE_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export interface MeasureTemplateItem {
  code: string;
  line: ServiceLine;
  text: { 'zh-CN': string; en: string };
  /** Where it comes from in the seed. */
  source: 'PART1' | 'PART3';
}

/** The measure template: part 3's measures (the firm's self-check and improvement measures) and part 1's goals. */
export const MEASURE_TEMPLATE: readonly MeasureTemplateItem[] = [
  {
    code: 'RENTER_RECORDS',
    line: 'SECURITY',
    source: 'PART3',
    text: { 'zh-CN': '定期上门统计出租户信息，消除安全隐患', en: 'visit homes regularly to record renters and remove hazards' },
  },
  {
    code: 'SAFETY_DAYS',
    line: 'SECURITY',
    source: 'PART3',
    text: { 'zh-CN': '定期开展安全日活动，通过宣传展板或视频宣传引导', en: 'hold safety days with display boards or videos' },
  },
  {
    code: 'GARAGE_CCTV',
    line: 'SECURITY',
    source: 'PART3',
    text: { 'zh-CN': '地下车库梯间加装摄像头，保障人员出入受控', en: 'add CCTV to the garage stairwells so entry is controlled' },
  },
  {
    code: 'FIRE_LANES',
    line: 'SECURITY',
    source: 'PART3',
    text: { 'zh-CN': '大区域人流分离管理，打通并加开消防通道', en: 'separate foot traffic in large areas and reopen fire lanes' },
  },
  {
    code: 'SECURITY_CASE_TALKS',
    line: 'SECURITY',
    source: 'PART3',
    text: { 'zh-CN': '片区管家定期到安全班组座谈，分析案例', en: 'area stewards meet the security team regularly to go through cases' },
  },
  {
    code: 'OPERATING_GUIDES',
    line: 'CUSTOMER_RELATIONS',
    source: 'PART3',
    text: { 'zh-CN': '编制岗位傻瓜式操作指引，帮助新员工快速适岗', en: 'write step-by-step operating guides for every post so new staff settle in fast' },
  },
  {
    code: 'FACILITY_OWNERS',
    line: 'BUILDING',
    source: 'PART3',
    text: { 'zh-CN': '公共设施维护责任到人，建立日常巡查和维护机制', en: 'a named owner for each shared facility, with routine patrols and upkeep' },
  },
  {
    code: 'NOTICE_BOARD',
    line: 'BUILDING',
    source: 'PART3',
    text: { 'zh-CN': '公共设施维护改造及时通过公示栏告知业主', en: 'announce every facility repair or upgrade on the notice board' },
  },
  {
    code: 'OUTSOURCING_STANDARDS',
    line: 'CLEANING',
    source: 'PART3',
    text: { 'zh-CN': '规范外包单位现场作业流程和礼仪，统一培训课件', en: 'standard on-site procedures and manners for contractors, with one training course' },
  },
  {
    code: 'ZONING',
    line: 'CLEANING',
    source: 'PART3',
    text: { 'zh-CN': '全员片区化管理，划分责任区域，消除死角', en: 'zone the whole site with a team responsible for each area, leaving no blind spots' },
  },
  { code: 'TREE_PRUNING_PLAN', line: 'CLEANING', source: 'PART3', text: { 'zh-CN': '每年制定乔木修剪计划', en: 'a yearly tree pruning plan' } },
  {
    code: 'GREENING_ADVICE',
    line: 'VALUE_ADDED',
    source: 'PART3',
    text: { 'zh-CN': '免费提供绿化养护咨询和上门养护指导', en: 'free advice and home visits on caring for plants' },
  },
  {
    code: 'NEW_STAFF_CONTINUITY',
    line: 'CUSTOMER_RELATIONS',
    source: 'PART1',
    text: { 'zh-CN': '解决新员工多带来的服务品质延续问题', en: 'keep service quality steady despite many new staff' },
  },
  {
    code: 'SATISFACTION_RISE',
    line: 'CUSTOMER_RELATIONS',
    source: 'PART1',
    text: { 'zh-CN': '争取业主更大的满意度和美誉度', en: 'raise residents’ satisfaction and the firm’s reputation' },
  },
  {
    code: 'HOUSEKEEPING_SERVICE',
    line: 'VALUE_ADDED',
    source: 'PART1',
    text: { 'zh-CN': '开展家政等增值服务', en: 'offer housekeeping and other value-added services' },
  },
];

export const PLAN_LIMITS = {
  titleMax: 60,
  goalsMax: 1000,
  nameMax: 20,
  measureMax: 200,
  noteMax: 500,
  maxMeasures: 60,
  /** A plan runs at most a year (part 1's campaign ran six weeks). */
  maxPeriodDays: 366,
  /** 以上: a final self-assessment of 60 or more is up to standard. */
  passMark: 60,
} as const;

export interface PlanMeasureDraft {
  line: string;
  templateCode?: string | null;
  text: string;
  dueOn?: string | null;
}

export interface PlanDraft {
  title: string;
  periodFrom: string;
  periodTo: string;
  goals: string;
  coordinator: string;
  owners: Partial<Record<string, string>>;
  measures: readonly PlanMeasureDraft[];
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const len = (s: string | null | undefined) => Array.from((s ?? '').trim()).length;
const isLine = (s: string): s is ServiceLine => (SERVICE_LINES as readonly string[]).includes(s);

function text(issues: FieldIssue[], field: string, value: string | null | undefined, max: number) {
  if (len(value) === 0) issues.push({ field, code: 'REQUIRED' });
  else if (len(value) > max) issues.push({ field, code: 'TOO_LONG', params: { max } });
}

/** What may be saved as a draft: every field well-formed (owners and measures may still be missing). */
export function checkPlanDraft(d: PlanDraft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  text(issues, 'title', d.title, PLAN_LIMITS.titleMax);
  if (!ISO.test(d.periodFrom)) issues.push({ field: 'periodFrom', code: 'INVALID_DATE' });
  if (!ISO.test(d.periodTo)) issues.push({ field: 'periodTo', code: 'INVALID_DATE' });
  else if (ISO.test(d.periodFrom)) {
    if (d.periodTo < d.periodFrom) issues.push({ field: 'periodTo', code: 'DATE_BEFORE', params: { other: 'periodFrom' } });
    else if (d.periodTo > addDays(d.periodFrom, PLAN_LIMITS.maxPeriodDays - 1))
      issues.push({ field: 'periodTo', code: 'DATE_OUT_OF_RANGE', params: { min: d.periodFrom, max: addDays(d.periodFrom, PLAN_LIMITS.maxPeriodDays - 1) } });
  }
  if (len(d.goals) > PLAN_LIMITS.goalsMax) issues.push({ field: 'goals', code: 'TOO_LONG', params: { max: PLAN_LIMITS.goalsMax } });
  if (len(d.coordinator) > PLAN_LIMITS.nameMax) issues.push({ field: 'coordinator', code: 'TOO_LONG', params: { max: PLAN_LIMITS.nameMax } });
  for (const [line, owner] of Object.entries(d.owners)) {
    if (!isLine(line)) issues.push({ field: `owners.${line}`, code: 'INVALID_FORMAT' });
    else if (len(owner) > PLAN_LIMITS.nameMax) issues.push({ field: `owners.${line}`, code: 'TOO_LONG', params: { max: PLAN_LIMITS.nameMax } });
  }
  if (d.measures.length > PLAN_LIMITS.maxMeasures) issues.push({ field: 'measures', code: 'OUT_OF_RANGE', params: { min: 0, max: PLAN_LIMITS.maxMeasures } });
  d.measures.forEach((m, i) => {
    if (!isLine(m.line)) issues.push({ field: `measures.${i + 1}.line`, code: 'INVALID_FORMAT' });
    if (m.templateCode && !MEASURE_TEMPLATE.some((t) => t.code === m.templateCode))
      issues.push({ field: `measures.${i + 1}.templateCode`, code: 'UNKNOWN_REFERENCE', params: { id: m.templateCode } });
    text(issues, `measures.${i + 1}.text`, m.text, PLAN_LIMITS.measureMax);
    if (m.dueOn) {
      if (!ISO.test(m.dueOn)) issues.push({ field: `measures.${i + 1}.dueOn`, code: 'INVALID_DATE' });
      else if (ISO.test(d.periodFrom) && ISO.test(d.periodTo) && (m.dueOn < d.periodFrom || m.dueOn > d.periodTo))
        issues.push({ field: `measures.${i + 1}.dueOn`, code: 'DATE_OUT_OF_RANGE', params: { min: d.periodFrom, max: d.periodTo } });
    }
  });
  return issues;
}

/** What a plan needs before it starts: goals, a coordinator, an owner for every line and a measure for every line. */
export function checkPlanSubmit(d: PlanDraft): FieldIssue[] {
  const issues = checkPlanDraft(d);
  if (len(d.goals) === 0) issues.push({ field: 'goals', code: 'REQUIRED' });
  if (len(d.coordinator) === 0) issues.push({ field: 'coordinator', code: 'REQUIRED' });
  for (const line of SERVICE_LINES) {
    if (len(d.owners[line]) === 0) issues.push({ field: `owners.${line}`, code: 'REQUIRED' });
    if (!d.measures.some((m) => m.line === line)) issues.push({ field: 'measures', code: 'PLAN_LINE_WITHOUT_MEASURE', params: { line } });
  }
  return issues;
}

export interface StageAssessmentInput {
  stage: string;
  assessedOn: string;
  scores: Partial<Record<string, number>>;
}

export interface PlanState {
  status: PlanStatus;
  periodFrom: string;
  periodTo: string;
  /** Stages already assessed. */
  assessedStages: readonly PlanStage[];
  /** Date of the latest assessment, if any. */
  lastAssessedOn: string | null;
  measures: readonly { status: MeasureStatus }[];
  /** Final-stage score per line, once assessed. */
  finalScores: Partial<Record<ServiceLine, number>>;
}

/** The stage to assess next (stages go in order, each once), or null when all are done. */
export function nextStage(assessed: readonly PlanStage[]): PlanStage | null {
  return PLAN_STAGES.find((s) => !assessed.includes(s)) ?? null;
}

/**
 * A stage's self-assessment: the plan is running, the stage is the next one, every line has a whole score 0–100
 * (each line's owner assesses it), dated inside the plan's period (or up to 30 days after it, for the final stage)
 * and not before the previous assessment.
 */
export function checkStageAssessment(plan: PlanState, input: StageAssessmentInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (plan.status !== 'ACTIVE') return [{ field: 'planId', code: 'ILLEGAL_TRANSITION', params: { from: plan.status, action: 'ASSESS' } }];
  const next = nextStage(plan.assessedStages);
  if (!(PLAN_STAGES as readonly string[]).includes(input.stage)) issues.push({ field: 'stage', code: 'INVALID_FORMAT' });
  else if (input.stage !== next) issues.push({ field: 'stage', code: 'PLAN_STAGE_OUT_OF_ORDER', params: { expected: next ?? '-' } });
  const latest = input.stage === 'REVIEW' ? addDays(plan.periodTo, 30) : plan.periodTo;
  const earliest = plan.lastAssessedOn && plan.lastAssessedOn > plan.periodFrom ? plan.lastAssessedOn : plan.periodFrom;
  if (!ISO.test(input.assessedOn)) issues.push({ field: 'assessedOn', code: 'INVALID_DATE' });
  else if (input.assessedOn < earliest || input.assessedOn > latest)
    issues.push({ field: 'assessedOn', code: 'DATE_OUT_OF_RANGE', params: { min: earliest, max: latest } });
  for (const line of SERVICE_LINES) {
    const score = input.scores[line];
    if (score == null) issues.push({ field: `scores.${line}`, code: 'REQUIRED' });
    else if (!Number.isInteger(score)) issues.push({ field: `scores.${line}`, code: 'NOT_INTEGER' });
    else if (score < 0 || score > 100) issues.push({ field: `scores.${line}`, code: 'OUT_OF_RANGE', params: { min: 0, max: 100 } });
  }
  return issues;
}

/** Whether a line's final self-assessment is up to standard (60 以上, the figure included). */
export const lineUpToStandard = (score: number): boolean => score >= PLAN_LIMITS.passMark;

/**
 * Company sign-off (公司组织验收): the plan is running, all three stages are assessed, no measure is still planned or
 * under way (each is done, or dropped with a note), a named signer, dated on or after the final assessment.
 */
export function checkSignOff(plan: PlanState, signer: string, signedOn: string): FieldIssue[] {
  if (plan.status !== 'ACTIVE') return [{ field: 'planId', code: 'ILLEGAL_TRANSITION', params: { from: plan.status, action: 'SIGN_OFF' } }];
  const issues = signOffBlockers(plan);
  text(issues, 'signedBy', signer, PLAN_LIMITS.nameMax);
  if (!ISO.test(signedOn)) issues.push({ field: 'signedOn', code: 'INVALID_DATE' });
  else if (plan.lastAssessedOn && signedOn < plan.lastAssessedOn)
    issues.push({ field: 'signedOn', code: 'DATE_BEFORE', params: { other: plan.lastAssessedOn } });
  return issues;
}

/** What still stands between a running plan and its sign-off. */
export function signOffBlockers(plan: PlanState): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const next = nextStage(plan.assessedStages);
  if (next) issues.push({ field: 'stage', code: 'PLAN_STAGE_MISSING', params: { stage: next } });
  const open = plan.measures.filter((m) => m.status === 'PLANNED' || m.status === 'IN_PROGRESS').length;
  if (open > 0) issues.push({ field: 'measures', code: 'PLAN_MEASURES_OPEN', params: { count: open } });
  return issues;
}

/** A measure's status change while the plan runs: dropping one needs a note saying why. */
export function checkMeasureUpdate(planStatus: PlanStatus, status: string, note: string | null | undefined): FieldIssue[] {
  if (planStatus !== 'ACTIVE') return [{ field: 'planId', code: 'ILLEGAL_TRANSITION', params: { from: planStatus, action: 'UPDATE_MEASURE' } }];
  if (!(MEASURE_STATUSES as readonly string[]).includes(status)) return [{ field: 'status', code: 'INVALID_FORMAT' }];
  if (status === 'DROPPED' && len(note) === 0) return [{ field: 'note', code: 'REQUIRED' }];
  if (len(note) > PLAN_LIMITS.noteMax) return [{ field: 'note', code: 'TOO_LONG', params: { max: PLAN_LIMITS.noteMax } }];
  return [];
}

export interface PlanProgress {
  measures: number;
  done: number;
  dropped: number;
  /** done ÷ (measures − dropped); null without any. */
  doneShare: number | null;
  stagesAssessed: number;
  /** Lines whose final self-assessment is below the pass mark. */
  linesBelowStandard: ServiceLine[];
}

export function planProgress(plan: PlanState): PlanProgress {
  const done = plan.measures.filter((m) => m.status === 'DONE').length;
  const dropped = plan.measures.filter((m) => m.status === 'DROPPED').length;
  const counted = plan.measures.length - dropped;
  return {
    measures: plan.measures.length,
    done,
    dropped,
    doneShare: counted > 0 ? done / counted : null,
    stagesAssessed: plan.assessedStages.length,
    linesBelowStandard: SERVICE_LINES.filter((l) => plan.finalScores[l] != null && !lineUpToStandard(plan.finalScores[l]!)),
  };
}

export const PLAN_ACTIONS = ['EDIT', 'SUBMIT', 'ASSESS', 'UPDATE_MEASURE', 'SIGN_OFF'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

/** What the firm may do next with its plan, and why not (the bureau only reads). */
export function planActions(plan: PlanState, draft: PlanDraft, mayWrite: boolean): ActionAvailability<PlanAction>[] {
  const denied: FieldIssue | null = mayWrite ? null : { field: 'planId', code: 'FORBIDDEN_ACTION' };
  const state = (want: PlanStatus, action: PlanAction): FieldIssue | null =>
    plan.status === want ? null : { field: 'planId', code: 'ILLEGAL_TRANSITION', params: { from: plan.status, action } };
  return [
    availability('EDIT', denied ?? state('DRAFT', 'EDIT')),
    availability('SUBMIT', denied ?? state('DRAFT', 'SUBMIT') ?? checkPlanSubmit(draft)[0] ?? null),
    availability('ASSESS', denied ?? state('ACTIVE', 'ASSESS') ?? (nextStage(plan.assessedStages) ? null : { field: 'stage', code: 'PLAN_STAGES_DONE' })),
    availability('UPDATE_MEASURE', denied ?? state('ACTIVE', 'UPDATE_MEASURE')),
    availability('SIGN_OFF', denied ?? state('ACTIVE', 'SIGN_OFF') ?? signOffBlockers(plan)[0] ?? null),
  ];
}
