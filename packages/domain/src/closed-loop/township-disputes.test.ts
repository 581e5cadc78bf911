import { describe, expect, it } from 'vitest';
import { ISSUE_CATEGORIES } from '../enums.js';
import { messageFor } from '../field-errors.js';
import { seesPersonalData } from '../masking.js';
import type { Principal } from '../permissions.js';
import { checkDepartment } from '../registry-rules.js';
import { ISSUE_CATEGORY_LABELS } from './labels.js';
import {
  TOWNSHIP_CATEGORIES,
  applyComplaintAction,
  availableComplaintActions,
  isTownshipCategory,
  routeByCategory,
  routeToHandler,
  type ComplaintSnapshot,
} from './complaints.js';
import { inboxReasons } from './inbox.js';
import { applyIssueAction, availableIssueActions, type IssueSnapshot } from './issue-state-machine.js';

/** Issue 16: owners' committee matters go to the community's own township, which handles them through the closed loop. */

const townshipT1: Principal = { userId: 'u-t1', role: 'TOWNSHIP', townshipId: 't1' };
const townshipT2: Principal = { userId: 'u-t2', role: 'TOWNSHIP', townshipId: 't2' };
const regulator: Principal = { userId: 'u-reg', role: 'REGULATOR' };
const dept: Principal = { userId: 'u-dept', role: 'DEPARTMENT', departmentId: 'd1' };
const AT = new Date('2026-11-10T02:00:00Z');

const departments = [
  { id: 'zj', remit: ['SERVICE_QUALITY', 'UNLICENSED_OPERATOR'] },
  { id: 'xzxt', remit: ['OWNERS_COMMITTEE'] },
];

describe('routeToHandler', () => {
  it('sends owners’ committee matters to the community’s township, whatever the departments’ remits say', () => {
    expect(routeToHandler('OWNERS_COMMITTEE', 't1', departments)).toEqual({ ok: true, handler: { kind: 'TOWNSHIP', townshipId: 't1' } });
    expect(routeToHandler('OWNERS_COMMITTEE', 't2', [])).toEqual({ ok: true, handler: { kind: 'TOWNSHIP', townshipId: 't2' } });
  });
  it('sends every other category to the department owning it, with the same errors as routeByCategory', () => {
    expect(routeToHandler('SERVICE_QUALITY', 't1', departments)).toEqual({ ok: true, handler: { kind: 'DEPARTMENT', departmentId: 'zj' } });
    expect(routeToHandler('UNLICENSED_OPERATOR', 't1', departments)).toEqual({ ok: true, handler: { kind: 'DEPARTMENT', departmentId: 'zj' } });
    expect(routeToHandler('FEES', 't1', departments)).toEqual(routeByCategory('FEES', departments));
    expect(routeToHandler('NOISE', 't1', departments)).toEqual({
      ok: false,
      error: { field: 'category', code: 'UNKNOWN_CATEGORY', params: { value: 'NOISE' } },
    });
  });
  it('needs the community’s township for a township category', () => {
    expect(routeToHandler('OWNERS_COMMITTEE', '', departments)).toEqual({ ok: false, error: { field: 'communityId', code: 'REQUIRED' } });
  });
  it('has exactly the owners’ committee as township category, and every category a label', () => {
    expect(TOWNSHIP_CATEGORIES).toEqual(['OWNERS_COMMITTEE']);
    for (const c of ISSUE_CATEGORIES) expect(isTownshipCategory(c)).toBe(c === 'OWNERS_COMMITTEE');
    expect(ISSUE_CATEGORY_LABELS.UNLICENSED_OPERATOR['zh-CN']).toBe('无资质/未备案经营者');
  });
});

describe('department remits', () => {
  it('refuse a township category, naming it', () => {
    const errors = checkDepartment({ name: '协调组', code: 'XZXT', remit: ['OWNERS_COMMITTEE'] }, ISSUE_CATEGORIES);
    expect(errors).toEqual([{ field: 'remit', code: 'TOWNSHIP_CATEGORY_IN_REMIT', params: { category: 'OWNERS_COMMITTEE' } }]);
    expect(messageFor(errors[0]!, 'zh-CN')).toBe('“业主委员会”类事项由小区所在乡镇（街道）办理，不能列入部门职责范围');
    expect(checkDepartment({ name: '住建局', code: 'ZJJ', remit: ['SERVICE_QUALITY', 'UNLICENSED_OPERATOR'] }, ISSUE_CATEGORIES)).toEqual([]);
  });
});

describe('a complaint routed to the township', () => {
  const routed: ComplaintSnapshot = {
    state: 'ROUTED',
    receivedAt: AT,
    townshipId: 't1',
    handledByTownship: true,
    departmentId: null,
    complainantCount: 1,
  };
  it('is handled by that township only, and by the bureau', () => {
    expect(availableComplaintActions(routed, townshipT1)).toEqual(['RESPOND']);
    expect(availableComplaintActions(routed, townshipT2)).toEqual([]);
    expect(availableComplaintActions(routed, dept)).toEqual([]);
    expect(availableComplaintActions(routed, regulator)).toEqual(['ROUTE', 'RESPOND']);
    expect(availableComplaintActions({ ...routed, state: 'RESPONDED' }, townshipT1)).toEqual(['RESOLVE', 'TURN_INTO_ISSUE', 'REJECT']);
    expect(availableComplaintActions({ ...routed, state: 'RESOLVED' }, townshipT1)).toEqual(['CLOSE']);
  });
  it('is not the township’s when it was routed to a department (the township only reads it)', () => {
    expect(availableComplaintActions({ ...routed, handledByTownship: false, departmentId: 'd1' }, townshipT1)).toEqual([]);
  });
  it('gets there by a ROUTE to the township, which clears the department; a route names one handler', () => {
    const atDept: ComplaintSnapshot = { ...routed, state: 'RECEIVED', handledByTownship: false, departmentId: null };
    const r = applyComplaintAction(atDept, { action: 'ROUTE', toTownship: true }, 'SYSTEM', AT);
    expect(r.ok && r.complaint).toMatchObject({ state: 'ROUTED', handledByTownship: true, departmentId: null });
    const back = applyComplaintAction(routed, { action: 'ROUTE', departmentId: 'd1' }, regulator, AT);
    expect(back.ok && back.complaint).toMatchObject({ handledByTownship: false, departmentId: 'd1' });
    const both = applyComplaintAction(atDept, { action: 'ROUTE', toTownship: true, departmentId: 'd1' }, 'SYSTEM', AT);
    expect(both).toEqual({ ok: false, errors: [{ field: 'departmentId', code: 'ROUTE_ONE_HANDLER' }] });
    const noTownship = applyComplaintAction({ ...atDept, townshipId: null }, { action: 'ROUTE', toTownship: true }, 'SYSTEM', AT);
    expect(noTownship).toEqual({ ok: false, errors: [{ field: 'townshipId', code: 'REQUIRED' }] });
  });
  it('shows the complainant in full to the handling township only', () => {
    expect(seesPersonalData(townshipT1, { handlingTownshipId: 't1' })).toBe(true);
    expect(seesPersonalData(townshipT2, { handlingTownshipId: 't1' })).toBe(false);
    expect(seesPersonalData(townshipT1, { handlingDepartmentId: 'd1' })).toBe(false);
  });
});

describe('an issue handled by the township', () => {
  const submitted: IssueSnapshot = {
    state: 'SUBMITTED',
    townshipId: 't1',
    handledByTownship: true,
    enterpriseId: 'e1',
    departmentId: null,
    deadline: '2026-11-20',
    flagged: false,
    refusalRecorded: false,
  };
  it('is verified (closed or returned) by that township, not by another or a department', () => {
    expect(availableIssueActions(submitted, townshipT1)).toEqual(['CLOSE', 'RETURN']);
    expect(availableIssueActions(submitted, townshipT2)).toEqual([]);
    expect(availableIssueActions({ ...submitted, handledByTownship: false }, townshipT1)).toEqual([]);
    expect(availableIssueActions({ ...submitted, departmentId: 'd1', handledByTownship: false }, dept)).toEqual(['CLOSE', 'RETURN']);
    const closed = applyIssueAction(submitted, { action: 'CLOSE', note: '业委会已按程序补选' }, townshipT1, AT);
    expect(closed.ok && closed.issue.state).toBe('CLOSED');
  });
  it('is assigned by the bureau without a department and stays the township’s; naming a department hands it over', () => {
    const registered: IssueSnapshot = { ...submitted, state: 'REGISTERED', deadline: null };
    const cmd = { action: 'ASSIGN', enterpriseId: 'e1', measures: '配合乡镇做好换届', deadline: '2026-11-30' };
    const kept = applyIssueAction(registered, cmd, regulator, AT);
    expect(kept.ok && kept.issue).toMatchObject({ state: 'ASSIGNED', handledByTownship: true, departmentId: null });
    const handed = applyIssueAction(registered, { ...cmd, departmentId: 'd1' }, regulator, AT);
    expect(handed.ok && handed.issue).toMatchObject({ handledByTownship: false, departmentId: 'd1' });
    const other = applyIssueAction({ ...registered, handledByTownship: false }, cmd, regulator, AT);
    expect(other).toEqual({ ok: false, errors: [{ field: 'departmentId', code: 'REQUIRED' }] });
  });
  it('waits in the township’s inbox for verification only when the township handles it', () => {
    expect(inboxReasons('TOWNSHIP', submitted, '2026-11-15', 3)).toEqual(['TO_VERIFY']);
    expect(inboxReasons('TOWNSHIP', { ...submitted, handledByTownship: false }, '2026-11-15', 3)).toEqual([]);
    expect(inboxReasons('TOWNSHIP', { ...submitted, deadline: '2026-11-14' }, '2026-11-15', 3)).toEqual(['OVERDUE', 'TO_VERIFY']);
  });
});
