import type { MikroORM } from '@mikro-orm/core';
import { SCORING_STANDARD_V1, standingOn, withUsccCheckChar } from '@wuye/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CreditRecord, CreditRecordEvent, Enterprise, Notification, Objection, RuleError, ScoringStandard, Township, User, clock, type Em } from '../index.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import {
  applyTransition,
  decideObjection,
  enterpriseRecords,
  fileObjection,
  proposeRecord,
  publicizeRecord,
  rankEnterprises,
  recomputeAllCredit,
  runCreditExpiry,
  standingsOn,
} from './index.js';

const actor = (userId: number) => ({ userId, name: 'tester' });

describeEachDriver('credit records in the database', (driver) => {
  let orm: MikroORM;
  let ids: { a: number; b: number; c: number; u1: number; u2: number };
  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    const em = orm.em.fork();
    const t = em.create(Township, { name: '城关镇', code: 'T1' });
    const firm = (n: number) =>
      em.create(Enterprise, { name: `物业${n}`, uscc: withUsccCheckChar(`91330100MA${String(n).padStart(7, '0')}`), legalRepresentative: '甲', township: t });
    const [a, b, c] = [firm(1), firm(2), firm(3)];
    const u1 = em.create(User, { username: 'r1', displayName: 'r1', role: 'REGULATOR', passwordHash: 'x' });
    const u2 = em.create(User, { username: 'r2', displayName: 'r2', role: 'REGULATOR', passwordHash: 'x' });
    em.create(User, { username: 'e1', displayName: 'e1', role: 'ENTERPRISE', passwordHash: 'x', enterprise: a });
    await em.flush();
    ids = { a: a.id, b: b.id, c: c.id, u1: u1.id, u2: u2.id };
  });
  afterAll(async () => dropTestOrm(orm));

  it('every database holds scoring standard v1', async () => {
    const v1 = await orm.em.fork().findOneOrFail(ScoringStandard, { version: 1 });
    expect(v1.definition.items.map((i) => i.code)).toEqual(SCORING_STANDARD_V1.items.map((i) => i.code));
    expect(v1.effectiveFrom).toBe('2026-01-01');
  });

  it('a publicized record is confirmed by the job after its window, once, even when instances race', async () => {
    const em = orm.em.fork();
    const r = await em.transactional((tx) =>
      proposeRecord(
        tx,
        actor(ids.u1),
        { subjectType: 'ENTERPRISE', enterpriseId: ids.a, itemCode: 'B6', effectiveFrom: '2026-03-01', reason: '通报', sourceType: 'MANUAL', publicize: true },
        '2026-03-01',
      ),
    );
    expect(r.status).toBe('PUBLICIZING');
    expect(r.objectionDeadline).toBe('2026-03-11');
    expect((await runCreditExpiry(orm.em.fork(), '2026-03-11')).confirmed).toBe(0);
    const runs = await Promise.all([
      runCreditExpiry(orm.em.fork(), '2026-03-20'),
      runCreditExpiry(orm.em.fork(), '2026-03-20'),
      runCreditExpiry(orm.em.fork(), '2026-03-20'),
    ]);
    expect(runs.reduce((n, x) => n + x.confirmed, 0)).toBe(1);
    const fresh = orm.em.fork();
    const stored = await fresh.findOneOrFail(CreditRecord, { id: r.id });
    expect([stored.status, stored.confirmedOn]).toEqual(['CONFIRMED', '2026-03-12']);
    expect(await fresh.count(CreditRecordEvent, { record: r.id, toStatus: 'CONFIRMED' })).toBe(1);
    // The stored standing moved with it (refreshed as of the job's day).
    expect((await fresh.findOneOrFail(Enterprise, { id: ids.a })).score).toBe(70);
    expect((await runCreditExpiry(orm.em.fork(), '2026-03-20')).confirmed).toBe(0);
  });

  it('expires a record the day after its last day, idempotently', async () => {
    expect((await runCreditExpiry(orm.em.fork(), '2027-02-28')).expired).toBe(0);
    const runs = await Promise.all([runCreditExpiry(orm.em.fork(), '2027-03-01'), runCreditExpiry(orm.em.fork(), '2027-03-01')]);
    expect(runs.reduce((n, x) => n + x.expired, 0)).toBe(1);
    const firm = await orm.em.fork().findOneOrFail(Enterprise, { id: ids.a });
    expect([firm.score, firm.grade]).toEqual([80, 'AA']);
  });

  it('B2 confirmed black-lists the firm; revoking it takes it off and it never counted', async () => {
    const em = orm.em.fork();
    const r = await em.transactional(async (tx) => {
      const rec = await proposeRecord(
        tx,
        actor(ids.u1),
        {
          subjectType: 'ENTERPRISE',
          enterpriseId: ids.b,
          itemCode: 'B2',
          effectiveFrom: '2026-05-01',
          reason: '拒不整改',
          sourceType: 'MANUAL',
          publicize: true,
        },
        '2026-05-01',
      );
      await applyTransition(tx, rec, { type: 'OBJECT', today: '2026-05-03' }, actor(ids.u1));
      await applyTransition(tx, rec, { type: 'DECIDE', today: '2026-05-08', reviewerId: String(ids.u2), uphold: true }, actor(ids.u2));
      return rec;
    });
    let firm = await orm.em.fork().findOneOrFail(Enterprise, { id: ids.b });
    expect([firm.score, firm.grade, firm.listStatus, firm.listUntil]).toEqual([60, 'B', 'BLACK', '2029-05-07']);
    await orm.em.fork().transactional(async (tx) => {
      const rec = await tx.findOneOrFail(CreditRecord, { id: r.id });
      await applyTransition(tx, rec, { type: 'REVOKE', today: '2026-06-01', reason: '主体错误' }, actor(ids.u2));
    });
    firm = await orm.em.fork().findOneOrFail(Enterprise, { id: ids.b });
    expect([firm.score, firm.listStatus, firm.listUntil]).toEqual([80, 'NONE', null]);
    const past = await rankEnterprises(orm.em.fork(), { asOf: '2026-05-20', today: '2026-06-01', page: 1, perPage: 10 });
    expect(past.items.find((x) => x.enterpriseId === ids.b)).toMatchObject({ score: 80, listStatus: 'NONE' });
  });

  it('the SQL standings agree with the domain rules, for any date', async () => {
    const em = orm.em.fork() as Em;
    await em.transactional(async (tx) => {
      const items = ['G1', 'G3', 'B6', 'B9', 'B13', 'G7', 'B7'];
      for (let i = 0; i < items.length; i++) {
        const rec = await proposeRecord(
          tx,
          actor(ids.u1),
          {
            subjectType: 'ENTERPRISE',
            enterpriseId: i % 2 ? ids.c : ids.a,
            itemCode: items[i]!,
            effectiveFrom: `2026-0${1 + i}-15`,
            reason: 'x',
            sourceType: 'MANUAL',
            publicize: true,
          },
          `2026-0${1 + i}-15`,
        );
        if (i !== 5) await applyTransition(tx, rec, { type: 'AUTO_CONFIRM', today: '2026-09-01' }, { userId: null, name: null });
      }
    });
    for (const day of ['2026-01-01', '2026-02-14', '2026-04-30', '2026-07-01', '2026-09-01', '2027-06-30', '2029-12-31']) {
      const sql = await standingsOn(orm.em.fork(), day, SCORING_STANDARD_V1);
      for (const id of [ids.a, ids.b, ids.c]) {
        const domain = standingOn(await enterpriseRecords(orm.em.fork(), id), day, SCORING_STANDARD_V1);
        expect(
          sql.find((s) => s.enterpriseId === id),
          `${day} #${id}`,
        ).toEqual({ enterpriseId: id, score: domain.score, grade: domain.grade, positive: domain.positive, negative: domain.negative });
      }
    }
  });

  it('the current ranking (stored) equals the ranking computed for today after a recompute', async () => {
    await orm.em.fork().transactional((tx) => recomputeAllCredit(tx, '2026-09-01'));
    const stored = await rankEnterprises(orm.em.fork(), { asOf: null, today: '2026-09-01', page: 1, perPage: 10 });
    const computed = await rankEnterprises(orm.em.fork(), { asOf: '2026-08-31', today: '2026-09-01', page: 1, perPage: 10 });
    const fromRecords = await standingsOn(orm.em.fork(), '2026-09-01', SCORING_STANDARD_V1);
    expect(stored.items.map((r) => [r.enterpriseId, r.score, r.grade])).toEqual(
      [...fromRecords].sort((x, y) => y.score - x.score || x.negative - y.negative).map((s) => [s.enterpriseId, s.score, s.grade]),
    );
    expect(computed.total).toBe(3);
  });

  it('a page of the stored ranking is one statement without a window over every firm, and keeps the total', async () => {
    const statements: string[] = [];
    const counted = await createTestOrm({ driver, onQuery: (sql) => statements.push(sql) });
    try {
      const em = counted.em.fork();
      const t = em.create(Township, { name: '城关镇', code: 'T1' });
      for (let n = 1; n <= 5; n++)
        em.create(Enterprise, {
          name: `物业${n}`,
          uscc: withUsccCheckChar(`91330100MA${String(n).padStart(7, '0')}`),
          legalRepresentative: '甲',
          township: t,
          score: 80 + n,
        });
      await em.flush();
      statements.length = 0;
      const second = await rankEnterprises(counted.em.fork(), { asOf: null, today: '2026-09-01', page: 2, perPage: 2 });
      expect(second.items.map((r) => [r.rank, r.score])).toEqual([
        [3, 83],
        [4, 82],
      ]);
      expect(second.total).toBe(5);
      const selects = statements.filter((s) => /\bselect\b/i.test(s));
      expect(selects).toHaveLength(1);
      expect(selects[0]).not.toMatch(/\bover\s*\(/i);
      const byTownship = await rankEnterprises(counted.em.fork(), { asOf: null, today: '2026-09-01', townshipId: t.id + 1000, page: 1, perPage: 2 });
      expect([byTownship.items, byTownship.total]).toEqual([[], 0]);
    } finally {
      await dropTestOrm(counted);
    }
  });
  it('two reviewers deciding one objection from the same view: the record moves once, the later decision is refused', async () => {
    const firmUser = await orm.em.fork().findOneOrFail(User, { username: 'e1' });
    const rec = await orm.em.fork().transactional((tx) =>
      proposeRecord(
        tx,
        actor(ids.u1),
        {
          subjectType: 'ENTERPRISE',
          enterpriseId: ids.c,
          itemCode: 'B6',
          effectiveFrom: '2027-04-01',
          reason: '通报',
          sourceType: 'MANUAL',
          publicize: true,
        },
        '2027-04-01',
      ),
    );
    const filed = await orm.em
      .fork()
      .transactional(async (tx) =>
        fileObjection(tx, { userId: firmUser.id, name: 'e1' }, await tx.findOneOrFail(CreditRecord, { id: rec.id }), { statement: '已整改' }, '2027-04-03'),
      );
    // Both reviewers loaded the objection and its record before either decided.
    const [em1, em2] = [orm.em.fork(), orm.em.fork()];
    const [o1, o2] = [await em1.findOneOrFail(Objection, { id: filed.id }), await em2.findOneOrFail(Objection, { id: filed.id })];
    await em1.findOneOrFail(CreditRecord, { id: rec.id });
    await em2.findOneOrFail(CreditRecord, { id: rec.id });
    await em1.transactional((tx) => decideObjection(tx, actor(ids.u2), o1, { uphold: true, note: '维持' }, '2027-04-05'));
    await expect(em2.transactional((tx) => decideObjection(tx, actor(ids.u2), o2, { uphold: false, note: '撤销' }, '2027-04-05'))).rejects.toBeInstanceOf(
      RuleError,
    );

    const fresh = orm.em.fork();
    const stored = await fresh.findOneOrFail(CreditRecord, { id: rec.id });
    // Status, reviewer and decision were written together by the one command.
    expect([stored.status, stored.decision, stored.decisionNote, stored.reviewer?.id, stored.revokedAt ?? null]).toEqual([
      'CONFIRMED',
      'UPHELD',
      '维持',
      ids.u2,
      null,
    ]);
    expect(stored.decidedAt).toBeInstanceOf(Date);
    expect((await fresh.find(CreditRecordEvent, { record: rec.id }, { orderBy: { id: 'asc' } })).map((e) => e.toStatus)).toEqual([
      'PROPOSED',
      'PUBLICIZING',
      'OBJECTED',
      'CONFIRMED',
    ]);
    expect((await fresh.findOneOrFail(Objection, { id: filed.id })).status).toBe('REJECTED');
  });

  it('tells the firm once per event, dated when the event happened: a proposal publicized at once is one notice', async () => {
    const em = orm.em.fork();
    const t = await em.findOneOrFail(Township, { code: 'T1' });
    const firm = em.create(Enterprise, { name: '物业9', uscc: withUsccCheckChar('91330100MA0000009'), legalRepresentative: '乙', township: t });
    const user = em.create(User, { username: 'e9', displayName: 'e9', role: 'ENTERPRISE', passwordHash: 'x', enterprise: firm });
    await em.flush();
    const at = (day: string, time: string) => new Date(`${day}T${time}:00+08:00`);
    const propose = (publicize: boolean, day: string) =>
      clock.runAt(at(day, '09:30'), () =>
        orm.em
          .fork()
          .transactional((tx) =>
            proposeRecord(
              tx,
              actor(ids.u1),
              { subjectType: 'ENTERPRISE', enterpriseId: firm.id, itemCode: 'B6', effectiveFrom: day, reason: '通报', sourceType: 'MANUAL', publicize },
              day,
            ),
          ),
      );
    // The bureau's own proposal is publicized at once: one notice (公示中), not "pending" and "publicized" together.
    const bureau = await propose(true, '2026-04-01');
    // A department's proposal waits for the bureau: the firm hears of it, then of its publicity two days later.
    const department = await propose(false, '2026-04-03');
    await clock.runAt(at('2026-04-05', '10:00'), () =>
      orm.em.fork().transactional(async (tx) => publicizeRecord(tx, actor(ids.u1), await tx.findOneOrFail(CreditRecord, { id: department.id }), '2026-04-05')),
    );
    const notices = await orm.em.fork().find(Notification, { user: user.id }, { orderBy: { id: 'asc' } });
    expect(notices.map((n) => [n.record?.id, n.kind, n.createdAt.toISOString()])).toEqual([
      [bureau.id, 'PUBLICIZING', at('2026-04-01', '09:30').toISOString()],
      [department.id, 'RECORD_PROPOSED', at('2026-04-03', '09:30').toISOString()],
      [department.id, 'PUBLICIZING', at('2026-04-05', '10:00').toISOString()],
    ]);
    // Each notice carries the time of the event it reports.
    for (const n of notices) {
      const event = await orm.em
        .fork()
        .findOneOrFail(CreditRecordEvent, { record: n.record!.id, toStatus: (n.kind === 'RECORD_PROPOSED' ? 'PROPOSED' : n.kind) as never });
      expect(event.at.toISOString()).toBe(n.createdAt.toISOString());
    }
  });
});
