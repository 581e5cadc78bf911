/**
 * The KPIs of docs/product.md §6 as data: one place that says what each KPI counts, its target and which way is good.
 * The SQL read model (@wuye/db kpi engine) computes the numerators and denominators described here; the API and
 * the dashboard only read this table for names, targets and directions.
 */
export const KPI_CODES = [
  'NEW_RESIDENTIAL_COVERAGE',
  'OLD_COMMUNITY_COVERAGE',
  'CLOSE_OFF_RATE',
  'ON_TIME_RATE',
  'OVERDUE_ISSUES',
  'COMPLAINT_TIMELINESS',
  'SATISFACTION',
  'COMMITTEE_FORMATION',
  'TRAINING',
  'CREDIT_DISTRIBUTION',
  'CAMPAIGN_MILESTONES',
] as const;
export type KpiCode = (typeof KPI_CODES)[number];

/** RATIO: numerator ÷ denominator; COUNT: the numerator itself; DISTRIBUTION: counts per key, no single value. */
export type KpiKind = 'RATIO' | 'COUNT' | 'DISTRIBUTION';
/** HIGHER_IS_BETTER (≥ target), LOWER_IS_BETTER (≤ target), RISING (better than the previous period), NONE. */
export type KpiDirection = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'RISING' | 'NONE';
export const KPI_GROUPINGS = ['TOWNSHIP', 'DEPARTMENT', 'ENTERPRISE', 'MONTH'] as const;
export type KpiGrouping = (typeof KPI_GROUPINGS)[number];

type Text = { 'zh-CN': string; en: string };

export interface KpiDefinition {
  code: KpiCode;
  name: Text;
  kind: KpiKind;
  numerator: Text;
  denominator: Text | null;
  /** Ratio in 0…1 or a count; null when the product sets none ("rising", "—"). */
  target: number | null;
  direction: KpiDirection;
  /** FLOW: events dated in the period; STOCK: a state counted as of the period's last day (or today). */
  basis: 'FLOW' | 'STOCK';
  /** Groupings the KPI can be broken down by; other groupings give "no data" rows. */
  groupings: readonly KpiGrouping[];
  /** Why a KPI has no data at all, when it cannot be computed yet. */
  unavailable?: Text;
  note?: Text;
}

const ALL: readonly KpiGrouping[] = ['TOWNSHIP', 'DEPARTMENT', 'ENTERPRISE', 'MONTH'];

/** The coverage ratios read the registry as it was on the period's last day (or today). */
const REGISTRY_NOTE = {
  'zh-CN': '按登记库历史取期末（或今天）当时的小区类型、服务模式与服务企业',
  en: "the registry's history: each community's kind, service mode and firm as they were at the end of the period (or today)",
};

export const KPI_DEFINITIONS: readonly KpiDefinition[] = [
  {
    code: 'NEW_RESIDENTIAL_COVERAGE',
    name: { 'zh-CN': '新建住宅物业服务覆盖率', en: 'new-residential coverage' },
    kind: 'RATIO',
    numerator: { 'zh-CN': '服务模式为物业企业服务的新建住宅小区数', en: 'NEW_RESIDENTIAL communities with service mode ENTERPRISE' },
    denominator: { 'zh-CN': '新建住宅小区总数', en: 'all NEW_RESIDENTIAL communities' },
    target: 1,
    direction: 'HIGHER_IS_BETTER',
    basis: 'STOCK',
    groupings: ['TOWNSHIP', 'MONTH'],
    note: REGISTRY_NOTE,
  },
  {
    code: 'OLD_COMMUNITY_COVERAGE',
    name: { 'zh-CN': '老旧小区物业管理覆盖率', en: 'old-community coverage' },
    kind: 'RATIO',
    numerator: {
      'zh-CN': '服务模式为物业企业服务、基础物业服务或业主自管的老旧小区数',
      en: 'OLD communities with mode ENTERPRISE, BASIC_SERVICE or SELF_MANAGED',
    },
    denominator: { 'zh-CN': '老旧小区总数', en: 'all OLD communities' },
    target: 1,
    direction: 'HIGHER_IS_BETTER',
    basis: 'STOCK',
    groupings: ['TOWNSHIP', 'MONTH'],
    note: REGISTRY_NOTE,
  },
  {
    code: 'CLOSE_OFF_RATE',
    name: { 'zh-CN': '问题销号率', en: 'close-off rate' },
    kind: 'RATIO',
    numerator: { 'zh-CN': '期内登记的问题中截至期末（或今天）已销号的数量', en: 'issues registered in the period and closed by its end (or today)' },
    denominator: { 'zh-CN': '期内登记的问题数', en: 'issues registered in the period' },
    target: 0.95,
    direction: 'HIGHER_IS_BETTER',
    basis: 'FLOW',
    groupings: ALL,
  },
  {
    code: 'ON_TIME_RATE',
    name: { 'zh-CN': '按期整改率', en: 'on-time rate' },
    kind: 'RATIO',
    numerator: { 'zh-CN': '期内销号且销号日不晚于整改期限的问题数', en: 'issues closed in the period on or before their deadline day' },
    denominator: { 'zh-CN': '期内销号的问题数', en: 'issues closed in the period' },
    target: 0.9,
    direction: 'HIGHER_IS_BETTER',
    basis: 'FLOW',
    groupings: ALL,
  },
  {
    code: 'OVERDUE_ISSUES',
    name: { 'zh-CN': '逾期未销号问题', en: 'overdue issues' },
    kind: 'COUNT',
    numerator: {
      'zh-CN': '截至期末（或今天）未销号且整改期限已过的问题数',
      en: 'issues open at the end of the period (or today) whose deadline day has passed',
    },
    denominator: { 'zh-CN': '同一时点有整改期限的未销号问题数', en: 'open issues with a deadline at the same moment' },
    target: 0,
    direction: 'LOWER_IS_BETTER',
    basis: 'STOCK',
    groupings: ALL,
  },
  {
    code: 'COMPLAINT_TIMELINESS',
    name: { 'zh-CN': '投诉及时响应率', en: 'complaint timeliness' },
    kind: 'RATIO',
    numerator: { 'zh-CN': '期内受理且在时限内首次响应的投诉数', en: 'complaints received in the period with a first response within the SLA' },
    denominator: {
      'zh-CN': '期内受理的投诉数（不含尚在响应时限内、未响应的）',
      en: 'complaints received in the period (not counting those still inside their response window)',
    },
    target: 0.95,
    direction: 'HIGHER_IS_BETTER',
    basis: 'FLOW',
    groupings: ALL,
  },
  {
    code: 'SATISFACTION',
    name: { 'zh-CN': '满意率', en: 'satisfaction' },
    kind: 'RATIO',
    numerator: {
      'zh-CN': '期内回访评价为满意或基本满意的数量，加上期内结束的满意度测评（作答过半）中满意或基本满意的答卷数',
      en: 'follow-up visits in the period rated satisfied or basically satisfied, plus such answers of satisfaction surveys closed in the period (at least half the sample answered)',
    },
    denominator: {
      'zh-CN': '期内回访数，加上期内结束的满意度测评（作答过半）的答卷数',
      en: 'follow-up visits in the period, plus the answers of satisfaction surveys closed in the period (at least half the sample answered)',
    },
    target: 0.9,
    direction: 'HIGHER_IS_BETTER',
    basis: 'FLOW',
    groupings: ALL,
  },
  {
    code: 'COMMITTEE_FORMATION',
    name: { 'zh-CN': '业主委员会组建率', en: 'committee formation' },
    kind: 'RATIO',
    numerator: {
      'zh-CN': '期末有已备案且在任期内的业主委员会的住宅小区数',
      en: "residential communities whose owners' committee is filed and in term at the end of the period",
    },
    denominator: {
      'zh-CN': '可组建业主委员会的住宅小区数（新建住宅小区与老旧小区，不含其他类型）',
      en: 'residential communities where a committee can be formed (new residential and old; not OTHER)',
    },
    target: null,
    direction: 'RISING',
    basis: 'STOCK',
    groupings: ['TOWNSHIP', 'MONTH'],
    note: {
      'zh-CN': '任期按业委会备案的起止日；小区名单按登记库历史取期末当时',
      en: "terms from the committee's filed dates; the community list as the registry's history had it at the end of the period",
    },
  },
  {
    code: 'TRAINING',
    name: { 'zh-CN': '培训覆盖率', en: 'training' },
    kind: 'RATIO',
    numerator: {
      'zh-CN': '截至期末前 12 个月内参加过培训的项目经理和在任业主委员会委员数',
      en: 'project managers and serving committee members who attended a training session in the 12 months up to the end of the period',
    },
    denominator: { 'zh-CN': '项目经理和在任业主委员会委员总数', en: 'all project managers and serving committee members' },
    target: 1,
    direction: 'HIGHER_IS_BETTER',
    basis: 'STOCK',
    groupings: ['TOWNSHIP', 'ENTERPRISE', 'MONTH'],
    note: {
      'zh-CN': '委员按其业委会的培训记录计；乡镇按企业注册地或小区所在乡镇；按企业统计时只计项目经理',
      en: "members count by their committee's training records; township = the firm's registered township or the community's; per firm, managers only",
    },
  },
  {
    code: 'CREDIT_DISTRIBUTION',
    name: { 'zh-CN': '信用等级分布', en: 'credit distribution' },
    kind: 'DISTRIBUTION',
    numerator: { 'zh-CN': '各信用等级的在营企业数；红榜、黑名单企业数', en: 'active firms per grade; red and black list counts' },
    denominator: { 'zh-CN': '在营企业数', en: 'active firms' },
    target: null,
    direction: 'NONE',
    basis: 'STOCK',
    groupings: ['TOWNSHIP', 'ENTERPRISE', 'MONTH'],
    note: { 'zh-CN': '取当前信用等级与名单状态', en: 'current grades and list status' },
  },
  {
    code: 'CAMPAIGN_MILESTONES',
    name: { 'zh-CN': '提升年节点按期完成率', en: 'campaign milestones' },
    kind: 'RATIO',
    numerator: { 'zh-CN': '期内到期且按期完成的节点数', en: 'milestones due in the period and done by their due date' },
    denominator: { 'zh-CN': '期内已到期的节点数', en: 'milestones due in the period (up to today)' },
    target: 1,
    direction: 'HIGHER_IS_BETTER',
    basis: 'FLOW',
    groupings: ['DEPARTMENT', 'MONTH'],
    note: { 'zh-CN': '节点为全县任务，乡镇、企业用户看到的是全县数', en: 'milestones are county-wide: township and firm users see the county figure' },
  },
];

const BY_CODE = new Map(KPI_DEFINITIONS.map((d) => [d.code, d]));

export function kpiDefinition(code: KpiCode): KpiDefinition {
  return BY_CODE.get(code)!;
}
