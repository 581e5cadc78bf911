import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISSUE_CATEGORIES } from '../enums.js';
import { hasMessage, messageFor } from '../field-errors.js';
import type { Principal } from '../permissions.js';
import {
  COMPLAINT_ACTIONS,
  COMPLAINT_STATES,
  DEFAULT_COMPLAINT_SLA,
  applyComplaintAction,
  availableComplaintActions,
  b3Due,
  b4Due,
  b5Due,
  checkComplaintIntake,
  checkComplaintPlace,
  checkComplaintSla,
  complaintRecordProposals,
  firstResponseDeadline,
  isCollectiveComplaint,
  isFirstResponseLate,
  isResolutionLate,
  resolutionDeadline,
  routeByCategory,
  type ComplaintAction,
  type ComplaintActor,
  type ComplaintCommand,
  type ComplaintSnapshot,
  type ComplaintState,
} from './complaints.js';

const who = {
  system: 'SYSTEM',
  admin: { userId: 'u-admin', role: 'ADMIN' },
  regulator: { userId: 'u-reg', role: 'REGULATOR' },
  dept: { userId: 'u-dept', role: 'DEPARTMENT', departmentId: 'd1' },
  otherDept: { userId: 'u-dept2', role: 'DEPARTMENT', departmentId: 'd2' },
  firm: { userId: 'u-firm', role: 'ENTERPRISE', enterpriseId: 'e1' },
  township: { userId: 'u-town', role: 'TOWNSHIP', townshipId: 't1' },
  analyst: { userId: 'u-ana', role: 'ANALYST' },
} satisfies Record<string, ComplaintActor>;
type Who = keyof typeof who;

const RECEIVED_AT = new Date('2026-04-01T02:30:00Z'); // 10:30 Shanghai
const NOW = new Date('2026-04-02T02:30:00Z');
const complaint = (patch: Partial<ComplaintSnapshot> = {}): ComplaintSnapshot => ({
  state: 'ROUTED',
  receivedAt: RECEIVED_AT,
  departmentId: 'd1',
  enterpriseId: 'e1',
  complainantCount: 1,
  ...patch,
});
const sec = (base: Date, n: number) => new Date(base.getTime() + n * 1000);

describe('routing by category', () => {
  const departments = [
    { id: 'zj', remit: ['SERVICE_QUALITY', 'BUILDING_QUALITY'] },
    { id: 'scjg', remit: ['FEES', 'ELEVATOR'] },
    { id: 'ga', remit: ['PARKING_SECURITY'] },
    { id: 'cg', remit: ['ILLEGAL_CONSTRUCTION'] },
    { id: 'zrzy', remit: ['ILLEGAL_CONSTRUCTION'] },
  ];
  it('goes to the one department whose remit has the category', () => {
    expect(routeByCategory('ELEVATOR', departments)).toEqual({ ok: true, departmentId: 'scjg' });
    expect(routeByCategory('BUILDING_QUALITY', departments)).toEqual({ ok: true, departmentId: 'zj' });
  });
  it('refuses an unknown category, a category nobody owns and one owned twice', () => {
    expect(routeByCategory('NOISE', departments)).toEqual({ ok: false, error: { field: 'category', code: 'UNKNOWN_CATEGORY', params: { value: 'NOISE' } } });
    expect(routeByCategory('ELDERLY_CARE', departments)).toEqual({
      ok: false,
      error: { field: 'category', code: 'ROUTING_NO_OWNER', params: { category: 'ELDERLY_CARE' } },
    });
    const twice = routeByCategory('ILLEGAL_CONSTRUCTION', departments);
    expect(twice).toEqual({
      ok: false,
      error: { field: 'category', code: 'ROUTING_AMBIGUOUS', params: { category: 'ILLEGAL_CONSTRUCTION', departments: 'cg, zrzy' } },
    });
    expect(messageFor(!twice.ok ? twice.error : { field: '', code: '' }, 'zh-CN')).toBe(
      '“违法建设”类事项同时属于多个部门（cg, zrzy），请在部门职责范围中只保留一个',
    );
    expect(messageFor({ field: 'category', code: 'ROUTING_NO_OWNER', params: { category: 'ELDERLY_CARE' } }, 'en')).toBe(
      "no department's remit covers elderly care; assign it to one first",
    );
  });
  it('routes to an owner exactly when exactly one department claims the category (any remits)', () => {
    const remits = fc.array(fc.subarray([...ISSUE_CATEGORIES]), { maxLength: 6 }).map((rs) => rs.map((remit, i) => ({ id: `d${i}`, remit })));
    fc.assert(
      fc.property(remits, fc.constantFrom(...ISSUE_CATEGORIES), (depts, category) => {
        const owners = depts.filter((d) => d.remit.includes(category));
        const r = routeByCategory(category, depts);
        expect(r.ok).toBe(owners.length === 1);
        if (r.ok) expect(r.departmentId).toBe(owners[0]!.id);
        else expect(r.error.code).toBe(owners.length === 0 ? 'ROUTING_NO_OWNER' : 'ROUTING_AMBIGUOUS');
      }),
    );
  });
});

describe('SLA clocks: received + N × 24 h, acting at the deadline is on time', () => {
  const firstDue = new Date('2026-04-04T02:30:00Z');
  const resolveDue = new Date('2026-04-16T02:30:00Z');
  it('computes the deadlines', () => {
    expect(firstResponseDeadline(RECEIVED_AT)).toEqual(firstDue);
    expect(resolutionDeadline(RECEIVED_AT)).toEqual(resolveDue);
    expect(firstResponseDeadline(RECEIVED_AT, { firstResponseDays: 1, resolutionDays: 5 })).toEqual(new Date('2026-04-02T02:30:00Z'));
    expect(resolutionDeadline(RECEIVED_AT, { firstResponseDays: 1, resolutionDays: 5 })).toEqual(new Date('2026-04-06T02:30:00Z'));
  });
  it('first response: one second before and at the deadline on time, one second after late', () => {
    expect(isFirstResponseLate(complaint({ respondedAt: sec(firstDue, -1) }), sec(firstDue, 999))).toBe(false);
    expect(isFirstResponseLate(complaint({ respondedAt: firstDue }), sec(firstDue, 999))).toBe(false);
    expect(isFirstResponseLate(complaint({ respondedAt: sec(firstDue, 1) }), sec(firstDue, 999))).toBe(true);
    // not yet responded: late only once the deadline has passed
    expect(isFirstResponseLate(complaint(), sec(firstDue, -1))).toBe(false);
    expect(isFirstResponseLate(complaint(), firstDue)).toBe(false);
    expect(isFirstResponseLate(complaint(), sec(firstDue, 1))).toBe(true);
  });
  it('resolution: the same on the 15-day deadline', () => {
    expect(isResolutionLate(complaint({ handledAt: sec(resolveDue, -1) }), sec(resolveDue, 99))).toBe(false);
    expect(isResolutionLate(complaint({ handledAt: resolveDue }), sec(resolveDue, 99))).toBe(false);
    expect(isResolutionLate(complaint({ handledAt: sec(resolveDue, 1) }), sec(resolveDue, 99))).toBe(true);
    expect(isResolutionLate(complaint(), sec(resolveDue, -1))).toBe(false);
    expect(isResolutionLate(complaint(), sec(resolveDue, 1))).toBe(true);
  });
  it('is configurable, and refuses a nonsensical configuration', () => {
    const fast = { firstResponseDays: 1, resolutionDays: 5 };
    expect(isFirstResponseLate(complaint(), sec(RECEIVED_AT, 86400 + 1), fast)).toBe(true);
    expect(isFirstResponseLate(complaint(), sec(RECEIVED_AT, 86400 + 1))).toBe(false);
    expect(checkComplaintSla(DEFAULT_COMPLAINT_SLA)).toEqual([]);
    const codes = (sla: { firstResponseDays: number; resolutionDays: number }) => checkComplaintSla(sla).map((e) => `${e.field}:${e.code}`);
    expect(codes({ firstResponseDays: 0, resolutionDays: 1.5 })).toEqual(['firstResponseDays:OUT_OF_RANGE', 'resolutionDays:NOT_INTEGER']);
    expect(codes({ firstResponseDays: 5, resolutionDays: 3 })).toEqual(['resolutionDays:SLA_RESOLUTION_BEFORE_RESPONSE']);
    expect(codes({ firstResponseDays: 3, resolutionDays: 366 })).toEqual(['resolutionDays:OUT_OF_RANGE']);
    expect(() => firstResponseDeadline(RECEIVED_AT, { firstResponseDays: -1, resolutionDays: 15 })).toThrow(RangeError);
    expect(hasMessage('SLA_RESOLUTION_BEFORE_RESPONSE')).toBe(true);
  });
  it('late exactly when acting strictly after received + days × 24 h (any instants)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: -3 * 86400, max: 3 * 86400 }), (days, offset) => {
        const sla = { firstResponseDays: days, resolutionDays: days };
        const respondedAt = new Date(RECEIVED_AT.getTime() + days * 86_400_000 + offset * 1000);
        expect(isFirstResponseLate(complaint({ respondedAt }), new Date('2030-01-01'), sla)).toBe(offset > 0);
      }),
    );
  });
});

// The specification, written independently of COMPLAINT_TRANSITIONS.
const OUTCOMES: ComplaintState[] = ['RESOLVED', 'TURNED_INTO_ISSUE', 'REJECTED'];
const HANDLERS: Who[] = ['regulator', 'dept'];
const SPEC: Record<ComplaintAction, { from: ComplaintState[]; to: ComplaintState; who: Who[] }> = {
  ROUTE: { from: ['RECEIVED', 'ROUTED'], to: 'ROUTED', who: ['system', 'regulator', 'admin'] },
  RESPOND: { from: ['ROUTED'], to: 'RESPONDED', who: HANDLERS },
  RESOLVE: { from: ['RESPONDED'], to: 'RESOLVED', who: HANDLERS },
  TURN_INTO_ISSUE: { from: ['RESPONDED'], to: 'TURNED_INTO_ISSUE', who: HANDLERS },
  REJECT: { from: ['RESPONDED'], to: 'REJECTED', who: HANDLERS },
  CLOSE: { from: OUTCOMES, to: 'CLOSED', who: HANDLERS },
};
const validCommand = (action: string): ComplaintCommand => ({
  action,
  note: '已联系物业处理',
  departmentId: 'd1',
  upheld: true,
  issueId: 'i-1',
  reasons: '不属于物业服务范围',
  rating: 'SATISFIED',
});

describe('complaint transitions: every state × action × actor', () => {
  const cases = COMPLAINT_STATES.flatMap((state) =>
    COMPLAINT_ACTIONS.flatMap((action) => (Object.keys(who) as Who[]).map((actor) => ({ state, action, actor }))),
  );
  it.each(cases)('$state + $action by $actor', ({ state, action, actor }) => {
    const spec = SPEC[action];
    const r = applyComplaintAction(complaint({ state }), validCommand(action), who[actor], NOW);
    if (!spec.who.includes(actor)) {
      expect(r).toEqual({ ok: false, errors: [{ field: 'complaint', code: 'ACTOR_NOT_ALLOWED', params: { state, action } }] });
    } else if (!spec.from.includes(state)) {
      expect(r).toEqual({ ok: false, errors: [{ field: 'complaint', code: 'TRANSITION_NOT_ALLOWED', params: { state, action } }] });
    } else {
      expect(r.ok && r.complaint.state).toBe(spec.to);
      expect(r.ok && r.event).toMatchObject({
        action,
        from: state,
        to: spec.to,
        at: NOW,
        actorUserId: actor === 'system' ? null : (who[actor] as Principal).userId,
      });
    }
  });
  it('only the department it was routed to handles it', () => {
    expect(applyComplaintAction(complaint(), validCommand('RESPOND'), who.otherDept, NOW).ok).toBe(false);
    expect(applyComplaintAction(complaint({ departmentId: null }), validCommand('RESPOND'), who.dept, NOW).ok).toBe(false);
    expect(applyComplaintAction(complaint(), { action: 'ARCHIVE' }, who.regulator, NOW)).toMatchObject({ ok: false, errors: [{ code: 'UNKNOWN_ACTION' }] });
    expect(applyComplaintAction(complaint(), validCommand('RESPOND'), null, NOW).ok).toBe(false);
  });
  it('lists the actions open to each caller', () => {
    expect(availableComplaintActions(complaint({ state: 'RECEIVED' }), 'SYSTEM')).toEqual(['ROUTE']);
    expect(availableComplaintActions(complaint({ state: 'ROUTED' }), who.regulator)).toEqual(['ROUTE', 'RESPOND']);
    expect(availableComplaintActions(complaint({ state: 'RESPONDED' }), who.dept)).toEqual(['RESOLVE', 'TURN_INTO_ISSUE', 'REJECT']);
    expect(availableComplaintActions(complaint({ state: 'REJECTED' }), who.dept)).toEqual(['CLOSE']);
    expect(availableComplaintActions(complaint({ state: 'ROUTED' }), who.firm)).toEqual([]);
  });
});

describe('complaint payloads', () => {
  const codes = (r: ReturnType<typeof applyComplaintAction>) => (r.ok ? [] : r.errors.map((e) => `${e.field}:${e.code}`));
  it('routing needs a department, a response and an answer need text, an answer says whether it was upheld', () => {
    expect(codes(applyComplaintAction(complaint({ state: 'RECEIVED', departmentId: null }), { action: 'ROUTE' }, 'SYSTEM', NOW))).toEqual([
      'departmentId:REQUIRED',
    ]);
    expect(codes(applyComplaintAction(complaint(), { action: 'RESPOND' }, who.dept, NOW))).toEqual(['note:REQUIRED']);
    expect(codes(applyComplaintAction(complaint({ state: 'RESPONDED' }), { action: 'RESOLVE', note: '已答复' }, who.dept, NOW))).toEqual(['upheld:REQUIRED']);
    expect(codes(applyComplaintAction(complaint({ state: 'RESPONDED' }), { action: 'TURN_INTO_ISSUE' }, who.dept, NOW))).toEqual(['issueId:REQUIRED']);
    expect(codes(applyComplaintAction(complaint({ state: 'RESPONDED' }), { action: 'REJECT', reasons: ' ' }, who.dept, NOW))).toEqual(['reasons:REQUIRED']);
  });
  it('closing needs a follow-up rating from the list', () => {
    expect(codes(applyComplaintAction(complaint({ state: 'RESOLVED' }), { action: 'CLOSE' }, who.dept, NOW))).toEqual(['rating:REQUIRED']);
    expect(codes(applyComplaintAction(complaint({ state: 'RESOLVED' }), { action: 'CLOSE', rating: 'OK' }, who.dept, NOW))).toEqual(['rating:INVALID_FORMAT']);
  });
  it('stamps the clocks and the outcome, and keeps the reasons of a rejection on the timeline', () => {
    const responded = applyComplaintAction(complaint(), { action: 'RESPOND', note: '已受理，三日内上门' }, who.dept, NOW);
    expect(responded.ok && responded.complaint.respondedAt).toEqual(NOW);
    const rejected = applyComplaintAction(complaint({ state: 'RESPONDED' }), { action: 'REJECT', reasons: '属于邻里纠纷' }, who.dept, NOW);
    expect(rejected.ok && rejected.complaint).toMatchObject({ state: 'REJECTED', handledAt: NOW, upheld: false });
    expect(rejected.ok && rejected.event.note).toBe('属于邻里纠纷');
    const turned = applyComplaintAction(complaint({ state: 'RESPONDED' }), { action: 'TURN_INTO_ISSUE', issueId: 'i-7' }, who.regulator, NOW);
    expect(turned.ok && turned.complaint).toMatchObject({ handledAt: NOW, upheld: true, issueId: 'i-7' });
    const closed = applyComplaintAction(complaint({ state: 'TURNED_INTO_ISSUE' }), { action: 'CLOSE', rating: 'BASICALLY_SATISFIED' }, who.dept, NOW);
    expect(closed.ok && closed.complaint).toMatchObject({ state: 'CLOSED', followUpRating: 'BASICALLY_SATISFIED', closedAt: NOW });
  });
  it('checks an intake', () => {
    expect(checkComplaintIntake({ channel: 'WALL', category: 'SANITATION', complainantCount: 12, content: '垃圾站长期满溢' })).toEqual([]);
    expect(checkComplaintIntake({ channel: 'FAX', category: 'NOISE', complainantCount: 0, content: '' }).map((e) => `${e.field}:${e.code}`)).toEqual([
      'channel:INVALID_FORMAT',
      'category:UNKNOWN_CATEGORY',
      'complainantCount:OUT_OF_RANGE',
      'content:REQUIRED',
    ]);
    expect(
      checkComplaintIntake({ channel: '', category: 'BUILDING_QUALITY', subtype: 'PITTING', complainantCount: 2.5, content: '墙面麻面' }).map(
        (e) => `${e.field}:${e.code}`,
      ),
    ).toEqual(['channel:REQUIRED', 'complainantCount:NOT_INTEGER']);
  });
  it('explains transitions in words', () => {
    expect(messageFor({ field: 'complaint', code: 'TRANSITION_NOT_ALLOWED', params: { state: 'ROUTED', action: 'CLOSE' } }, 'zh-CN')).toBe(
      '该投诉当前状态为“已分派”，不能执行“销号”',
    );
    expect(messageFor({ field: 'complaint', code: 'ACTOR_NOT_ALLOWED', params: { action: 'REJECT' } }, 'en')).toBe('you may not reject this complaint');
  });
});

describe('collective complaints and B3/B4/B5', () => {
  it('ten or more complainants make a collective complaint', () => {
    expect(isCollectiveComplaint(9)).toBe(false);
    expect(isCollectiveComplaint(10)).toBe(true);
  });
  it('B3 when either clock is missed, once', () => {
    const firstDue = firstResponseDeadline(RECEIVED_AT);
    const sla = DEFAULT_COMPLAINT_SLA;
    expect(b3Due(complaint(), firstDue, sla, false)).toBe(false);
    expect(b3Due(complaint(), sec(firstDue, 1), sla, false)).toBe(true);
    expect(b3Due(complaint(), sec(firstDue, 1), sla, true)).toBe(false);
    const onTime = complaint({ respondedAt: firstDue });
    const resolveDue = resolutionDeadline(RECEIVED_AT);
    expect(b3Due(onTime, resolveDue, sla, false)).toBe(false);
    expect(b3Due(onTime, sec(resolveDue, 1), sla, false)).toBe(true);
    expect(b3Due(complaint({ respondedAt: firstDue, handledAt: resolveDue }), new Date('2027-01-01'), sla, false)).toBe(false);
    expect(b3Due(complaint({ enterpriseId: null }), sec(firstDue, 1), sla, false)).toBe(false);
  });
  it('B4 for an upheld collective complaint, once', () => {
    expect(b4Due(complaint({ complainantCount: 10, upheld: true }), false)).toBe(true);
    expect(b4Due(complaint({ complainantCount: 9, upheld: true }), false)).toBe(false);
    expect(b4Due(complaint({ complainantCount: 10, upheld: false }), false)).toBe(false);
    expect(b4Due(complaint({ complainantCount: 10 }), false)).toBe(false);
    expect(b4Due(complaint({ complainantCount: 10, upheld: true }), true)).toBe(false);
  });
  it('B5 for a dissatisfied follow-up unless the complaint was found unjustified, once', () => {
    expect(b5Due(complaint({ followUpRating: 'DISSATISFIED', upheld: true }), false)).toBe(true);
    expect(b5Due(complaint({ followUpRating: 'DISSATISFIED', upheld: false }), false)).toBe(false);
    expect(b5Due(complaint({ followUpRating: 'BASICALLY_SATISFIED', upheld: true }), false)).toBe(false);
    expect(b5Due(complaint({ followUpRating: 'DISSATISFIED', upheld: true }), true)).toBe(false);
    expect(b5Due(complaint({ followUpRating: 'DISSATISFIED', upheld: true, enterpriseId: null }), false)).toBe(false);
  });
  it('proposes each record exactly once over a late, upheld, collective, dissatisfied complaint', () => {
    let c = complaint({ state: 'RECEIVED', departmentId: null, complainantCount: 23 });
    const proposed: ('B3' | 'B4' | 'B5')[] = [];
    const step = (command: ComplaintCommand, actor: ComplaintActor, at: Date) => {
      const r = applyComplaintAction(c, command, actor, at);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      c = r.complaint;
      for (const code of complaintRecordProposals(c, at, DEFAULT_COMPLAINT_SLA, proposed)) proposed.push(code as 'B3' | 'B4' | 'B5');
    };
    step({ action: 'ROUTE', departmentId: 'd1' }, 'SYSTEM', RECEIVED_AT);
    step({ action: 'RESPOND', note: '已受理' }, who.dept, new Date('2026-04-05T00:00:00Z')); // late
    step({ action: 'RESOLVE', note: '情况属实，已责令物业整改', upheld: true }, who.dept, new Date('2026-04-10T00:00:00Z'));
    step({ action: 'CLOSE', rating: 'DISSATISFIED' }, who.dept, new Date('2026-04-20T00:00:00Z'));
    expect(proposed).toEqual(['B3', 'B4', 'B5']);
    expect(complaintRecordProposals(c, new Date('2026-12-31'), DEFAULT_COMPLAINT_SLA, proposed)).toEqual([]);
  });
});

describe('checkComplaintPlace', () => {
  const town1: Principal = { userId: '4', role: 'TOWNSHIP', townshipId: '1' };
  const bureau: Principal = { userId: '2', role: 'REGULATOR' };
  const inT2ServedBy7 = { townshipId: '2', enterpriseId: '7' };

  it('a township files only in its own area; outside it the community is unknown to it', () => {
    expect(checkComplaintPlace(town1, inT2ServedBy7, '9', null)).toEqual([{ field: 'communityId', code: 'UNKNOWN_REFERENCE', params: { id: '9' } }]);
    expect(checkComplaintPlace(town1, { townshipId: '1', enterpriseId: '7' }, '9', null)).toEqual([]);
    expect(checkComplaintPlace(bureau, inT2ServedBy7, '9', null)).toEqual([]);
    expect(checkComplaintPlace(null, inT2ServedBy7, '9', null)).toHaveLength(1);
  });

  it('a named firm must be the one serving the community', () => {
    expect(checkComplaintPlace(bureau, inT2ServedBy7, '9', '7')).toEqual([]);
    const wrong = checkComplaintPlace(bureau, inT2ServedBy7, '9', '8');
    expect(wrong).toEqual([{ field: 'enterpriseId', code: 'NOT_SERVING_COMMUNITY' }]);
    expect(messageFor(wrong[0]!, 'zh-CN')).toBe('该物业服务企业不为所选小区提供物业服务');
    expect(checkComplaintPlace(bureau, { townshipId: '2', enterpriseId: null }, '9', '7')).toEqual([{ field: 'enterpriseId', code: 'NOT_SERVING_COMMUNITY' }]);
  });
});
