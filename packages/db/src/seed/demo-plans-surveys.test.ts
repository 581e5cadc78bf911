import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CreditRecord, PublicComplaint, SatisfactionSurvey } from '../entities/index.js';
import { plansFor } from '../improvement-plans/service.js';
import { publicComplaintByCode } from '../residents/complaints.js';
import { surveysFor } from '../residents/surveys.js';
import { createTestOrm, dropTestOrm } from '../testing.js';
import { DEMO_REFERENCE_DATE } from './demo-county.js';

let orm: MikroORM;
beforeAll(async () => {
  orm = await createTestOrm({ driver: 'sqlite', seed: true });
});
afterAll(async () => orm && dropTestOrm(orm));

const REGULATOR = { userId: '', role: 'REGULATOR' as const };

it('has two closed surveys (one at 90% or more with its G6 proposed, source SURVEY) and one open around the reference date', async () => {
  const em = orm.em.fork();
  const views = await surveysFor(em, REGULATOR);
  expect(views.map((v) => v.survey.status).sort()).toEqual(['CLOSED', 'CLOSED', 'OPEN']);
  const closed = views.filter((v) => v.survey.status === 'CLOSED');
  expect(closed.every((v) => v.score.counts)).toBe(true);
  expect(closed.map((v) => v.score.rate! >= 0.9).sort()).toEqual([false, true]);
  const open = views.find((v) => v.survey.status === 'OPEN')!;
  expect(open.survey.opensOn <= DEMO_REFERENCE_DATE && open.survey.closesOn > DEMO_REFERENCE_DATE).toBe(true);
  expect(open.score.answers).toBeGreaterThan(0);
  const high = await em.findOneOrFail(SatisfactionSurvey, { g6Proposed: true });
  expect(await em.count(CreditRecord, { itemCode: 'G6', sourceType: 'SURVEY', sourceId: String(high.id) })).toBe(1);
});

it('has one signed-off improvement plan and two running, the bureau seeing all and each firm its own', async () => {
  const em = orm.em.fork();
  const all = await plansFor(em, REGULATOR);
  expect(all.map((v) => v.plan.status).sort()).toEqual(['ACTIVE', 'ACTIVE', 'SIGNED_OFF']);
  const signed = all.find((v) => v.plan.status === 'SIGNED_OFF')!;
  expect(signed.progress).toMatchObject({ stagesAssessed: 3, doneShare: 1, linesBelowStandard: ['BUILDING'] });
  expect(signed.measures.some((m) => m.templateCode === 'RENTER_RECORDS')).toBe(true);
  const firm = signed.plan.enterprise.id;
  const own = await plansFor(em, { userId: '', role: 'ENTERPRISE', enterpriseId: String(firm) });
  expect(own).toHaveLength(2);
  expect(own.every((v) => v.plan.enterprise.id === firm)).toBe(true);
  const running = own.find((v) => v.plan.status === 'ACTIVE')!;
  expect(running.plan.periodFrom <= DEMO_REFERENCE_DATE && running.plan.periodTo >= DEMO_REFERENCE_DATE).toBe(true);
  expect(running.progress.stagesAssessed).toBe(2);
});

it('has three complaints filed on the public form, followed by their codes: one answered, one in hand, one just received and sent twice', async () => {
  const em = orm.em.fork();
  const rows = await em.find(PublicComplaint, {}, { orderBy: { receivedAt: 'asc' } });
  expect(rows).toHaveLength(3);
  for (const r of rows) expect(r.trackingCode).toMatch(/^TS-[A-Z2-9]{5}-[A-Z2-9]{5}$/);
  const views = await Promise.all(rows.map((r) => publicComplaintByCode(em, r.trackingCode)));
  expect(views.map((v) => v!.status)).toEqual(['ANSWERED', 'IN_PROGRESS', 'ACCEPTED']);
  expect(views.map((v) => v!.departmentName)).toEqual(['市场监管局', '市场监管局', '市场监管局']);
  expect(views[0]!.answer).toMatch(/复检合格/);
  expect(rows.map((r) => r.repeats)).toEqual([0, 0, 1]);
  expect(rows.every((r) => r.receivedAt.getTime() < new Date(`${DEMO_REFERENCE_DATE}T00:00:00+08:00`).getTime())).toBe(true);
});
