import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  Complaint,
  CreditRecord,
  EvidenceFile,
  Issue,
  applyIssueCommand,
  closedLoopPolicy,
  createComplaint,
  createInspection,
  registerIssue,
  runClosedLoopJobs,
  type Em,
} from '@wuye/db';
import { describeEachDriver } from '@wuye/db/testing';
import { ISSUE_TRANSITIONS, type IssueState } from '@wuye/domain';
import { createFixture, type Fixture, type FixtureUser } from './testing.js';

/** The closed loop through the API: transitions, routing, clocks, proposals, scoping, masking, inbox, bad input. */

type Result = { __typename: string; message?: string; fieldErrors?: { field: string; message: string }[]; data?: Record<string, unknown> };
const RESULT = `__typename ... on Error { message } ... on ValidationError { fieldErrors { field message } }`;

let clock = new Date('2026-05-01T02:00:00Z');
const setNow = (iso: string) => {
  clock = new Date(iso);
};

describeEachDriver('closed loop API', (driver) => {
  let f: Fixture;
  beforeAll(async () => {
    closedLoopPolicy.now = () => clock;
    f = await createFixture(driver);
  });
  afterAll(async () => {
    closedLoopPolicy.now = () => new Date();
    await f?.close();
  });
  beforeEach(() => setNow('2026-05-01T02:00:00Z'));

  async function mutate(field: string, args: string, as: FixtureUser = 'regulator', vars: Record<string, unknown> = {}, select = 'id state'): Promise<Result> {
    const varDecl = Object.keys(vars).length
      ? `(${Object.entries(vars)
          .map(([k, v]) => `$${k}: ${(v as { type: string }).type}`)
          .join(', ')})`
      : '';
    const values = Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, (v as { value: unknown }).value]));
    const r = await f.gql<Record<string, Result>>(
      `mutation${varDecl} { ${field}${args} { ${RESULT} ... on Mutation${field[0]!.toUpperCase()}${field.slice(1)}Success { data { ${select} } } } }`,
      values,
      as,
    );
    if (r.errors) throw new Error(`${field}: ${r.errors[0]!.message}`);
    return r.data![field]!;
  }
  const ok = (r: Result) => {
    expect(r.__typename, JSON.stringify(r)).toMatch(/Success$/);
    return r.data as Record<string, unknown> & { id: string };
  };
  const fieldsOf = (r: Result) => (r.fieldErrors ?? []).map((e) => e.field);
  const em = () => f.orm.em.fork() as Em;
  const recordsOf = (sourceType: string, sourceId: string | number) =>
    em().find(CreditRecord, { sourceType: sourceType as CreditRecord['sourceType'], sourceId: String(sourceId) }, { orderBy: { id: 'asc' } });
  const deadline = '2026-05-20';

  async function newIssue(category = 'SERVICE_QUALITY', community = f.ids.c1): Promise<string> {
    return ok(await mutate('createIssue', `(input: { communityId: "${community}", category: "${category}", title: "楼道堆物" })`)).id;
  }
  async function evidence(issueId: string): Promise<string> {
    const e = em();
    const file = e.create(EvidenceFile, {
      issue: Number(issueId),
      storedName: `test-${issueId}-${Math.random()}`,
      originalName: '照片.jpg',
      mime: 'image/jpeg',
      size: 10,
      sha256: '0'.repeat(64),
      uploadedAt: new Date(),
    });
    await e.flush();
    return String(file.id);
  }
  /** An issue on C1 (firm E1, SERVICE_QUALITY → dept2) driven to the given state. */
  async function issueIn(state: IssueState): Promise<string> {
    const id = await newIssue();
    if (state === 'REGISTERED') return id;
    ok(await mutate('assignIssue', `(id: "${id}", input: { measures: "清理楼道", deadline: "${deadline}" })`));
    if (state === 'ASSIGNED') return id;
    ok(await mutate('acknowledgeIssue', `(id: "${id}")`, 'ent1'));
    if (state === 'RECTIFYING') return id;
    ok(await mutate('submitIssueFeedback', `(id: "${id}", note: "已清理", fileIds: ["${await evidence(id)}"])`, 'ent1'));
    if (state === 'SUBMITTED') return id;
    ok(await mutate('closeIssue', `(id: "${id}", note: "复查合格")`, 'dept2'));
    return id;
  }
  const stateOf = async (id: string) => (await em().findOneOrFail(Issue, { id: Number(id) })).state;

  describe('issue state machine', () => {
    const CALLS: Record<string, { as: FixtureUser; call: (id: string) => Promise<Result> }> = {
      ASSIGN: { as: 'regulator', call: (id) => mutate('assignIssue', `(id: "${id}", input: { measures: "整改", deadline: "${deadline}" })`) },
      ACKNOWLEDGE: { as: 'ent1', call: (id) => mutate('acknowledgeIssue', `(id: "${id}")`, 'ent1') },
      SUBMIT: { as: 'ent1', call: async (id) => mutate('submitIssueFeedback', `(id: "${id}", note: "已整改", fileIds: ["${await evidence(id)}"])`, 'ent1') },
      CLOSE: { as: 'dept2', call: (id) => mutate('closeIssue', `(id: "${id}")`, 'dept2') },
      RETURN: { as: 'dept2', call: (id) => mutate('returnIssue', `(id: "${id}", note: "复查不合格")`, 'dept2') },
      FLAG: { as: 'regulator', call: (id) => mutate('flagIssue', `(id: "${id}")`) },
      RECORD_REFUSAL: { as: 'regulator', call: (id) => mutate('recordRefusal', `(id: "${id}", note: "拒不整改")`) },
    };
    const STATES: IssueState[] = ['REGISTERED', 'ASSIGNED', 'RECTIFYING', 'SUBMITTED', 'CLOSED'];

    it('allows exactly the transitions of the domain table, from every state; a refused one changes nothing', async () => {
      const seen: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const state of STATES) {
        for (const [action, c] of Object.entries(CALLS)) {
          const id = await issueIn(state);
          const rule = ISSUE_TRANSITIONS.find((r) => r.action === action)!;
          const r = await c.call(id);
          seen[`${state} ${action}`] = r.__typename.endsWith('Success')
            ? `ok → ${await stateOf(id)}`
            : `refused (${fieldsOf(r).join()}), still ${await stateOf(id)}`;
          expected[`${state} ${action}`] = rule.from.includes(state) ? `ok → ${rule.to ?? state}` : `refused (issue), still ${state}`;
        }
      }
      expect(seen).toEqual(expected);
    });

    it('names the state and the action in the error, in Chinese and in English', async () => {
      const id = await issueIn('CLOSED');
      const zh = await mutate('acknowledgeIssue', `(id: "${id}")`, 'ent1');
      expect(zh.fieldErrors).toEqual([{ field: 'issue', message: '该问题当前状态为“已销号”，不能执行“签收”' }]);
      const en = await f.gql<{ acknowledgeIssue: Result }>(`mutation { acknowledgeIssue(id: "${id}") { ${RESULT} } }`, {}, 'ent1', 'en');
      expect(en.data!.acknowledgeIssue.fieldErrors![0]!.message).toBe('this issue is closed, so it cannot acknowledge now');
    });

    it('refuses the wrong actor: the firm cannot close, the bureau cannot acknowledge, another department cannot see it', async () => {
      const id = await issueIn('SUBMITTED');
      expect(fieldsOf(await mutate('closeIssue', `(id: "${id}")`, 'ent1'))).toEqual(['issue']);
      const other = await issueIn('ASSIGNED');
      expect(fieldsOf(await mutate('acknowledgeIssue', `(id: "${other}")`, 'regulator'))).toEqual(['issue']);
      expect((await mutate('closeIssue', `(id: "${id}")`, 'dept1')).__typename).toBe('NotFoundError');
      expect((await mutate('acknowledgeIssue', `(id: "${other}")`, 'ent2')).__typename).toBe('NotFoundError');
      expect(await stateOf(id)).toBe('SUBMITTED');
    });

    it('feedback needs evidence uploaded to this very issue', async () => {
      const id = await issueIn('RECTIFYING');
      const other = await issueIn('RECTIFYING');
      expect(fieldsOf(await mutate('submitIssueFeedback', `(id: "${id}", note: "已整改", fileIds: [])`, 'ent1'))).toEqual(['attachments']);
      const foreign = await mutate('submitIssueFeedback', `(id: "${id}", note: "已整改", fileIds: ["${await evidence(other)}"])`, 'ent1');
      expect(fieldsOf(foreign)).toEqual(['attachments']);
      expect(fieldsOf(await mutate('submitIssueFeedback', `(id: "${id}", note: "", fileIds: ["${await evidence(id)}"])`, 'ent1'))).toEqual(['note']);
      expect(await stateOf(id)).toBe('RECTIFYING');
    });

    it('keeps the whole timeline with who, when, note and files; a failed re-inspection shows as returned', async () => {
      const id = await issueIn('SUBMITTED');
      ok(await mutate('returnIssue', `(id: "${id}", note: "复查仍有堆物")`, 'dept2'));
      const r = await f.gql<{
        issue: {
          state: string;
          returned: boolean;
          events: { action: string; fromState: string | null; toState: string; actorName: string; note: string | null; fileIds: string[] }[];
          files: { originalName: string }[];
        };
      }>(`{ issue(id: "${id}") { state returned events { action fromState toState actorName note fileIds } files { originalName } } }`, {}, 'ent1');
      const issue = r.data!.issue;
      expect(issue.state).toBe('RECTIFYING');
      expect(issue.returned).toBe(true);
      expect(issue.events.map((e) => `${e.action}:${e.fromState ?? '-'}→${e.toState}:${e.actorName}`)).toEqual([
        'REGISTER:-→REGISTERED:regulator',
        'ASSIGN:REGISTERED→ASSIGNED:regulator',
        'ACKNOWLEDGE:ASSIGNED→RECTIFYING:ent1',
        'SUBMIT:RECTIFYING→SUBMITTED:ent1',
        'RETURN:SUBMITTED→RECTIFYING:dept2',
      ]);
      expect(issue.events[3]!.fileIds).toHaveLength(1);
      expect(issue.events[4]!.note).toBe('复查仍有堆物');
      expect(issue.files).toEqual([{ originalName: '照片.jpg' }]);
    });

    it('bad input is refused and changes nothing: unknown category, deadline in the past, unknown community', async () => {
      const before = await em().count(Issue, {});
      expect(fieldsOf(await mutate('createIssue', `(input: { communityId: "${f.ids.c1}", category: "NOPE", title: "x" })`))).toEqual(['category']);
      expect(fieldsOf(await mutate('createIssue', `(input: { communityId: "999999", category: "FEES", title: "x" })`))).toEqual(['communityId']);
      expect(await em().count(Issue, {})).toBe(before);
      const id = await newIssue();
      const past = await mutate('assignIssue', `(id: "${id}", input: { measures: "整改", deadline: "2026-04-30" })`);
      expect(past.fieldErrors).toEqual([{ field: 'deadline', message: '整改期限不能早于今天（2026-05-01）' }]);
      expect(ok(await mutate('assignIssue', `(id: "${id}", input: { measures: "整改", deadline: "2026-05-01" })`)).state).toBe('ASSIGNED');
    });
  });

  describe('clocks and proposals', () => {
    it('overdue is derived on the deadline boundary; B1 after the grace period, once, however often the job runs', async () => {
      const id = await issueIn('RECTIFYING');
      const overdue = async () =>
        (await f.gql<{ issue: { overdue: boolean; daysOverdue: number } }>(`{ issue(id: "${id}") { overdue daysOverdue } }`)).data!.issue;
      setNow('2026-05-20T15:59:59Z'); // 23:59:59 on the deadline day in Shanghai
      expect(await overdue()).toEqual({ overdue: false, daysOverdue: 0 });
      setNow('2026-05-20T16:00:00Z');
      expect(await overdue()).toEqual({ overdue: true, daysOverdue: 1 });
      const list = await f.gql<{ issues: { items: { id: string }[] } }>(`{ issues(filter: { overdue: true }, perPage: 200) { items { id } } }`);
      expect(list.data!.issues.items.map((i) => i.id)).toContain(id);

      const graceDays = 3;
      expect((await runClosedLoopJobs(f.orm.em, new Date('2026-05-23T15:59:59Z'), { graceDays })).b1).toBeGreaterThanOrEqual(0);
      expect(await recordsOf('ISSUE', id)).toHaveLength(0);
      await runClosedLoopJobs(f.orm.em, new Date('2026-05-23T16:00:00Z'), { graceDays });
      await runClosedLoopJobs(f.orm.em, new Date('2026-05-23T16:00:00Z'), { graceDays });
      const records = await recordsOf('ISSUE', id);
      expect(records.map((r) => [r.itemCode, r.status, r.proposedBy, r.effectiveFrom, r.enterprise.id])).toEqual([
        ['B1', 'PROPOSED', null, '2026-05-24', f.ids.e1],
      ]);
    });

    it('a recorded refusal proposes B2 once; recording it twice is refused', async () => {
      const id = await issueIn('ASSIGNED');
      ok(await mutate('recordRefusal', `(id: "${id}", note: "书面拒绝整改")`));
      expect(fieldsOf(await mutate('recordRefusal', `(id: "${id}", note: "再次")`))).toEqual(['issue']);
      expect((await recordsOf('ISSUE', id)).map((r) => r.itemCode)).toEqual(['B2']);
    });
  });

  describe('inspections', () => {
    const sheet = (deductions: string) =>
      `(input: { kind: RANDOM, date: "2026-04-30", inspectors: "张三、李四", communityId: "${f.ids.c1}", deductions: [${deductions}] })`;
    const heavy = ['SEC-01', 'SEC-02', 'SEC-03', 'CLN-01', 'CLN-02', 'GRN-01', 'FEE-01', 'ELV-01', 'ELV-02', 'FAC-01', 'FAC-02', 'FAC-03']
      .map((i) => `{ itemId: "${i}", points: ${i.startsWith('ELV') || i.startsWith('FAC') ? 3 : 4} }`)
      .join(', ');

    it('scores the checklist, grades D → B14 against the serving firm, once', async () => {
      const r = ok(await mutate('createInspection', sheet(heavy), 'regulator', {}, 'id score grade enterprise { id } findings { itemId category turned }'));
      expect(r).toMatchObject({ score: 57, grade: 'D', enterprise: { id: String(f.ids.e1) } });
      expect((await recordsOf('INSPECTION', r.id)).map((x) => x.itemCode)).toEqual(['B14']);
    });

    it('turns findings into issues in one step, routed and assigned, each at most once', async () => {
      const r = ok(
        await mutate(
          'createInspection',
          sheet(`{ itemId: "ELV-02", points: 2, note: "维保记录缺失" }, { itemId: "GRN-01", points: 1 }, { itemId: "FIR-01", points: 1 }`),
          'regulator',
          {},
          'id score grade',
        ),
      );
      expect(r).toMatchObject({ score: 96, grade: 'A' });
      // FIR-01 is a FIRE finding: no department of the fixture owns FIRE, so assigning all at once is refused whole.
      const refused = await mutate(
        'turnFindingsIntoIssues',
        `(inspectionId: "${r.id}", assign: { measures: "限期整改", deadline: "${deadline}" })`,
        'regulator',
        {},
        'id',
      );
      expect(fieldsOf(refused)).toEqual(['departmentId']);
      expect(await em().count(Issue, { source: 'INSPECTION', sourceId: r.id })).toBe(0);
      const turned = await mutate(
        'turnFindingsIntoIssues',
        `(inspectionId: "${r.id}", itemIds: ["ELV-02", "GRN-01"], assign: { measures: "限期整改", deadline: "${deadline}" })`,
        'regulator',
        {},
        'id',
      );
      expect(turned.__typename).toBe('MutationTurnFindingsIntoIssuesSuccess');
      const issues = await em().find(Issue, { source: 'INSPECTION', sourceId: r.id }, { orderBy: { id: 'asc' } });
      expect(issues.map((i) => [i.checklistItemId, i.category, i.state, i.department?.id, i.enterprise?.id])).toEqual([
        ['GRN-01', 'SERVICE_QUALITY', 'ASSIGNED', f.ids.dept2, f.ids.e1],
        ['ELV-02', 'ELEVATOR', 'ASSIGNED', f.ids.dept1, f.ids.e1],
      ]);
      expect(fieldsOf(await mutate('turnFindingsIntoIssues', `(inspectionId: "${r.id}", itemIds: ["ELV-02"])`, 'regulator', {}, 'id'))).toEqual(['inspection']);
      expect(fieldsOf(await mutate('turnFindingsIntoIssues', `(inspectionId: "${r.id}", itemIds: ["CLN-01"])`, 'regulator', {}, 'id'))).toEqual(['itemIds']);
      // The rest (FIR-01) can still be registered without assignment.
      expect(await mutate('turnFindingsIntoIssues', `(inspectionId: "${r.id}")`, 'regulator', {}, 'id')).toMatchObject({ data: [{}] });
    });

    it('a refusal to cooperate takes no score and proposes B10; bad sheets are refused', async () => {
      const r = ok(
        await mutate(
          'createInspection',
          `(input: { kind: UNANNOUNCED, date: "2026-04-30", inspectors: "王五", communityId: "${f.ids.c1}", refusedToCooperate: true })`,
          'regulator',
          {},
          'id score grade',
        ),
      );
      expect(r).toMatchObject({ score: null, grade: null });
      expect((await recordsOf('INSPECTION', r.id)).map((x) => x.itemCode)).toEqual(['B10']);
      expect(fieldsOf(await mutate('createInspection', sheet(`{ itemId: "SEC-01", points: 5 }`), 'regulator', {}, 'id'))).toEqual(['deduction']);
      expect(fieldsOf(await mutate('createInspection', sheet(`{ itemId: "XXX-01", points: 1 }`), 'regulator', {}, 'id'))).toEqual(['deduction']);
      const future = await mutate(
        'createInspection',
        `(input: { kind: RANDOM, date: "2026-05-02", inspectors: "甲", communityId: "${f.ids.c1}" })`,
        'regulator',
        {},
        'id',
      );
      expect(fieldsOf(future)).toEqual(['date']);
    });
  });

  describe('complaints', () => {
    const intake = (category: string, extra = '', phone = '13812345678') =>
      `(input: { channel: HOTLINE, complainantName: "张三丰", complainantPhone: "${phone}", communityId: "${f.ids.c1}", category: "${category}", content: "电梯经常困人"${extra} })`;

    it('routes by category to the owning department; no owner or an unknown category is refused and stores nothing', async () => {
      const elevator = ok(
        await mutate('createComplaint', intake('ELEVATOR'), 'regulator', {}, 'id state department { id } enterprise { id } events { action toState }'),
      );
      expect(elevator).toMatchObject({ state: 'ROUTED', department: { id: String(f.ids.dept1) }, enterprise: { id: String(f.ids.e1) } });
      expect((elevator.events as { action: string }[]).map((e) => e.action)).toEqual(['RECEIVE', 'ROUTE']);
      expect(ok(await mutate('createComplaint', intake('SERVICE_QUALITY'), 'regulator', {}, 'department { id }')).department).toEqual({
        id: String(f.ids.dept2),
      });
      const before = await em().count(Complaint, {});
      const noOwner = await mutate('createComplaint', intake('SANITATION'));
      expect(noOwner.fieldErrors).toEqual([{ field: 'category', message: '没有部门负责“环境卫生”类事项，请先在部门职责范围中指定' }]);
      expect(fieldsOf(await mutate('createComplaint', intake('NOPE')))).toEqual(['category']);
      expect(fieldsOf(await mutate('createComplaint', intake('FEES', '', '12')))).toEqual(['complainantPhone']);
      expect(await em().count(Complaint, {})).toBe(before);
    });

    it('a township files only in its own area, and a named firm must serve the community; refused on the field, nothing stored', async () => {
      const before = await em().count(Complaint, {});
      const outside = await mutate('createComplaint', intake('ELEVATOR'), 'town2');
      expect(outside.fieldErrors).toEqual([{ field: 'communityId', message: `小区不存在：${f.ids.c1}` }]);
      const notServing = await mutate('createComplaint', intake('ELEVATOR', `, enterpriseId: "${f.ids.e2}"`), 'regulator');
      expect(notServing.fieldErrors).toEqual([{ field: 'enterpriseId', message: '该物业服务企业不为所选小区提供物业服务' }]);
      expect(await em().count(Complaint, {})).toBe(before);
      expect(ok(await mutate('createComplaint', intake('ELEVATOR', `, enterpriseId: "${f.ids.e1}"`), 'town1', {}, 'enterprise { id }')).enterprise).toEqual({
        id: String(f.ids.e1),
      });
    });

    it('masks the complainant for everyone but ADMIN, REGULATOR and the handling department', async () => {
      const id = ok(await mutate('createComplaint', intake('ELEVATOR'))).id;
      const seen = async (who: FixtureUser) =>
        (
          await f.gql<{ complaint: { complainantName: string; complainantPhone: string } | null }>(
            `{ complaint(id: "${id}") { complainantName complainantPhone } }`,
            {},
            who,
          )
        ).data?.complaint ?? null;
      for (const who of ['admin', 'regulator', 'dept1'] as const)
        expect(await seen(who)).toEqual({ complainantName: '张三丰', complainantPhone: '13812345678' });
      for (const who of ['town1', 'ent1', 'analyst'] as const) expect(await seen(who)).toEqual({ complainantName: '张**', complainantPhone: '138****5678' });
      for (const who of ['dept2', 'town2', 'ent2'] as const) expect(await seen(who)).toBeNull();
    });

    it('late first response proposes B3 at once; an upheld collective complaint B4; a dissatisfied follow-up B5 — each once', async () => {
      const id = ok(await mutate('createComplaint', intake('ELEVATOR', ', complainantCount: 12'))).id;
      setNow('2026-05-04T02:00:00.001Z'); // 3 × 24 h + 1 ms after intake
      ok(await mutate('respondToComplaint', `(id: "${id}", note: "已联系维保单位")`, 'dept1'));
      ok(await mutate('resolveComplaint', `(id: "${id}", answer: "已更换曳引机", upheld: true)`, 'dept1'));
      ok(await mutate('closeComplaintWithFollowUp', `(id: "${id}", rating: DISSATISFIED, note: "仍有异响")`, 'dept1'));
      await runClosedLoopJobs(f.orm.em, new Date('2026-06-30T00:00:00Z'));
      expect((await recordsOf('COMPLAINT', id)).map((r) => [r.itemCode, r.effectiveFrom])).toEqual([
        ['B3', '2026-05-04'],
        ['B4', '2026-05-04'],
        ['B5', '2026-05-04'],
      ]);
    });

    it('on time on the boundary; rejected with reasons then dissatisfied proposes nothing', async () => {
      const id = ok(await mutate('createComplaint', intake('ELEVATOR'))).id;
      setNow('2026-05-04T02:00:00.000Z');
      ok(await mutate('respondToComplaint', `(id: "${id}", note: "已受理")`, 'dept1'));
      expect(fieldsOf(await mutate('rejectComplaint', `(id: "${id}", reasons: "")`, 'dept1'))).toEqual(['reasons']);
      ok(await mutate('rejectComplaint', `(id: "${id}", reasons: "经核实不属实")`, 'dept1'));
      ok(await mutate('closeComplaintWithFollowUp', `(id: "${id}", rating: DISSATISFIED)`, 'dept1'));
      expect(await recordsOf('COMPLAINT', id)).toEqual([]);
    });

    it('turns into an issue (assigned at once) and refuses out-of-order or foreign handling', async () => {
      const id = ok(await mutate('createComplaint', intake('ELEVATOR'))).id;
      expect(fieldsOf(await mutate('closeComplaintWithFollowUp', `(id: "${id}", rating: SATISFIED)`, 'dept1'))).toEqual(['complaint']);
      expect((await mutate('respondToComplaint', `(id: "${id}", note: "x")`, 'dept2')).__typename).toBe('NotFoundError');
      const firm = await f.gql(`mutation { respondToComplaint(id: "${id}", note: "x") { __typename } }`, {}, 'ent1');
      expect(firm.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      ok(await mutate('respondToComplaint', `(id: "${id}", note: "转交办")`, 'dept1'));
      // Only the bureau assigns (交办): a department registers the issue and the bureau assigns it.
      expect(fieldsOf(await mutate('turnComplaintIntoIssue', `(id: "${id}", measures: "全面检修电梯", deadline: "${deadline}")`, 'dept1'))).toEqual(['issue']);
      const byDept = ok(await mutate('turnComplaintIntoIssue', `(id: "${id}")`, 'dept1', {}, 'state upheld issue { source sourceId state department { id } }'));
      expect(byDept).toMatchObject({
        state: 'TURNED_INTO_ISSUE',
        upheld: true,
        issue: { source: 'COMPLAINT', sourceId: id, state: 'REGISTERED', department: { id: String(f.ids.dept1) } },
      });
      const other = ok(await mutate('createComplaint', intake('ELEVATOR'))).id;
      ok(await mutate('respondToComplaint', `(id: "${other}", note: "转交办")`));
      const byBureau = ok(
        await mutate(
          'turnComplaintIntoIssue',
          `(id: "${other}", measures: "全面检修电梯", deadline: "${deadline}")`,
          'regulator',
          {},
          'issue { state deadline }',
        ),
      );
      expect(byBureau.issue).toEqual({ state: 'ASSIGNED', deadline });
    });
  });

  describe('self-checks', () => {
    it('a firm checks its own community; findings enter the ledger as SELF_CHECK; others are refused', async () => {
      const r = ok(
        await mutate(
          'submitSelfCheck',
          `(input: { communityId: "${f.ids.c1}", date: "2026-04-28", deductions: [{ itemId: "CUS-02", points: 1, note: "报修回访不全" }] })`,
          'ent1',
          {},
          'id score grade issues { source state category enterprise { id } }',
        ),
      );
      expect(r).toMatchObject({
        score: 99,
        grade: 'A',
        issues: [{ source: 'SELF_CHECK', state: 'REGISTERED', category: 'SERVICE_QUALITY', enterprise: { id: String(f.ids.e1) } }],
      });
      expect(fieldsOf(await mutate('submitSelfCheck', `(input: { communityId: "${f.ids.c2}", date: "2026-04-28" })`, 'ent1', {}, 'id'))).toEqual([
        'communityId',
      ]);
      const denied = await f.gql(`mutation { submitSelfCheck(input: { communityId: "${f.ids.c1}", date: "2026-04-28" }) { __typename } }`, {}, 'regulator');
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('queues and scoping', () => {
    let ids: Record<string, string>;
    beforeAll(async () => {
      setNow('2026-05-01T02:00:00Z');
      // One issue per (community, category): C1 (T1, E1), C2 (T2, E2), C3 (T1, E3); ELEVATOR → dept1, SERVICE_QUALITY → dept2.
      ids = {
        c1Elevator: await newIssue('ELEVATOR', f.ids.c1),
        c2Service: await newIssue('SERVICE_QUALITY', f.ids.c2),
        c3Elevator: await newIssue('ELEVATOR', f.ids.c3),
      };
    });
    const visible = async (who: FixtureUser, filter = '') => {
      const r = await f.gql<{ issues: { items: { id: string }[] } }>(
        `{ issues(perPage: 1000, filter: { ids: ${JSON.stringify(Object.values(ids))} ${filter} }) { items { id } } }`,
        {},
        who,
      );
      expect(r.errors).toBeUndefined();
      const names = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
      return r.data!.issues.items.map((i) => names[i.id]).sort();
    };

    it('each firm sees its own, each township its area, each department what is routed to it', async () => {
      expect(await visible('ent1')).toEqual(['c1Elevator']);
      expect(await visible('ent2')).toEqual(['c2Service']);
      expect(await visible('town1')).toEqual(['c1Elevator', 'c3Elevator']);
      expect(await visible('town2')).toEqual(['c2Service']);
      expect(await visible('dept1')).toEqual(['c1Elevator', 'c3Elevator']);
      expect(await visible('dept2')).toEqual(['c2Service']);
      for (const who of ['admin', 'regulator', 'analyst'] as const) expect(await visible(who)).toEqual(['c1Elevator', 'c2Service', 'c3Elevator']);
    });

    it('filters by category, township, department, enterprise, state, source, flagged, due date and creation date', async () => {
      expect(await visible('regulator', 'category: ELEVATOR')).toEqual(['c1Elevator', 'c3Elevator']);
      expect(await visible('regulator', `townshipId: "${f.ids.town2}"`)).toEqual(['c2Service']);
      expect(await visible('regulator', `departmentId: "${f.ids.dept1}", enterpriseId: "${f.ids.e3}"`)).toEqual(['c3Elevator']);
      expect(await visible('regulator', 'state: REGISTERED, source: TOWNSHIP_REPORT, mine: true')).toHaveLength(3);
      expect(await visible('regulator', 'createdFrom: "2026-05-01", createdTo: "2026-05-01"')).toHaveLength(3);
      expect(await visible('regulator', 'createdFrom: "2026-05-02"')).toEqual([]);
      ok(await mutate('flagIssue', `(id: "${ids.c3Elevator}", note: "久拖不决")`));
      expect(await visible('regulator', 'flagged: true')).toEqual(['c3Elevator']);
      ok(await mutate('assignIssue', `(id: "${ids.c1Elevator}", input: { measures: "检修", deadline: "2026-05-05" })`));
      expect(await visible('regulator', 'dueWithinDays: 7')).toEqual(['c1Elevator']);
      expect(await visible('regulator', 'dueWithinDays: 3')).toEqual([]);
    });

    it('the inbox shows each user what waits on them', async () => {
      const inbox = async (who: FixtureUser) =>
        (
          await f.gql<{ inbox: Record<string, { total: number; items: { id: string }[] }> }>(
            `{ inbox { assigned { total items { id } } returned { total } toAssign { total items { id } } toVerify { total } dueSoon { items { id } } overdue { total } complaints { total } } }`,
            {},
            who,
          )
        ).data!.inbox;
      const e3 = await inbox('ent1');
      expect(e3.assigned!.items.map((i) => i.id)).toContain(ids.c1Elevator);
      expect(e3.dueSoon!.items.map((i) => i.id)).toContain(ids.c1Elevator);
      expect(e3.toAssign!.total).toBe(0);
      const reg = await inbox('regulator');
      expect(reg.toAssign!.items.map((i) => i.id)).toEqual(expect.arrayContaining([ids.c2Service, ids.c3Elevator]));
      expect((await inbox('ent2')).assigned!.total).toBe(0);
      expect((await inbox('analyst')).toAssign!.total).toBe(0);
    });

    it('the task list holds each waiting issue once, with every reason it waits', async () => {
      type Tasks = { inbox: { hasTasks: boolean; tasks: { total: number; items: { issue: { id: string }; reasons: string[] }[] } } };
      const tasks = async (who: FixtureUser) =>
        (await f.gql<Tasks>(`{ inbox { hasTasks tasks { total items { issue { id } reasons } } } }`, {}, who)).data!.inbox;
      const e1 = await tasks('ent1');
      expect(e1.hasTasks).toBe(true);
      const elevator = e1.tasks.items.filter((t) => t.issue.id === ids.c1Elevator);
      expect(elevator).toHaveLength(1);
      expect(elevator[0]!.reasons).toEqual(['ASSIGNED', 'DUE_SOON']);
      expect(new Set(e1.tasks.items.map((t) => t.issue.id)).size).toBe(e1.tasks.items.length);
      expect(e1.tasks.total).toBe(e1.tasks.items.length);
      const reg = await tasks('regulator');
      const toAssign = reg.tasks.items.filter((t) => t.reasons.includes('TO_ASSIGN')).map((t) => t.issue.id);
      expect(toAssign).toEqual(expect.arrayContaining([ids.c2Service, ids.c3Elevator]));
      expect((await tasks('ent2')).tasks.items.map((t) => t.issue.id)).not.toContain(ids.c1Elevator);
      const analyst = await tasks('analyst');
      expect(analyst).toEqual({ hasTasks: false, tasks: { total: 0, items: [] } });
    });
  });
});

/** N+1 guard: a closed-loop list costs the same number of statements whatever its page size. */
describeEachDriver('SQL statements per closed-loop list', (driver) => {
  let f: Fixture;
  const statements: string[] = [];
  beforeAll(async () => {
    f = await createFixture(driver, (sql) => statements.push(sql));
    const regulator = { principal: { userId: String(f.ids.users.regulator), role: 'REGULATOR' as const }, name: 'regulator' };
    const at = new Date('2026-05-01T02:00:00Z');
    await f.orm.em.fork().transactional(async (em) => {
      for (let i = 0; i < 30; i++) {
        const community = [f.ids.c1, f.ids.c2, f.ids.c3][i % 3]!;
        const issue = await registerIssue(
          em,
          { source: 'TOWNSHIP_REPORT', category: 'ELEVATOR', title: `批量问题${i}`, communityId: community },
          regulator,
          at,
        );
        await applyIssueCommand(
          em,
          issue,
          { action: 'ASSIGN', enterpriseId: String(issue.enterprise!.id), departmentId: String(f.ids.dept1), measures: '整改', deadline: '2026-05-20' },
          regulator,
          at,
        );
        await createComplaint(em, { channel: 'WEB', complainantCount: 1, communityId: community, category: 'ELEVATOR', content: `投诉${i}` }, regulator, at);
        await createInspection(
          em,
          {
            kind: 'RANDOM',
            date: '2026-04-30',
            inspectors: '甲',
            communityId: community,
            refusedToCooperate: false,
            deductions: [{ itemId: 'SEC-01', points: 1 }],
          },
          regulator,
          at,
        );
      }
    });
  });
  afterAll(async () => f?.close());

  const count = async (source: string) => {
    statements.length = 0;
    const r = await f.gql(source);
    expect(r.errors).toBeUndefined();
    return statements.filter((s) => s.includes('[query]')).length - 1;
  };

  it.each([
    [
      'issues',
      `{ issues(perPage: PAGE) { total items { id title overdue availableActions community { name } township { name } enterprise { name } department { name } events { action } files { id } } } }`,
      9,
    ],
    [
      'complaints',
      `{ complaints(perPage: PAGE) { total items { id complainantName community { name } department { name } enterprise { name } events { action } issue { id } } } }`,
      8,
    ],
    ['inspections', `{ inspections(perPage: PAGE) { total items { id score findings { itemId } community { name } enterprise { name } issues { id } } } }`, 6],
    [
      'inbox',
      `{ inbox { toAssign { total items { id community { name } } } toVerify { total } dueSoon { total items { id } } overdue { total } complaints { total items { id department { name } } } } }`,
      14,
    ],
  ])('%s costs a fixed number of statements', async (_name, doc, budget) => {
    const small = await count(doc.replace('PAGE', '5'));
    const large = await count(doc.replace('PAGE', '30'));
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(budget);
  });
});
