import type { MikroORM } from '@mikro-orm/core';
import { messageFor, type Principal } from '@wuye/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Agency, AuditLog, Department, LeaseMeeting, LeaseSafetyCheck, LeaseSafetyEvent, LeaseSafetyFinding, User } from '../index.js';
import { RuleError } from '../rule-error.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import {
  actOnSafetyFinding,
  awardTender,
  leaseMeetings,
  listUnit,
  placeBid,
  publishTender,
  recordMeetingDecisions,
  recordSafetyCheck,
  safetyChecksDue,
  safetyFindings,
  safetyFindingView,
  scheduleLeaseMeeting,
  signContract,
  type LeasingActor,
} from './index.js';

async function refusal(run: () => Promise<unknown>): Promise<string[]> {
  try {
    await run();
    return [];
  } catch (e) {
    if (e instanceof RuleError) return e.issues.map((i) => `${i.field}:${i.code}`);
    throw e;
  }
}

// 2026-11-15 10:00 in Shanghai.
const NOW = new Date('2026-11-15T02:00:00Z');

describeEachDriver('leasing safety checks and working-group meetings', (driver) => {
  let orm: MikroORM;
  let clerk: LeasingActor;
  let clerk2: LeasingActor;
  let deputy: LeasingActor;
  let head: LeasingActor;
  let outsider: LeasingActor;
  let fireDept: LeasingActor;
  let otherDept: LeasingActor;
  let fireDeptId: number;
  let unitId: number;
  let vacantId: number;

  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    const em = orm.em.fork();
    const agency = em.create(Agency, { name: '青溪县机关事务服务中心', groupName: '物业管理工作组' });
    const other = em.create(Agency, { name: '另一机关', groupName: '物业管理工作组' });
    const fire = em.create(Department, { name: '县消防救援大队', code: 'XF', remit: ['FIRE', 'SAFETY_HAZARD'] });
    const zj = em.create(Department, { name: '县住建局', code: 'ZJ', remit: ['BUILDING_QUALITY'] });
    const user = (username: string, position: 'CLERK' | 'DEPUTY' | 'HEAD', a = agency) =>
      em.create(User, { username, displayName: username, role: 'AGENCY', agency: a, position, passwordHash: 'x' });
    const users = [user('clerk', 'CLERK'), user('clerk2', 'CLERK'), user('deputy', 'DEPUTY'), user('head', 'HEAD'), user('outsider', 'HEAD', other)];
    const d1 = em.create(User, { username: 'xf', displayName: '消防员', role: 'DEPARTMENT', department: fire, passwordHash: 'x' });
    const d2 = em.create(User, { username: 'zj', displayName: '住建', role: 'DEPARTMENT', department: zj, passwordHash: 'x' });
    await em.flush();
    fireDeptId = fire.id;
    const actor = (u: User): LeasingActor => ({
      principal: { userId: String(u.id), role: 'AGENCY', agencyId: String(u.agency!.id), position: u.position } as Principal,
      name: u.displayName,
    });
    [clerk, clerk2, deputy, head, outsider] = users.map(actor) as [LeasingActor, LeasingActor, LeasingActor, LeasingActor, LeasingActor];
    fireDept = { principal: { userId: String(d1.id), role: 'DEPARTMENT', departmentId: String(fire.id) } as Principal, name: '消防员' };
    otherDept = { principal: { userId: String(d2.id), role: 'DEPARTMENT', departmentId: String(zj.id) } as Principal, name: '住建' };

    const unit = await listUnit(orm.em.fork(), clerk, {
      building: '1号楼',
      floor: '1',
      room: '101',
      kind: 'SHOP',
      area: '60',
      permittedUse: ['CATERING'],
      condition: '完好',
    });
    const vacant = await listUnit(orm.em.fork(), clerk, {
      building: '1号楼',
      floor: '1',
      room: '102',
      kind: 'SHOP',
      area: '60',
      permittedUse: ['RETAIL'],
      condition: '完好',
    });
    const tender = await publishTender(orm.em.fork(), clerk, {
      unitId: unit.id,
      referenceSources: [{ description: '同路段', annualRentFen: 10_000_00 }],
      opensOn: '2026-06-01',
      closesOn: '2026-06-10',
    });
    const bid = await placeBid(
      orm.em.fork(),
      clerk,
      { tenderId: tender.id, bidderName: '小吃店', bidderContact: '1', trade: 'CATERING', annualRentFen: 12_000_00, months: 12 },
      '2026-06-05',
    );
    await awardTender(orm.em.fork(), clerk, tender.id, '2026-06-11');
    await signContract(orm.em.fork(), clerk, { bidId: bid.id, startDate: '2026-07-01', endDate: '2027-06-30' }, '2026-06-20');
    unitId = unit.id;
    vacantId = vacant.id;
  });
  afterAll(async () => orm && dropTestOrm(orm));
  const em = () => orm.em.fork();
  const audits = async (action: string) => em().count(AuditLog, { action: `leasing.${action}` });

  it('a let unit is due for its check three months after its lease starts, then three months after each check', async () => {
    const due = await safetyChecksDue(em(), Number(clerk.principal.agencyId), NOW);
    expect(due.map((d) => [d.unit.id, d.lastCheckedOn, d.dueOn, d.late])).toEqual([[unitId, null, '2026-10-01', true]]);
  });

  it('refuses a check of a vacant unit, of another agency, in the future, or with an unknown item; nothing written', async () => {
    const base = { unitId, checkedOn: '2026-11-15', inspectors: '张三、李四', findings: [] };
    expect(await refusal(() => recordSafetyCheck(em(), clerk, { ...base, unitId: vacantId }, NOW))).toEqual(['unitId:LEASE_UNIT_NOT_LET']);
    expect(await refusal(() => recordSafetyCheck(em(), outsider, base, NOW))).toEqual(['unitId:LEASE_AGENCY_MISMATCH']);
    expect(await refusal(() => recordSafetyCheck(em(), clerk, { ...base, checkedOn: '2026-11-16' }, NOW))).toEqual(['checkedOn:DATE_OUT_OF_RANGE']);
    const bad = await refusal(() => recordSafetyCheck(em(), clerk, { ...base, inspectors: ' ', findings: [{ item: 'NOISE', description: '' }] }, NOW));
    expect(bad).toEqual(['inspectors:REQUIRED', 'findings.0.item:LEASE_UNKNOWN_SAFETY_ITEM', 'findings.0.description:REQUIRED']);
    expect(await em().count(LeaseSafetyCheck, {})).toBe(0);
    expect(await em().count(LeaseSafetyFinding, {})).toBe(0);
    expect(await audits('recordSafetyCheck')).toBe(0);
  });

  it('a fire hazard goes round the loop: notice, acknowledgement, report, returned, reported again, verified by another member', async () => {
    const check = await recordSafetyCheck(
      em(),
      clerk,
      { unitId, checkedOn: '2026-11-15', inspectors: '张三、李四', findings: [{ item: 'ESCAPE_ROUTE', description: '后门通道堆放纸箱' }] },
      NOW,
    );
    expect(await audits('recordSafetyCheck')).toBe(1);
    const due = await safetyChecksDue(em(), Number(clerk.principal.agencyId), NOW);
    expect(due.map((d) => [d.lastCheckedOn, d.dueOn, d.late])).toEqual([['2026-11-15', '2027-02-15', false]]);
    const [f] = await em().find(LeaseSafetyFinding, { check: check.id });
    expect([f!.state, f!.category]).toEqual(['REGISTERED', 'FIRE']);
    const act = (who: LeasingActor, input: Parameters<typeof actOnSafetyFinding>[3], at = NOW) => actOnSafetyFinding(em(), who, f!.id, input, at);
    expect(await refusal(() => act(clerk, { action: 'ASSIGN', measures: '清理通道', deadline: '2026-11-14' }))).toEqual(['deadline:DATE_OUT_OF_RANGE']);
    expect(await refusal(() => act(outsider, { action: 'ASSIGN', measures: '清理通道', deadline: '2026-11-20' }))).toEqual(['findingId:UNKNOWN_REFERENCE']);
    await act(clerk, { action: 'ASSIGN', measures: '清理通道', deadline: '2026-11-20' });
    // Late from the day after the deadline, in Shanghai.
    const assigned = await em().findOneOrFail(LeaseSafetyFinding, { id: f!.id });
    expect(safetyFindingView(assigned, clerk.principal, new Date('2026-11-20T15:59:59Z')).overdue).toBe(false);
    expect(safetyFindingView(assigned, clerk.principal, new Date('2026-11-20T16:00:00Z')).overdue).toBe(true);
    await act(clerk, { action: 'ACKNOWLEDGE' });
    await act(clerk, { action: 'SUBMIT', note: '租户已清理' });
    expect(await refusal(() => act(clerk2, { action: 'CLOSE' }))).toEqual(['findingId:ACTOR_NOT_ALLOWED']);
    await act(deputy, { action: 'RETURN', note: '仍有纸箱' });
    await act(deputy, { action: 'SUBMIT', note: '已全部清走' });
    const sameVerifier = await refusal(() => act(deputy, { action: 'CLOSE' }));
    expect(sameVerifier).toEqual(['verifier:LEASE_SAME_VERIFIER']);
    await act(head, { action: 'CLOSE', note: '复查合格' });
    const closed = await em().findOneOrFail(LeaseSafetyFinding, { id: f!.id });
    expect([closed.state, closed.closedAt?.toISOString()]).toEqual(['CLOSED', NOW.toISOString()]);
    const events = await em().find(LeaseSafetyEvent, { finding: f!.id }, { orderBy: { id: 'asc' } });
    expect(events.map((e) => `${e.action}:${e.toState}:${e.actorName}`)).toEqual([
      'REGISTER:REGISTERED:clerk',
      'ASSIGN:ASSIGNED:clerk',
      'ACKNOWLEDGE:RECTIFYING:clerk',
      'SUBMIT:SUBMITTED:clerk',
      'RETURN:RECTIFYING:deputy',
      'SUBMIT:SUBMITTED:deputy',
      'CLOSE:CLOSED:head',
    ]);
    expect(await audits('safetyFinding')).toBe(6);
  });

  it('prohibited goods are referred by the head to the department that enforces them, which closes it with its outcome', async () => {
    const check = await recordSafetyCheck(
      em(),
      clerk,
      { unitId, checkedOn: '2026-11-15', inspectors: '张三', findings: [{ item: 'PROHIBITED_GOODS', description: '仓库存放烟花爆竹' }] },
      NOW,
    );
    const [f] = await em().find(LeaseSafetyFinding, { check: check.id });
    expect(await refusal(() => actOnSafetyFinding(em(), deputy, f!.id, { action: 'REFER', note: '存放烟花爆竹' }, NOW))).toEqual([
      'findingId:ACTOR_NOT_ALLOWED',
    ]);
    // The department does not see it before it is referred.
    expect(await refusal(() => actOnSafetyFinding(em(), fireDept, f!.id, { action: 'RESOLVE', note: 'x' }, NOW))).toEqual(['findingId:UNKNOWN_REFERENCE']);
    expect(await safetyFindings(em(), fireDept.principal)).toEqual([]);
    await actOnSafetyFinding(em(), head, f!.id, { action: 'REFER', note: '存放烟花爆竹，移送消防' }, NOW);
    const referred = await em().findOneOrFail(LeaseSafetyFinding, { id: f!.id });
    expect([referred.state, referred.department?.id]).toEqual(['REFERRED', fireDeptId]);
    expect((await safetyFindings(em(), fireDept.principal)).map((x) => x.id)).toEqual([f!.id]);
    expect(await safetyFindings(em(), otherDept.principal)).toEqual([]);
    expect(safetyFindingView(referred, fireDept.principal, NOW).availableActions).toEqual(['RESOLVE']);
    expect(await refusal(() => actOnSafetyFinding(em(), otherDept, f!.id, { action: 'RESOLVE', note: 'x' }, NOW))).toEqual(['findingId:UNKNOWN_REFERENCE']);
    expect(await refusal(() => actOnSafetyFinding(em(), fireDept, f!.id, { action: 'RESOLVE' }, NOW))).toEqual(['note:REQUIRED']);
    await actOnSafetyFinding(em(), fireDept, f!.id, { action: 'RESOLVE', note: '已责令清除并处罚款' }, NOW);
    expect((await em().findOneOrFail(LeaseSafetyFinding, { id: f!.id })).state).toBe('CLOSED');
  });

  it('a finding no department enforces cannot be referred; the error says so and nothing changes', async () => {
    const check = await recordSafetyCheck(
      em(),
      clerk,
      { unitId, checkedOn: '2026-11-15', inspectors: '张三', findings: [{ item: 'UNAUTHORISED_ALTERATION', description: '擅自拆改隔墙' }] },
      NOW,
    );
    const [f] = await em().find(LeaseSafetyFinding, { check: check.id });
    const before = await audits('safetyFinding');
    let message = '';
    try {
      await actOnSafetyFinding(em(), head, f!.id, { action: 'REFER', note: '擅自拆改' }, NOW);
    } catch (e) {
      message = messageFor((e as RuleError).issues[0]!, 'zh-CN');
    }
    expect(message).toContain('违法建设');
    expect((await em().findOneOrFail(LeaseSafetyFinding, { id: f!.id })).state).toBe('REGISTERED');
    expect(await audits('safetyFinding')).toBe(before);
    // Referred to a named department instead.
    await actOnSafetyFinding(em(), head, f!.id, { action: 'REFER', note: '擅自拆改', departmentId: fireDeptId }, NOW);
    expect((await em().findOneOrFail(LeaseSafetyFinding, { id: f!.id })).department?.id).toBe(fireDeptId);
  });

  it('a meeting notice in the platform’s layout, decisions recorded after it is held', async () => {
    const meeting = await scheduleLeaseMeeting(
      em(),
      clerk,
      {
        title: '物业管理工作组第四季度例会',
        heldAt: new Date('2026-11-20T06:30:00Z'),
        location: '机关三楼会议室',
        agenda: '研究招租和维修开支',
        participants: ['组长', '副组长', ' ', '经办人员'],
        contactPhone: '0571-1234567',
      },
      NOW,
    );
    expect(meeting.notice.split('\n').slice(0, 3)).toEqual([
      '关于召开物业管理工作组第四季度例会的通知',
      '物业管理工作组各成员：',
      '一、会议时间：2026年11月20日下午2:30',
    ]);
    expect(meeting.notice).toContain('四、参加人员：组长；副组长；经办人员。');
    expect(meeting.notice.split('\n').at(-1)).toBe('2026年11月15日');
    const decide = (at: Date, decisions = [{ text: '同意 1 号楼 101 续租', owner: '经办', dueOn: '2026-12-01' }]) =>
      recordMeetingDecisions(em(), head, meeting.id, { minutes: '会议由组长主持', decisions }, at);
    expect(await refusal(() => decide(NOW))).toEqual(['meetingId:LEASE_MEETING_NOT_HELD']);
    const after = new Date('2026-11-20T08:00:00Z');
    expect(await refusal(() => decide(after, []))).toEqual(['decisions:REQUIRED']);
    expect(await refusal(() => recordMeetingDecisions(em(), outsider, meeting.id, { decisions: [{ text: 'x' }] }, after))).toEqual([
      'meetingId:LEASE_AGENCY_MISMATCH',
    ]);
    expect((await em().findOneOrFail(LeaseMeeting, { id: meeting.id })).decisions).toEqual([]);
    await decide(after);
    const saved = await em().findOneOrFail(LeaseMeeting, { id: meeting.id });
    expect(saved.decisions).toEqual([{ text: '同意 1 号楼 101 续租', owner: '经办', dueOn: '2026-12-01' }]);
    expect(saved.decidedAt?.toISOString()).toBe(after.toISOString());
    expect((await leaseMeetings(em(), Number(clerk.principal.agencyId))).map((m) => m.id)).toEqual([meeting.id]);
    expect(await leaseMeetings(em(), Number(outsider.principal.agencyId))).toEqual([]);
    expect(await audits('scheduleMeeting')).toBe(1);
    expect(await audits('recordMeetingDecisions')).toBe(1);
  });
});
