import { closedLoopTerm as term } from './closed-loop/labels.js';
import { ROLE_LABELS } from './permissions.js';
import { codeLabel } from './code-labels.js';
import type { Role } from './enums.js';
import { MESSAGES as CATALOGUE, text, type MessageKey } from './messages.js';
import { PLAN_STAGE_LABELS, SERVICE_LINE_LABELS, type PlanStage, type ServiceLine } from './improvement-plans/plan.js';
import { SPECIAL_INSPECTION_POLICY_V1, type SpecialInspectionType } from './special-inspections/policy.js';
import { SPECIAL_INSPECTION_STATUS_LABELS, type SpecialInspectionStatus } from './special-inspections/rules.js';

const lineLabel = (code: string | number | undefined, locale: 'zh-CN' | 'en') => SERVICE_LINE_LABELS[code as ServiceLine]?.[locale] ?? String(code);
const stageLabel = (code: string | number | undefined, locale: 'zh-CN' | 'en') => PLAN_STAGE_LABELS[code as PlanStage]?.[locale] ?? String(code);
const specialTypeLabel = (code: string | number | undefined, locale: 'zh-CN' | 'en') =>
  SPECIAL_INSPECTION_POLICY_V1.templates[code as SpecialInspectionType]?.label[locale] ?? String(code);
const specialStatusLabel = (code: string | number | undefined, locale: 'zh-CN' | 'en') =>
  SPECIAL_INSPECTION_STATUS_LABELS[code as SpecialInspectionStatus]?.[locale] ?? String(code);
const role = (code: string | number | undefined, locale: 'zh-CN' | 'en') => ROLE_LABELS[code as Role]?.[locale] ?? String(code);

/** A rule violation tied to one input field; translated into a message by `messageFor`. */
export interface FieldIssue {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

export type Locale = 'zh-CN' | 'en';

/** Field labels used in messages, so every message names its field in the reader's language. */
const FIELD_LABELS: Record<string, { 'zh-CN': string; en: string }> = {
  name: { 'zh-CN': '名称', en: 'name' },
  code: { 'zh-CN': '编码', en: 'code' },
  uscc: { 'zh-CN': '统一社会信用代码', en: 'USCC' },
  legalRepresentative: { 'zh-CN': '法定代表人', en: 'legal representative' },
  contactPerson: { 'zh-CN': '联系人', en: 'contact person' },
  contactPhone: { 'zh-CN': '联系电话', en: 'contact phone' },
  address: { 'zh-CN': '地址', en: 'address' },
  townshipId: { 'zh-CN': '乡镇/街道', en: 'township' },
  departmentId: { 'zh-CN': '部门', en: 'department' },
  enterpriseId: { 'zh-CN': '物业服务企业', en: 'enterprise' },
  communityId: { 'zh-CN': '小区', en: 'community' },
  status: { 'zh-CN': '状态', en: 'status' },
  remit: { 'zh-CN': '职责范围', en: 'remit' },
  certificateNo: { 'zh-CN': '证书编号', en: 'certificate no.' },
  phone: { 'zh-CN': '电话', en: 'phone' },
  type: { 'zh-CN': '类型', en: 'type' },
  households: { 'zh-CN': '户数', en: 'households' },
  floorArea: { 'zh-CN': '建筑面积', en: 'floor area' },
  deliveryDate: { 'zh-CN': '交付日期', en: 'delivery date' },
  serviceMode: { 'zh-CN': '服务模式', en: 'service mode' },
  contractStart: { 'zh-CN': '合同开始日期', en: 'contract start' },
  contractEnd: { 'zh-CN': '合同结束日期', en: 'contract end' },
  officeArea: { 'zh-CN': '物业管理用房面积', en: 'management-office area' },
  maintenanceFundBalance: { 'zh-CN': '维修资金余额', en: 'maintenance-fund balance' },
  startDate: { 'zh-CN': '任职开始日期', en: 'start date' },
  endDate: { 'zh-CN': '任职结束日期', en: 'end date' },
  registeredOn: { 'zh-CN': '备案日期', en: 'registration date' },
  username: { 'zh-CN': '用户名', en: 'username' },
  displayName: { 'zh-CN': '姓名', en: 'display name' },
  password: { 'zh-CN': '密码', en: 'password' },
  newPassword: { 'zh-CN': '新密码', en: 'new password' },
  currentPassword: { 'zh-CN': '当前密码', en: 'current password' },
  role: { 'zh-CN': '角色', en: 'role' },
  page: { 'zh-CN': '页码', en: 'page' },
  perPage: { 'zh-CN': '每页条数', en: 'page size' },
  id: { 'zh-CN': '编号', en: 'id' },
  itemCode: { 'zh-CN': '信用事项', en: 'credit item' },
  subjectType: { 'zh-CN': '信用主体类型', en: 'subject type' },
  managerId: { 'zh-CN': '项目经理', en: 'project manager' },
  effectiveFrom: { 'zh-CN': '生效日期', en: 'effective date' },
  reason: { 'zh-CN': '事由', en: 'reason' },
  evidence: { 'zh-CN': '证据材料', en: 'evidence' },
  recordId: { 'zh-CN': '信用记录', en: 'credit record' },
  statement: { 'zh-CN': '异议理由', en: 'objection statement' },
  objectionId: { 'zh-CN': '异议', en: 'objection' },
  note: { 'zh-CN': '说明', en: 'note' },
  commitment: { 'zh-CN': '信用承诺书', en: 'written commitment' },
  openIssues: { 'zh-CN': '未销号问题', en: 'open issues' },
  applicationId: { 'zh-CN': '信用修复申请', en: 'repair application' },
  quarter: { 'zh-CN': '评比季度', en: 'quarter' },
  ratingId: { 'zh-CN': '季度评比', en: 'rating' },
  standard: { 'zh-CN': '评分标准', en: 'scoring standard' },
  sourceType: { 'zh-CN': '来源类型', en: 'source type' },
  sourceId: { 'zh-CN': '来源编号', en: 'source id' },
  correctsId: { 'zh-CN': '被更正的记录', en: 'corrected record' },
  issue: { 'zh-CN': '问题', en: 'issue' },
  complaint: { 'zh-CN': '投诉', en: 'complaint' },
  measures: { 'zh-CN': '整改措施', en: 'measures' },
  body: { 'zh-CN': '正文', en: 'text' },
  minutesAttendees: { 'zh-CN': '参会人员', en: 'attendees' },
  visitedOn: { 'zh-CN': '观摩日期', en: 'visit date' },
  hostEnterpriseId: { 'zh-CN': '被观摩企业或小区', en: 'host firm or community' },
  hostCommunityId: { 'zh-CN': '被观摩小区', en: 'host community' },
  visitors: { 'zh-CN': '观摩单位和人员', en: 'visitors' },
  visitFindings: { 'zh-CN': '观摩情况', en: 'findings' },
  article: { 'zh-CN': '宣传稿件', en: 'article' },
  articleKind: { 'zh-CN': '栏目', en: 'column' },
  articleSummary: { 'zh-CN': '摘要', en: 'summary' },
  articleSource: { 'zh-CN': '来源', en: 'source' },
  articleImages: { 'zh-CN': '稿件图片', en: 'article images' },
  imageCaption: { 'zh-CN': '图片说明', en: 'image caption' },
  meetingKind: { 'zh-CN': '会议类型', en: 'meeting kind' },
  hostDepartmentId: { 'zh-CN': '承办部门', en: 'host department' },
  hostTownshipId: { 'zh-CN': '承办乡镇', en: 'host township' },
  deadline: { 'zh-CN': '整改期限', en: 'deadline' },
  findingId: { 'zh-CN': '安全检查问题', en: 'safety finding' },
  verifier: { 'zh-CN': '复查人', en: 'verifier' },
  decisions: { 'zh-CN': '会议决定事项', en: 'decisions' },
  checkedOn: { 'zh-CN': '检查日期', en: 'date of the check' },
  findings: { 'zh-CN': '检查发现的问题', en: 'findings' },
  item: { 'zh-CN': '清单项', en: 'checklist item' },
  meetingId: { 'zh-CN': '工作组会议', en: 'working-group meeting' },
  attachments: { 'zh-CN': '附件', en: 'attachments' },
  category: { 'zh-CN': '问题类别', en: 'category' },
  subtype: { 'zh-CN': '问题子类', en: 'subtype' },
  channel: { 'zh-CN': '投诉渠道', en: 'channel' },
  complainantCount: { 'zh-CN': '投诉人数', en: 'number of complainants' },
  content: { 'zh-CN': '投诉内容', en: 'content' },
  upheld: { 'zh-CN': '是否属实', en: 'upheld' },
  issueId: { 'zh-CN': '问题编号', en: 'issue' },
  reasons: { 'zh-CN': '驳回理由', en: 'reasons' },
  rating: { 'zh-CN': '回访评价', en: 'follow-up rating' },
  firstResponseDays: { 'zh-CN': '首次响应时限（天）', en: 'first-response limit (days)' },
  resolutionDays: { 'zh-CN': '办结时限（天）', en: 'resolution limit (days)' },
  deduction: { 'zh-CN': '扣分', en: 'deduction' },
  kind: { 'zh-CN': '检查方式', en: 'kind' },
  date: { 'zh-CN': '日期', en: 'date' },
  inspectors: { 'zh-CN': '检查人员', en: 'inspectors' },
  inspection: { 'zh-CN': '检查', en: 'inspection' },
  itemIds: { 'zh-CN': '检查项', en: 'checklist items' },
  title: { 'zh-CN': '标题', en: 'title' },
  description: { 'zh-CN': '问题描述', en: 'description' },
  source: { 'zh-CN': '问题来源', en: 'source' },
  complainantName: { 'zh-CN': '投诉人姓名', en: 'complainant name' },
  complainantPhone: { 'zh-CN': '投诉人电话', en: 'complainant phone' },
  receivedAt: { 'zh-CN': '受理时间', en: 'time received' },
  file: { 'zh-CN': '文件', en: 'file' },
  b1GraceDays: { 'zh-CN': '逾期宽限天数', en: 'B1 grace period (days)' },
  dueSoonDays: { 'zh-CN': '临期提醒天数', en: 'due-soon window (days)' },
  year: { 'zh-CN': '年度', en: 'year' },
  dueDate: { 'zh-CN': '完成时限', en: 'due date' },
  doneOn: { 'zh-CN': '完成日期', en: 'completion date' },
  month: { 'zh-CN': '月份', en: 'month' },
  period: { 'zh-CN': '统计期', en: 'period' },
  bulletin: { 'zh-CN': '月通报', en: 'bulletin' },
  campaignId: { 'zh-CN': '活动', en: 'campaign' },
  phaseId: { 'zh-CN': '阶段', en: 'phase' },
  milestoneId: { 'zh-CN': '节点', en: 'milestone' },
  plan: { 'zh-CN': '工作方案', en: 'work plan' },
  archive: { 'zh-CN': '数据建档', en: 'data archive' },
  leaderName: { 'zh-CN': '分管领导', en: 'leader in charge' },
  leaderPosition: { 'zh-CN': '领导职务', en: "leader's post" },
  mechanism: { 'zh-CN': '工作机制', en: 'working mechanism' },
  schedule: { 'zh-CN': '排查整改进度安排', en: 'schedule of checks and rectification' },
  tasks: { 'zh-CN': '任务落实', en: 'tasks and who carries them out' },
  resources: { 'zh-CN': '资源调配', en: 'resources' },
  weekStart: { 'zh-CN': '周起始日', en: 'week start' },
  summary: { 'zh-CN': '工作进展', en: 'summary' },
  topic: { 'zh-CN': '培训主题', en: 'topic' },
  attendees: { 'zh-CN': '参训人员', en: 'attendees' },
  heldAt: { 'zh-CN': '会议时间', en: 'meeting time' },
  location: { 'zh-CN': '地点', en: 'location' },
  agenda: { 'zh-CN': '会议内容', en: 'agenda' },
  minutes: { 'zh-CN': '会议纪要', en: 'minutes' },
  participants: { 'zh-CN': '参加人员', en: 'participants' },
  notice: { 'zh-CN': '会议通知', en: 'notice' },
  tokenId: { 'zh-CN': 'API 令牌', en: 'API token' },
  groupBy: { 'zh-CN': '分组', en: 'group by' },
  definition: { 'zh-CN': '评分标准定义', en: 'standard definition' },
  // owners' committees and their elections
  electionId: { 'zh-CN': '选举', en: 'election' },
  committeeId: { 'zh-CN': '业主委员会', en: "owners' committee" },
  candidates: { 'zh-CN': '候选人', en: 'candidates' },
  candidateId: { 'zh-CN': '候选人', en: 'candidate' },
  route: { 'zh-CN': '提名方式', en: 'nomination route' },
  counters: { 'zh-CN': '监票计票人', en: 'counters' },
  counterId: { 'zh-CN': '监票计票人', en: 'counter' },
  codes: { 'zh-CN': '投票码', en: 'voting codes' },
  votingCode: { 'zh-CN': '投票码', en: 'voting code' },
  contactName: { 'zh-CN': '联系人姓名', en: 'contact name' },
  photos: { 'zh-CN': '照片', en: 'photos' },
  trackingCode: { 'zh-CN': '查询码', en: 'tracking code' },
  sampleSize: { 'zh-CN': '抽样户数', en: 'sample size' },
  opensOn: { 'zh-CN': '开始日期', en: 'opening date' },
  closesOn: { 'zh-CN': '截止日期', en: 'closing date' },
  answer: { 'zh-CN': '满意度', en: 'answer' },
  surveyId: { 'zh-CN': '满意度调查', en: 'survey' },
  surveyCode: { 'zh-CN': '答题码', en: 'survey code' },
  comment: { 'zh-CN': '意见', en: 'comment' },
  choices: { 'zh-CN': '选票', en: 'ballot' },
  paperNo: { 'zh-CN': '纸质选票编号', en: 'paper ballot number' },
  unitId: { 'zh-CN': '房屋', en: 'unit' },
  opensAt: { 'zh-CN': '投票开始时间', en: 'voting opens' },
  closesAt: { 'zh-CN': '投票结束时间', en: 'voting closes' },
  officers: { 'zh-CN': '主任、副主任', en: 'chair and vice-chairs' },
  winners: { 'zh-CN': '当选人', en: 'winners' },
  supporters: { 'zh-CN': '提议业主', en: 'supporting owners' },
  results: { 'zh-CN': '职责评定', en: 'duty assessment' },
  memberId: { 'zh-CN': '委员', en: 'member' },
  motionId: { 'zh-CN': '罢免提议', en: 'recall motion' },
  participatedArea: { 'zh-CN': '参加表决的专有面积', en: 'area taking part' },
  participatedHeadcount: { 'zh-CN': '参加表决的业主人数', en: 'owners taking part' },
  inFavourArea: { 'zh-CN': '同意罢免的专有面积', en: 'area in favour' },
  inFavourHeadcount: { 'zh-CN': '同意罢免的业主人数', en: 'owners in favour' },
  rollArea: { 'zh-CN': '全部专有面积', en: 'whole exclusive area' },
  rollHeadcount: { 'zh-CN': '业主总人数', en: 'number of owners' },
  memberIds: { 'zh-CN': '被提议罢免的委员', en: 'members to recall' },
  reviewer: { 'zh-CN': '评定人', en: 'reviewer' },
  rows: { 'zh-CN': '导入表', en: 'import sheet' },
  building: { 'zh-CN': '楼栋', en: 'building' },
  unitNo: { 'zh-CN': '单元', en: 'stairwell' },
  room: { 'zh-CN': '房号', en: 'room' },
  area: { 'zh-CN': '专有面积', en: 'exclusive area' },
  ownerName: { 'zh-CN': '业主姓名', en: "owner's name" },
  idNumber: { 'zh-CN': '身份证号', en: 'ID number' },
  members: { 'zh-CN': '筹备组成员', en: 'preparatory group members' },
  assembly: { 'zh-CN': '业主大会', en: "owners' assembly" },
  // random inspections (双随机一公开)
  seed: { 'zh-CN': '随机种子', en: 'seed' },
  communityCount: { 'zh-CN': '抽取小区数', en: 'number of communities' },
  teamSize: { 'zh-CN': '每组检查人员数', en: 'team size' },
  communities: { 'zh-CN': '小区名单', en: 'communities' },
  policyCode: { 'zh-CN': '抽查规则', en: 'draw policy' },
  drawId: { 'zh-CN': '抽查计划', en: 'draw' },
  inspectorId: { 'zh-CN': '检查人员', en: 'inspector' },
  badgeNo: { 'zh-CN': '执法证号', en: 'badge number' },
  dueBy: { 'zh-CN': '检查完成期限', en: 'inspect-by date' },
  drawnCommunityId: { 'zh-CN': '抽中小区的检查', en: "drawn community's inspection" },
  // consequences: expulsion and handover (清出市场)
  // developers (建设单位) and warranty; credit-upgrade recommendations
  developerId: { 'zh-CN': '建设单位', en: 'developer' },
  handoverDate: { 'zh-CN': '交付日期', en: 'handover date' },
  warrantyElement: { 'zh-CN': '保修部位', en: 'warranty element' },
  recommendationReasons: { 'zh-CN': '推荐理由', en: 'reasons for the recommendation' },
  recommendationReviewer: { 'zh-CN': '审核人', en: 'reviewer' },
  decisionNote: { 'zh-CN': '审核意见', en: 'decision note' },
  handoverDeadline: { 'zh-CN': '移交期限', en: 'handover deadline' },
  decisionNo: { 'zh-CN': '决定文号', en: 'decision number' },
  decidedOn: { 'zh-CN': '决定日期', en: 'decision date' },
  successorId: { 'zh-CN': '接管企业', en: 'successor firm' },
  handoverId: { 'zh-CN': '移交', en: 'handover' },
  checklist: { 'zh-CN': '移交清单', en: 'handover checklist' },
  // a firm's improvement plan (docs/improvement-plans.md)
  periodFrom: { 'zh-CN': '开始日期', en: 'start date' },
  periodTo: { 'zh-CN': '结束日期', en: 'end date' },
  goals: { 'zh-CN': '活动目标', en: 'goals' },
  coordinator: { 'zh-CN': '总协调人', en: 'coordinator' },
  owners: { 'zh-CN': '服务条线责任人', en: 'service line owners' },
  stage: { 'zh-CN': '阶段', en: 'stage' },
  assessedOn: { 'zh-CN': '自评日期', en: 'assessment date' },
  scores: { 'zh-CN': '自评得分', en: 'self-assessment scores' },
  signedBy: { 'zh-CN': '验收签字人', en: 'signed off by' },
  signedOn: { 'zh-CN': '验收日期', en: 'sign-off date' },
  planId: { 'zh-CN': '提升方案', en: 'improvement plan' },
  measureId: { 'zh-CN': '措施', en: 'measure' },
  // special inspections (docs/special-inspections.md)
  specialInspectionId: { 'zh-CN': '专项检查', en: 'special inspection' },
  itemId: { 'zh-CN': '检查项', en: 'checklist item' },
  plannedOn: { 'zh-CN': '计划检查日期', en: 'planned date' },
  startedOn: { 'zh-CN': '开始检查日期', en: 'start date' },
  completedOn: { 'zh-CN': '完成日期', en: 'completion date' },
};

export function fieldLabel(field: string, locale: Locale): string {
  const label = FIELD_LABELS[field]?.[locale] ?? catalogued(`leasing.fields.${field}`, locale);
  if (label) return label;
  // A part of a structured input (standard.items.3.code) is named by its whole and the path inside it.
  const dot = field.indexOf('.');
  const whole = dot > 0 ? FIELD_LABELS[field.slice(0, dot)]?.[locale] : undefined;
  return whole ? `${whole}（${field.slice(dot + 1)}）` : field;
}

type Template = (p: Record<string, string | number>, label: string) => string;

const MESSAGES: Record<string, { 'zh-CN': Template; en: Template }> = {
  TOO_MANY_PHOTOS: { 'zh-CN': (p, l) => `${l}最多 ${p.max} 张`, en: (p, l) => `at most ${p.max} ${l}` },
  PHOTO_TYPE: { 'zh-CN': (_, l) => `${l}只能是 JPG 或 PNG 图片`, en: (_, l) => `${l} must be a JPG or PNG picture` },
  PHOTO_TOO_LARGE: { 'zh-CN': (p, l) => `${l}不能超过 ${p.max} MB`, en: (p, l) => `${l} must be at most ${p.max} MB` },
  SURVEY_CODE_UNKNOWN: { 'zh-CN': (_, l) => `${l}不存在，请核对`, en: (_, l) => `this ${l} does not exist; please check it` },
  SURVEY_CODE_USED: { 'zh-CN': (_, l) => `${l}已使用过，每个码只能答一次`, en: (_, l) => `this ${l} has been used; each code answers once` },
  SURVEY_ALREADY_CLOSED: { 'zh-CN': (_, l) => `${l}已结束`, en: (_, l) => `the ${l} is already closed` },
  SURVEY_CLOSED: {
    'zh-CN': (p, l) => `${l}所属调查不在答题期内（${p.opensOn} 至 ${p.closesOn}）`,
    en: (p, l) => `the survey of this ${l} is not open (${p.opensOn} to ${p.closesOn})`,
  },
  REQUIRED: { 'zh-CN': (_, l) => `${l}不能为空`, en: (_, l) => `${l} is required` },
  TOO_LONG: { 'zh-CN': (p, l) => `${l}不能超过 ${p.max} 个字符`, en: (p, l) => `${l} must be at most ${p.max} characters` },
  TOO_SHORT: { 'zh-CN': (p, l) => `${l}至少需要 ${p.min} 个字符`, en: (p, l) => `${l} must be at least ${p.min} characters` },
  INVALID_ID: {
    'zh-CN': (p, l) => `${l}编号无效：${p.id}（应为正整数）`,
    en: (p, l) => `${l}: ${p.id} is not a valid id (a positive whole number)`,
  },
  INVALID_CHARACTERS: {
    'zh-CN': (p, l) => `${l}含有不允许的字符 ${p.char}（控制字符、零宽字符或文字方向控制符）`,
    en: (p, l) => `${l} contains a character that is not allowed, ${p.char} (control, zero-width or text-direction character)`,
  },
  QUARTER_NOT_ENDED: {
    'zh-CN': (p, l) => `${l} ${p.quarter} 尚未结束（${p.last} 结束），季度结束后才能评比`,
    en: (p, l) => `the ${l} ${p.quarter} has not ended yet (it ends on ${p.last}); it can be rated once it has`,
  },
  NOT_INTEGER: { 'zh-CN': (_, l) => `${l}必须是整数`, en: (_, l) => `${l} must be a whole number` },
  NEGATIVE: { 'zh-CN': (_, l) => `${l}不能为负数`, en: (_, l) => `${l} cannot be negative` },
  OUT_OF_RANGE: {
    'zh-CN': (p, l) => `${l}必须在 ${p.min} 到 ${p.max} 之间`,
    en: (p, l) => `${l} must be between ${p.min} and ${p.max}`,
  },
  INVALID_DATE: {
    'zh-CN': (_, l) => `${l}不是有效日期（格式 YYYY-MM-DD）`,
    en: (_, l) => `${l} is not a valid date (YYYY-MM-DD)`,
  },
  DATE_OUT_OF_RANGE: {
    'zh-CN': (p, l) => `${l}必须在 ${p.min} 至 ${p.max} 之间`,
    en: (p, l) => `${l} must be between ${p.min} and ${p.max}`,
  },
  DATE_BEFORE: {
    'zh-CN': (p, l) => `${l}不能早于${p.other}`,
    en: (p, l) => `${l} cannot be before the ${p.other}`,
  },
  INVALID_PHONE: {
    'zh-CN': (_, l) => `${l}格式不正确（手机号 11 位或座机号）`,
    en: (_, l) => `${l} is not a valid phone number`,
  },
  INVALID_FORMAT: { 'zh-CN': (_, l) => `${l}格式不正确`, en: (_, l) => `${l} has an invalid format` },
  UNKNOWN_REFERENCE: {
    'zh-CN': (p, l) => `${l}不存在：${p.id}`,
    en: (p, l) => `${l} ${p.id} does not exist`,
  },
  DUPLICATE: {
    'zh-CN': (p, l) => `${l}“${p.value}”已被使用`,
    en: (p, l) => `${l} "${p.value}" is already in use`,
  },
  USCC_EMPTY: { 'zh-CN': (_, l) => `${l}不能为空`, en: (_, l) => `${l} is required` },
  USCC_LENGTH: {
    'zh-CN': (p, l) => `${l}应为 18 位，实际 ${p.length} 位`,
    en: (p, l) => `${l} must have 18 characters, not ${p.length}`,
  },
  USCC_CHARSET: {
    'zh-CN': (p, l) => `${l}第 ${p.position} 位含有不允许的字符“${p.char}”（不使用 I、O、S、V、Z）`,
    en: (p, l) => `${l} has a forbidden character "${p.char}" at position ${p.position} (I, O, S, V, Z are not used)`,
  },
  USCC_CHECK_DIGIT: {
    'zh-CN': (p, l) => `${l}校验码错误：第 18 位应为“${p.expected}”，实际为“${p.actual}”`,
    en: (p, l) => `${l} check character is wrong: expected "${p.expected}", got "${p.actual}"`,
  },
  ENTERPRISE_REQUIRED_FOR_MODE: {
    'zh-CN': (_, l) => `服务模式为“物业企业服务”时必须选择${l}`,
    en: (_, l) => `an ${l} is required when the service mode is ENTERPRISE`,
  },
  ENTERPRISE_NOT_ALLOWED_FOR_MODE: {
    'zh-CN': (_, l) => `只有服务模式为“物业企业服务”时才能指定${l}`,
    en: (_, l) => `an ${l} may only be set when the service mode is ENTERPRISE`,
  },
  ENTERPRISE_INELIGIBLE: {
    'zh-CN': (p, l) => `${l}“${p.name}”${p.reason === 'BLACK' ? '已列入黑名单' : '已被清出'}，不能承接小区`,
    en: (p, l) => `${l} "${p.name}" is ${p.reason === 'BLACK' ? 'black-listed' : 'expelled'} and cannot take on a community`,
  },
  SCOPE_REQUIRED: {
    'zh-CN': (p, l) => `角色“${role(p.role, 'zh-CN')}”必须指定${l}`,
    en: (p, l) => `the ${role(p.role, 'en')} role needs a ${l}`,
  },
  SCOPE_NOT_ALLOWED: {
    'zh-CN': (p, l) => `角色“${role(p.role, 'zh-CN')}”不能指定${l}`,
    en: (p, l) => `the ${role(p.role, 'en')} role cannot have a ${l}`,
  },
  PASSWORD_WEAK: {
    'zh-CN': (p, l) => `${l}至少 ${p.min} 位，且须同时包含字母和数字`,
    en: (p, l) => `${l} needs at least ${p.min} characters with both letters and digits`,
  },
  PASSWORD_GUESSABLE: {
    'zh-CN': (p, l) =>
      `${l}太容易被猜中（${({ PERSONAL: '包含用户名或姓名', COMMON: '是常见密码或其变形', PATTERN: '含有重复、顺序、键盘排列或年份' } as Record<string, string>)[String(p.reason)] ?? '组合过于简单'}），请使用更长、更不规则的组合`,
    en: (p, l) =>
      `the ${l} is too easy to guess (${({ PERSONAL: 'it contains the username or name', COMMON: 'it is a common password or a variant of one', PATTERN: 'it has repeats, sequences, keyboard patterns or years' } as Record<string, string>)[String(p.reason)] ?? 'too simple a combination'}): use a longer, less regular one`,
  },
  PASSWORD_WRONG: { 'zh-CN': (_, l) => `${l}不正确`, en: (_, l) => `the ${l} is wrong` },
  PASSWORD_REUSED: { 'zh-CN': (_, l) => `${l}不能与当前密码相同`, en: (_, l) => `the ${l} must differ from the current password` },
  ILLEGAL_TRANSITION: {
    'zh-CN': (p, l) => `${l}当前状态为“${p.from}”，不能执行“${p.action}”`,
    en: (p, l) => `the ${l} is ${p.from}: "${p.action}" is not allowed`,
  },
  OBJECTION_WINDOW_CLOSED: {
    'zh-CN': (p, l) => `${l}的异议期已于 ${p.deadline} 结束`,
    en: (p, l) => `the objection window of this ${l} closed on ${p.deadline}`,
  },
  OBJECTION_WINDOW_OPEN: {
    'zh-CN': (p, l) => `${l}仍在公示期内（至 ${p.deadline}）`,
    en: (p, l) => `the ${l} is still in its objection window (until ${p.deadline})`,
  },
  REVIEWER_IS_PROPOSER: {
    'zh-CN': (_, l) => `${l}的提出人不能复核自己的记录`,
    en: (_, l) => `the proposer of this ${l} cannot review it`,
  },
  NOT_EXPIRED_YET: { 'zh-CN': (p, l) => `${l}有效期至 ${p.expiresOn}，尚未到期`, en: (p, l) => `the ${l} is in effect until ${p.expiresOn}` },
  UNKNOWN_ITEM: {
    'zh-CN': (p, l) => `${l}“${p.code}”不在评分标准第 ${p.version} 版中`,
    en: (p, l) => `${l} "${p.code}" is not in scoring standard v${p.version}`,
  },
  ITEM_SUBJECT_MISMATCH: {
    'zh-CN': (p, l) => `${l}“${p.code}”只适用于${p.subject === 'MANAGER' ? '项目经理' : '物业服务企业'}`,
    en: (p, l) => `${l} "${p.code}" applies to ${p.subject === 'MANAGER' ? 'project managers' : 'enterprises'} only`,
  },
  ITEM_LIMIT_REACHED: {
    'zh-CN': (p, l) => `${l}“${p.code}”同时生效的记录最多 ${p.max} 条`,
    en: (p, l) => `at most ${p.max} records of ${l} "${p.code}" may be in effect at once`,
  },
  REPAIR_NOT_NEGATIVE: { 'zh-CN': (_, l) => `只有不良${l}可以申请信用修复`, en: (_, l) => `only a negative ${l} can be repaired` },
  NOT_IN_EFFECT: { 'zh-CN': (_, l) => `${l}当前未生效`, en: (_, l) => `the ${l} is not in effect` },
  REPAIR_TOO_EARLY: {
    'zh-CN': (p, l) => `${l}公示期未满最短期限，最早可于 ${p.earliest} 申请信用修复`,
    en: (p, l) => `the ${l} has not been public long enough: repair can be applied for from ${p.earliest}`,
  },
  OPEN_ISSUES: { 'zh-CN': (p, l) => `尚有 ${p.count} 个${l}，全部销号后才能申请`, en: (p, l) => `${p.count} ${l} must be closed first` },
  ALREADY_PENDING: { 'zh-CN': (_, l) => `该${l}已有待处理的申请`, en: (_, l) => `this ${l} already has a pending application` },
  ALREADY_EXISTS: { 'zh-CN': (p, l) => `${l} ${p.value} 已存在`, en: (p, l) => `${l} ${p.value} already exists` },
  RATING_STATUS: {
    'zh-CN': (p, l) => `${l}当前状态为“${p.status}”，不能执行此操作`,
    en: (p, l) => `the ${l} is ${p.status}: not allowed`,
  },
  REVIEWER_IS_PREPARER: { 'zh-CN': () => '复核人不能是编制人', en: () => 'the reviewer cannot be the one who prepared it' },
  ALREADY_REVIEWED: { 'zh-CN': (_, l) => `该${l}已审核`, en: (_, l) => `this ${l} is already reviewed` },
  NOT_REVIEWED: { 'zh-CN': () => '须先审核', en: () => 'it must be reviewed first' },
  RATING_ALREADY_REVIEWED: { 'zh-CN': (_, l) => `该${l}已复核`, en: (_, l) => `this ${l} is already reviewed` },
  RATING_NOT_REVIEWED: { 'zh-CN': () => '须先复核', en: () => 'it must be reviewed first' },
  PUBLISH_ADMIN_ONLY: { 'zh-CN': () => '仅系统管理员可发布', en: () => 'only an administrator can publish' },
  ALREADY_DONE: { 'zh-CN': (_, l) => `该${l}已完成`, en: (_, l) => `this ${l} is already done` },
  ONE_HOST: { 'zh-CN': () => '会议只能由一个部门或一个乡镇（街道）承办', en: () => 'a meeting is held by one department or one township, not both' },
  MINUTES_APPROVED: { 'zh-CN': (_, l) => `该${l}已审定，不能再修改`, en: (_, l) => `the ${l} are approved and read-only` },
  MINUTES_SUBMITTED: { 'zh-CN': (_, l) => `该${l}已提交审定，等待审定或退回`, en: (_, l) => `the ${l} are submitted: they wait for approval or return` },
  MINUTES_NOT_SUBMITTED: { 'zh-CN': (_, l) => `该${l}尚未提交审定`, en: (_, l) => `the ${l} have not been submitted` },
  MEETING_NOT_HELD: { 'zh-CN': (_, l) => `会议尚未召开，召开后才能撰写${l}`, en: (_, l) => `the meeting has not been held yet: ${l} come after it` },
  NOT_THE_WRITER: { 'zh-CN': (_, l) => `只有撰写人可以修改或提交该${l}`, en: (_, l) => `only the writer may change or submit these ${l}` },
  APPROVER_IS_WRITER: { 'zh-CN': (_, l) => `${l}须由撰写人以外的监管人员审定`, en: (_, l) => `the ${l} must be approved by a regulator other than the writer` },
  HOST_VISITS_ITSELF: { 'zh-CN': (_, l) => `${l}不能包含被观摩企业本身`, en: (_, l) => `the ${l} cannot include the host firm` },
  DUPLICATE_VISITOR: { 'zh-CN': (_, l) => `${l}中有重复的企业`, en: (_, l) => `the ${l} list a firm twice` },
  MARKUP_NOT_ALLOWED: {
    'zh-CN': (_, l) => `${l}只能是纯文本，不能包含 HTML 标记或实体`,
    en: (_, l) => `the ${l} must be plain text, without HTML tags or entities`,
  },
  ARTICLE_STATUS: {
    'zh-CN': (p, l) =>
      `${l}当前为“${({ DRAFT: '草稿', PUBLISHED: '已发布', WITHDRAWN: '已撤回' } as Record<string, string>)[String(p.status)] ?? p.status}”，不能${({ EDIT: '修改', PUBLISH: '发布', WITHDRAW: '撤回' } as Record<string, string>)[String(p.action)] ?? p.action}`,
    en: (p, l) =>
      `the ${l} is ${String(p.status).toLowerCase()}: it cannot be ${({ EDIT: 'edited', PUBLISH: 'published', WITHDRAW: 'withdrawn' } as Record<string, string>)[String(p.action)] ?? p.action}`,
  },
  ALREADY_FILED: { 'zh-CN': (_, l) => `该${l}已报备，不能再修改`, en: (_, l) => `this ${l} is already filed and can no longer change` },
  NOTHING_TO_FILE: {
    'zh-CN': (_, l) => `本乡镇（街道）暂无小区，没有可报送的${l}`,
    en: (_, l) => `the township has no community yet: there is no ${l} to file`,
  },
  ALREADY_FILED_TODAY: {
    'zh-CN': (p, l) => `今天（${p.date}）已报送${l}，每天报送一次`,
    en: (p, l) => `the ${l} was already filed today (${p.date}); file once a day`,
  },
  PLAN_EXISTS: {
    'zh-CN': (p) => `本乡镇（街道）${p.year} 年度的工作方案已存在`,
    en: (p) => `the township already has a work plan for ${p.year}`,
  },
  TYPE_NOT_IN_REMIT: {
    'zh-CN': (p) => `本部门职责范围不含“${specialTypeLabel(p.type, 'zh-CN')}”，不能开展此项专项检查`,
    en: (p) => `"${specialTypeLabel(p.type, 'en')}" is outside your department's remit: you cannot run this special inspection`,
  },
  SPECIAL_STATUS: {
    'zh-CN': (p, l) =>
      `该${l}${specialStatusLabel(p.status, 'zh-CN')}，不能${({ START: '开始检查', RECORD: '填写检查项', COMPLETE: '完成检查' } as Record<string, string>)[String(p.action)] ?? p.action}`,
    en: (p, l) =>
      `this ${l} is ${specialStatusLabel(p.status, 'en')}: it cannot ${({ START: 'be started', RECORD: 'be filled in', COMPLETE: 'be completed' } as Record<string, string>)[String(p.action)] ?? p.action}`,
  },
  CHECKLIST_INCOMPLETE: {
    'zh-CN': (p) => `还有 ${p.missing} 个检查项未填写，全部填写后才能完成检查`,
    en: (p) => `${p.missing} checklist items are not filled in yet; fill in every item to complete the inspection`,
  },
  NOT_A_CHECKLIST_ITEM: { 'zh-CN': (p, l) => `${l}“${p.item}”不在本检查清单中`, en: (p, l) => `${l} "${p.item}" is not on this checklist` },
  FAIL_NEEDS_NOTE: { 'zh-CN': (_, l) => `不合格项须填写${l}，写明发现的问题`, en: (_, l) => `a failed item needs a ${l} saying what was found` },
  OUT_OF_SCOPE: {
    'zh-CN': (_, l) => `无权对该${l}进行此操作`,
    en: (_, l) => `you may not act on this ${l}`,
  },
  UNKNOWN_ACTION: {
    'zh-CN': (p, l) => `${l}没有“${p.action}”这一操作`,
    en: (p, l) => `there is no action "${p.action}" on an ${l}`,
  },
  ACTOR_NOT_ALLOWED: {
    'zh-CN': (p, l) => `无权对该${l}执行“${term(p.action, 'zh-CN')}”`,
    en: (p, l) => `you may not ${term(p.action, 'en')} this ${l}`,
  },
  TRANSITION_NOT_ALLOWED: {
    'zh-CN': (p, l) => `该${l}当前状态为“${term(p.state, 'zh-CN')}”，不能执行“${term(p.action, 'zh-CN')}”`,
    en: (p, l) => `this ${l} is ${term(p.state, 'en')}, so it cannot ${term(p.action, 'en')} now`,
  },
  ALREADY_FLAGGED: { 'zh-CN': (_, l) => `该${l}已挂牌督办`, en: (_, l) => `this ${l} is already flagged for supervision` },
  NOT_FLAGGED: { 'zh-CN': (_, l) => `该${l}未挂牌督办`, en: (_, l) => `this ${l} is not flagged for supervision` },
  REFUSAL_ALREADY_RECORDED: {
    'zh-CN': (_, l) => `该${l}已记录拒不整改`,
    en: (_, l) => `a refusal to rectify is already recorded on this ${l}`,
  },
  DEADLINE_IN_PAST: {
    'zh-CN': (p, l) => `${l}不能早于今天（${p.today}）`,
    en: (p, l) => `the ${l} cannot be before today (${p.today})`,
  },
  EVIDENCE_REQUIRED: {
    'zh-CN': () => '反馈整改结果须上传至少一份佐证材料',
    en: () => 'feedback needs at least one evidence file',
  },
  TOO_MANY_FILES: {
    'zh-CN': (p, l) => `${l}最多 ${p.max} 个`,
    en: (p, l) => `at most ${p.max} ${l}`,
  },
  UNKNOWN_CATEGORY: {
    'zh-CN': (p, l) => `未知的${l}：${p.value}`,
    en: (p, l) => `unknown ${l}: ${p.value}`,
  },
  UNKNOWN_SUBTYPE: {
    'zh-CN': (p, l) => `“${term(p.category, 'zh-CN')}”没有${l}“${p.value}”`,
    en: (p, l) => `"${term(p.category, 'en')}" has no ${l} "${p.value}"`,
  },
  SUBTYPE_NOT_ALLOWED: {
    'zh-CN': (p, l) => `“${term(p.category, 'zh-CN')}”类问题不设${l}`,
    en: (p, l) => `a ${term(p.category, 'en')} item takes no ${l}`,
  },
  ROUTING_NO_OWNER: {
    'zh-CN': (p) => `没有部门负责“${term(p.category, 'zh-CN')}”类事项，请先在部门职责范围中指定`,
    en: (p) => `no department's remit covers ${term(p.category, 'en')}; assign it to one first`,
  },
  ROUTING_AMBIGUOUS: {
    'zh-CN': (p) => `“${term(p.category, 'zh-CN')}”类事项同时属于多个部门（${p.departments}），请在部门职责范围中只保留一个`,
    en: (p) => `${term(p.category, 'en')} is in the remit of several departments (${p.departments}); keep exactly one`,
  },
  ROUTE_ONE_HANDLER: {
    'zh-CN': () => `分派给乡镇（街道）时不能同时指定部门`,
    en: () => `route to the township or to a department, not both`,
  },
  TOWNSHIP_CATEGORY_IN_REMIT: {
    'zh-CN': (p) => `“${term(p.category, 'zh-CN')}”类事项由小区所在乡镇（街道）办理，不能列入部门职责范围`,
    en: (p) => `${term(p.category, 'en')} matters go to the community's township and cannot be in a department's remit`,
  },
  UNKNOWN_CHECKLIST_ITEM: {
    'zh-CN': (p) => `检查表中没有检查项“${p.item}”`,
    en: (p) => `the checklist has no item "${p.item}"`,
  },
  DUPLICATE_CHECKLIST_ITEM: {
    'zh-CN': (p) => `检查项“${p.item}”重复扣分`,
    en: (p) => `checklist item "${p.item}" appears more than once`,
  },
  DEDUCTION_OUT_OF_RANGE: {
    'zh-CN': (p) => `检查项“${p.item}”的扣分须在 0 到 ${p.max} 分之间`,
    en: (p) => `the deduction for item "${p.item}" must be between 0 and ${p.max}`,
  },
  DEDUCTION_STEP: {
    'zh-CN': (p) => `检查项“${p.item}”的扣分须为 ${p.step} 分的整数倍`,
    en: (p) => `the deduction for item "${p.item}" must be a multiple of ${p.step}`,
  },
  UNKNOWN_FILE: {
    'zh-CN': (_, l) => `${l}中有不属于该问题的文件，请先上传到本问题`,
    en: (_, l) => `the ${l} include a file that was not uploaded to this issue`,
  },
  REFUSED_NO_SCORE: {
    'zh-CN': () => '拒不配合检查时不打分，不能填写扣分',
    en: () => 'an inspection the firm refused takes no score: leave the deductions empty',
  },
  NOT_A_FINDING: {
    'zh-CN': (p) => `检查项“${p.item}”没有扣分，不是问题`,
    en: (p) => `checklist item "${p.item}" has no deduction, so it is not a finding`,
  },
  NO_FINDINGS_LEFT: {
    'zh-CN': (_, l) => `该${l}没有尚未转为问题的扣分项`,
    en: (_, l) => `this ${l} has no findings left to turn into issues`,
  },
  NOT_SERVED_BY_YOU: {
    'zh-CN': (_, l) => `该${l}不由贵单位提供物业服务`,
    en: (_, l) => `your firm does not serve this ${l}`,
  },
  NOT_SERVING_COMMUNITY: {
    'zh-CN': (_, l) => `该${l}不为所选小区提供物业服务`,
    en: (_, l) => `this ${l} does not serve the chosen community`,
  },
  IN_FUTURE: { 'zh-CN': (_, l) => `${l}不能晚于当前时间`, en: (_, l) => `the ${l} cannot be in the future` },
  FILE_TOO_LARGE: {
    'zh-CN': (p, l) => `${l}超过大小上限 ${p.max}`,
    en: (p, l) => `the ${l} is larger than the limit of ${p.max}`,
  },
  FILE_TYPE_NOT_ALLOWED: {
    'zh-CN': (p, l) => `${l}类型不允许：只接受 ${p.allowed}（按文件内容判断，不看扩展名）`,
    en: (p, l) => `this ${l} type is not allowed: only ${p.allowed} (judged by content, not by the extension)`,
  },
  FILE_TYPE_MISMATCH: {
    'zh-CN': (p, l) => `${l}扩展名 ${p.ext} 与其内容（${p.actual}）不符，请改用正确的扩展名后重新上传`,
    en: (p, l) => `the ${l} is named ${p.ext} but its content is ${p.actual}: rename it with the right extension and upload it again`,
  },
  PHASE_OVERLAP: {
    'zh-CN': (p, l) => `${l}与阶段“${p.other}”时间重叠`,
    en: (p, l) => `the ${l} overlaps phase "${p.other}"`,
  },
  BULLETIN_STATUS: {
    'zh-CN': (p, l) => `${l}当前状态为“${p.status}”，不能执行“${p.action}”（已发布的通报不可更改）`,
    en: (p, l) => `the ${l} is ${p.status}: "${p.action}" is not allowed (a published bulletin never changes)`,
  },
  INVALID_PERIOD: {
    'zh-CN': (_, l) => `${l}格式不正确：应为 2026-03（月）、2026Q1（季度）、2026（年）或 2026-03-10~2026-03-31`,
    en: (_, l) => `the ${l} is not valid: use 2026-03 (month), 2026Q1 (quarter), 2026 (year) or 2026-03-10~2026-03-31`,
  },
  TOO_MANY_MONTHS: {
    'zh-CN': (p, l) => `${l}按月分组时最多 ${p.max} 个月`,
    en: (p, l) => `a ${l} grouped by month may span at most ${p.max} months`,
  },
  ELIGIBILITY_NOT_ATTESTED: {
    'zh-CN': (p, l) => `尚有 ${p.count} 名${l}的任职条件未经核实确认，确认后才能公示`,
    en: (p, l) => `the eligibility of ${p.count} ${l} is not attested yet: attest it before publicising the list`,
  },
  ROLL_EMPTY: {
    'zh-CN': () => '该小区尚未导入专有部分及业主名册，不能冻结投票名册',
    en: () => 'no units or owners are on record for this community: the roll cannot be frozen',
  },
  NOT_CONTESTED: {
    'zh-CN': (p, l) => `${l} ${p.candidates} 名，未多于应选 ${p.seats} 名：须差额选举，候选人应多于应选名额`,
    en: (p, l) => `${p.candidates} ${l} for ${p.seats} seats: the election must be contested, with more candidates than seats`,
  },
  TOO_FEW_COUNTERS: {
    'zh-CN': (p, l) => `须至少确定 ${p.min} 名${l}（不得为候选人）`,
    en: (p, l) => `at least ${p.min} ${l} must be named (none of them a candidate)`,
  },
  OUTSIDE_VOTING_WINDOW: {
    'zh-CN': (p) => `当前不在投票时间内（${p.opensAt} 至 ${p.closesAt}）`,
    en: (p) => `voting is not open now (it runs from ${p.opensAt} to ${p.closesAt})`,
  },
  VOTING_NOT_OVER: {
    'zh-CN': (p) => `投票时间至 ${p.closesAt} 结束，结束后才能计票`,
    en: (p) => `voting runs until ${p.closesAt}: it can be closed after that`,
  },
  PAPER_UNRESOLVED: {
    'zh-CN': (p) => `尚有 ${p.count} 张纸质选票仅一人录入或两名计票人录入不一致，核对一致后才能计票`,
    en: (p) => `${p.count} paper ballots are entered by one counter only or differently by the two: resolve them before counting`,
  },
  NO_TIE_PENDING: { 'zh-CN': () => '没有票数相同待定的名额', en: () => 'no seat is pending on a tie' },
  TIE_PENDING: {
    'zh-CN': () => '尚有票数相同待定的名额，须先由当选委员投票确定',
    en: () => 'a seat is pending on a tie: the elected members must settle it first',
  },
  TIE_SEATS: {
    'zh-CN': (p, l) => `须从票数相同的候选人中确定 ${p.seats} 名${l}`,
    en: (p, l) => `exactly ${p.seats} ${l} must be chosen from the tied candidates`,
  },
  NOT_TIED: { 'zh-CN': (p) => `候选人 ${p.id} 不在票数相同待定的候选人中`, en: (p) => `candidate ${p.id} is not one of the tied candidates` },
  OFFICERS_COUNT: {
    'zh-CN': (p) => `须选出主任 ${p.chairs} 名、副主任 ${p.viceChairs} 名`,
    en: (p) => `${p.chairs} chair and ${p.viceChairs} vice-chairs must be chosen`,
  },
  NOT_A_MEMBER: { 'zh-CN': (p) => `候选人 ${p.id} 不是当选委员`, en: (p) => `candidate ${p.id} is not an elected member` },
  NO_MAJORITY: {
    'zh-CN': (p, l) => `${l}须获全体当选委员（${p.members} 名）过半数同意，${p.votes} 票不足`,
    en: (p, l) => `the ${l} need more than half of the ${p.members} elected members: ${p.votes} votes is not enough`,
  },
  DUPLICATE_CHOICE: { 'zh-CN': (_, l) => `${l}中同一人出现多次`, en: (_, l) => `the ${l} name someone more than once` },
  RECALL_BELOW_THRESHOLD: {
    'zh-CN': (p) => `提议业主的专有面积合计 ${p.area} 平方米，未达全部专有面积 ${p.total} 平方米的 ${p.share}（含本数）`,
    en: (p) => `the supporting owners hold ${p.area} m² of ${p.total} m² of exclusive area: a recall needs ${p.share} or more`,
  },
  CODE_INVALID: { 'zh-CN': () => '投票码无效，请核对投票码单', en: () => 'this voting code is not valid: check the code sheet' },
  ALREADY_VOTED: { 'zh-CN': () => '该户已投票，每户只能投一次', en: () => 'this unit has already voted: one ballot per unit' },
  NOT_ON_LIST: { 'zh-CN': (p) => `${p.id} 不在公示的候选人名单中`, en: (p) => `${p.id} is not on the publicised candidate list` },
  TOO_MANY_CHOICES: {
    'zh-CN': (p) => `所选人数多于应选名额 ${p.seats} 名，该选票将作废，请减少所选人数`,
    en: (p) => `more candidates chosen than the ${p.seats} seats: such a ballot is void, choose fewer`,
  },
  AREA_FORMAT: {
    'zh-CN': (_, l) => `${l}须为大于 0 的数，最多两位小数（平方米）`,
    en: (_, l) => `the ${l} must be a positive figure in m² with at most two decimals`,
  },
  AREA_CONFLICT: { 'zh-CN': (p, l) => `同一房屋在第 ${p.other} 行的${l}不同`, en: (p, l) => `the same unit has a different ${l} on row ${p.other}` },
  COUNT_NOT_SIGNED_OFF: { 'zh-CN': () => '计票结果尚未经监票人签字确认', en: () => 'the count is not signed by the counters yet' },
  MONITOR_REQUIRED: { 'zh-CN': (_, l) => `${l}中须至少有一名监票人`, en: (_, l) => `the ${l} must include at least one monitor` },
  VOTE_EXCEEDS: {
    'zh-CN': (p, l) => `${l}不能多于${fieldLabel(String(p.other), 'zh-CN')}`,
    en: (p, l) => `the ${l} cannot exceed the ${fieldLabel(String(p.other), 'en')}`,
  },
  NO_VACANCY: { 'zh-CN': (_, l) => `该${l}没有空缺席位，无需补选`, en: (_, l) => `this ${l} has no vacant seat to fill` },
  DUTY_UNANSWERED: { 'zh-CN': (p) => `职责“${p.item}”尚未评定`, en: (p) => `the duty "${p.item}" is not assessed` },
  ELECTION_IN_PROGRESS: {
    'zh-CN': (_, l) => `该${l}已有正在进行的业主委员会选举`,
    en: (_, l) => `an owners' committee election is already under way in this ${l}`,
  },
  COUNTER_IS_CANDIDATE: { 'zh-CN': (_, l) => `${l}不能是候选人`, en: (_, l) => `a candidate cannot be one of the ${l}` },
  DRAW_POOL_TOO_SMALL: {
    'zh-CN': (p, l) => `${l}为 ${p.requested}，但可抽取的只有 ${p.available} 个，请减少数量或扩大范围`,
    en: (p, l) => `the ${l} is ${p.requested} but only ${p.available} are available to draw from: ask for fewer or widen the pool`,
  },
  INSPECTOR_ONE_UNIT: {
    'zh-CN': () => '检查人员只能来自一个乡镇（街道）或一个部门，不能同时填写两者',
    en: () => 'an inspector comes from one township or one department, not both',
  },
  PLAN_LINE_WITHOUT_MEASURE: {
    'zh-CN': (p) => `服务条线“${lineLabel(p.line, 'zh-CN')}”还没有措施`,
    en: (p) => `the ${lineLabel(p.line, 'en')} line has no measure yet`,
  },
  PLAN_STAGE_OUT_OF_ORDER: {
    'zh-CN': (p) => `应先完成“${stageLabel(p.expected, 'zh-CN')}”阶段的自评，各阶段按顺序各评一次`,
    en: (p) => `assess the ${stageLabel(p.expected, 'en')} stage next: stages are assessed in order, once each`,
  },
  PLAN_STAGE_MISSING: {
    'zh-CN': (p) => `“${stageLabel(p.stage, 'zh-CN')}”阶段尚未自评`,
    en: (p) => `the ${stageLabel(p.stage, 'en')} stage is not assessed yet`,
  },
  PLAN_STAGES_DONE: { 'zh-CN': () => '三个阶段均已自评', en: () => 'all three stages are assessed' },
  PLAN_MEASURES_OPEN: {
    'zh-CN': (p) => `还有 ${p.count} 项措施未完成（完成，或注明原因后取消）`,
    en: (p) => `${p.count} measure(s) are still open (mark them done, or drop them with a note)`,
  },
  FORBIDDEN_ACTION: { 'zh-CN': (_, l) => `只有本企业可以修改${l}`, en: (_, l) => `only the firm itself may change its ${l}` },
  ALREADY_EXPELLED: { 'zh-CN': (_, l) => `该${l}已被清出市场`, en: (_, l) => `this ${l} has already been expelled` },
  EXPULSION_NEEDS_BLACK_LIST: {
    'zh-CN': (_, l) => `只有列入黑名单的${l}才能清出市场`,
    en: (_, l) => `only a black-listed ${l} can be expelled`,
  },
  SUCCESSOR_SAME_FIRM: { 'zh-CN': (_, l) => `${l}不能是被清出的企业本身`, en: (_, l) => `the ${l} cannot be the expelled firm itself` },
  SUCCESSOR_NOT_ACTIVE: {
    'zh-CN': (p, l) => `${l}“${p.name}”当前不在正常经营状态`,
    en: (p, l) => `the ${l} "${p.name}" is not active`,
  },
  WARRANTY_ELEMENT_NOT_ALLOWED: { 'zh-CN': (_, l) => `只有房屋质量保修问题才能填写${l}`, en: (_, l) => `a ${l} is given only on a building-quality issue` },
  COMMUNITY_HAS_DEVELOPER: {
    'zh-CN': (p, l) => `${l}已登记建设单位“${p.name}”`,
    en: (p, l) => `the ${l} already has a developer recorded, ${p.name}`,
  },
  RECOMMEND_NOT_ACTIVE: { 'zh-CN': (_, l) => `${l}不在正常经营状态，不能推荐信用升级`, en: (_, l) => `the ${l} is not active and cannot be recommended` },
  RECOMMEND_BLACK_LISTED: { 'zh-CN': (_, l) => `${l}在黑名单上，不能推荐信用升级`, en: (_, l) => `the ${l} is black-listed and cannot be recommended` },
  RECOMMEND_GRADE: {
    'zh-CN': (p, l) => `${l}信用等级为 ${p.grade}，只有 ${p.grades} 级企业可以推荐信用升级`,
    en: (p, l) => `the ${l} is graded ${p.grade}; only ${p.grades} firms can be recommended`,
  },
  RECOMMEND_OPEN_ISSUES: {
    'zh-CN': (p, l) => `${l}还有 ${p.count} 个挂牌督办或逾期未销号的问题，不能推荐信用升级`,
    en: (p, l) => `the ${l} has ${p.count} flagged or overdue open issue(s) and cannot be recommended`,
  },
  RECOMMEND_ALREADY: { 'zh-CN': (_, l) => `${l}已在推荐名单中或正待审核`, en: (_, l) => `the ${l} is already proposed or recommended` },
  RECOMMEND_DECIDED: { 'zh-CN': () => '该推荐已审核，不能再次审核', en: () => 'this recommendation has already been decided' },
  RECOMMEND_SAME_REVIEWER: { 'zh-CN': (_, l) => `${l}不能是推荐人本人`, en: (_, l) => `the ${l} cannot be the one who proposed it` },
  HANDOVER_NO_SUCCESSOR: { 'zh-CN': (_, l) => `尚未指定${l}`, en: (_, l) => `no ${l} has been appointed yet` },
  HANDOVER_CHECKLIST_OPEN: {
    'zh-CN': (p, l) => `${l}还有 ${p.count} 项未完成`,
    en: (p, l) => `${p.count} item(s) of the ${l} are still open`,
  },
  DRAW_TOO_FEW_INSPECTORS: {
    'zh-CN': (p, l) => `小区 ${p.community} 排除回避人员后只有 ${p.eligible} 名检查人员，少于${l} ${p.needed} 名`,
    en: (p, l) => `community ${p.community} has only ${p.eligible} inspectors without a conflict, fewer than the ${l} of ${p.needed}`,
  },
  SLA_RESOLUTION_BEFORE_RESPONSE: {
    'zh-CN': (_, l) => `${l}不能短于首次响应时限`,
    en: (_, l) => `the ${l} cannot be shorter than the first-response limit`,
  },
};

/** Params that carry a code: shown by name, never as the code itself. */
const CODE_PARAMS = ['status', 'from', 'action', 'state', 'category'];

function named(params: Record<string, string | number>, locale: Locale): Record<string, string | number> {
  const out = { ...params };
  for (const k of CODE_PARAMS) {
    const v = out[k];
    if (typeof v === 'string') out[k] = codeLabel(v, locale);
  }
  return out;
}

/** The catalogue's text of `key` when it has one. */
function catalogued(key: string, locale: Locale): string | undefined {
  return Object.hasOwn(CATALOGUE[locale], key) ? CATALOGUE[locale][key as MessageKey] : undefined;
}

/** Params of leasing messages that carry a code, and the catalogue family that names it. */
const LEASING_CODE_PARAMS: Record<string, string> = { trade: 'trades', position: 'positions', step: 'steps', spendingState: 'states', contractState: 'states' };

/** Leasing refusals (LEASE_*) live in the server/domain catalogue (messages.ts) as `leasing.errors.<code>`. */
function leasingMessage(issue: FieldIssue, label: string, locale: Locale): string | undefined {
  const key = `leasing.errors.${issue.code}`;
  if (!Object.hasOwn(CATALOGUE[locale], key)) return undefined;
  const params: Record<string, string | number> = { ...(issue.params ?? {}), field: label };
  for (const [k, family] of Object.entries(LEASING_CODE_PARAMS)) {
    const v = params[k];
    if (typeof v === 'string') params[k] = catalogued(`leasing.${family}.${v}`, locale) ?? v;
  }
  return text(key as MessageKey, locale, params);
}

export function messageFor(issue: FieldIssue, locale: Locale): string {
  const label = fieldLabel(issue.field, locale);
  const t = Object.hasOwn(MESSAGES, issue.code) ? MESSAGES[issue.code] : undefined;
  if (!t) return leasingMessage(issue, label, locale) ?? `${label}: ${issue.code}`;
  return t[locale](named(issue.params ?? {}, locale), label);
}

export function hasMessage(code: string): boolean {
  return Object.hasOwn(MESSAGES, code) || Object.hasOwn(CATALOGUE['zh-CN'], `leasing.errors.${code}`);
}
