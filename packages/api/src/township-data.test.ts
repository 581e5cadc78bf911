/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL results are checked by shape in the assertions below */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AuditLog, TownshipDataFiling } from '@wuye/db';
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

  const FILING = `id asOf filedByName communities complete gaps township { name } summary { communities officeRecorded gaps }
    rows { communityName officeArea gaps }`;
  const file = (as: FixtureUser) =>
    f.gql<any>(
      `mutation { fileTownshipData { __typename ... on MutationFileTownshipDataSuccess { data { ${FILING} } } ... on ValidationError { message fieldErrors { field message } } } }`,
      {},
      as,
    );
  const actions = async (as: FixtureUser) =>
    (await f.gql<any>(`{ townshipData { township { name } lastFiledOn availableActions { action available reason } } }`, {}, as)).data!.townshipData;

  it('报送建档: the township files its archive once a day, a frozen copy with the filer; the registry may change after', async () => {
    f.setToday('2026-11-16');
    // Offered to the township itself, not to the bureau, a department or an analyst.
    expect(await actions('town1')).toEqual([
      { township: { name: '城关镇' }, lastFiledOn: null, availableActions: [{ action: 'FILE', available: true, reason: null }] },
    ]);
    for (const as of ['regulator', 'dept1', 'analyst'] as const) for (const s of await actions(as)) expect(s.availableActions, as).toEqual([]);

    const filed = await file('town1');
    expect(filed.errors).toBeUndefined();
    expect(filed.data.fileTownshipData.__typename).toBe('MutationFileTownshipDataSuccess');
    const filing = filed.data.fileTownshipData.data;
    expect(filing).toMatchObject({ asOf: '2026-11-16', filedByName: expect.any(String), communities: 2, complete: 0, gaps: 8, township: { name: '城关镇' } });
    expect(filing.summary).toEqual({ communities: 2, officeRecorded: 1, gaps: 8 });
    expect(filing.rows.map((r: any) => [r.communityName, r.officeArea])).toEqual([
      ['翠湖苑', null],
      ['阳光花园', 0],
    ]);
    // One transaction with its audit row.
    const em = f.orm.em.fork();
    const audit = await em.find(AuditLog, { action: 'townshipData.submit' });
    expect(audit.map((a) => [a.entityType, a.entityId, a.actorId])).toEqual([['TownshipDataFiling', filing.id, f.ids.users.town1]]);
    expect(audit[0]!.changes).toMatchObject({ township: '城关镇', asOf: '2026-11-16', communities: 2, gaps: 8 });

    // Once a day: refused with the reason, nothing written; the button says why.
    const again = await file('town1');
    expect(again.data.fileTownshipData.__typename).toBe('ValidationError');
    expect(again.data.fileTownshipData.fieldErrors).toEqual([{ field: 'archive', message: '今天（2026-11-16）已报送数据建档，每天报送一次' }]);
    expect(await em.fork().count(TownshipDataFiling, {})).toBe(1);
    expect((await actions('town1'))[0]).toMatchObject({
      lastFiledOn: '2026-11-16',
      availableActions: [{ action: 'FILE', available: false, reason: '今天（2026-11-16）已报送数据建档，每天报送一次' }],
    });

    // The registry changes afterwards: the filing stays as it was filed.
    await f.gql(`mutation { updateCommunity(id: "${f.ids.c3}", input: { officeArea: 45 }) { __typename } }`, {}, 'town1');
    const read = await f.gql<any>(`query ($id: ID!) { townshipDataFiling(id: $id) { ${FILING} } }`, { id: filing.id }, 'town1');
    expect(read.data.townshipDataFiling.rows.map((r: any) => [r.communityName, r.officeArea])).toEqual([
      ['翠湖苑', null],
      ['阳光花园', 0],
    ]);
    expect((await sheets('town1'))[0].summary.officeRecorded).toBe(2);

    // The next day it may file again; the list holds both, the latest first.
    f.setToday('2026-11-17');
    expect((await file('town1')).data.fileTownshipData.data.summary.officeRecorded).toBe(2);
    f.setToday('2026-11-15');
  });

  it('filings are read like the archive: a township its own, the bureau, departments and analysts all, a firm manager none', async () => {
    const list = async (as: FixtureUser, t?: number) =>
      (await f.gql<any>(`query ($t: ID) { townshipDataFilings(townshipId: $t) { id asOf township { name } } }`, { t: t == null ? null : String(t) }, as)).data
        ?.townshipDataFilings;
    expect((await list('town1')).map((x: any) => x.asOf)).toEqual(['2026-11-17', '2026-11-16']);
    expect(await list('town2')).toEqual([]);
    expect(await list('town2', f.ids.town1)).toEqual([]);
    for (const as of ['regulator', 'dept1', 'analyst'] as const)
      expect(
        (await list(as)).map((x: any) => x.township.name),
        as,
      ).toEqual(['城关镇', '城关镇']);
    const [latest] = await list('regulator', f.ids.town1);
    const other = await f.gql<any>(`query ($id: ID!) { townshipDataFiling(id: $id) { id } }`, { id: latest.id }, 'town2');
    expect(other.data.townshipDataFiling).toBeNull();
    for (const q of ['{ townshipDataFilings { id } }', `{ townshipDataFiling(id: "${latest.id}") { id } }`]) {
      const denied = await f.gql(q, {}, 'ent1');
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // The bureau's table reads each township's latest filing day.
    const all = (await f.gql<any>(`{ townshipData { township { name } lastFiledOn } }`, {}, 'regulator')).data.townshipData;
    expect(all).toEqual([
      { township: { name: '城关镇' }, lastFiledOn: '2026-11-17' },
      { township: { name: '东城街道' }, lastFiledOn: null },
    ]);
    // Only the township's staff file: the bureau is refused.
    expect((await f.gql(`mutation { fileTownshipData { __typename } }`, {}, 'regulator')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
