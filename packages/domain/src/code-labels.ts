import { closedLoopTerm, ISSUE_CATEGORY_LABELS } from './closed-loop/labels.js';

type Term = { 'zh-CN': string; en: string };

/**
 * Names of the codes that reach users outside the dashboard's own labels: in error messages, exports and analysts'
 * group labels. A code is never shown as such (`ELEVATOR`, `PUBLISHED`), always by its name in the reader's language.
 */
const STATUS_TERMS: Record<string, Term> = {
  // credit records and their actions
  PROPOSED: { 'zh-CN': '拟记录', en: 'proposed' },
  PUBLICIZING: { 'zh-CN': '公示中', en: 'being publicized' },
  OBJECTED: { 'zh-CN': '异议中', en: 'under objection' },
  CONFIRMED: { 'zh-CN': '已确认', en: 'confirmed' },
  REVOKED: { 'zh-CN': '已撤销', en: 'revoked' },
  EXPIRED: { 'zh-CN': '已到期', en: 'expired' },
  REPAIRED: { 'zh-CN': '已修复', en: 'repaired' },
  publicize: { 'zh-CN': '公示', en: 'publicize' },
  object: { 'zh-CN': '提出异议', en: 'object' },
  confirm: { 'zh-CN': '确认生效', en: 'confirm' },
  decide: { 'zh-CN': '裁决异议', en: 'decide' },
  revoke: { 'zh-CN': '撤销', en: 'revoke' },
  expire: { 'zh-CN': '到期失效', en: 'expire' },
  repair: { 'zh-CN': '信用修复', en: 'repair' },
  // quarterly ratings and bulletins
  PREPARED: { 'zh-CN': '已生成', en: 'prepared' },
  DRAFT: { 'zh-CN': '草稿', en: 'a draft' },
  REVIEWED: { 'zh-CN': '已复核', en: 'reviewed' },
  PUBLISHED: { 'zh-CN': '已发布', en: 'published' },
  REGENERATE: { 'zh-CN': '重新生成', en: 'regenerate' },
  REVIEW: { 'zh-CN': '复核', en: 'review' },
  PUBLISH: { 'zh-CN': '发布', en: 'publish' },
  // owners' committee elections: states, actions and why a count is void
  PREPARING: { 'zh-CN': '筹备中', en: 'in preparation' },
  PUBLICISED: { 'zh-CN': '候选人已公示', en: 'candidates publicised' },
  ROLL_FROZEN: { 'zh-CN': '投票名册已冻结', en: 'roll frozen' },
  VOTING: { 'zh-CN': '投票中', en: 'voting' },
  COUNTING: { 'zh-CN': '计票中', en: 'counting' },
  ELECTED: { 'zh-CN': '已选出', en: 'elected' },
  FILED: { 'zh-CN': '已备案', en: 'filed' },
  // handovers after an expulsion (清出市场)
  OPEN: { 'zh-CN': '进行中', en: 'open' },
  COMPLETED: { 'zh-CN': '已完成', en: 'completed' },
  APPOINT_SUCCESSOR: { 'zh-CN': '指定接管企业', en: 'appoint a successor' },
  CHECK_ITEM: { 'zh-CN': '勾选移交清单', en: 'tick off the checklist' },
  COMPLETE: { 'zh-CN': '完成', en: 'complete' },
  // random inspection draws (双随机一公开)
  PLANNED: { 'zh-CN': '待抽取', en: 'planned' },
  DRAWN: { 'zh-CN': '已抽取', en: 'drawn' },
  PERFORM: { 'zh-CN': '抽取', en: 'draw' },
  RECORD_RESULT: { 'zh-CN': '登记检查结果', en: 'record a result' },
  VOID: { 'zh-CN': '选举无效', en: 'void' },
  NOMINATE: { 'zh-CN': '提名候选人', en: 'nominate a candidate' },
  ADD_COUNTER: { 'zh-CN': '确定监票计票人', en: 'name a counter' },
  PUBLICISE: { 'zh-CN': '公示候选人名单', en: 'publicise the candidate list' },
  FREEZE_ROLL: { 'zh-CN': '冻结投票名册', en: 'freeze the roll' },
  ISSUE_CODES: { 'zh-CN': '生成投票码', en: 'issue voting codes' },
  OPEN_VOTING: { 'zh-CN': '开始投票', en: 'open voting' },
  CAST: { 'zh-CN': '投票', en: 'vote' },
  SIGN_IN_PAPER: { 'zh-CN': '纸质投票签到', en: 'sign in a paper voter' },
  ENTER_PAPER: { 'zh-CN': '录入纸质选票', en: 'enter a paper ballot' },
  CLOSE_VOTING: { 'zh-CN': '结束投票', en: 'close voting' },
  COUNT: { 'zh-CN': '计票', en: 'count' },
  SIGN_OFF: { 'zh-CN': '监票人签字确认', en: 'sign the count' },
  SETTLE_TIE: { 'zh-CN': '确定票数相同的名额', en: 'settle the tie' },
  ELECT_OFFICERS: { 'zh-CN': '选举主任、副主任', en: 'elect the chair and vice-chairs' },
  FILE: { 'zh-CN': '备案', en: 'file' },
  MOVE_RECALL: { 'zh-CN': '提议罢免', en: 'move a recall' },
  RECORD_VACANCY: { 'zh-CN': '登记委员出缺', en: 'record a vacancy' },
  RECORD_RECALL_VOTE: { 'zh-CN': '登记罢免表决结果', en: 'record the recall vote' },
  CARRIED: { 'zh-CN': '罢免通过', en: 'carried' },
  DEFEATED: { 'zh-CN': '罢免未通过', en: 'defeated' },
  CALL_SUPPLEMENTARY: { 'zh-CN': '组织补选', en: 'call a supplementary election' },
  REVIEW_DUTIES: { 'zh-CN': '评定履职情况', en: 'review the duties' },
  BALLOTS_EXCEED_VOTERS: { 'zh-CN': '所投票数多于投票人数', en: 'more ballots than voters' },
  QUORUM_NOT_MET: { 'zh-CN': '参加业主未达法定比例', en: 'quorum not reached' },
  // repair applications
  PENDING: { 'zh-CN': '待审核', en: 'pending' },
  APPROVED: { 'zh-CN': '已同意', en: 'approved' },
  REFUSED: { 'zh-CN': '不予修复', en: 'refused' },
};

const ENTERPRISE_STATUS: Record<string, Term> = {
  ACTIVE: { 'zh-CN': '正常', en: 'active' },
  SUSPENDED: { 'zh-CN': '暂停', en: 'suspended' },
  EXPELLED: { 'zh-CN': '清出', en: 'expelled' },
};
const LIST_STATUS: Record<string, Term> = {
  NONE: { 'zh-CN': '无', en: 'none' },
  RED: { 'zh-CN': '红榜', en: 'red list' },
  BLACK: { 'zh-CN': '黑名单', en: 'black list' },
};
const COMMUNITY_TYPE: Record<string, Term> = {
  NEW_RESIDENTIAL: { 'zh-CN': '新建住宅', en: 'new residential' },
  OLD: { 'zh-CN': '老旧小区', en: 'old community' },
  OTHER: { 'zh-CN': '其他', en: 'other' },
};
const SERVICE_MODE: Record<string, Term> = {
  ENTERPRISE: { 'zh-CN': '物业企业服务', en: 'enterprise service' },
  BASIC_SERVICE: { 'zh-CN': '基础物业服务（乡镇兜底）', en: 'basic service (township fallback)' },
  SELF_MANAGED: { 'zh-CN': '业主自管', en: 'self-managed by owners' },
  NONE: { 'zh-CN': '无物业', en: 'no property service' },
};
const INSPECTION_KIND: Record<string, Term> = {
  SCHEDULED: { 'zh-CN': '督导检查', en: 'scheduled inspection' },
  RANDOM: { 'zh-CN': '随机抽查', en: 'random inspection' },
  UNANNOUNCED: { 'zh-CN': '暗访', en: 'unannounced visit' },
};

const OBJECTION_STATUS: Record<string, Term> = {
  PENDING: { 'zh-CN': '待复核', en: 'pending' },
  REJECTED: { 'zh-CN': '不成立（维持记录）', en: 'rejected (record upheld)' },
  ACCEPTED: { 'zh-CN': '成立（撤销记录）', en: 'accepted (record revoked)' },
};

/** Code families whose names differ by context (NONE, ENTERPRISE); others are looked up across all families. */
export const CODE_FAMILIES = {
  enterpriseStatus: ENTERPRISE_STATUS,
  listStatus: LIST_STATUS,
  communityType: COMMUNITY_TYPE,
  serviceMode: SERVICE_MODE,
  inspectionKind: INSPECTION_KIND,
  issueCategory: ISSUE_CATEGORY_LABELS as Record<string, Term>,
  objectionStatus: OBJECTION_STATUS,
} as const;
export type CodeFamily = keyof typeof CODE_FAMILIES;

/** The name of a code in the reader's language; an unknown code is returned as is. */
export function codeLabel(code: string, locale: 'zh-CN' | 'en', family?: CodeFamily): string {
  const t = family ? CODE_FAMILIES[family][code] : (STATUS_TERMS[code] ?? LIST_STATUS[code] ?? ENTERPRISE_STATUS[code] ?? INSPECTION_KIND[code]);
  return t?.[locale] ?? closedLoopTerm(code, locale);
}
