import { AuditLog, DrawnCommunity, PoolInspector, RandomDraw } from '@wuye/db';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createFixture, type Fixture, type FixtureUser } from './testing.js';

/** 双随机一公开 through the API: the bureau draws and publishes; the public reads and reproduces; townships and departments read theirs. */
let f: Fixture;
beforeAll(async () => {
  f = await createFixture('sqlite');
  f.setToday('2026-11-15');
});
afterAll(async () => f?.close());

type Row = {
  id: string;
  communityId: string;
  townshipName: string;
  inspectors: { id: string; unitName: string | null }[];
  result: { findingCount: number; score: number } | null;
};
type Draw = {
  id: string;
  status: string;
  seed: string | null;
  communities: Row[];
  reproduction: { matches: boolean } | null;
  availableActions: { action: string; available: boolean }[];
};
const DRAW_FIELDS =
  'id status seed communities { id communityId townshipName inspectors { id unitName } result { findingCount score } } reproduction { matches } availableActions { action available }';

async function run<T>(source: string, as: FixtureUser | null = 'regulator'): Promise<T> {
  const r = await f.gql<T>(source, {}, as);
  expect(r.errors).toBeUndefined();
  return r.data!;
}

let drawId: string;

it('the bureau keeps a pool, refusing bad input by field; plans, draws with a seed and publishes, each with its audit row', async () => {
  const bad = await run<{ addPoolInspector: { __typename: string; fieldErrors: { field: string }[] } }>(
    `mutation { addPoolInspector(input: { name: "", badgeNo: "X", townshipId: "${f.ids.town1}", departmentId: "${f.ids.dept1}" }) { __typename ... on ValidationError { fieldErrors { field } } } }`,
  );
  expect(bad.addPoolInspector.fieldErrors.map((e) => e.field)).toEqual(['name', 'departmentId']);
  const units = [`townshipId: "${f.ids.town1}"`, `townshipId: "${f.ids.town2}"`, `departmentId: "${f.ids.dept1}"`, `departmentId: "${f.ids.dept2}"`, '', ''];
  for (const [k, unit] of units.entries()) {
    await run(
      `mutation { addPoolInspector(input: { name: "检查员${k + 1}", badgeNo: "ZF-${k + 1}" ${unit} }) { ... on MutationAddPoolInspectorSuccess { data { id } } } }`,
    );
  }
  expect(await f.orm.em.fork().count(PoolInspector, {})).toBe(6);

  const planned = await run<{ createRandomDraw: { data: { id: string; status: string } } }>(
    `mutation { createRandomDraw(input: { title: "11月双随机", policyCode: "RISK_WEIGHTED", communityCount: 3, dueBy: "2026-11-30" }) { ... on MutationCreateRandomDrawSuccess { data { id status } } } }`,
  );
  drawId = planned.createRandomDraw.data.id;
  expect(planned.createRandomDraw.data.status).toBe('PLANNED');
  // Not drawn yet: nobody outside the bureau sees it.
  expect((await run<{ randomDraw: unknown }>(`{ randomDraw(id: "${drawId}") { id } }`, null)).randomDraw).toBeNull();

  const drawn = await run<{ performRandomDraw: { data: Draw } }>(
    `mutation { performRandomDraw(id: "${drawId}", seed: "2026-11-15 公证抽取") { ... on MutationPerformRandomDrawSuccess { data { ${DRAW_FIELDS} } } } }`,
  );
  const d = drawn.performRandomDraw.data;
  expect([d.status, d.seed, d.communities.length, d.reproduction?.matches]).toEqual(['DRAWN', '2026-11-15 公证抽取', 3, true]);
  expect(d.availableActions.filter((a) => a.available).map((a) => a.action)).toEqual(['PUBLISH', 'RECORD_RESULT']);
  for (const row of d.communities) expect(row.inspectors).toHaveLength(2);

  const again = await run<{ performRandomDraw: { __typename: string; message: string } }>(
    `mutation { performRandomDraw(id: "${drawId}") { __typename ... on ValidationError { message } } }`,
  );
  expect(again.performRandomDraw.__typename).toBe('ValidationError');
  await run(`mutation { publishRandomDraw(id: "${drawId}") { ... on MutationPublishRandomDrawSuccess { data { id } } } }`);
  const audit = await f.orm.em.fork().find(AuditLog, { entityType: 'RandomDraw', entityId: drawId }, { orderBy: { id: 'asc' } });
  expect(audit.map((a) => a.action)).toEqual(['randomDraw.create', 'randomDraw.performRandomDraw', 'randomDraw.publishRandomDraw']);
});

it('the public reads published draws whole, with the seed and inputs, and the reproduce check holds', async () => {
  await run(`mutation { createRandomDraw(input: { title: "未抽取", policyCode: "EQUAL", communityCount: 1, dueBy: "2026-12-31" }) { __typename } }`);
  const pub = await run<{ randomDraws: (Draw & { inputs: { communities: unknown[] } })[] }>(`{ randomDraws { ${DRAW_FIELDS} inputs } }`, null);
  expect(pub.randomDraws.map((x) => x.id)).toEqual([drawId]);
  const [d] = pub.randomDraws;
  expect(d!.reproduction?.matches).toBe(true);
  expect(d!.inputs.communities.length).toBeGreaterThanOrEqual(3);
  expect(d!.availableActions).toEqual([]);
  const bureau = await run<{ randomDraws: { id: string }[] }>('{ randomDraws { id } }');
  expect(bureau.randomDraws).toHaveLength(2);
  // The stored list is what the seed gives: a tampered row is caught.
  const em = f.orm.em.fork();
  const row = await em.findOneOrFail(DrawnCommunity, { draw: Number(drawId), position: 1 });
  const weight = row.weight;
  row.weight = weight + 1;
  await em.flush();
  expect((await run<{ randomDraw: Draw }>(`{ randomDraw(id: "${drawId}") { ${DRAW_FIELDS} } }`, null)).randomDraw.reproduction?.matches).toBe(false);
  row.weight = weight;
  await em.flush();
});

it('a township reads the rows in its area or with its inspectors; a department the rows with its inspectors', async () => {
  const all = (await run<{ randomDraw: Draw }>(`{ randomDraw(id: "${drawId}") { ${DRAW_FIELDS} } }`)).randomDraw.communities;
  const em = f.orm.em.fork();
  const pool = new Map((await em.find(PoolInspector, {})).map((p) => [String(p.id), p]));
  const rows = new Map((await em.find(DrawnCommunity, { draw: Number(drawId) })).map((r) => [String(r.id), r]));
  const town1Rows = all.filter((r) => rows.get(r.id)!.township.id === f.ids.town1 || r.inspectors.some((i) => pool.get(i.id)!.township?.id === f.ids.town1));
  const dept1Rows = all.filter((r) => r.inspectors.some((i) => pool.get(i.id)!.department?.id === f.ids.dept1));
  const seen = async (as: FixtureUser) => {
    const r = await run<{ randomDraws: Draw[] }>(`{ randomDraws { ${DRAW_FIELDS} } }`, as);
    return r.randomDraws.flatMap((x) => x.communities.map((c) => c.id)).sort();
  };
  expect(await seen('town1')).toEqual(town1Rows.map((r) => r.id).sort());
  expect(await seen('dept1')).toEqual(dept1Rows.map((r) => r.id).sort());
  expect((await seen('town1')).length + (await seen('town2')).length).toBeGreaterThanOrEqual(all.length);
  expect((await run<{ poolInspectors: unknown[] }>('{ poolInspectors { id } }', 'town1')).poolInspectors).toHaveLength(6);
});

it('records a drawn community’s result: public with its findings count, the findings in the ledger', async () => {
  const em = f.orm.em.fork();
  const row = await em.findOneOrFail(DrawnCommunity, { draw: Number(drawId), position: 1 });
  const r = await run<{ recordRandomDrawResult: { data: Draw } }>(
    `mutation { recordRandomDrawResult(input: { drawnCommunityId: "${row.id}", date: "2026-11-15", deductions: [{ itemId: "SEC-01", points: 3 }], turnFindings: true }) { ... on MutationRecordRandomDrawResultSuccess { data { ${DRAW_FIELDS} } } } }`,
  );
  expect(r.recordRandomDrawResult.data.communities.find((c) => c.id === String(row.id))!.result).toEqual({ findingCount: 1, score: 97 });
  const pub = await run<{ randomDraw: Draw }>(`{ randomDraw(id: "${drawId}") { ${DRAW_FIELDS} } }`, null);
  expect(pub.randomDraw.communities[0]!.result?.findingCount).toBe(1);
  const issues = await run<{ issues: { items: { source: string; checklistItemId: string }[] } }>(
    `{ issues(filter: { communityId: "${row.community.id}" }) { items { source checklistItemId } } }`,
  );
  expect(issues.issues.items).toContainEqual({ source: 'INSPECTION', checklistItemId: 'SEC-01' });
  expect(await f.orm.em.fork().count(RandomDraw, {})).toBe(2);
});
