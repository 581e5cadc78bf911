import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Principal } from '@wuye/domain';
import { Community, Complaint, Department, Enterprise, EvidenceFile, Issue, Township, User } from '../entities/index.js';
import { RuleError } from '../rule-error.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import { applyComplaintCommand, applyIssueCommand, createComplaint, registerIssue, type LoopActor } from './service.js';

/** Issue 16: owners' committee matters go to the community's own township and are handled there; unlicensed operators to the bureau. */

const AT = new Date('2026-11-10T02:00:00Z');

async function refusal(run: () => Promise<unknown>): Promise<string[]> {
  try {
    await run();
    return [];
  } catch (e) {
    if (e instanceof RuleError) return e.issues.map((i) => `${i.field}:${i.code}`);
    throw e;
  }
}

describeEachDriver('township disputes and the unlicensed-operator category', (driver) => {
  let orm: MikroORM;
  let regulator: LoopActor;
  let firm: LoopActor;
  let ownTownship: LoopActor;
  let otherTownship: LoopActor;
  const ids = { community: 0, township: 0, enterprise: 0, zjj: 0 };

  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    const em = orm.em.fork();
    const t1 = em.create(Township, { name: '城关镇', code: 'T1' });
    const t2 = em.create(Township, { name: '河东镇', code: 'T2' });
    const zjj = em.create(Department, { name: '住建局', code: 'ZJJ', remit: ['SERVICE_QUALITY', 'UNLICENSED_OPERATOR'] });
    // A county group that still claims committee matters is ignored: they are the township's.
    em.create(Department, { name: '协调组', code: 'XZXT', remit: ['OWNERS_COMMITTEE'] });
    const enterprise = em.create(Enterprise, { name: '安居物业', uscc: '91330100MA0000001X', legalRepresentative: '王', township: t1 });
    const community = em.create(Community, {
      name: '阳光花园',
      township: t1,
      enterprise,
      type: 'OLD',
      serviceMode: 'ENTERPRISE',
      households: 100,
      floorArea: 1000,
    });
    const u = (username: string, role: User['role'], extra: Partial<User> = {}) =>
      em.create(User, { username, displayName: username, role, passwordHash: 'x', ...extra });
    const reg = u('reg', 'REGULATOR');
    const ent = u('ent', 'ENTERPRISE', { enterprise });
    const own = u('t1', 'TOWNSHIP', { township: t1 });
    const other = u('t2', 'TOWNSHIP', { township: t2 });
    await em.flush();
    const actor = (user: User, p: Partial<Principal>): LoopActor => ({ principal: { userId: String(user.id), role: user.role, ...p }, name: user.username });
    regulator = actor(reg, {});
    firm = actor(ent, { enterpriseId: String(enterprise.id) });
    ownTownship = actor(own, { townshipId: String(t1.id) });
    otherTownship = actor(other, { townshipId: String(t2.id) });
    Object.assign(ids, { community: community.id, township: t1.id, enterprise: enterprise.id, zjj: zjj.id });
  });
  afterAll(async () => dropTestOrm(orm));

  const tx = <T>(fn: (em: Parameters<Parameters<MikroORM['em']['transactional']>[0]>[0]) => Promise<T>) => orm.em.fork().transactional(fn);
  const complaint = (category: string, by: LoopActor = regulator) =>
    tx((em) =>
      createComplaint(
        em,
        { channel: 'HOTLINE', complainantName: '张三', complainantCount: 1, communityId: ids.community, category, content: '业委会换届选举程序不公开' },
        by,
        AT,
      ),
    );

  it('routes a committee complaint to the community’s township, which handles it through to the follow-up', async () => {
    const c = await complaint('OWNERS_COMMITTEE', ownTownship);
    expect([c.state, c.handledByTownship, c.department?.id ?? null, c.township.id]).toEqual(['ROUTED', true, null, ids.township]);
    const act = (who: LoopActor, command: Parameters<typeof applyComplaintCommand>[2]) =>
      tx(async (em) => applyComplaintCommand(em, await em.findOneOrFail(Complaint, c.id), command, who, AT));
    expect(await refusal(() => act(otherTownship, { action: 'RESPOND', note: '已受理' }))).toEqual(['complaint:ACTOR_NOT_ALLOWED']);
    await act(ownTownship, { action: 'RESPOND', note: '已受理，约业委会与投诉人面谈' });
    await act(ownTownship, { action: 'RESOLVE', note: '指导业委会重新公示换届方案', upheld: true });
    const closed = await act(ownTownship, { action: 'CLOSE', rating: 'SATISFIED' });
    expect([closed.state, closed.followUpRating, closed.handledByTownship]).toEqual(['CLOSED', 'SATISFIED', true]);
  });

  it('turns a committee complaint into an issue the township verifies and closes after the bureau assigns it', async () => {
    const c = await complaint('OWNERS_COMMITTEE');
    await tx(async (em) => applyComplaintCommand(em, await em.findOneOrFail(Complaint, c.id), { action: 'RESPOND', note: '已受理' }, ownTownship, AT));
    const turned = await tx(async (em) =>
      applyComplaintCommand(em, await em.findOneOrFail(Complaint, c.id), { action: 'TURN_INTO_ISSUE' }, ownTownship, AT, AT, {}),
    );
    const issueId = turned.issue!.id;
    const issue = await orm.em.fork().findOneOrFail(Issue, issueId);
    expect([issue.state, issue.handledByTownship, issue.department?.id ?? null]).toEqual(['REGISTERED', true, null]);
    const act = (who: LoopActor, command: Parameters<typeof applyIssueCommand>[2]) =>
      tx(async (em) => applyIssueCommand(em, await em.findOneOrFail(Issue, issueId), command, who, AT));
    await act(regulator, { action: 'ASSIGN', enterpriseId: String(ids.enterprise), measures: '配合乡镇公开换届资料', deadline: '2026-11-30' });
    await act(firm, { action: 'ACKNOWLEDGE' });
    const fileId = await tx(async (em) => {
      const file = em.create(EvidenceFile, {
        issue: await em.findOneOrFail(Issue, issueId),
        storedName: `${driver}-notice.jpg`,
        originalName: '公示.jpg',
        mime: 'image/jpeg',
        size: 10,
        sha256: 'a'.repeat(64),
        uploadedAt: AT,
      });
      await em.flush();
      return file.id;
    });
    await act(firm, { action: 'SUBMIT', note: '已在公告栏公示', attachments: [String(fileId)] });
    expect(
      await refusal(() =>
        act({ principal: { userId: '0', role: 'DEPARTMENT', departmentId: String(ids.zjj) }, name: '住建局' }, { action: 'CLOSE', note: '核实' }),
      ),
    ).toEqual(['issue:ACTOR_NOT_ALLOWED']);
    expect(await refusal(() => act(otherTownship, { action: 'CLOSE', note: '核实' }))).toEqual(['issue:ACTOR_NOT_ALLOWED']);
    const done = await act(ownTownship, { action: 'CLOSE', note: '现场核实已公示' });
    expect(done.state).toBe('CLOSED');
  });

  it('registers a committee issue as the township’s and any other category as its department’s', async () => {
    const committee = await tx((em) =>
      registerIssue(em, { source: 'TOWNSHIP_REPORT', category: 'OWNERS_COMMITTEE', title: '业委会印章管理混乱', communityId: ids.community }, ownTownship, AT),
    );
    expect([committee.handledByTownship, committee.department?.id ?? null]).toEqual([true, null]);
    const unlicensed = await tx((em) =>
      registerIssue(
        em,
        { source: 'TOWNSHIP_REPORT', category: 'UNLICENSED_OPERATOR', title: '无资质个人承接小区保洁', communityId: ids.community },
        ownTownship,
        AT,
      ),
    );
    expect([unlicensed.handledByTownship, unlicensed.department?.id]).toEqual([false, ids.zjj]);
  });

  it('routes a complaint about an unlicensed operator to the bureau (the department owning the category)', async () => {
    const c = await complaint('UNLICENSED_OPERATOR');
    expect([c.state, c.handledByTownship, c.department?.id, c.category]).toEqual(['ROUTED', false, ids.zjj, 'UNLICENSED_OPERATOR']);
  });
});
