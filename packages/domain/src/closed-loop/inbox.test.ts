import { describe, expect, it } from 'vitest';
import { complaintsFirst, hasTaskInbox, inboxReasons } from './inbox.js';

const today = '2026-11-15';

describe('inbox reasons', () => {
  it('an assigned issue due within the window is one row with both reasons, overdue first when past', () => {
    expect(inboxReasons('ENTERPRISE', { state: 'ASSIGNED', deadline: '2026-11-17' }, today, 3)).toEqual(['ASSIGNED', 'DUE_SOON']);
    expect(inboxReasons('ENTERPRISE', { state: 'ASSIGNED', deadline: '2026-11-14' }, today, 3)).toEqual(['OVERDUE', 'ASSIGNED']);
  });
  it('the due-soon window is inclusive at both ends and the deadline day itself is not overdue', () => {
    expect(inboxReasons('ENTERPRISE', { state: 'RECTIFYING', deadline: today }, today, 3)).toEqual(['DUE_SOON', 'RECTIFYING']);
    expect(inboxReasons('ENTERPRISE', { state: 'RECTIFYING', deadline: '2026-11-18' }, today, 3)).toEqual(['DUE_SOON', 'RECTIFYING']);
    expect(inboxReasons('ENTERPRISE', { state: 'RECTIFYING', deadline: '2026-11-19' }, today, 3)).toEqual(['RECTIFYING']);
  });
  it('a firm: returned for rework is told apart from rectifying; submitted and closed issues wait on others', () => {
    expect(inboxReasons('ENTERPRISE', { state: 'RECTIFYING', lastAction: 'RETURN', deadline: null }, today, 3)).toEqual(['RETURNED']);
    expect(inboxReasons('ENTERPRISE', { state: 'SUBMITTED', deadline: '2026-11-01' }, today, 3)).toEqual([]);
    expect(inboxReasons('ENTERPRISE', { state: 'CLOSED', deadline: '2026-11-01' }, today, 3)).toEqual([]);
  });
  it('the bureau assigns and verifies, the department verifies, the township only watches deadlines', () => {
    expect(inboxReasons('REGULATOR', { state: 'REGISTERED' }, today, 3)).toEqual(['TO_ASSIGN']);
    expect(inboxReasons('ADMIN', { state: 'SUBMITTED', deadline: '2026-11-10' }, today, 3)).toEqual(['OVERDUE', 'TO_VERIFY']);
    expect(inboxReasons('DEPARTMENT', { state: 'SUBMITTED' }, today, 3)).toEqual(['TO_VERIFY']);
    expect(inboxReasons('DEPARTMENT', { state: 'REGISTERED' }, today, 3)).toEqual([]);
    expect(inboxReasons('TOWNSHIP', { state: 'SUBMITTED' }, today, 3)).toEqual([]);
    expect(inboxReasons('TOWNSHIP', { state: 'ASSIGNED', deadline: '2026-11-01' }, today, 3)).toEqual(['OVERDUE']);
    expect(inboxReasons('REGULATOR', { state: 'CLOSED', deadline: '2026-11-01' }, today, 3)).toEqual([]);
  });
  it('analysts and agencies have no task inbox; departments see complaints first', () => {
    expect(hasTaskInbox('ANALYST')).toBe(false);
    expect(hasTaskInbox('AGENCY')).toBe(false);
    expect(hasTaskInbox(undefined)).toBe(false);
    for (const r of ['ADMIN', 'REGULATOR', 'DEPARTMENT', 'TOWNSHIP', 'ENTERPRISE'] as const) expect(hasTaskInbox(r)).toBe(true);
    expect(inboxReasons('ANALYST', { state: 'REGISTERED', deadline: '2026-11-01' }, today, 3)).toEqual([]);
    expect(complaintsFirst('DEPARTMENT')).toBe(true);
    expect(complaintsFirst('REGULATOR')).toBe(false);
  });
});
