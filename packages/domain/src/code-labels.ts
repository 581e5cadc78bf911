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
