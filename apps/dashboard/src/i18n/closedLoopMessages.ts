import {
  CHECKLIST_SECTIONS,
  CHECKLIST_SECTION_LABELS,
  COMPLAINT_ACTIONS,
  COMPLAINT_CHANNELS,
  COMPLAINT_STATES,
  FOLLOW_UP_RATINGS,
  ISSUE_ACTIONS,
  ISSUE_STATES,
  closedLoopTerm,
} from '@wuye/domain';
import { termLabels, type DeepStrings } from './merge';

const zh = (v: string) => closedLoopTerm(v, 'zh-CN');
const en = (v: string) => closedLoopTerm(v, 'en');

/** Closed loop (issue 4). State, action, channel and rating labels come from @wuye/domain (`closedLoopTerm`). */
export const closedLoopChinese = {
  enums: {
    IssueState: termLabels(ISSUE_STATES, zh),
    IssueAction: termLabels(ISSUE_ACTIONS, zh),
    IssueSource: { INSPECTION: '巡查检查', COMPLAINT: '投诉举报', SELF_CHECK: '企业自查', TOWNSHIP_REPORT: '乡镇上报' },
    ComplaintState: termLabels(COMPLAINT_STATES, zh),
    ComplaintAction: termLabels(COMPLAINT_ACTIONS, zh),
    ComplaintChannel: termLabels(COMPLAINT_CHANNELS, zh),
    FollowUpRating: termLabels(FOLLOW_UP_RATINGS, zh),
    InspectionKind: { SCHEDULED: '督导检查', RANDOM: '随机抽查', UNANNOUNCED: '暗访' },
    InspectionGrade: { A: 'A（≥85）', B: 'B（75–85）', C: 'C（60–75）', D: 'D（<60）' },
    ChecklistSection: termLabels(CHECKLIST_SECTIONS, (s) => CHECKLIST_SECTION_LABELS[s as keyof typeof CHECKLIST_SECTION_LABELS]['zh-CN']),
  },
};

export const closedLoopEnglish: DeepStrings<typeof closedLoopChinese> = {
  enums: {
    IssueState: termLabels(ISSUE_STATES, en, true),
    IssueAction: termLabels(ISSUE_ACTIONS, en, true),
    IssueSource: { INSPECTION: 'Inspection', COMPLAINT: 'Complaint', SELF_CHECK: 'Self-check', TOWNSHIP_REPORT: 'Township report' },
    ComplaintState: termLabels(COMPLAINT_STATES, en, true),
    ComplaintAction: termLabels(COMPLAINT_ACTIONS, en, true),
    ComplaintChannel: termLabels(COMPLAINT_CHANNELS, en, true),
    FollowUpRating: termLabels(FOLLOW_UP_RATINGS, en, true),
    InspectionKind: { SCHEDULED: 'Scheduled inspection', RANDOM: 'Random inspection', UNANNOUNCED: 'Unannounced visit' },
    InspectionGrade: { A: 'A (≥85)', B: 'B (75–85)', C: 'C (60–75)', D: 'D (<60)' },
    ChecklistSection: termLabels(CHECKLIST_SECTIONS, (s) => CHECKLIST_SECTION_LABELS[s as keyof typeof CHECKLIST_SECTION_LABELS].en, true),
  },
};
