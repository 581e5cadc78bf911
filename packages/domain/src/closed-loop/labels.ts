import type { IssueCategory } from '../enums.js';

type Term = { 'zh-CN': string; en: string };

/**
 * Names of the closed loop's codes (states, actions, categories, channels, ratings) in both locales, so an error
 * message can say “已交办” rather than `ASSIGNED`. Kept here rather than in the dashboard because the messages of
 * `field-errors.ts` need them too.
 */
export const ISSUE_CATEGORY_LABELS: Readonly<Record<IssueCategory, Term>> = {
  ILLEGAL_CONSTRUCTION: { 'zh-CN': '违法建设', en: 'illegal construction' },
  SANITATION: { 'zh-CN': '环境卫生', en: 'sanitation' },
  SAFETY_HAZARD: { 'zh-CN': '安全隐患', en: 'safety hazard' },
  FIRE: { 'zh-CN': '消防', en: 'fire safety' },
  ELEVATOR: { 'zh-CN': '电梯', en: 'elevator' },
  PARKING_SECURITY: { 'zh-CN': '停车/安防', en: 'parking and CCTV' },
  SERVICE_QUALITY: { 'zh-CN': '物业服务', en: 'service quality' },
  FEES: { 'zh-CN': '收费', en: 'fees' },
  MAINTENANCE_FUND: { 'zh-CN': '维修资金', en: 'maintenance fund' },
  OWNERS_COMMITTEE: { 'zh-CN': '业主委员会', en: "owners' committee" },
  ELDERLY_CARE: { 'zh-CN': '养老服务', en: 'elderly care' },
  BUILDING_QUALITY: { 'zh-CN': '房屋质量保修', en: 'building quality under warranty' },
  UNLICENSED_OPERATOR: { 'zh-CN': '无资质/未备案经营者', en: 'unlicensed operator' },
};

const TERMS: Readonly<Record<string, Term>> = {
  ...ISSUE_CATEGORY_LABELS,
  // issue states
  REGISTERED: { 'zh-CN': '已登记', en: 'registered' },
  ASSIGNED: { 'zh-CN': '已交办', en: 'assigned' },
  RECTIFYING: { 'zh-CN': '整改中', en: 'rectifying' },
  SUBMITTED: { 'zh-CN': '已反馈', en: 'submitted' },
  CLOSED: { 'zh-CN': '已销号', en: 'closed' },
  // issue actions
  ASSIGN: { 'zh-CN': '交办', en: 'assign' },
  ACKNOWLEDGE: { 'zh-CN': '签收', en: 'acknowledge' },
  SUBMIT: { 'zh-CN': '反馈整改结果', en: 'submit feedback' },
  CLOSE: { 'zh-CN': '销号', en: 'close' },
  RETURN: { 'zh-CN': '退回重新整改', en: 'return for rework' },
  FLAG: { 'zh-CN': '挂牌督办', en: 'flag for supervision' },
  UNFLAG: { 'zh-CN': '撤销挂牌督办', en: 'remove the flag' },
  RECORD_REFUSAL: { 'zh-CN': '记录拒不整改', en: 'record a refusal' },
  // leasing safety findings (the issue ledger's states and actions, plus the referral to the enforcing department)
  REFERRED: { 'zh-CN': '已移送执法部门', en: 'referred for enforcement' },
  REFER: { 'zh-CN': '移送执法部门', en: 'refer for enforcement' },
  // complaint states
  RECEIVED: { 'zh-CN': '已受理', en: 'received' },
  ROUTED: { 'zh-CN': '已分派', en: 'routed' },
  RESPONDED: { 'zh-CN': '已响应', en: 'responded' },
  RESOLVED: { 'zh-CN': '已答复', en: 'answered' },
  TURNED_INTO_ISSUE: { 'zh-CN': '已转问题清单', en: 'turned into an issue' },
  REJECTED: { 'zh-CN': '不予受理', en: 'rejected' },
  // complaint actions (CLOSE is shared with issues)
  ROUTE: { 'zh-CN': '分派', en: 'route' },
  RESPOND: { 'zh-CN': '首次响应', en: 'respond' },
  RESOLVE: { 'zh-CN': '答复办结', en: 'answer' },
  TURN_INTO_ISSUE: { 'zh-CN': '转为问题', en: 'turn into an issue' },
  REJECT: { 'zh-CN': '驳回', en: 'reject' },
  // complaint channels
  HOTLINE: { 'zh-CN': '举报电话', en: 'hotline' },
  EMAIL: { 'zh-CN': '电子信箱', en: 'e-mail' },
  WEB: { 'zh-CN': '网络平台', en: 'web' },
  WALL: { 'zh-CN': '说事墙', en: 'talk wall' },
  BOARD: { 'zh-CN': '回音壁', en: 'echo board' },
  PETITION: { 'zh-CN': '信访', en: 'petition' },
  // follow-up ratings
  SATISFIED: { 'zh-CN': '满意', en: 'satisfied' },
  BASICALLY_SATISFIED: { 'zh-CN': '基本满意', en: 'basically satisfied' },
  DISSATISFIED: { 'zh-CN': '不满意', en: 'dissatisfied' },
};

/** The localised name of a closed-loop code; an unknown code is returned as is. */
export function closedLoopTerm(code: string | number | undefined, locale: 'zh-CN' | 'en'): string {
  if (code === undefined) return '';
  return TERMS[String(code)]?.[locale] ?? String(code);
}
