/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL results are checked by shape in the assertions below */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDriver } from '@wuye/db/testing';
import { createFixture, type Fixture, type FixtureUser } from './testing.js';

/** Township work plans through the API: a township writes and files its own, sees only its own; the bureau reads all. */

const FIELDS = `leaderName: "陈建国", leaderPosition: "副镇长", mechanism: "镇村两级包保", schedule: "4 月底前完成排查", tasks: "社区主任负责台账"`;
const RESULT = `__typename ... on ValidationError { fieldErrors { field message } } ... on MutationCreateTownshipPlanSuccess { data { id status availableActions { action available } } }`;

describeEachDriver('township work plans API', (driver) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(driver);
  });
  afterAll(async () => f?.close());

  const plans = async (as: FixtureUser) =>
    (await f.gql<{ townshipPlans: { township: { name: string }; status: string }[] }>(`{ townshipPlans { township { name } status } }`, {}, as)).data!
      .townshipPlans;

  it('a township writes, files and then cannot change its plan; the other township does not see it; the bureau does', async () => {
    const created = (await f.gql<any>(`mutation { createTownshipPlan(year: 2026, ${FIELDS}) { ${RESULT} } }`, {}, 'town1')).data!.createTownshipPlan;
    expect(created.data.status).toBe('DRAFT');
    expect(created.data.availableActions).toEqual([
      { action: 'EDIT', available: true },
      { action: 'FILE', available: true },
    ]);
    const id = created.data.id;
    const again = (await f.gql<any>(`mutation { createTownshipPlan(year: 2026, ${FIELDS}) { ${RESULT} } }`, {}, 'town1')).data!.createTownshipPlan;
    expect(again.fieldErrors).toEqual([{ field: 'year', message: '本乡镇（街道）2026 年度的工作方案已存在' }]);
    const bad = (await f.gql<any>(`mutation { createTownshipPlan(year: 2027, ${FIELDS.replace('陈建国', ' ')}) { ${RESULT} } }`, {}, 'town2', 'en')).data!
      .createTownshipPlan;
    expect(bad.fieldErrors).toEqual([{ field: 'leaderName', message: 'leader in charge is required' }]);

    expect((await plans('town1')).map((p) => p.township.name)).toHaveLength(1);
    expect(await plans('town2')).toEqual([]);
    expect(await plans('regulator')).toHaveLength(1);
    expect(await plans('dept1')).toHaveLength(1);

    const other = (await f.gql<any>(`mutation { fileTownshipPlan(id: "${id}") { __typename ... on ValidationError { fieldErrors { field } } } }`, {}, 'town2'))
      .data!.fileTownshipPlan;
    expect(other).toEqual({ __typename: 'ValidationError', fieldErrors: [{ field: 'townshipId' }] });
    const filed = (
      await f.gql<any>(
        `mutation { fileTownshipPlan(id: "${id}") { __typename ... on MutationFileTownshipPlanSuccess { data { status availableActions { action reason } } } } }`,
        {},
        'town1',
      )
    ).data!.fileTownshipPlan;
    expect(filed.data.status).toBe('FILED');
    expect(filed.data.availableActions.map((a: { reason: string }) => a.reason)).toEqual(['该工作方案已报备，不能再修改', '该工作方案已报备，不能再修改']);
    const edit = (
      await f.gql<any>(`mutation { updateTownshipPlan(id: "${id}", ${FIELDS}) { __typename ... on ValidationError { fieldErrors { message } } } }`, {}, 'town1')
    ).data!.updateTownshipPlan;
    expect(edit.fieldErrors).toEqual([{ message: '该工作方案已报备，不能再修改' }]);
    expect((await plans('regulator'))[0]!.status).toBe('FILED');
  });
});
