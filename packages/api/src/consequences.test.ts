import { AuditLog, Community, Enterprise } from '@wuye/db';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createFixture, type Fixture, type FixtureUser } from './testing.js';

/** 清出市场 and the risk-based plan through the API: the bureau expels and hands over; firms and townships read theirs. */
let f: Fixture;
let blackCommunity: number;
beforeAll(async () => {
  f = await createFixture('sqlite');
  f.setToday('2026-11-15');
  // The black-listed firm EB serves a community in T2.
  const em = f.orm.em.fork();
  const c = em.create(Community, {
    name: '黑石小区',
    township: f.ids.town2,
    enterprise: f.ids.eb,
    type: 'OLD',
    serviceMode: 'ENTERPRISE',
    households: 200,
    floorArea: 15000,
  });
  await em.flush();
  blackCommunity = c.id;
});
afterAll(async () => f?.close());

async function run<T>(source: string, as: FixtureUser | null = 'regulator'): Promise<T> {
  const r = await f.gql<T>(source, {}, as);
  expect(r.errors).toBeUndefined();
  return r.data!;
}

type H = {
  id: string;
  status: string;
  deadline: string;
  communityName: string;
  openItemCount: number;
  availableActions: { action: string; available: boolean; reason: string | null }[];
};
const H_FIELDS = 'id status deadline communityName openItemCount availableActions { action available reason }';

it('offers EXPEL only for a black-listed firm, with the reason otherwise; firms are not offered the list', async () => {
  const c = await run<{
    expulsionCandidates: { enterpriseId: string; communityCount: number; availableActions: { available: boolean; reason: string | null }[] }[];
  }>('{ expulsionCandidates { enterpriseId communityCount availableActions { available reason } } }');
  const eb = c.expulsionCandidates.find((x) => x.enterpriseId === String(f.ids.eb))!;
  expect([eb.communityCount, eb.availableActions[0]!.available]).toEqual([1, true]);
  const ex = c.expulsionCandidates.find((x) => x.enterpriseId === String(f.ids.ex))!;
  expect(ex.availableActions[0]).toEqual({ available: false, reason: '该物业服务企业已被清出市场' });
  const denied = await f.gql('{ expulsionCandidates { enterpriseId } }', {}, 'ent1');
  expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

let handoverId: string;
it('expels with one audit row, refusing a firm not on the black list by field; the community is marked', async () => {
  const bad = await run<{ expelEnterprise: { __typename: string; fieldErrors: { field: string; message: string }[] } }>(
    `mutation { expelEnterprise(input: { enterpriseId: "${f.ids.e1}", decisionNo: "x", reason: "x" }) { __typename ... on ValidationError { fieldErrors { field message } } } }`,
  );
  expect(bad.expelEnterprise.fieldErrors).toEqual([{ field: 'enterpriseId', message: '只有列入黑名单的物业服务企业才能清出市场' }]);
  const out = await run<{ expelEnterprise: { data: { id: string; handovers: H[] } } }>(
    `mutation { expelEnterprise(input: { enterpriseId: "${f.ids.eb}", decisionNo: "住建清〔2026〕3号", reason: "列入黑名单" }) { ... on MutationExpelEnterpriseSuccess { data { id handovers { ${H_FIELDS} } } } } }`,
  );
  const [h] = out.expelEnterprise.data.handovers;
  expect([h!.status, h!.deadline, h!.communityName]).toEqual(['OPEN', '2026-12-15', '黑石小区']);
  expect(h!.availableActions.find((a) => a.action === 'COMPLETE')).toEqual({ action: 'COMPLETE', available: false, reason: '尚未指定接管企业' });
  handoverId = h!.id;
  const marked = await run<{ community: { handoverDeadline: string | null } }>(`{ community(id: "${blackCommunity}") { handoverDeadline } }`);
  expect(marked.community.handoverDeadline).toBe('2026-12-15');
  expect(await f.orm.em.fork().count(AuditLog, { action: 'expulsion.expel' })).toBe(1);
  expect((await f.orm.em.fork().findOneOrFail(Enterprise, f.ids.eb)).status).toBe('EXPELLED');
});

it('scopes handovers: another firm sees none, the successor its own, the township of the community sees it', async () => {
  const list = async (as: FixtureUser) => (await run<{ handovers: { id: string }[] }>('{ handovers { id } }', as)).handovers.map((h) => h.id);
  expect(await list('ent1')).toEqual([]);
  expect(await list('town1')).toEqual([]);
  expect(await list('town2')).toEqual([handoverId]);
  expect((await run<{ handover: null }>(`{ handover(id: "${handoverId}") { id } }`, 'ent1')).handover).toBeNull();
  // Firms are offered no buttons.
  expect((await run<{ handovers: H[] }>(`{ handovers { ${H_FIELDS} } }`, 'town2')).handovers[0]!.availableActions).toEqual([]);
});

it('appoints a successor, ticks the checklist and completes, each audited; the successor now serves and sees it', async () => {
  await run(`mutation { appointHandoverSuccessor(id: "${handoverId}", successorId: "${f.ids.e1}") { __typename } }`);
  for (const item of ['ARCHIVES', 'FACILITIES', 'ACCOUNTS', 'PREMISES', 'KEYS', 'OWNERS_NOTIFIED']) {
    await run(`mutation { setHandoverChecklistItem(id: "${handoverId}", item: ${item}, done: true) { __typename } }`);
  }
  const done = await run<{ completeHandover: { data: H } }>(
    `mutation { completeHandover(id: "${handoverId}") { ... on MutationCompleteHandoverSuccess { data { ${H_FIELDS} } } } }`,
  );
  expect([done.completeHandover.data.status, done.completeHandover.data.openItemCount]).toEqual(['COMPLETED', 0]);
  const c = await run<{ community: { enterpriseId: string; handoverDeadline: string | null } }>(
    `{ community(id: "${blackCommunity}") { enterpriseId handoverDeadline } }`,
  );
  expect(c.community).toEqual({ enterpriseId: String(f.ids.e1), handoverDeadline: null });
  expect(await f.orm.em.fork().count(AuditLog, { action: { $like: 'handover.%' } })).toBe(8);
  expect((await run<{ handovers: { id: string }[] }>('{ handovers { id } }', 'ent1')).handovers.map((h) => h.id)).toEqual([handoverId]);
});

it('the inspection plan lists due communities first, scoped to the caller', async () => {
  type Plan = { inspectionPlan: { policy: { blackListIntervalDays: number }; rows: { communityName: string; status: string; intervalDays: number }[] } };
  const all = await run<Plan>('{ inspectionPlan { policy { blackListIntervalDays } rows { communityName status intervalDays } } }');
  expect(all.inspectionPlan.policy.blackListIntervalDays).toBe(14);
  expect(all.inspectionPlan.rows.length).toBe(5);
  const own = await run<Plan>('{ inspectionPlan(dueOnly: true) { policy { blackListIntervalDays } rows { communityName status intervalDays } } }', 'ent1');
  expect(own.inspectionPlan.rows.map((r) => `${r.communityName}:${r.status}:${r.intervalDays}`).sort()).toEqual(
    ['阳光花园:DUE:180', '黑石小区:DUE:180'].sort(),
  );
});
