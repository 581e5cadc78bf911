import { addDays } from '../dates.js';
import type { Role } from '../enums.js';
import { OPEN_ISSUE_STATES, type IssueAction, type IssueState } from './issue-state-machine.js';

/**
 * Why an issue is in someone's task inbox (我的任务). One issue is one row; it carries every reason that applies,
 * most pressing first (an assigned issue due in two days is both 待签收 and 即将到期).
 */
export const INBOX_REASONS = ['OVERDUE', 'RETURNED', 'ASSIGNED', 'DUE_SOON', 'TO_ASSIGN', 'TO_VERIFY', 'RECTIFYING'] as const;
export type InboxReason = (typeof INBOX_REASONS)[number];

export type InboxIssueFacts = { state: IssueState; lastAction?: IssueAction | null; deadline?: string | null; handledByTownship?: boolean };

/** Roles whose members act on issues or complaints; the others (analysts, leasing agencies) have no task inbox. */
export function hasTaskInbox(role: Role | undefined): boolean {
  return role === 'ADMIN' || role === 'REGULATOR' || role === 'DEPARTMENT' || role === 'TOWNSHIP' || role === 'ENTERPRISE';
}

/** Departments and townships work complaints routed to them before issues; everyone else the other way round. */
export function complaintsFirst(role: Role | undefined): boolean {
  return role === 'DEPARTMENT' || role === 'TOWNSHIP';
}

/**
 * The reasons an issue (already within the caller's scope) waits on someone of `role` on `today` (YYYY-MM-DD,
 * Asia/Shanghai), in the order of INBOX_REASONS; none means it is not in their inbox.
 * A firm: assigned (to acknowledge), returned for rework, rectifying (feedback due), and — for issues it holds —
 * overdue and due within `dueSoonDays`. The bureau: registered (to assign), submitted (to verify). The owning department:
 * submitted. A township: submitted issues it handles (owners' committee matters). Bureau, departments and townships also see every open issue of their scope that is overdue or due soon.
 */
export function inboxReasons(role: Role | undefined, issue: InboxIssueFacts, today: string, dueSoonDays: number): InboxReason[] {
  if (!hasTaskInbox(role)) return [];
  const firm = role === 'ENTERPRISE';
  const bureau = role === 'ADMIN' || role === 'REGULATOR';
  const open = OPEN_ISSUE_STATES.includes(issue.state);
  const held = firm ? issue.state === 'ASSIGNED' || issue.state === 'RECTIFYING' : open;
  const reasons = new Set<InboxReason>();
  if (held && issue.deadline && issue.deadline < today) reasons.add('OVERDUE');
  if (held && issue.deadline && issue.deadline >= today && issue.deadline <= addDays(today, dueSoonDays)) reasons.add('DUE_SOON');
  if (firm && issue.state === 'ASSIGNED') reasons.add('ASSIGNED');
  if (firm && issue.state === 'RECTIFYING') reasons.add(issue.lastAction === 'RETURN' ? 'RETURNED' : 'RECTIFYING');
  if (bureau && issue.state === 'REGISTERED') reasons.add('TO_ASSIGN');
  if ((bureau || role === 'DEPARTMENT') && issue.state === 'SUBMITTED') reasons.add('TO_VERIFY');
  if (role === 'TOWNSHIP' && issue.handledByTownship === true && issue.state === 'SUBMITTED') reasons.add('TO_VERIFY');
  return INBOX_REASONS.filter((r) => reasons.has(r));
}
