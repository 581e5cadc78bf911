/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL results are checked by shape in the assertions below */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDriver } from '@wuye/db/testing';
import { createFixture, type Fixture, type FixtureUser } from './testing.js';

/**
 * 辖区数据建档 through the API (seed part 7 四(二)): each township's archive of its communities with the gaps; a township
 * reads its own only; it fills a gap with the registry's own updateCommunity, and the gap is gone.
 */
const SHEET = `township { name } summary { communities households floorArea officeRecorded enterpriseServed basicService firms
  firmsByGrade { grade count } managers committeesInTerm complete gaps }
  rows { communityName serviceMode enterpriseName enterpriseGrade managerName managerGrade officeArea committee gaps }`;

describeEachDriver('township data collection API', (driver) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(driver);
    f.setToday('2026-11-15');
  });
  afterAll(async () => f?.close());

  const sheets = async (as: FixtureUser, townshipId?: number) =>
    (
      await f.gql<{ townshipData: any[] }>(
        `query ($t: ID) { townshipData(townshipId: $t) { ${SHEET} } }`,
        { t: townshipId == null ? null : String(townshipId) },
        as,
      )
    ).data!.townshipData;

  it('a township reads its own archive only; the bureau, departments and analysts read every township’s or one', async () => {
    expect((await sheets('town1')).map((s) => s.township.name)).toEqual(['城关镇']);
    expect(await sheets('town1', f.ids.town2)).toEqual([]);
    expect((await sheets('town1', f.ids.town1)).map((s) => s.township.name)).toEqual(['城关镇']);
    expect((await sheets('town2')).map((s) => s.township.name)).toEqual(['东城街道']);
    for (const as of ['regulator', 'dept1', 'analyst'] as const) expect((await sheets(as)).map((s) => s.township.name)).toEqual(['城关镇', '东城街道']);
    expect((await sheets('regulator', f.ids.town2)).map((s) => s.township.name)).toEqual(['东城街道']);
    const denied = await f.gql(`{ townshipData { township { name } } }`, {}, 'ent1');
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists each community with its firm, manager and credit, and the items still to record', async () => {
    const [own] = await sheets('town1');
    expect(own.rows).toEqual([
      {
        communityName: '翠湖苑',
        serviceMode: 'ENTERPRISE',
        enterpriseName: '金盾物业服务有限公司',
        enterpriseGrade: 'AA',
        managerName: null,
        managerGrade: null,
        officeArea: null,
        committee: 'NONE',
        gaps: ['ADDRESS', 'DELIVERY_DATE', 'OFFICE_AREA', 'CONTRACT', 'MANAGER'],
      },
      {
        communityName: '阳光花园',
        serviceMode: 'ENTERPRISE',
        enterpriseName: '安居物业服务有限公司',
        enterpriseGrade: 'AAA',
        managerName: '李明',
        managerGrade: expect.any(String),
        officeArea: null,
        committee: 'NONE',
        gaps: ['ADDRESS', 'DELIVERY_DATE', 'OFFICE_AREA', 'MAINTENANCE_FUND', 'CONTRACT'],
      },
    ]);
    expect(own.summary).toMatchObject({
      communities: 2,
      households: 1230,
      floorArea: 60000,
      officeRecorded: 0,
      enterpriseServed: 2,
      basicService: 0,
      firms: 2,
    });
    expect(own.summary).toMatchObject({ managers: 1, committeesInTerm: 0, complete: 0, gaps: 10 });
  });

  it('the township fills a gap through the registry’s own command; the gap is gone', async () => {
    const update = await f.gql<any>(
      `mutation { updateCommunity(id: "${f.ids.c1}", input: { officeArea: 0, address: "城关镇滨江路 8 号" }) { __typename } }`,
      {},
      'town1',
    );
    expect(update.data!.updateCommunity.__typename).toBe('MutationUpdateCommunitySuccess');
    const [own] = await sheets('town1');
    const row = own.rows.find((r: { communityName: string }) => r.communityName === '阳光花园');
    expect([row.officeArea, row.gaps]).toEqual([0, ['DELIVERY_DATE', 'MAINTENANCE_FUND', 'CONTRACT']]);
    expect(own.summary).toMatchObject({ officeRecorded: 1, gaps: 8 });
  });
});
