import {
  Agency,
  AuditLog,
  Department,
  LeaseContract,
  listUnit,
  placeBid,
  publishTender,
  awardTender,
  signContract,
  recordConsent,
  User,
  principalOf,
  type Em,
  type LeasingActor,
} from '@wuye/db';
import { execute, parse } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Context } from './context.js';
import { createFixture, testSchema, type Fixture } from './testing.js';

/** Leasing safety through the API: the working group checks, the loop runs, the head refers, the department resolves. */
let f: Fixture;
let users: Record<'clerk' | 'deputy' | 'head', User>;
let unitId: number;

async function as<T>(who: User | 'dept1' | 'dept2', source: string): Promise<{ data?: T; errors?: readonly { message: string }[] }> {
  const em = f.orm.em.fork() as Em;
  const user = typeof who === 'string' ? await em.findOneOrFail(User, { id: f.ids.users[who] }) : await em.findOneOrFail(User, { id: who.id });
  const contextValue: Context = {
    em,
    principal: principalOf(user),
    user,
    sessionId: null,
    locale: 'zh-CN',
    ip: '127.0.0.1',
    userAgent: 'vitest',
    today: '2026-11-15',
  };
  return (await execute({ schema: testSchema(), document: parse(source), contextValue })) as never;
}

beforeAll(async () => {
  f = await createFixture('sqlite');
  const em = f.orm.em.fork();
  // The fixture's dept1 enforces fire safety and safety hazards.
  const dept1 = await em.findOneOrFail(Department, { id: f.ids.dept1 });
  dept1.remit = [...new Set([...dept1.remit, 'FIRE' as const, 'SAFETY_HAZARD' as const])];
  const dept2 = await em.findOneOrFail(Department, { id: f.ids.dept2 });
  dept2.remit = dept2.remit.filter((c) => c !== 'FIRE' && c !== 'SAFETY_HAZARD');
  const agency = em.create(Agency, { name: '青溪县机关事务服务中心', groupName: '物业管理工作组' });
  const mk = (username: string, position: 'CLERK' | 'DEPUTY' | 'HEAD') =>
    em.create(User, { username, displayName: username, role: 'AGENCY', agency, position, passwordHash: 'x' });
  users = { clerk: mk('clerk', 'CLERK'), deputy: mk('deputy', 'DEPUTY'), head: mk('head', 'HEAD') };
  await em.flush();
  const actor: LeasingActor = { principal: principalOf(users.clerk), name: 'clerk' };
  const unit = await listUnit(f.orm.em.fork(), actor, {
    building: '1号楼',
    floor: '1',
    room: '101',
    kind: 'SHOP',
    area: '60',
    permittedUse: ['RETAIL'],
    condition: '完好',
  });
  const tender = await publishTender(f.orm.em.fork(), actor, {
    unitId: unit.id,
    referenceSources: [{ description: '同路段', annualRentFen: 10_000_00 }],
    opensOn: '2026-06-01',
    closesOn: '2026-06-10',
  });
  const bid = await placeBid(
    f.orm.em.fork(),
    actor,
    { tenderId: tender.id, bidderName: '便利店', bidderContact: '1', trade: 'RETAIL', annualRentFen: 12_000_00, months: 12 },
    '2026-06-05',
  );
  await awardTender(f.orm.em.fork(), actor, tender.id, '2026-06-11');
  await signContract(f.orm.em.fork(), actor, { bidId: bid.id, startDate: '2026-07-01', endDate: '2027-06-30' }, '2026-06-20');
  unitId = unit.id;
});
afterAll(async () => f?.close());

type Finding = { id: string; state: string; departmentName: string | null; availableActions: { action: string; available: boolean; reason: string | null }[] };
const FINDING = 'id state departmentName availableActions { action available reason }';

it('a check records its findings; the list of checks due shows the unit; platform roles other than the department see nothing', async () => {
  const due = await as<{ leaseSafetyChecksDue: { unitLabel: string; dueOn: string; late: boolean }[] }>(
    users.clerk,
    '{ leaseSafetyChecksDue { unitLabel dueOn late } }',
  );
  expect(due.data?.leaseSafetyChecksDue).toEqual([{ unitLabel: '1号楼 1层 101', dueOn: '2026-10-01', late: true }]);
  const bad = await as<{ recordLeaseSafetyCheck: { __typename: string; fieldErrors: { field: string; message: string }[] } }>(
    users.clerk,
    `mutation { recordLeaseSafetyCheck(input: { unitId: "${unitId}", checkedOn: "2026-11-16", inspectors: "张三", findings: [] }) { __typename ... on ValidationError { fieldErrors { field message } } } }`,
  );
  expect(bad.data?.recordLeaseSafetyCheck.fieldErrors).toEqual([{ field: 'checkedOn', message: expect.stringContaining('检查日期') }]);
  const ok = await as<{ recordLeaseSafetyCheck: { data: { findings: Finding[] } } }>(
    users.clerk,
    `mutation { recordLeaseSafetyCheck(input: { unitId: "${unitId}", checkedOn: "2026-11-15", inspectors: "张三", findings: [{ item: PROHIBITED_GOODS, description: "仓库存放烟花爆竹" }] }) { ... on MutationRecordLeaseSafetyCheckSuccess { data { findings { ${FINDING} } } } } }`,
  );
  const [finding] = ok.data!.recordLeaseSafetyCheck.data.findings;
  expect(finding!.state).toBe('REGISTERED');
  expect(finding!.availableActions.filter((a) => a.available).map((a) => a.action)).toEqual(['ASSIGN']);
  expect(finding!.availableActions.find((a) => a.action === 'REFER')?.reason).toBe('无权对该安全检查问题执行“移送执法部门”');
  expect(await f.orm.em.fork().count(AuditLog, { action: 'leasing.recordSafetyCheck' })).toBe(1);
  const regulator = await f.gql('{ leaseSafetyFindings { id } }', {}, 'regulator');
  expect(regulator.errors?.[0]?.message).toBeTruthy();
  expect((await as<{ leaseSafetyFindings: unknown[] }>('dept1', '{ leaseSafetyFindings { id } }')).data?.leaseSafetyFindings).toEqual([]);
});

it('the head refers prohibited goods to the department that enforces them; it resolves with its outcome; another department cannot', async () => {
  const list = await as<{ leaseSafetyFindings: Finding[] }>(users.head, `{ leaseSafetyFindings { ${FINDING} } }`);
  const id = list.data!.leaseSafetyFindings[0]!.id;
  const referred = await as<{ actOnLeaseSafetyFinding: { data: Finding } }>(
    users.head,
    `mutation { actOnLeaseSafetyFinding(id: "${id}", input: { action: REFER, note: "移送消防" }) { ... on MutationActOnLeaseSafetyFindingSuccess { data { ${FINDING} } } } }`,
  );
  expect(referred.data?.actOnLeaseSafetyFinding.data.state).toBe('REFERRED');
  const deptName = (await f.orm.em.fork().findOneOrFail(Department, { id: f.ids.dept1 })).name;
  expect(referred.data?.actOnLeaseSafetyFinding.data.departmentName).toBe(deptName);
  const seen = await as<{ leaseSafetyFindings: Finding[] }>('dept1', `{ leaseSafetyFindings { ${FINDING} } }`);
  expect(seen.data!.leaseSafetyFindings.map((x) => [x.id, x.availableActions.filter((a) => a.available).map((a) => a.action)])).toEqual([[id, ['RESOLVE']]]);
  expect((await as<{ leaseSafetyFindings: unknown[] }>('dept2', '{ leaseSafetyFindings { id } }')).data?.leaseSafetyFindings).toEqual([]);
  const resolved = await as<{ actOnLeaseSafetyFinding: { data: Finding } }>(
    'dept1',
    `mutation { actOnLeaseSafetyFinding(id: "${id}", input: { action: RESOLVE, note: "已责令清除" }) { ... on MutationActOnLeaseSafetyFindingSuccess { data { ${FINDING} } } } }`,
  );
  expect(resolved.data?.actOnLeaseSafetyFinding.data.state).toBe('CLOSED');
});

it('a meeting is scheduled with the platform’s notice and its decisions recorded after it', async () => {
  const m = await as<{ scheduleLeaseMeeting: { data: { id: string; notice: string } } }>(
    users.clerk,
    `mutation { scheduleLeaseMeeting(input: { title: "工作组例会", heldAt: "2026-11-15T01:00:00Z", location: "三楼会议室", agenda: "研究续租", participants: ["组长", "副组长"] }) { ... on MutationScheduleLeaseMeetingSuccess { data { id notice } } } }`,
  );
  expect(m.data!.scheduleLeaseMeeting.data.notice.split('\n')[1]).toBe('物业管理工作组各成员：');
  const d = await as<{ recordLeaseMeetingDecisions: { data: { decisions: { text: string }[] } } }>(
    users.head,
    `mutation { recordLeaseMeetingDecisions(id: "${m.data!.scheduleLeaseMeeting.data.id}", decisions: [{ text: "同意续租" }]) { ... on MutationRecordLeaseMeetingDecisionsSuccess { data { decisions { text } } } } }`,
  );
  expect(d.data?.recordLeaseMeetingDecisions.data.decisions).toEqual([{ text: '同意续租' }]);
  expect((await as<{ leaseMeetings: unknown[] }>(users.deputy, '{ leaseMeetings { id } }')).data?.leaseMeetings).toHaveLength(1);
});

it('an unauthorised-alteration finding shows whether an alteration consent is on file for the tenant’s contract', async () => {
  const Q = (id: string) => `{ leaseSafetyFinding(id: "${id}") { item alterationConsentOnFile } }`;
  const ok = await as<{ recordLeaseSafetyCheck: { data: { findings: { id: string }[] } } }>(
    users.clerk,
    `mutation { recordLeaseSafetyCheck(input: { unitId: "${unitId}", checkedOn: "2026-11-15", inspectors: "李四", findings: [{ item: UNAUTHORISED_ALTERATION, description: "擅自拆除隔墙" }, { item: PROHIBITED_GOODS, description: "存放液化气瓶" }] }) { ... on MutationRecordLeaseSafetyCheckSuccess { data { findings { id } } } } }`,
  );
  const [alteration, goods] = ok.data!.recordLeaseSafetyCheck.data.findings.map((x) => x.id);
  type One = { leaseSafetyFinding: { item: string; alterationConsentOnFile: boolean | null } };
  expect((await as<One>(users.clerk, Q(alteration!))).data?.leaseSafetyFinding).toEqual({ item: 'UNAUTHORISED_ALTERATION', alterationConsentOnFile: false });
  expect((await as<One>(users.clerk, Q(goods!))).data?.leaseSafetyFinding.alterationConsentOnFile).toBeNull();
  const contract = await f.orm.em.fork().findOneOrFail(LeaseContract, { unit: unitId }, { orderBy: { id: 'desc' } });
  const head: LeasingActor = { principal: principalOf(users.head), name: 'head' };
  await recordConsent(
    f.orm.em.fork(),
    head,
    { contractId: contract.id, kind: 'ALTERATION', description: '拆除非承重隔墙', grantedOn: '2026-11-01' },
    '2026-11-15',
  );
  expect((await as<One>(users.clerk, Q(alteration!))).data?.leaseSafetyFinding.alterationConsentOnFile).toBe(true);
});
