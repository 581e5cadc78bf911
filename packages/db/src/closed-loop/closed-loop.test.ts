import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '@wuye/domain';
import { Community, Complaint, CreditRecord, Department, Enterprise, EvidenceFile, Issue, Township, User } from '../entities/index.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import { runClosedLoopJobs } from './jobs.js';
import { applyComplaintCommand, applyIssueCommand, createComplaint, createInspection, registerIssue, type LoopActor } from './service.js';

const at = (iso: string) => new Date(iso);

describeEachDriver('closed-loop services and job', (driver) => {
  let orm: MikroORM;
  let regulator: LoopActor;
  let firm: LoopActor;
  let dept: LoopActor;
  let ids: { community: number; enterprise: number; department: number };

  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    const em = orm.em.fork();
    const township = em.create(Township, { name: '城关镇', code: 'T1' });
    const department = em.create(Department, { name: '住建局', code: 'ZJJ', remit: ['SERVICE_QUALITY', 'SANITATION'] });
    const enterprise = em.create(Enterprise, { name: '安居物业', uscc: '91330100MA0000001X', legalRepresentative: '王', township });
    const community = em.create(Community, {
      name: '阳光花园',
      township,
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
    const dep = u('dep', 'DEPARTMENT', { department });
    await em.flush();
    const actor = (user: User, p: Partial<Principal>): LoopActor => ({ principal: { userId: String(user.id), role: user.role, ...p }, name: user.username });
    regulator = actor(reg, {});
    firm = actor(ent, { enterpriseId: String(enterprise.id) });
    dept = actor(dep, { departmentId: String(department.id) });
    ids = { community: community.id, enterprise: enterprise.id, department: department.id };
  });
  afterAll(async () => dropTestOrm(orm));

  const records = (sourceType: string, sourceId: number) =>
    orm.em.fork().find(CreditRecord, { sourceType: sourceType as CreditRecord['sourceType'], sourceId: String(sourceId) });

  async function assignedIssue(deadline: string, assignedAt: Date): Promise<number> {
    return orm.em.fork().transactional(async (em) => {
      const issue = await registerIssue(
        em,
        { source: 'TOWNSHIP_REPORT', category: 'SANITATION', title: '垃圾未清运', communityId: ids.community },
        regulator,
        assignedAt,
      );
      await applyIssueCommand(
        em,
        issue,
        { action: 'ASSIGN', enterpriseId: String(ids.enterprise), departmentId: String(ids.department), measures: '三日内清运', deadline },
        regulator,
        assignedAt,
      );
      return issue.id;
    });
  }

  it('proposes B1 only after the grace period, exactly once, however often and however concurrently it runs', async () => {
    const id = await assignedIssue('2026-05-10', at('2026-05-01T02:00:00Z'));
    const graceDays = 3;
    // Due from 00:00 Shanghai on deadline + 3 + 1 = 2026-05-14 = 2026-05-13T16:00Z.
    expect((await runClosedLoopJobs(orm.em, at('2026-05-13T15:59:59.999Z'), { graceDays })).b1).toBe(0);
    expect(await records('ISSUE', id)).toHaveLength(0);
    const runs = await Promise.all([
      runClosedLoopJobs(orm.em, at('2026-05-13T16:00:00Z'), { graceDays }),
      runClosedLoopJobs(orm.em, at('2026-05-13T16:00:00Z'), { graceDays }),
    ]);
    expect(runs.map((r) => r.b1).sort()).toEqual([0, 1]);
    expect((await runClosedLoopJobs(orm.em, at('2026-06-01T00:00:00Z'), { graceDays })).b1).toBe(0);
    const [b1] = await records('ISSUE', id);
    expect(await records('ISSUE', id)).toHaveLength(1);
    expect(b1).toMatchObject({ itemCode: 'B1', status: 'PROPOSED', proposedBy: null, effectiveFrom: '2026-05-14', points: -5 });
    expect((await orm.em.fork().findOneOrFail(Issue, { id })).b1Proposed).toBe(true);
  });

  it('with grace 0, B1 is due the moment the issue is overdue; feedback in time stops the clock', async () => {
    const late = await assignedIssue('2026-06-10', at('2026-06-01T02:00:00Z'));
    expect((await runClosedLoopJobs(orm.em, at('2026-06-10T15:59:59.999Z'), { graceDays: 0 })).b1).toBe(0);
    expect((await runClosedLoopJobs(orm.em, at('2026-06-10T16:00:00Z'), { graceDays: 0 })).b1).toBe(1);
    expect((await records('ISSUE', late))[0]!.effectiveFrom).toBe('2026-06-11');

    const onTime = await assignedIssue('2026-06-20', at('2026-06-01T02:00:00Z'));
    await orm.em.fork().transactional(async (em) => {
      const issue = await em.findOneOrFail(Issue, { id: onTime });
      await applyIssueCommand(em, issue, { action: 'ACKNOWLEDGE' }, firm, at('2026-06-02T02:00:00Z'));
    });
    await orm.em.fork().transactional(async (em) => {
      const issue = await em.findOneOrFail(Issue, { id: onTime });
      await expect(applyIssueCommand(em, issue, { action: 'SUBMIT', note: '已整改' }, firm, at('2026-06-19T02:00:00Z'))).rejects.toThrow(
        /attachments: EVIDENCE_REQUIRED/,
      );
      const file = em.create(EvidenceFile, {
        issue,
        storedName: `t-${onTime}`,
        originalName: 'a.jpg',
        mime: 'image/jpeg',
        size: 3,
        sha256: 'x'.repeat(64),
        uploadedAt: new Date(),
      });
      await em.flush();
      await applyIssueCommand(em, issue, { action: 'SUBMIT', note: '已整改', attachments: [String(file.id)] }, firm, at('2026-06-19T02:00:00Z'));
    });
    // Submitted in time: the regulator's verification taking weeks does not make the firm late.
    expect((await runClosedLoopJobs(orm.em, at('2026-07-30T00:00:00Z'), { graceDays: 0 })).b1).toBe(0);
    expect(await records('ISSUE', onTime)).toHaveLength(0);
  });

  it('a recorded refusal proposes B2 at once, once', async () => {
    const id = await assignedIssue('2026-07-10', at('2026-07-01T02:00:00Z'));
    await orm.em.fork().transactional(async (em) => {
      const issue = await em.findOneOrFail(Issue, { id });
      await applyIssueCommand(em, issue, { action: 'RECORD_REFUSAL', note: '企业书面拒绝整改' }, regulator, at('2026-07-02T02:00:00Z'));
    });
    const b2 = await records('ISSUE', id);
    expect(b2.map((r) => r.itemCode)).toEqual(['B2']);
    expect(b2[0]).toMatchObject({ effectiveFrom: '2026-07-02', community: { id: ids.community } });
  });

  it('proposes B3 for a complaint past its first-response limit, once, and B5 on a dissatisfied follow-up', async () => {
    const receivedAt = at('2026-08-01T02:00:00Z');
    const id = await orm.em.fork().transactional(
      async (em) =>
        (
          await createComplaint(
            em,
            {
              channel: 'HOTLINE',
              complainantName: '张三',
              complainantPhone: '13812345678',
              complainantCount: 1,
              communityId: ids.community,
              category: 'SERVICE_QUALITY',
              content: '保洁不到位',
            },
            regulator,
            receivedAt,
          )
        ).id,
    );
    const complaint = await orm.em.fork().findOneOrFail(Complaint, { id });
    expect(complaint).toMatchObject({ state: 'ROUTED', department: { id: ids.department }, enterprise: { id: ids.enterprise } });
    // 3 × 24 h after receipt is still on time; one millisecond later is late.
    expect((await runClosedLoopJobs(orm.em, at('2026-08-04T02:00:00Z'))).b3).toBe(0);
    expect((await runClosedLoopJobs(orm.em, at('2026-08-04T02:00:00.001Z'))).b3).toBe(1);
    expect((await runClosedLoopJobs(orm.em, at('2026-08-05T02:00:00Z'))).b3).toBe(0);
    await orm.em.fork().transactional(async (em) => {
      const c = await em.findOneOrFail(Complaint, { id });
      await applyComplaintCommand(em, c, { action: 'RESPOND', note: '已联系企业' }, dept, at('2026-08-05T02:00:00Z'));
      await applyComplaintCommand(em, c, { action: 'RESOLVE', note: '已督促整改', upheld: true }, dept, at('2026-08-06T02:00:00Z'));
      await applyComplaintCommand(em, c, { action: 'CLOSE', rating: 'DISSATISFIED', note: '回访不满意' }, dept, at('2026-08-07T02:00:00Z'));
    });
    expect((await records('COMPLAINT', id)).map((r) => [r.itemCode, r.effectiveFrom])).toEqual([
      ['B3', '2026-08-04'],
      ['B5', '2026-08-07'],
    ]);
  });

  it('an inspection graded D proposes B14 and a refusal B10, for the inspection', async () => {
    const d = await orm.em.fork().transactional((em) =>
      createInspection(
        em,
        {
          kind: 'RANDOM',
          date: '2026-09-01',
          inspectors: '李、王',
          communityId: ids.community,
          refusedToCooperate: false,
          deductions: [
            { itemId: 'SEC-01', points: 4 },
            { itemId: 'SEC-02', points: 4 },
            { itemId: 'SEC-03', points: 4 },
            { itemId: 'CLN-01', points: 4 },
            { itemId: 'CLN-02', points: 4 },
            { itemId: 'GRN-01', points: 4 },
            { itemId: 'FEE-01', points: 4 },
            { itemId: 'FAC-01', points: 3 },
            { itemId: 'FAC-02', points: 3 },
            { itemId: 'FAC-03', points: 3 },
            { itemId: 'FIR-01', points: 3 },
            { itemId: 'FIR-02', points: 1 },
          ],
        },
        regulator,
        at('2026-09-01T06:00:00Z'),
      ),
    );
    expect(d).toMatchObject({ score: 59, grade: 'D' });
    expect((await records('INSPECTION', d.id)).map((r) => r.itemCode)).toEqual(['B14']);
    const refused = await orm.em
      .fork()
      .transactional((em) =>
        createInspection(
          em,
          { kind: 'UNANNOUNCED', date: '2026-09-02', inspectors: '李', communityId: ids.community, refusedToCooperate: true, deductions: [] },
          regulator,
          at('2026-09-02T06:00:00Z'),
        ),
      );
    expect(refused).toMatchObject({ score: null, grade: null });
    expect((await records('INSPECTION', refused.id)).map((r) => r.itemCode)).toEqual(['B10']);
  });

  describe('refused input changes nothing', () => {
    it('an unknown category, a past deadline', async () => {
      const before = await orm.em.fork().count(Issue, {});
      await expect(
        orm.em
          .fork()
          .transactional((em) =>
            registerIssue(em, { source: 'TOWNSHIP_REPORT', category: 'NOPE', title: 'x', communityId: ids.community }, regulator, new Date()),
          ),
      ).rejects.toThrow(/category: UNKNOWN_CATEGORY/);
      await expect(assignedIssue('2020-01-01', at('2026-05-01T02:00:00Z'))).rejects.toThrow(/deadline: DEADLINE_IN_PAST/);
      expect(await orm.em.fork().count(Issue, {})).toBe(before);
    });

    it('a complaint filed by a township outside its area, or naming a firm that does not serve the community', async () => {
      const em = orm.em.fork();
      const other = em.create(Township, { name: '东城街道', code: 'T2' });
      const rival = em.create(Enterprise, { name: '宏达物业', uscc: '91330100MA00000028', legalRepresentative: '李', township: other });
      const clerk = em.create(User, { username: 'clerk2', displayName: 'clerk2', role: 'TOWNSHIP', passwordHash: 'x', township: other });
      await em.flush();
      const township: LoopActor = { principal: { userId: String(clerk.id), role: 'TOWNSHIP', townshipId: String(other.id) }, name: 'clerk2' };
      const before = await orm.em.fork().count(Complaint, {});
      const file = (actor: LoopActor, enterpriseId: number | null) =>
        orm.em
          .fork()
          .transactional((tx) =>
            createComplaint(
              tx,
              { channel: 'HOTLINE', complainantCount: 1, communityId: ids.community, enterpriseId, category: 'SERVICE_QUALITY', content: '保洁不到位' },
              actor,
              new Date(),
            ),
          );
      await expect(file(township, null)).rejects.toThrow(/communityId: UNKNOWN_REFERENCE/);
      await expect(file(regulator, rival.id)).rejects.toThrow(/enterpriseId: NOT_SERVING_COMMUNITY/);
      expect(await orm.em.fork().count(Complaint, {})).toBe(before);
      await expect(file(regulator, ids.enterprise)).resolves.toMatchObject({ state: 'ROUTED' });
    });
  });
});
