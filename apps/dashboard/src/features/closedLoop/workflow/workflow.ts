import { ISSUE_ACTIONS, COMPLAINT_ACTIONS, type IssueAction, type ComplaintAction } from '@wuye/domain';
import type { DialogField } from '../../../common/ActionDialog';
import {
  ACKNOWLEDGE_ISSUE,
  ASSIGN_ISSUE,
  CLOSE_COMPLAINT,
  CLOSE_ISSUE,
  FLAG_ISSUE,
  RECORD_REFUSAL,
  REJECT_COMPLAINT,
  RESOLVE_COMPLAINT,
  RESPOND_COMPLAINT,
  RETURN_ISSUE,
  ROUTE_COMPLAINT,
  SUBMIT_ISSUE_FEEDBACK,
  TURN_COMPLAINT_INTO_ISSUE,
  UNFLAG_ISSUE,
} from './operations';
import type { TypedDocumentString } from '../../../gql/graphql';

/**
 * Which workflow buttons to show: the API's `availableActions` (it knows the state machine and the caller's
 * relation to the item), in the state machine's order, and only those the user's permissions allow (a stale or
 * foreign list never offers more than the role may do).
 */
export function offeredIssueActions(available: readonly string[] | null | undefined, permissions: readonly string[] | null | undefined): IssueAction[] {
  const can = new Set(permissions ?? []);
  const wanted = new Set(available ?? []);
  return ISSUE_ACTIONS.filter((a) => wanted.has(a) && can.has(a === 'ASSIGN' ? 'issue:assign' : 'issue:handle'));
}

export function offeredComplaintActions(available: readonly string[] | null | undefined, permissions: readonly string[] | null | undefined): ComplaintAction[] {
  const can = new Set(permissions ?? []);
  const wanted = new Set(available ?? []);
  return COMPLAINT_ACTIONS.filter((a) => wanted.has(a) && can.has('complaint:handle'));
}

export interface ActionForm {
  fields: DialogField[];
  /** Any of the typed mutations of operations.ts; its variables come from `variables` below. */
  mutation: TypedDocumentString<object, never>;
  field: string;
  /** Variables of the mutation from the issue/complaint id and the dialog values. */
  variables: (id: string, values: Record<string, unknown>) => Record<string, unknown>;
  /** Needs at least one uploaded evidence file. */
  needsFiles?: boolean;
  primary?: boolean;
  color?: 'primary' | 'error' | 'warning';
}

const note = (required = false, label = 'app.issue.note'): DialogField => ({ name: 'note', label, kind: 'multiline', required });

/** The dialog of each issue action: its inputs (required ones as the API requires them) and its mutation. */
export function issueActionForm(action: IssueAction, today: string, departments: readonly { id: string; name: string }[] = []): ActionForm {
  switch (action) {
    case 'ASSIGN':
      return {
        fields: [
          { name: 'measures', label: 'app.issue.measures', kind: 'multiline', required: true },
          { name: 'deadline', label: 'app.issue.deadline', kind: 'date', required: true, min: today },
          { name: 'departmentId', label: 'app.issue.department', kind: 'select', choices: departments, helperText: 'app.issue.departmentHint' },
          note(),
        ],
        mutation: ASSIGN_ISSUE,
        field: 'assignIssue',
        variables: (id, v) => ({ id, input: { measures: v.measures, deadline: v.deadline, departmentId: v.departmentId, note: v.note } }),
        primary: true,
      };
    case 'ACKNOWLEDGE':
      return { fields: [note()], mutation: ACKNOWLEDGE_ISSUE, field: 'acknowledgeIssue', variables: (id, v) => ({ id, note: v.note }), primary: true };
    case 'SUBMIT':
      return {
        fields: [note(true, 'app.issue.feedback')],
        mutation: SUBMIT_ISSUE_FEEDBACK,
        field: 'submitIssueFeedback',
        variables: (id, v) => ({ id, note: v.note, fileIds: v.fileIds }),
        needsFiles: true,
        primary: true,
      };
    case 'CLOSE':
      return { fields: [note()], mutation: CLOSE_ISSUE, field: 'closeIssue', variables: (id, v) => ({ id, note: v.note }), primary: true };
    case 'RETURN':
      return {
        fields: [note(true, 'app.issue.returnReason')],
        mutation: RETURN_ISSUE,
        field: 'returnIssue',
        variables: (id, v) => ({ id, note: v.note }),
        color: 'warning',
      };
    case 'FLAG':
      return { fields: [note()], mutation: FLAG_ISSUE, field: 'flagIssue', variables: (id, v) => ({ id, note: v.note }), color: 'warning' };
    case 'UNFLAG':
      return { fields: [note()], mutation: UNFLAG_ISSUE, field: 'unflagIssue', variables: (id, v) => ({ id, note: v.note }) };
    case 'RECORD_REFUSAL':
      return {
        fields: [note(true, 'app.issue.refusalNote')],
        mutation: RECORD_REFUSAL,
        field: 'recordRefusal',
        variables: (id, v) => ({ id, note: v.note }),
        color: 'error',
      };
  }
}

export function complaintActionForm(action: ComplaintAction, today: string, departments: readonly { id: string; name: string }[] = []): ActionForm {
  switch (action) {
    case 'ROUTE':
      return {
        fields: [{ name: 'departmentId', label: 'app.issue.department', kind: 'select', required: true, choices: departments }, note()],
        mutation: ROUTE_COMPLAINT,
        field: 'routeComplaint',
        variables: (id, v) => ({ id, departmentId: v.departmentId, note: v.note }),
      };
    case 'RESPOND':
      return {
        fields: [note(true, 'app.complaint.responseNote')],
        mutation: RESPOND_COMPLAINT,
        field: 'respondToComplaint',
        variables: (id, v) => ({ id, note: v.note }),
        primary: true,
      };
    case 'RESOLVE':
      return {
        fields: [
          { name: 'answer', label: 'app.complaint.answer', kind: 'multiline', required: true },
          { name: 'upheld', label: 'app.complaint.upheld', kind: 'switch' },
        ],
        mutation: RESOLVE_COMPLAINT,
        field: 'resolveComplaint',
        variables: (id, v) => ({ id, answer: v.answer, upheld: Boolean(v.upheld) }),
        primary: true,
      };
    case 'TURN_INTO_ISSUE':
      return {
        fields: [
          { name: 'title', label: 'app.complaint.issueTitle' },
          { name: 'measures', label: 'app.issue.measures', kind: 'multiline', helperText: 'app.complaint.assignHint' },
          { name: 'deadline', label: 'app.issue.deadline', kind: 'date', min: today },
          note(),
        ],
        mutation: TURN_COMPLAINT_INTO_ISSUE,
        field: 'turnComplaintIntoIssue',
        variables: (id, v) => ({ id, title: v.title, measures: v.measures, deadline: v.deadline, note: v.note }),
      };
    case 'REJECT':
      return {
        fields: [{ name: 'reasons', label: 'app.complaint.reasons', kind: 'multiline', required: true }],
        mutation: REJECT_COMPLAINT,
        field: 'rejectComplaint',
        variables: (id, v) => ({ id, reasons: v.reasons }),
        color: 'error',
      };
    case 'CLOSE':
      return {
        fields: [
          {
            name: 'rating',
            label: 'app.complaint.followUpRating',
            kind: 'select',
            required: true,
            choices: [
              { id: 'SATISFIED', name: 'enums.FollowUpRating.SATISFIED' },
              { id: 'BASICALLY_SATISFIED', name: 'enums.FollowUpRating.BASICALLY_SATISFIED' },
              { id: 'DISSATISFIED', name: 'enums.FollowUpRating.DISSATISFIED' },
            ],
          },
          note(false, 'app.complaint.followUpNote'),
        ],
        mutation: CLOSE_COMPLAINT,
        field: 'closeComplaintWithFollowUp',
        variables: (id, v) => ({ id, rating: v.rating, note: v.note }),
        primary: true,
      };
  }
}

/** Quick filters of the ledger: each sets (or, when on, clears) its filter values. */
export const QUICK_FILTERS = {
  overdue: { overdue: true },
  flagged: { flagged: true },
  mine: { mine: true },
  dueThisWeek: { dueWithinDays: 7 },
} as const satisfies Record<string, Record<string, unknown>>;
export type QuickFilter = keyof typeof QUICK_FILTERS;

export function quickFilterActive(filter: Record<string, unknown>, name: QuickFilter): boolean {
  return Object.entries(QUICK_FILTERS[name]).every(([k, v]) => filter[k] === v);
}

export function toggleQuickFilter(filter: Record<string, unknown>, name: QuickFilter): Record<string, unknown> {
  const next = { ...filter };
  if (quickFilterActive(filter, name)) {
    for (const k of Object.keys(QUICK_FILTERS[name])) delete next[k];
    return next;
  }
  return { ...next, ...QUICK_FILTERS[name] };
}
