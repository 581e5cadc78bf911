import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasMessage, messageFor } from '../field-errors.js';
import type { Principal } from '../permissions.js';
import {
  ISSUE_ACTIONS,
  ISSUE_STATES,
  applyIssueAction,
  availableIssueActions,
  b1Due,
  b1DueFrom,
  b2Due,
  daysOverdue,
  isDueSoon,
  isOverdue,
  issueRecordProposals,
  overdueFrom,
  type IssueAction,
  type IssueCommand,
  type IssueSnapshot,
  type IssueState,
} from './issue-state-machine.js';

const who = {
  admin: { userId: 'u-admin', role: 'ADMIN' },
  regulator: { userId: 'u-reg', role: 'REGULATOR' },
  dept: { userId: 'u-dept', role: 'DEPARTMENT', departmentId: 'd1' },
  otherDept: { userId: 'u-dept2', role: 'DEPARTMENT', departmentId: 'd2' },
  firm: { userId: 'u-firm', role: 'ENTERPRISE', enterpriseId: 'e1' },
  otherFirm: { userId: 'u-firm2', role: 'ENTERPRISE', enterpriseId: 'e2' },
  township: { userId: 'u-town', role: 'TOWNSHIP', townshipId: 't1' },
  analyst: { userId: 'u-ana', role: 'ANALYST' },
} satisfies Record<string, Principal>;
type Who = keyof typeof who;

const NOW = new Date('2026-05-01T02:00:00Z'); // 2026-05-01 10:00 Shanghai
const issue = (patch: Partial<IssueSnapshot> = {}): IssueSnapshot => ({
  state: 'RECTIFYING',
  enterpriseId: 'e1',
  departmentId: 'd1',
  measures: '清理消防通道杂物',
  deadline: '2026-05-10',
  flagged: false,
  refusalRecorded: false,
  ...patch,
});

/** A payload that satisfies every action's own requirements, so only state and actor decide. */
const validCommand = (action: string): IssueCommand => ({
  action,
  note: '说明',
  attachments: ['file-1'],
  enterpriseId: 'e1',
  departmentId: 'd1',
  measures: '限期清理',
  deadline: '2026-05-20',
});

// The specification, written independently of ISSUE_TRANSITIONS.
const OPEN: IssueState[] = ['REGISTERED', 'ASSIGNED', 'RECTIFYING', 'SUBMITTED'];
const SPEC: Record<IssueAction, { from: IssueState[]; to: IssueState | 'same'; who: Who[] }> = {
  ASSIGN: { from: ['REGISTERED'], to: 'ASSIGNED', who: ['regulator', 'admin'] },
  ACKNOWLEDGE: { from: ['ASSIGNED'], to: 'RECTIFYING', who: ['firm'] },
  SUBMIT: { from: ['RECTIFYING'], to: 'SUBMITTED', who: ['firm'] },
  CLOSE: { from: ['SUBMITTED'], to: 'CLOSED', who: ['regulator', 'dept'] },
  RETURN: { from: ['SUBMITTED'], to: 'RECTIFYING', who: ['regulator', 'dept'] },
  FLAG: { from: OPEN, to: 'same', who: ['regulator'] },
  UNFLAG: { from: OPEN, to: 'same', who: ['regulator'] },
  RECORD_REFUSAL: { from: ['ASSIGNED', 'RECTIFYING'], to: 'same', who: ['regulator'] },
};

describe('issue transitions: every state × action × actor', () => {
  const cases = ISSUE_STATES.flatMap((state) => ISSUE_ACTIONS.flatMap((action) => (Object.keys(who) as Who[]).map((actor) => ({ state, action, actor }))));
  it.each(cases)('$state + $action by $actor', ({ state, action, actor }) => {
    const spec = SPEC[action];
    // UNFLAG needs a flagged issue; everything else starts unflagged.
    const before = issue({ state, flagged: action === 'UNFLAG' });
    const result = applyIssueAction(before, validCommand(action), who[actor], NOW);
    if (!spec.who.includes(actor)) {
      expect(result).toEqual({ ok: false, errors: [{ field: 'issue', code: 'ACTOR_NOT_ALLOWED', params: { state, action } }] });
    } else if (!spec.from.includes(state)) {
      expect(result).toEqual({ ok: false, errors: [{ field: 'issue', code: 'TRANSITION_NOT_ALLOWED', params: { state, action } }] });
    } else {
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.issue.state).toBe(spec.to === 'same' ? state : spec.to);
      expect(result.event).toMatchObject({ action, from: state, to: result.issue.state, actorUserId: who[actor].userId, at: NOW });
    }
  });

  it('the department must be the owning one, the firm the assigned one', () => {
    const submitted = issue({ state: 'SUBMITTED' });
    expect(applyIssueAction(submitted, validCommand('CLOSE'), who.dept, NOW).ok).toBe(true);
    expect(applyIssueAction(submitted, validCommand('CLOSE'), who.otherDept, NOW).ok).toBe(false);
    expect(applyIssueAction(issue({ state: 'ASSIGNED' }), validCommand('ACKNOWLEDGE'), who.otherFirm, NOW).ok).toBe(false);
    // An issue with no department yet has no owning department.
    expect(applyIssueAction(issue({ state: 'SUBMITTED', departmentId: null }), validCommand('CLOSE'), who.dept, NOW).ok).toBe(false);
  });

  it('refuses unknown actions and anonymous callers', () => {
    expect(applyIssueAction(issue(), { action: 'DELETE' }, who.admin, NOW)).toEqual({
      ok: false,
      errors: [{ field: 'issue', code: 'UNKNOWN_ACTION', params: { state: 'RECTIFYING', action: 'DELETE' } }],
    });
    expect(applyIssueAction(issue(), validCommand('FLAG'), null, NOW).ok).toBe(false);
  });
});

describe('issue payloads', () => {
  const registered = issue({ state: 'REGISTERED', enterpriseId: null, departmentId: null, measures: null, deadline: null });
  const codes = (r: ReturnType<typeof applyIssueAction>) => (r.ok ? [] : r.errors.map((e) => `${e.field}:${e.code}`));

  it('assignment needs enterprise, department, measures and a deadline, and records them', () => {
    expect(codes(applyIssueAction(registered, { action: 'ASSIGN', measures: '  ' }, who.regulator, NOW))).toEqual([
      'enterpriseId:REQUIRED',
      'departmentId:REQUIRED',
      'measures:REQUIRED',
      'deadline:REQUIRED',
    ]);
    const r = applyIssueAction(
      registered,
      { action: 'ASSIGN', enterpriseId: 'e9', departmentId: 'd9', measures: ' 拆除违建 ', deadline: '2026-06-30', note: '第一批交办' },
      who.admin,
      NOW,
    );
    expect(r.ok && r.issue).toMatchObject({ state: 'ASSIGNED', enterpriseId: 'e9', departmentId: 'd9', measures: '拆除违建', deadline: '2026-06-30' });
    expect(r.ok && r.event.note).toBe('第一批交办');
  });

  it('a deadline is a real date, not before today in Shanghai (today is fine)', () => {
    const assign = (deadline: string, now: Date) => codes(applyIssueAction(registered, { ...validCommand('ASSIGN'), deadline }, who.regulator, now));
    expect(assign('2026-02-30', NOW)).toEqual(['deadline:INVALID_DATE']);
    expect(assign('2101-01-01', NOW)).toEqual(['deadline:DATE_OUT_OF_RANGE']);
    // 2026-05-10 23:59:59 in Shanghai is 15:59:59Z: still the 10th there.
    expect(assign('2026-05-10', new Date('2026-05-10T15:59:59Z'))).toEqual([]);
    expect(assign('2026-05-10', new Date('2026-05-10T16:00:00Z'))).toEqual(['deadline:DEADLINE_IN_PAST']);
    const r = applyIssueAction(registered, { ...validCommand('ASSIGN'), deadline: '2026-04-30' }, who.regulator, NOW);
    expect(!r.ok && r.errors[0]?.params).toEqual({ today: '2026-05-01' });
  });

  it('feedback needs a note and at least one evidence file, and stamps the submission', () => {
    expect(codes(applyIssueAction(issue(), { action: 'SUBMIT' }, who.firm, NOW))).toEqual(['note:REQUIRED', 'attachments:EVIDENCE_REQUIRED']);
    expect(codes(applyIssueAction(issue(), { action: 'SUBMIT', note: '已整改', attachments: [' '] }, who.firm, NOW))).toEqual(['attachments:INVALID_FORMAT']);
    const many = Array.from({ length: 21 }, (_, i) => `f${i}`);
    expect(codes(applyIssueAction(issue(), { action: 'SUBMIT', note: '已整改', attachments: many }, who.firm, NOW))).toEqual(['attachments:TOO_MANY_FILES']);
    const r = applyIssueAction(issue(), { action: 'SUBMIT', note: '已整改完毕', attachments: ['photo-1', 'photo-2'] }, who.firm, NOW);
    expect(r.ok && r.issue.lastSubmittedAt).toEqual(NOW);
    expect(r.ok && r.event.attachments).toEqual(['photo-1', 'photo-2']);
  });

  it('a return and a refusal need a reason; notes have a length limit', () => {
    expect(codes(applyIssueAction(issue({ state: 'SUBMITTED' }), { action: 'RETURN' }, who.dept, NOW))).toEqual(['note:REQUIRED']);
    expect(codes(applyIssueAction(issue(), { action: 'RECORD_REFUSAL', note: '' }, who.regulator, NOW))).toEqual(['note:REQUIRED']);
    expect(codes(applyIssueAction(issue(), { action: 'FLAG', note: '长'.repeat(2001) }, who.regulator, NOW))).toEqual(['note:TOO_LONG']);
    expect(applyIssueAction(issue(), { action: 'FLAG', note: '长'.repeat(2000) }, who.regulator, NOW).ok).toBe(true);
  });

  it('the flag and the refusal are set once, and do not change the state', () => {
    const flagged = applyIssueAction(issue(), { action: 'FLAG' }, who.regulator, NOW);
    expect(flagged.ok && flagged.issue).toMatchObject({ state: 'RECTIFYING', flagged: true });
    expect(codes(applyIssueAction(issue({ flagged: true }), { action: 'FLAG' }, who.regulator, NOW))).toEqual(['issue:ALREADY_FLAGGED']);
    expect(codes(applyIssueAction(issue(), { action: 'UNFLAG' }, who.regulator, NOW))).toEqual(['issue:NOT_FLAGGED']);
    const refused = applyIssueAction(issue({ state: 'ASSIGNED' }), { action: 'RECORD_REFUSAL', note: '拒绝签收' }, who.regulator, NOW);
    expect(refused.ok && refused.issue).toMatchObject({ state: 'ASSIGNED', refusalRecorded: true });
    expect(codes(applyIssueAction(issue({ refusalRecorded: true }), { action: 'RECORD_REFUSAL', note: '再次拒绝' }, who.regulator, NOW))).toEqual([
      'issue:REFUSAL_ALREADY_RECORDED',
    ]);
  });

  it('a refused action changes nothing', () => {
    const before = Object.freeze(issue({ state: 'SUBMITTED' }));
    const copy = { ...before };
    applyIssueAction(before, { action: 'RETURN' }, who.dept, NOW);
    applyIssueAction(before, { action: 'CLOSE' }, who.firm, NOW);
    expect(before).toEqual(copy);
  });

  it('walks the whole loop, with a failed re-inspection in the middle', () => {
    let s: IssueSnapshot = { state: 'REGISTERED', flagged: false, refusalRecorded: false };
    const step = (command: IssueCommand, p: Principal, at = NOW) => {
      const r = applyIssueAction(s, command, p, at);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      s = r.issue;
      return r.event;
    };
    step({ action: 'ASSIGN', enterpriseId: 'e1', departmentId: 'd1', measures: '修复破损路面', deadline: '2026-05-15' }, who.regulator);
    step({ action: 'FLAG', note: '群众反映强烈' }, who.regulator);
    step({ action: 'ACKNOWLEDGE' }, who.firm);
    step({ action: 'SUBMIT', note: '已修复', attachments: ['a'] }, who.firm);
    step({ action: 'RETURN', note: '复查不合格：仍有坑洼' }, who.dept);
    expect(s.state).toBe('RECTIFYING');
    step({ action: 'SUBMIT', note: '已重新修复', attachments: ['b'] }, who.firm);
    const closeAt = new Date('2026-05-12T01:00:00Z');
    const last = step({ action: 'CLOSE', note: '复查合格，销号' }, who.regulator, closeAt);
    expect(s).toMatchObject({ state: 'CLOSED', closedAt: closeAt, flagged: true });
    expect(last).toEqual({ action: 'CLOSE', from: 'SUBMITTED', to: 'CLOSED', actorUserId: 'u-reg', at: closeAt, note: '复查合格，销号', attachments: [] });
  });

  it('lists the actions open to each caller', () => {
    expect(availableIssueActions(issue({ state: 'REGISTERED' }), who.regulator)).toEqual(['ASSIGN', 'FLAG']);
    expect(availableIssueActions(issue({ state: 'ASSIGNED', flagged: true }), who.regulator)).toEqual(['UNFLAG', 'RECORD_REFUSAL']);
    expect(availableIssueActions(issue({ state: 'ASSIGNED' }), who.firm)).toEqual(['ACKNOWLEDGE']);
    expect(availableIssueActions(issue({ state: 'SUBMITTED' }), who.dept)).toEqual(['CLOSE', 'RETURN']);
    expect(availableIssueActions(issue({ state: 'CLOSED' }), who.regulator)).toEqual([]);
    expect(availableIssueActions(issue(), who.analyst)).toEqual([]);
    expect(availableIssueActions(issue(), who.township)).toEqual([]);
  });

  it('every error code has a message in both languages, naming states and actions in words', () => {
    for (const code of [
      'ACTOR_NOT_ALLOWED',
      'TRANSITION_NOT_ALLOWED',
      'UNKNOWN_ACTION',
      'ALREADY_FLAGGED',
      'NOT_FLAGGED',
      'REFUSAL_ALREADY_RECORDED',
      'DEADLINE_IN_PAST',
      'EVIDENCE_REQUIRED',
      'TOO_MANY_FILES',
    ]) {
      expect(hasMessage(code)).toBe(true);
    }
    const r = applyIssueAction(issue({ state: 'CLOSED' }), validCommand('FLAG'), who.regulator, NOW);
    const error = !r.ok ? r.errors[0]! : { field: '', code: '' };
    expect(messageFor(error, 'zh-CN')).toBe('该问题当前状态为“已销号”，不能执行“挂牌督办”');
    expect(messageFor(error, 'en')).toBe('this issue is closed, so it cannot flag for supervision now');
    expect(messageFor({ field: 'deadline', code: 'DEADLINE_IN_PAST', params: { today: '2026-05-01' } }, 'zh-CN')).toBe('整改期限不能早于今天（2026-05-01）');
    expect(messageFor({ field: 'issue', code: 'ACTOR_NOT_ALLOWED', params: { action: 'CLOSE' } }, 'zh-CN')).toBe('无权对该问题执行“销号”');
  });
});

describe('overdue: from 00:00 Shanghai on the day after the deadline', () => {
  // Deadline 2026-05-10: the 10th ends at 2026-05-10T16:00:00Z.
  const boundary = new Date('2026-05-10T16:00:00Z');
  const sec = (n: number) => new Date(boundary.getTime() + n * 1000);

  it('is defined exactly', () => {
    expect(overdueFrom('2026-05-10')).toEqual(boundary);
    expect(overdueFrom('2026-12-31')).toEqual(new Date('2026-12-31T16:00:00Z'));
  });
  it('one second before the boundary is in time, the boundary and one second after are overdue', () => {
    expect(isOverdue(issue(), sec(-1))).toBe(false);
    expect(isOverdue(issue(), sec(0))).toBe(true);
    expect(isOverdue(issue(), sec(1))).toBe(true);
  });
  it('counts Shanghai calendar days', () => {
    expect(daysOverdue('2026-05-10', sec(-1))).toBe(0);
    expect(daysOverdue('2026-05-10', sec(0))).toBe(1);
    expect(daysOverdue('2026-05-10', new Date('2026-05-12T15:59:59Z'))).toBe(2);
    expect(daysOverdue('2026-05-10', new Date('2026-01-01T00:00:00Z'))).toBe(0);
  });
  it('never for a closed issue or one without a deadline, whatever the state otherwise', () => {
    expect(isOverdue(issue({ state: 'CLOSED' }), sec(86400 * 30))).toBe(false);
    expect(isOverdue(issue({ state: 'REGISTERED', deadline: null }), sec(86400 * 30))).toBe(false);
    for (const state of ['ASSIGNED', 'RECTIFYING', 'SUBMITTED'] as const) expect(isOverdue(issue({ state }), sec(1))).toBe(true);
  });
  it('agrees with overdueFrom for any deadline and instant', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -5 * 86400, max: 5 * 86400 }),
        (d, offsetSeconds) => {
          const deadline = new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
          const now = new Date(overdueFrom(deadline).getTime() + offsetSeconds * 1000);
          expect(isOverdue(issue({ deadline }), now)).toBe(offsetSeconds >= 0);
        },
      ),
    );
  });
  it('due soon: open, not overdue, deadline within N days', () => {
    expect(isDueSoon(issue(), new Date('2026-05-03T16:00:00Z'), 7)).toBe(true); // 05-04: 6 days left
    expect(isDueSoon(issue(), new Date('2026-05-02T16:00:00Z'), 7)).toBe(true); // 05-03: 7 days left
    expect(isDueSoon(issue(), new Date('2026-05-02T15:59:59Z'), 7)).toBe(false); // 05-02: 8 days left
    expect(isDueSoon(issue(), sec(0), 7)).toBe(false); // overdue instead
    expect(isDueSoon(issue({ state: 'CLOSED' }), sec(-1), 7)).toBe(false);
  });
});

describe('B1 after the grace period, once per issue; B2 on a recorded refusal', () => {
  // Deadline 2026-05-10, grace 7 days: overdue from 05-11 00:00, B1 from 05-18 00:00 Shanghai = 05-17T16:00Z.
  const b1Boundary = new Date('2026-05-17T16:00:00Z');
  const sec = (n: number) => new Date(b1Boundary.getTime() + n * 1000);

  it('is due from 00:00 Shanghai on deadline + grace + 1 days', () => {
    expect(b1DueFrom('2026-05-10', 7)).toEqual(b1Boundary);
    expect(b1Due(issue(), sec(-1), 7, false)).toBe(false);
    expect(b1Due(issue(), sec(0), 7, false)).toBe(true);
    expect(b1Due(issue(), sec(1), 7, false)).toBe(true);
  });
  it('is proposed once per issue', () => {
    expect(b1Due(issue(), sec(1), 7, true)).toBe(false);
    expect(issueRecordProposals(issue(), sec(1), 7, [])).toEqual(['B1']);
    expect(issueRecordProposals(issue(), sec(1), 7, ['B1'])).toEqual([]);
  });
  it('with no grace it coincides with overdue', () => {
    expect(b1DueFrom('2026-05-10', 0)).toEqual(overdueFrom('2026-05-10'));
    fc.assert(
      fc.property(fc.integer({ min: -3 * 86400, max: 20 * 86400 }), fc.integer({ min: 0, max: 30 }), (offset, grace) => {
        const now = new Date(overdueFrom('2026-05-10').getTime() + offset * 1000);
        expect(b1Due(issue(), now, grace, false)).toBe(now >= b1DueFrom('2026-05-10', grace));
        if (grace === 0) expect(b1Due(issue(), now, 0, false)).toBe(isOverdue(issue(), now));
      }),
    );
  });
  it("stops the firm's clock at its submission", () => {
    const inTime = new Date('2026-05-12T02:00:00Z');
    const late = sec(3600);
    const farLater = new Date('2026-06-30T00:00:00Z');
    expect(b1Due(issue({ state: 'SUBMITTED', lastSubmittedAt: inTime }), farLater, 7, false)).toBe(false);
    expect(b1Due(issue({ state: 'SUBMITTED', lastSubmittedAt: late }), farLater, 7, false)).toBe(true);
    // returned for rework: the clock runs again
    expect(b1Due(issue({ state: 'RECTIFYING', lastSubmittedAt: inTime }), farLater, 7, false)).toBe(true);
    // closed late, or closed without a stamp
    expect(b1Due(issue({ state: 'CLOSED', lastSubmittedAt: late, closedAt: farLater }), farLater, 7, false)).toBe(true);
    expect(b1Due(issue({ state: 'CLOSED', closedAt: inTime }), farLater, 7, false)).toBe(false);
    expect(b1Due(issue({ state: 'CLOSED' }), farLater, 7, false)).toBe(false);
  });
  it('needs a deadline and an enterprise; refuses a bad grace period', () => {
    expect(b1Due(issue({ deadline: null }), sec(1), 7, false)).toBe(false);
    expect(b1Due(issue({ enterpriseId: null }), sec(1), 7, false)).toBe(false);
    expect(() => b1Due(issue(), sec(1), -1, false)).toThrow(RangeError);
    expect(() => b1DueFrom('2026-05-10', 1.5)).toThrow(RangeError);
  });
  it('B2 follows a recorded refusal, once', () => {
    expect(b2Due(issue(), false)).toBe(false);
    expect(b2Due(issue({ refusalRecorded: true }), false)).toBe(true);
    expect(b2Due(issue({ refusalRecorded: true }), true)).toBe(false);
    expect(issueRecordProposals(issue({ refusalRecorded: true }), sec(1), 7, [])).toEqual(['B1', 'B2']);
    expect(issueRecordProposals(issue({ refusalRecorded: true }), sec(-1), 7, ['B2'])).toEqual([]);
  });
});
