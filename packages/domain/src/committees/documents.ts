import { noticeDay, noticeTime } from '../campaign/notice.js';
import type { AssemblyForm, CommitteeRuleSet, NominationRoute } from './rules.js';

/**
 * The printable documents of an election (issue 13 §3), as text the A4 pages lay out: the assembly notice (laid out
 * like the notice of seed part 5: 一、会议时间 二、会议地点 三、会议内容 四、参加人员 五、注意事项, the issuer and the date),
 * the candidate list and the paper ballot.
 */

export const NOMINATION_ROUTE_LABELS: Record<NominationRoute, string> = {
  GROUP: '筹备组提名推荐',
  REPRESENTATIVES: '业主代表提名推荐',
  JOINT: '业主联合提名推荐',
  SINGLE_OWNER: '单个业主提名推荐',
  SELF: '自荐',
};

const FORM_LABELS: Record<AssemblyForm, string> = {
  MEETING: '集体讨论（现场会议）',
  WRITTEN: '书面征求意见',
  ONLINE: '网络投票',
  MIXED: '现场会议与网络投票相结合',
};

export interface ElectionDocumentFacts {
  communityName: string;
  rules: CommitteeRuleSet;
  seats: number;
  assemblyAt: Date;
  place: string;
  form: AssemblyForm;
  agenda: string;
  opensAt: Date | null;
  closesAt: Date | null;
  candidates: readonly { name: string; route: NominationRoute }[];
  /** The day the notice is issued (YYYY-MM-DD). */
  noticeDate: string;
}

const share = (s: { num: number; den: number; inclusive: boolean } | null, what: string) =>
  s ? `${what}${s.inclusive ? '' : '超过'}${s.num === 1 && s.den === 2 ? '半数' : `${s.num}/${s.den}`}${s.inclusive ? '以上' : ''}` : null;

export function assemblyNotice(f: ElectionDocumentFacts): string {
  const quorum = [share(f.rules.quorum.area, '专有部分面积占比'), share(f.rules.quorum.headcount, '人数占比')].filter(Boolean).join('且');
  return [
    `关于召开${f.communityName}业主大会会议的通知`,
    '全体业主：',
    `一、会议时间：${noticeTime(f.assemblyAt)}`,
    `二、会议地点：${f.place}`,
    `三、会议内容：${f.agenda}；采取差额选举办法选举业主委员会委员（应选 ${f.seats} 名，候选人 ${f.candidates.length} 名）。`,
    `四、参加人员：本小区全体业主（因故不能出席的，可书面委托代理人出席）；须${quorum}的业主参加，会议方为有效。`,
    '五、注意事项：',
    `1、会议形式：${FORM_LABELS[f.form]}。`,
    ...(f.opensAt && f.closesAt ? [`2、网络投票时间：${noticeTime(f.opensAt)}至${noticeTime(f.closesAt)}，凭本户投票码投票，每户一票。`] : []),
    `${f.opensAt ? 3 : 2}、每张选票所选人数多于应选人数的作废；请携带身份证件提前10分钟到达会场签到领票。`,
    `${f.communityName}业主大会筹备组`,
    noticeDay(f.noticeDate),
  ].join('\n');
}

export function candidateList(f: Pick<ElectionDocumentFacts, 'communityName' | 'seats' | 'candidates'>): string {
  return [
    `${f.communityName}业主委员会委员候选人名单`,
    `（应选 ${f.seats} 名，候选人 ${f.candidates.length} 名，按提名先后排列）`,
    ...f.candidates.map((c, i) => `${i + 1}. ${c.name}（${NOMINATION_ROUTE_LABELS[c.route]}）`),
  ].join('\n');
}

export function paperBallot(f: Pick<ElectionDocumentFacts, 'communityName' | 'seats' | 'candidates'>): string {
  return [
    `${f.communityName}业主委员会委员选举选票`,
    '选票编号：__________（撕下存根留存，可在公示的选票清单中核对）    本户专有面积：________ 平方米',
    `说明：在同意的候选人姓名后的方框内划“√”；所选人数不得多于 ${f.seats} 名，多于 ${f.seats} 名的选票作废。`,
    ...f.candidates.map((c, i) => `${i + 1}. ${c.name}  □`),
  ].join('\n');
}
