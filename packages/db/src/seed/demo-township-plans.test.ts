import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AuditLog, Milestone, TownshipDataFiling, TownshipPlan, User } from '../entities/index.js';
import { createTestOrm, dropTestOrm } from '../testing.js';
import { DEMO_REFERENCE_DATE } from './demo-county.js';
import { DEMO_ARCHIVE_FILING } from './demo-township-plans.js';

let orm: MikroORM;
beforeAll(async () => {
  orm = await createTestOrm({ driver: 'sqlite', seed: true });
});
afterAll(async () => orm && dropTestOrm(orm));

it('the townships filed their work plans in mobilisation; 城关镇 has a draft, two rural townships none', async () => {
  const em = orm.em.fork();
  const plans = await em.find(TownshipPlan, {}, { populate: ['township'] });
  expect(plans).toHaveLength(12);
  const filed = plans.filter((p) => p.status === 'FILED');
  expect(filed).toHaveLength(11);
  for (const p of filed) {
    const day = p.filedAt!.toISOString().slice(0, 10);
    expect(day >= '2026-03-10' && day <= '2026-03-31' && day <= DEMO_REFERENCE_DATE, p.township.name).toBe(true);
  }
  expect(plans.filter((p) => p.status === 'DRAFT').map((p) => p.township.name)).toEqual(['城关镇']);
  expect(plans.map((p) => p.township.name)).not.toContain('梅岭乡');
});

it('民政局 has a demo user and a milestone of its own still open (the department journey completes it)', async () => {
  const em = orm.em.fork();
  const user = await em.findOneOrFail(User, { username: 'dept_mzj' }, { populate: ['department'] });
  expect(user.department?.name).toBe('民政局');
  const open = await em.find(Milestone, { department: user.department!.id, status: 'PENDING' });
  expect(open.map((m) => m.code)).toEqual(['M13']);
  expect(open[0]!.dueDate >= DEMO_REFERENCE_DATE).toBe(true);
});

it('城关镇 filed its data archive once, at the end of the concentrated phase, with its audit row at that time', async () => {
  const em = orm.em.fork();
  const filings = await em.find(TownshipDataFiling, {}, { populate: ['township', 'filedBy'] });
  expect(filings.map((f) => [f.township.name, f.asOf, f.filedBy?.username, f.filedByName])).toEqual([
    ['城关镇', DEMO_ARCHIVE_FILING.on, 'township_chengguan', '赵志强'],
  ]);
  const [filing] = filings;
  expect(filing!.asOf >= '2026-04-01' && filing!.asOf <= '2026-10-31' && filing!.asOf < DEMO_REFERENCE_DATE).toBe(true);
  expect(filing!.filedAt.toISOString()).toBe(new Date(`${DEMO_ARCHIVE_FILING.on}T${DEMO_ARCHIVE_FILING.at}:00+08:00`).toISOString());
  // The frozen copy holds every community of the township with the counts the list shows.
  expect(filing!.communities).toBeGreaterThan(0);
  expect(filing!.rows).toHaveLength(filing!.communities);
  expect(filing!.summary).toMatchObject({ communities: filing!.communities, complete: filing!.complete, gaps: filing!.gaps });
  expect(filing!.gaps).toBeGreaterThan(0);
  const audit = await em.find(AuditLog, { action: 'townshipData.submit' });
  expect(audit.map((a) => [a.entityId, a.at.toISOString()])).toEqual([[String(filing!.id), filing!.filedAt.toISOString()]]);
});
