import { AuditLog, Issue } from '@wuye/db';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createFixture, type Fixture, type FixtureUser } from './testing.js';

/** 建设单位 and 向上级推荐信用升级 through the API: the bureau keeps the registry; a firm sees the developers of its communities. */
let f: Fixture;
let developerId = '';
beforeAll(async () => {
  f = await createFixture('sqlite');
  f.setToday('2026-11-15');
});
afterAll(async () => f?.close());

async function run<T>(source: string, as: FixtureUser | null = 'regulator', vars: Record<string, unknown> = {}): Promise<T> {
  const r = await f.gql<T>(source, vars, as);
  expect(r.errors).toBeUndefined();
  return r.data!;
}

const CREATE = `mutation($input: DeveloperInput!) { createDeveloper(input: $input) { __typename ... on MutationCreateDeveloperSuccess { data { id name uscc } } ... on ValidationError { message fieldErrors { field message } } } }`;

it('registers a developer; a bad USCC is refused in Chinese naming the field, nothing written', async () => {
  const bad = await run<{ createDeveloper: { __typename: string; fieldErrors: { field: string; message: string }[] } }>(CREATE, 'regulator', {
    input: { name: '锦城置业有限公司', uscc: '91330100MA2DEX0019' },
  });
  expect(bad.createDeveloper.__typename).toBe('ValidationError');
  expect(bad.createDeveloper.fieldErrors.map((e) => e.field)).toEqual(['uscc']);
  expect(bad.createDeveloper.fieldErrors[0]!.message).toContain('统一社会信用代码');
  const ok = await run<{ createDeveloper: { data: { id: string; uscc: string } } }>(CREATE, 'regulator', {
    input: { name: '锦城置业有限公司', uscc: '91330100MA2DEX001B', contactPerson: '王建国', contactPhone: '13600003333' },
  });
  developerId = ok.createDeveloper.data.id;
  expect(ok.createDeveloper.data.uscc).toBe('91330100MA2DEX001B');
  const denied = await f.gql(CREATE, { input: { name: '某开发商', uscc: '91330100MA2DEX002X' } }, 'ent1');
  expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const audit = await f.orm.em.fork().find(AuditLog, { action: 'developer.create' });
  expect(audit).toHaveLength(1);
});

it('records the community it built; the project shows each element’s last warranty day', async () => {
  const r = await run<{
    addDeveloperProject: {
      __typename: string;
      data: { projects: { communityName: string; warranties: { element: string; lastDay: string; inWarranty: boolean }[] }[] };
    };
  }>(
    `mutation { addDeveloperProject(id: "${developerId}", communityId: "${f.ids.c1}", handoverDate: "2022-06-30") { __typename ... on MutationAddDeveloperProjectSuccess { data { projects { communityName warranties { element lastDay inWarranty } } } } } }`,
  );
  const [p] = r.addDeveloperProject.data.projects;
  expect(p!.communityName).toBe('阳光花园');
  expect(p!.warranties.find((w) => w.element === 'WATERPROOFING')).toEqual({ element: 'WATERPROOFING', lastDay: '2027-06-30', inWarranty: true });
  expect(p!.warranties.find((w) => w.element === 'DECORATION')).toEqual({ element: 'DECORATION', lastDay: '2024-06-30', inWarranty: false });
});

it('a warranty issue names the developer; regulators filter the ledger by developer', async () => {
  const created = await run<{
    createIssue: { data: { id: string; developerId: string; warrantyElement: string; warrantyLastDay: string; developer: { name: string } } };
  }>(
    `mutation { createIssue(input: { communityId: "${f.ids.c1}", category: "BUILDING_QUALITY", warrantyElement: WATERPROOFING, title: "顶层屋面渗漏" }) { ... on MutationCreateIssueSuccess { data { id developerId warrantyElement warrantyLastDay developer { name } } } } }`,
  );
  expect(created.createIssue.data).toMatchObject({
    developerId,
    warrantyElement: 'WATERPROOFING',
    warrantyLastDay: '2027-06-30',
    developer: { name: '锦城置业有限公司' },
  });
  await run(`mutation { createIssue(input: { communityId: "${f.ids.c1}", category: "SANITATION", title: "垃圾堆放" }) { __typename } }`);
  const list = await run<{ issues: { total: number; items: { id: string }[] } }>(
    `{ issues(filter: { developerId: "${developerId}" }) { total items { id } } }`,
  );
  expect(list.issues.items.map((i) => i.id)).toEqual([created.createIssue.data.id]);
  expect(await f.orm.em.fork().count(Issue, { developer: Number(developerId) })).toBe(1);
});

it('a firm manager sees the developer of its own community, contact masked; another firm sees none', async () => {
  const Q = `{ developers(page: 1, perPage: 25, sortField: name, sortOrder: ASC, filter: {}) { total items { name contactPerson contactPhone projects { communityName } } } }`;
  const own = await run<{ developers: { total: number; items: { name: string; contactPerson: string; contactPhone: string }[] } }>(Q, 'ent1');
  expect(own.developers.items).toEqual([
    { name: '锦城置业有限公司', contactPerson: '王**', contactPhone: '136****3333', projects: [{ communityName: '阳光花园' }] },
  ]);
  expect((await run<{ developers: { total: number } }>(Q, 'ent2')).developers.total).toBe(0);
  expect((await run<{ developer: null }>(`{ developer(id: "${developerId}") { name } }`, 'ent2')).developer).toBeNull();
  const reg = await run<{ developers: { items: { contactPhone: string }[] } }>(Q, 'regulator');
  expect(reg.developers.items[0]!.contactPhone).toBe('13600003333');
  const anon = await f.gql(Q, {}, null);
  expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});

it('a regulator proposes an eligible firm with reasons; the proposer cannot approve, another regulator does', async () => {
  const elig = await run<{ e1: { eligible: boolean }; e2: { eligible: boolean; reason: string } }>(
    `{ e1: recommendationEligibility(enterpriseId: "${f.ids.e1}") { eligible } e2: recommendationEligibility(enterpriseId: "${f.ids.e2}") { eligible reason } }`,
  );
  expect(elig.e1.eligible).toBe(true);
  expect(elig.e2).toEqual({ eligible: false, reason: '物业服务企业信用等级为 A，只有 AAA/AA 级企业可以推荐信用升级' });
  const proposed = await run<{
    proposeCreditRecommendation: { data: { id: string; status: string; availableActions: { action: string; available: boolean; reason: string | null }[] } };
  }>(
    `mutation { proposeCreditRecommendation(enterpriseId: "${f.ids.e1}", reasons: "提升年活动中整改及时，业主满意度连续两季度超过 95%") { ... on MutationProposeCreditRecommendationSuccess { data { id status availableActions { action available reason } } } } }`,
  );
  const rec = proposed.proposeCreditRecommendation.data;
  expect(rec.status).toBe('PROPOSED');
  expect(rec.availableActions[0]).toEqual({ action: 'APPROVE', available: false, reason: '审核人不能是推荐人本人' });
  const approved = await run<{ decideCreditRecommendation: { data: { status: string; decidedByName: string } } }>(
    `mutation { decideCreditRecommendation(id: "${rec.id}", approve: true, note: "同意上报") { ... on MutationDecideCreditRecommendationSuccess { data { status decidedByName } } } }`,
    'admin',
  );
  expect(approved.decideCreditRecommendation.data.status).toBe('APPROVED');
  const list = await run<{ creditRecommendations: { enterpriseName: string; status: string }[] }>(
    `{ creditRecommendations(status: APPROVED) { enterpriseName status } }`,
    'analyst',
  );
  expect(list.creditRecommendations).toEqual([{ enterpriseName: '安居物业服务有限公司', status: 'APPROVED' }]);
  const firm = await f.gql(`{ creditRecommendations { id } }`, {}, 'ent1');
  expect(firm.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});
