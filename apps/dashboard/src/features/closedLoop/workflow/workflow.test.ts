import { availableIssueActions, availableComplaintActions, permissionsOf, type IssueSnapshot, type Principal, type Role } from '@wuye/domain';
import { describe, expect, it } from 'vitest';
import { dialogPayload, missingRequired } from '../../../common/ActionDialog';
import {
  QUICK_FILTERS,
  complaintActionForm,
  issueActionForm,
  offeredComplaintActions,
  offeredIssueActions,
  quickFilterActive,
  toggleQuickFilter,
} from './workflow';

const principal = (role: Role, scope: Partial<Principal> = {}): Principal => ({ userId: '1', role, ...scope });
const issue = (state: IssueSnapshot['state'], over: Partial<IssueSnapshot> = {}): IssueSnapshot => ({
  state,
  enterpriseId: '5',
  departmentId: '3',
  flagged: false,
  refusalRecorded: false,
  ...over,
});

/** What the dashboard offers: the API's availableActions (computed by the domain rules) filtered by permissions. */
const offered = (snapshot: IssueSnapshot, p: Principal) => offeredIssueActions(availableIssueActions(snapshot, p), permissionsOf(p.role));

describe('issue actions offered per state and role', () => {
  const regulator = principal('REGULATOR');
  const firm = principal('ENTERPRISE', { enterpriseId: '5' });
  const otherFirm = principal('ENTERPRISE', { enterpriseId: '6' });
  const dept = principal('DEPARTMENT', { departmentId: '3' });

  it('follows the ledger: assign → acknowledge → submit → close or return', () => {
    expect(offered(issue('REGISTERED'), regulator)).toEqual(['ASSIGN', 'FLAG']);
    expect(offered(issue('ASSIGNED'), firm)).toEqual(['ACKNOWLEDGE']);
    expect(offered(issue('ASSIGNED'), regulator)).toEqual(['FLAG', 'RECORD_REFUSAL']);
    expect(offered(issue('RECTIFYING'), firm)).toEqual(['SUBMIT']);
    expect(offered(issue('SUBMITTED'), regulator)).toEqual(['CLOSE', 'RETURN', 'FLAG']);
    expect(offered(issue('SUBMITTED'), dept)).toEqual(['CLOSE', 'RETURN']);
    expect(offered(issue('CLOSED'), regulator)).toEqual([]);
  });

  it('offers unflag on a flagged issue, refusal once', () => {
    expect(offered(issue('RECTIFYING', { flagged: true, refusalRecorded: true }), regulator)).toEqual(['UNFLAG']);
  });

  it('offers nothing to another firm, a read-only role or another department', () => {
    for (const state of ['REGISTERED', 'ASSIGNED', 'RECTIFYING', 'SUBMITTED'] as const) {
      expect(offered(issue(state), otherFirm)).toEqual([]);
      expect(offered(issue(state), principal('ANALYST'))).toEqual([]);
      expect(offered(issue(state), principal('TOWNSHIP', { townshipId: '1' }))).toEqual([]);
      expect(offered(issue(state), principal('DEPARTMENT', { departmentId: '4' }))).toEqual([]);
    }
  });

  it('never offers more than the role may do, whatever the list says', () => {
    expect(offeredIssueActions(['ASSIGN', 'CLOSE', 'BOGUS'], permissionsOf('ANALYST'))).toEqual([]);
    expect(offeredIssueActions(['SUBMIT', 'ASSIGN'], permissionsOf('ENTERPRISE'))).toEqual(['SUBMIT']);
    expect(offeredIssueActions(null, permissionsOf('REGULATOR'))).toEqual([]);
  });

  it('offers complaint actions to the handling department', () => {
    const snapshot = {
      state: 'ROUTED',
      departmentId: '3',
      receivedAt: new Date(),
      respondedAt: null,
      handledAt: null,
      upheld: null,
      followUpRating: null,
      complainantCount: 1,
    } as never;
    const actions = offeredComplaintActions(availableComplaintActions(snapshot, { ...dept } as never), permissionsOf('DEPARTMENT'));
    expect(actions).toContain('RESPOND');
    expect(offeredComplaintActions(['RESPOND', 'REJECT'], permissionsOf('ANALYST'))).toEqual([]);
  });
});

describe('action dialogs', () => {
  const today = '2026-11-27';

  it('ask for what the API requires', () => {
    const required = (form: ReturnType<typeof issueActionForm>) => form.fields.filter((f) => f.required).map((f) => f.name);
    expect(required(issueActionForm('ASSIGN', today))).toEqual(['measures', 'deadline']);
    expect(issueActionForm('ASSIGN', today).fields.find((f) => f.name === 'deadline')?.min).toBe(today);
    expect(required(issueActionForm('RETURN', today))).toEqual(['note']);
    expect(required(issueActionForm('RECORD_REFUSAL', today))).toEqual(['note']);
    expect(required(issueActionForm('ACKNOWLEDGE', today))).toEqual([]);
    expect(issueActionForm('SUBMIT', today).needsFiles).toBe(true);
    expect(required(complaintActionForm('REJECT', today))).toEqual(['reasons']);
    expect(required(complaintActionForm('CLOSE', today))).toEqual(['rating']);
    expect(required(complaintActionForm('ROUTE', today))).toEqual(['departmentId']);
  });

  it('build the mutation variables', () => {
    expect(issueActionForm('ASSIGN', today).variables('7', { measures: 'm', deadline: '2026-12-01', departmentId: '3' })).toEqual({
      id: '7',
      input: { measures: 'm', deadline: '2026-12-01', departmentId: '3', note: undefined },
    });
    expect(issueActionForm('SUBMIT', today).variables('7', { note: 'done', fileIds: ['1', '2'] })).toEqual({ id: '7', note: 'done', fileIds: ['1', '2'] });
    expect(complaintActionForm('RESOLVE', today).variables('4', { answer: 'a' })).toEqual({ id: '4', answer: 'a', upheld: false });
  });

  it('trim values, drop blanks and report missing required fields', () => {
    const fields = issueActionForm('ASSIGN', today).fields;
    expect(missingRequired(fields, { measures: '  ', deadline: '2026-12-01' })).toEqual(['measures']);
    expect(dialogPayload(fields, { measures: ' m ', deadline: '2026-12-01', departmentId: '', note: '' })).toEqual({ measures: 'm', deadline: '2026-12-01' });
  });
});

describe('ledger quick filters', () => {
  it('toggle their filter values on and off, keeping the others', () => {
    const on = toggleQuickFilter({ category: 'FIRE' }, 'dueThisWeek');
    expect(on).toEqual({ category: 'FIRE', dueWithinDays: 7 });
    expect(quickFilterActive(on, 'dueThisWeek')).toBe(true);
    expect(toggleQuickFilter(on, 'dueThisWeek')).toEqual({ category: 'FIRE' });
    expect(toggleQuickFilter(toggleQuickFilter({}, 'overdue'), 'mine')).toEqual({ overdue: true, mine: true });
    expect(Object.keys(QUICK_FILTERS)).toEqual(['overdue', 'flagged', 'mine', 'dueThisWeek']);
  });
});
