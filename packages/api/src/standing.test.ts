import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, fixtureUscc, type Fixture } from './testing.js';

/** Firms and managers created through the API hold a stored standing from their first row. */
describe('standing of new firms', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture('sqlite');
  });
  afterAll(async () => f?.close());

  it('firms created through the API rank and filter by grade at the base score', async () => {
    const created: string[] = [];
    for (const n of [201, 202, 203]) {
      const r = await f.gql<{ createEnterprise: { __typename: string; data?: { id: string; score: number; grade: string; listStatus: string } } }>(
        `mutation($u: String!, $t: ID!) { createEnterprise(input: { name: "新设物业${n}", uscc: $u, legalRepresentative: "王五", townshipId: $t }) {
          __typename ... on MutationCreateEnterpriseSuccess { data { id score grade listStatus } } } }`,
        { u: fixtureUscc(n), t: String(f.ids.town1) },
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.createEnterprise.data).toMatchObject({ score: 80, grade: 'AA', listStatus: 'NONE' });
      created.push(r.data!.createEnterprise.data!.id);
    }
    const ranking = await f.gql<{ ranking: { total: number; items: { enterpriseId: string; grade: string; score: number }[] } }>(
      `{ ranking(perPage: 100) { total items { enterpriseId grade score } } }`,
      {},
      'regulator',
    );
    expect(ranking.errors).toBeUndefined();
    const rows = ranking.data!.ranking.items.filter((i) => created.includes(i.enterpriseId));
    expect(rows).toEqual(created.map((id) => ({ enterpriseId: id, grade: 'AA', score: 80 })));
    const byGrade = await f.gql<{ ranking: { items: { enterpriseId: string }[] }; enterprises: { items: { id: string }[] } }>(
      `{ ranking(grade: AA, perPage: 100) { items { enterpriseId } } enterprises(filter: { grade: AA }, perPage: 100) { items { id } } }`,
      {},
      'regulator',
    );
    expect(byGrade.errors).toBeUndefined();
    expect(byGrade.data!.ranking.items.map((i) => i.enterpriseId)).toEqual(expect.arrayContaining(created));
    expect(byGrade.data!.enterprises.items.map((i) => i.id)).toEqual(expect.arrayContaining(created));
  });

  it('a manager created through the API has a grade too', async () => {
    const r = await f.gql<{ createProjectManager: { data?: { grade: string } } }>(
      `mutation($e: ID!) { createProjectManager(input: { name: "周新", enterpriseId: $e, certificateNo: "PM-0201" }) { ... on MutationCreateProjectManagerSuccess { data { grade } } } }`,
      { e: String(f.ids.e1) },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.createProjectManager.data!.grade).toBe('AA');
  });
});
