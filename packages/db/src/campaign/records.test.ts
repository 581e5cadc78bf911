import type { MikroORM } from '@mikro-orm/core';
import type { Principal } from '@wuye/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { clock } from '../clock.js';
import { Department, Enterprise, JointMeeting, MeetingMinutes, PublicityArticle, Township, User, type Em } from '../index.js';
import { RuleError } from '../rule-error.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import {
  approveMinutes,
  createArticle,
  peerVisits,
  publishArticle,
  publishedArticle,
  publishedArticles,
  recordPeerVisit,
  returnMinutes,
  scheduleJointMeeting,
  submitMinutes,
  updateArticle,
  visitingFirms,
  withdrawArticle,
  writeMinutes,
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

const MEETING = { title: '2026年10月物业管理月度会商会', location: '县住建局三楼会议室', agenda: '通报问题整改进度', participants: ['住建局', '民政局'] };
const held = new Date('2026-10-12T07:00:00Z');

describeEachDriver('campaign records', (driver) => {
  let orm: MikroORM;
  const ids = { reg1: 0, reg2: 0, dept: 0, deptUser: 0, e1: 0, e2: 0, e3: 0 };
  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    const em = orm.em.fork();
    const t = em.create(Township, { name: '城关镇', code: 'T-CG' });
    const d = em.create(Department, { name: '民政局', code: 'D-MZ', remit: [] });
    const u = (username: string, role: 'REGULATOR' | 'DEPARTMENT', extra = {}) =>
      em.create(User, { username, displayName: username, passwordHash: 'x', role, ...extra });
    const [r1, r2, du] = [u('r1', 'REGULATOR'), u('r2', 'REGULATOR'), u('d1', 'DEPARTMENT', { department: d })];
    const e = (n: number) => em.create(Enterprise, { name: `物业${n}`, uscc: `91330100MA0000${n}0${n}X`.slice(0, 18), legalRepresentative: '王', township: t });
    const [e1, e2, e3] = [e(1), e(2), e(3)];
    await em.flush();
    Object.assign(ids, { reg1: r1.id, reg2: r2.id, dept: d.id, deptUser: du.id, e1: e1.id, e2: e2.id, e3: e3.id });
  });
  afterAll(async () => orm && dropTestOrm(orm));
  const tx = <T>(fn: (em: Em) => Promise<T>) => orm.em.fork().transactional((em) => fn(em as Em));
  const reg = (id: number): Principal => ({ userId: String(id), role: 'REGULATOR' });
  const at = <T>(d: Date, fn: () => Promise<T>) => clock.runAt(d, fn);

  it('minutes of the monthly consultation: written after it, submitted, returned, approved by the other regulator, then read-only', async () => {
    const meeting = await tx((em) => scheduleJointMeeting(em, { ...MEETING, heldAt: held, kind: 'MONTHLY_CONSULTATION' }, '2026-10-08'));
    expect(meeting.kind).toBe('MONTHLY_CONSULTATION');
    const r1 = reg(ids.reg1);
    const r2 = reg(ids.reg2);
    const minutes = { body: '会议通报了 9 月问题整改情况。', attendees: ['县住建局 王建国', '县民政局 李芳'] };
    expect(await refusal(() => at(new Date(held.getTime() - 1000), () => tx((em) => writeMinutes(em, r1, meeting.id, minutes))))).toEqual([
      'minutes:MEETING_NOT_HELD',
    ]);
    const after = new Date(held.getTime() + 3600_000);
    expect(await refusal(() => at(after, () => tx((em) => writeMinutes(em, r1, meeting.id, { body: '', attendees: [] }))))).toEqual([
      'body:REQUIRED',
      'minutesAttendees:REQUIRED',
    ]);
    const written = await at(after, () => tx((em) => writeMinutes(em, r1, meeting.id, minutes)));
    expect([written?.status, written?.writtenBy?.id, written?.attendees]).toEqual(['DRAFT', ids.reg1, minutes.attendees]);
    expect(await refusal(() => at(after, () => tx((em) => writeMinutes(em, r2, meeting.id, minutes))))).toEqual(['minutes:NOT_THE_WRITER']);
    expect(await refusal(() => tx((em) => approveMinutes(em, r2, meeting.id)))).toEqual(['minutes:MINUTES_NOT_SUBMITTED']);
    await at(after, () => tx((em) => submitMinutes(em, r1, meeting.id)));
    expect(await refusal(() => tx((em) => approveMinutes(em, r1, meeting.id)))).toEqual(['minutes:APPROVER_IS_WRITER']);
    expect(await refusal(() => tx((em) => returnMinutes(em, r2, meeting.id, ' ')))).toEqual(['note:REQUIRED']);
    const returned = await tx((em) => returnMinutes(em, r2, meeting.id, '请补充各乡镇发言要点'));
    expect([returned?.status, returned?.returnNote]).toEqual(['DRAFT', '请补充各乡镇发言要点']);
    await at(after, () => tx((em) => writeMinutes(em, r1, meeting.id, { ...minutes, body: `${minutes.body}各乡镇作了发言。` })));
    await at(after, () => tx((em) => submitMinutes(em, r1, meeting.id)));
    const approved = await tx((em) => approveMinutes(em, r2, meeting.id));
    expect([approved?.status, approved?.approvedBy?.id, approved?.returnNote]).toEqual(['APPROVED', ids.reg2, null]);
    expect(await refusal(() => at(after, () => tx((em) => writeMinutes(em, r1, meeting.id, minutes))))).toEqual(['minutes:MINUTES_APPROVED']);
    expect(await refusal(() => tx((em) => approveMinutes(em, r2, meeting.id)))).toEqual(['minutes:MINUTES_APPROVED']);
    expect((await orm.em.fork().findOneOrFail(MeetingMinutes, { meeting: meeting.id })).body).toContain('各乡镇作了发言');
  });

  it('a department writes the minutes of a meeting it held; a regulator approves them', async () => {
    const meeting = await tx((em) =>
      scheduleJointMeeting(em, { ...MEETING, title: '养老机构物业协调会', heldAt: held, hostDepartmentId: ids.dept }, '2026-10-08'),
    );
    expect(
      await refusal(() => tx((em) => scheduleJointMeeting(em, { ...MEETING, heldAt: held, hostDepartmentId: ids.dept, hostTownshipId: 999 }, '2026-10-08'))),
    ).toEqual(['hostTownshipId:UNKNOWN_REFERENCE']);
    const dept: Principal = { userId: String(ids.deptUser), role: 'DEPARTMENT', departmentId: String(ids.dept) };
    const other: Principal = { userId: String(ids.deptUser), role: 'DEPARTMENT', departmentId: String(ids.dept + 100) };
    const after = new Date(held.getTime() + 3600_000);
    const minutes = { body: '协调养老机构物业服务事项。', attendees: ['县民政局'] };
    expect(await refusal(() => at(after, () => tx((em) => writeMinutes(em, other, meeting.id, minutes))))).toEqual(['minutes:OUT_OF_SCOPE']);
    await at(after, () => tx((em) => writeMinutes(em, dept, meeting.id, minutes)));
    await at(after, () => tx((em) => submitMinutes(em, dept, meeting.id)));
    expect(await refusal(() => tx((em) => approveMinutes(em, dept, meeting.id)))).toEqual(['minutes:OUT_OF_SCOPE']);
    expect((await tx((em) => approveMinutes(em, reg(ids.reg1), meeting.id)))?.status).toBe('APPROVED');
    expect(await tx((em) => approveMinutes(em, reg(ids.reg1), 999_999))).toBeNull();
    expect(await orm.em.fork().count(JointMeeting, {})).toBe(2);
  });

  it('peer visits: host, visiting firms and people, findings; a firm sees the visits it hosted or joined', async () => {
    const r1 = reg(ids.reg1);
    const input = {
      visitedOn: '2026-09-18',
      hostEnterpriseId: ids.e1,
      visitorEnterpriseIds: [ids.e2],
      visitorPeople: ['县住建局 王建国'],
      findings: '台账规范',
    };
    expect(await refusal(() => tx((em) => recordPeerVisit(em, r1, { ...input, visitorEnterpriseIds: [ids.e1] }, '2026-11-15')))).toEqual([
      'visitors:HOST_VISITS_ITSELF',
    ]);
    expect(await refusal(() => tx((em) => recordPeerVisit(em, r1, { ...input, visitorEnterpriseIds: [999] }, '2026-11-15')))).toEqual([
      'visitors:UNKNOWN_REFERENCE',
    ]);
    const v = await tx((em) => recordPeerVisit(em, r1, input, '2026-11-15'));
    const em = orm.em.fork();
    expect((await peerVisits(em, null)).map((x) => x.id)).toEqual([v.id]);
    expect((await peerVisits(em, ids.e1)).map((x) => x.id)).toEqual([v.id]);
    expect((await peerVisits(em, ids.e2)).map((x) => x.id)).toEqual([v.id]);
    expect(await peerVisits(em, ids.e3)).toEqual([]);
    expect((await visitingFirms(em, [v.id])).get(v.id)!.map((e) => e.id)).toEqual([ids.e2]);
  });

  it('articles: drafts are private, published ones public by kind and page, withdrawn ones gone; markup refused', async () => {
    const r1 = reg(ids.reg1);
    const dept: Principal = { userId: String(ids.deptUser), role: 'DEPARTMENT', departmentId: String(ids.dept) };
    const base = { kind: 'NEWS' as const, title: '我县召开物业管理联席会议', body: '第一段。\n\n第二段。' };
    expect(await refusal(() => tx((em) => createArticle(em, dept, base)))).toEqual(['article:OUT_OF_SCOPE']);
    expect(await refusal(() => tx((em) => createArticle(em, r1, { ...base, body: '<script>alert(1)</script>' })))).toEqual(['body:MARKUP_NOT_ALLOWED']);
    const made: PublicityArticle[] = [];
    for (let n = 1; n <= 3; n++) made.push(await tx((em) => createArticle(em, r1, { ...base, title: `动态${n}` })));
    const typical = await tx((em) => createArticle(em, r1, { ...base, kind: 'TYPICAL_CASE', title: '典型案例' }));
    expect((await publishedArticles(orm.em.fork(), null)).total).toBe(0);
    for (const [i, a] of [...made, typical].entries()) await at(new Date(Date.UTC(2026, 9, 1 + i)), () => tx((em) => publishArticle(em, r1, a.id)));
    expect(await refusal(() => tx((em) => updateArticle(em, r1, made[0]!.id, base)))).toEqual(['article:ARTICLE_STATUS']);
    const page1 = await publishedArticles(orm.em.fork(), 'NEWS', 1, 2);
    expect([page1.total, page1.items.map((a) => a.title)]).toEqual([3, ['动态3', '动态2']]);
    expect((await publishedArticles(orm.em.fork(), 'NEWS', 2, 2)).items.map((a) => a.title)).toEqual(['动态1']);
    expect((await publishedArticles(orm.em.fork(), 'TYPICAL_CASE')).total).toBe(1);
    expect(await refusal(() => tx((em) => withdrawArticle(em, r1, made[2]!.id, '')))).toEqual(['reason:REQUIRED']);
    await tx((em) => withdrawArticle(em, r1, made[2]!.id, '内容有误，更正后重发'));
    expect(await publishedArticle(orm.em.fork(), made[2]!.id)).toBeNull();
    expect((await publishedArticle(orm.em.fork(), made[1]!.id))?.title).toBe('动态2');
    expect(await refusal(() => tx((em) => publishArticle(em, r1, made[2]!.id)))).toEqual(['article:ARTICLE_STATUS']);
    expect((await orm.em.fork().findOneOrFail(PublicityArticle, { id: made[2]!.id })).withdrawReason).toBe('内容有误，更正后重发');
  });
});
