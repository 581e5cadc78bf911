import type { MikroORM } from '@mikro-orm/core';
import { SCORING_STANDARD_V1, standingOn, withUsccCheckChar } from '@wuye/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CreditRecord, CreditRecordEvent, Enterprise, Notification, Township, User } from '../index.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import { enterpriseRecords, runCreditExpiry } from './index.js';

const TODAY = '2027-03-01';
/** More than two batches of the job (500), spread over three firms. */
const DUE = 1100;

describeEachDriver('credit expiry in batches', (driver) => {
  let orm: MikroORM;
  let firms: number[];
  let lastDay: number;
  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    const em = orm.em.fork();
    const t = em.create(Township, { name: '城关镇', code: 'T1' });
    const list = [1, 2, 3].map((n) =>
      em.create(Enterprise, { name: `物业${n}`, uscc: withUsccCheckChar(`91330100MA${String(n).padStart(7, '0')}`), legalRepresentative: '甲', township: t }),
    );
    list.forEach((firm, n) => em.create(User, { username: `e${n}`, displayName: `e${n}`, role: 'ENTERPRISE', passwordHash: 'x', enterprise: firm }));
    const record = (firm: Enterprise, expiresOn: string) =>
      em.create(CreditRecord, {
        subjectType: 'ENTERPRISE',
        enterprise: firm,
        itemCode: 'G1',
        points: 1,
        termMonths: 12,
        serious: false,
        veto: false,
        commendation: false,
        standardVersion: 1,
        effectiveFrom: '2026-02-28',
        expiresOn,
        status: 'CONFIRMED',
        proposedAt: new Date('2026-02-28T00:00:00Z'),
        reason: '表彰',
        sourceType: 'MANUAL',
        confirmedOn: '2026-02-28',
      });
    for (let i = 0; i < DUE; i++) record(list[i % 3]!, '2027-02-28');
    // The boundary: a record's last day is today, so it still counts today.
    const last = record(list[0]!, TODAY);
    await em.flush();
    firms = list.map((f) => f.id);
    lastDay = last.id;
  });
  afterAll(async () => dropTestOrm(orm));

  it('two instances at once expire each due record exactly once, with one event and one notice each', async () => {
    const runs = await Promise.all([runCreditExpiry(orm.em.fork(), TODAY), runCreditExpiry(orm.em.fork(), TODAY)]);
    expect(runs.reduce((n, r) => n + r.expired, 0)).toBe(DUE);
    const em = orm.em.fork();
    expect(await em.count(CreditRecord, { status: 'EXPIRED' })).toBe(DUE);
    expect((await em.findOneOrFail(CreditRecord, { id: lastDay })).status).toBe('CONFIRMED');
    const events = await em.find(CreditRecordEvent, { toStatus: 'EXPIRED' });
    expect(events).toHaveLength(DUE);
    expect(new Set(events.map((e) => e.record.id)).size).toBe(DUE);
    expect(events.every((e) => e.fromStatus === 'CONFIRMED' && e.actorName === '系统' && e.note === '有效期届满')).toBe(true);
    expect(await em.count(Notification, { kind: 'EXPIRED' })).toBe(DUE);
    // Every firm's stored standing is the one its records give on the job's day.
    for (const id of firms) {
      const st = standingOn(await enterpriseRecords(em, id), TODAY, SCORING_STANDARD_V1);
      const firm = await em.findOneOrFail(Enterprise, { id });
      expect([firm.score, firm.grade, firm.creditPositive]).toEqual([st.score, st.grade, st.positive]);
    }
  });

  it('running again the same day changes nothing; the record whose last day it was expires the next day', async () => {
    expect((await runCreditExpiry(orm.em.fork(), TODAY)).expired).toBe(0);
    expect(await orm.em.fork().count(CreditRecordEvent, { toStatus: 'EXPIRED' })).toBe(DUE);
    expect((await runCreditExpiry(orm.em.fork(), '2027-03-02')).expired).toBe(1);
    expect((await orm.em.fork().findOneOrFail(CreditRecord, { id: lastDay })).status).toBe('EXPIRED');
  });
});
