import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CreditRecommendation, Developer, DeveloperProject, Enterprise, Issue } from '../entities/index.js';
import { recommendationEligibility } from '../developers/service.js';
import { createTestOrm, dropTestOrm } from '../testing.js';
import { DEMO_ENTERPRISE_1 } from './demo-accounts.js';
import { DEMO_REFERENCE_DATE } from './demo-county.js';
import { DEMO_DEVELOPERS } from './demo-developers.js';

let orm: MikroORM;
beforeAll(async () => {
  orm = await createTestOrm({ driver: 'sqlite', seed: true });
});
afterAll(async () => orm && dropTestOrm(orm));

it('has four developers with the communities they built, one of them served by demo firm #1', async () => {
  const em = orm.em.fork();
  expect((await em.find(Developer, {}, { orderBy: { id: 'asc' } })).map((d) => d.name)).toEqual(DEMO_DEVELOPERS.map((d) => d.name));
  const projects = await em.find(DeveloperProject, {}, { populate: ['community', 'community.enterprise'] });
  expect(projects.length).toBeGreaterThanOrEqual(8);
  expect(projects.some((p) => p.community.enterprise?.name === DEMO_ENTERPRISE_1.name)).toBe(true);
  expect(projects.every((p) => p.community.type === 'NEW_RESIDENTIAL' && p.handoverDate <= DEMO_REFERENCE_DATE)).toBe(true);
});

it('names the developer on the roof-leak issue within its warranty, nobody on the decoration issue past its own', async () => {
  const em = orm.em.fork();
  const issues = await em.find(Issue, { category: 'BUILDING_QUALITY', warrantyElement: { $ne: null } }, { populate: ['developer'], orderBy: { id: 'asc' } });
  const [leak, decoration] = issues;
  expect([leak!.warrantyElement, leak!.developer?.name, leak!.warrantyLastDay]).toEqual(['WATERPROOFING', DEMO_DEVELOPERS[0].name, '2028-06-30']);
  expect([decoration!.warrantyElement, decoration!.developer, decoration!.warrantyLastDay]).toEqual(['DECORATION', null, '2025-06-30']);
  expect(issues.every((i) => i.createdAt.toISOString().slice(0, 10) <= DEMO_REFERENCE_DATE)).toBe(true);
});

it('has two firms recommended by regulator and approved by regulator2, and still an eligible firm left to propose', async () => {
  const em = orm.em.fork();
  const recs = await em.find(CreditRecommendation, {}, { populate: ['enterprise', 'proposedBy', 'decidedBy'] });
  expect(recs.map((r) => [r.status, r.proposedBy?.username, r.decidedBy?.username])).toEqual([
    ['APPROVED', 'regulator', 'regulator2'],
    ['APPROVED', 'regulator', 'regulator2'],
  ]);
  const firms = await em.find(Enterprise, { status: 'ACTIVE', grade: { $in: ['AAA', 'AA'] } });
  const eligible = [];
  for (const f of firms) if (!(await recommendationEligibility(em, f, DEMO_REFERENCE_DATE))) eligible.push(f.name);
  expect(eligible.length).toBeGreaterThanOrEqual(1);
});
