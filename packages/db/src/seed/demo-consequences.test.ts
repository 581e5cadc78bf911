import type { MikroORM } from '@mikro-orm/core';
import { addDays } from '@wuye/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Community, Enterprise, Expulsion, Handover, ManagerAppointment } from '../entities/index.js';
import { createTestOrm, dropTestOrm } from '../testing.js';
import { DEMO_REFERENCE_DATE } from './demo-county.js';
import { DEMO_EXPULSION_DECISION_NO } from './demo-consequences.js';

let orm: MikroORM;
const completedOnOf = (h: Handover) => h.completedOn!;
beforeAll(async () => {
  orm = await createTestOrm({ driver: 'sqlite', seed: true });
});
afterAll(async () => orm && dropTestOrm(orm));

it('has a black-listed firm expelled 20 days before the reference date: one handover completed, one in progress, communities marked', async () => {
  const em = orm.em.fork();
  const expulsion = await em.findOneOrFail(Expulsion, { decisionNo: DEMO_EXPULSION_DECISION_NO }, { populate: ['enterprise'] });
  expect(expulsion.enterprise.status).toBe('EXPELLED');
  expect(expulsion.enterprise.listStatus).toBe('BLACK');
  expect(expulsion.decidedOn).toBe(addDays(DEMO_REFERENCE_DATE, -20));
  const handovers = await em.find(Handover, { expulsion }, { populate: ['community', 'successor'], orderBy: { community: { id: 'asc' } } });
  expect(handovers.length).toBeGreaterThanOrEqual(2);
  // The deadline is the policy's default, still ahead of the reference date: nothing overdue in the demo.
  for (const h of handovers) expect(h.deadline).toBe(addDays(DEMO_REFERENCE_DATE, 10));

  const [done, doing, ...rest] = handovers;
  expect([done!.status, done!.completedOn]).toEqual(['COMPLETED', addDays(DEMO_REFERENCE_DATE, -6)]);
  expect(Object.keys(done!.checklist ?? {})).toHaveLength(6);
  const doneCommunity = await em.findOneOrFail(Community, { id: done!.community.id });
  expect([doneCommunity.enterprise?.id, doneCommunity.handoverDeadline ?? null]).toEqual([done!.successor!.id, null]);

  // The outgoing firm's manager left the community handed over on the day of completion.
  const stays = await em.find(ManagerAppointment, { community: done!.community.id, manager: { enterprise: expulsion.enterprise.id } });
  expect(stays.length).toBeGreaterThan(0);
  for (const a of stays) expect(a.endDate).not.toBeNull();
  expect(
    await em.count(ManagerAppointment, { community: done!.community.id, manager: { enterprise: expulsion.enterprise.id }, endDate: completedOnOf(done!) }),
  ).toBeGreaterThan(0);

  expect(doing!.status).toBe('OPEN');
  expect(doing!.successor).toBeTruthy();
  expect(Object.keys(doing!.checklist ?? {})).toHaveLength(3);
  const doingCommunity = await em.findOneOrFail(Community, { id: doing!.community.id });
  expect([doingCommunity.enterprise?.id, doingCommunity.handoverDeadline]).toEqual([expulsion.enterprise.id, addDays(DEMO_REFERENCE_DATE, 10)]);
  for (const h of rest) expect([h.status, h.successor]).toEqual(['OPEN', null]);

  // Successors are firms that may serve; other black-listed firms stay in the market (the bureau can still expel one).
  for (const s of [done!.successor!, doing!.successor!]) expect([s.status, s.listStatus === 'BLACK']).toEqual(['ACTIVE', false]);
  const stillBlack = await em.find(Enterprise, { listStatus: 'BLACK', status: 'ACTIVE' });
  expect(stillBlack.length).toBeGreaterThan(0);
  let served = 0;
  for (const f of stillBlack) served += await em.count(Community, { enterprise: f });
  expect(served).toBeGreaterThan(0);
});
