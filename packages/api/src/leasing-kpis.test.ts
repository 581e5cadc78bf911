import { afterAll, beforeAll, expect, it } from 'vitest';
import { createFixture, type Fixture } from './testing.js';

/** The leasing KPIs through the API: the agency's own members see their own agency's figures; nobody else sees any. */
let f: Fixture;
beforeAll(async () => {
  f = await createFixture('sqlite');
});
afterAll(async () => f?.close());

const KPIS = `query($asOf: Date) { leasingKpis(asOf: $asOf) {
  asOf occupancy { units letUnits rateBp areaCenti areaRateBp } occupancyLastYear { rateBp }
  collection { month dueCount rateBp } collectionByMonth { month }
  arrears { contracts overdueFen bucketsFen bucketLabels }
  income { thisYearFen lastYearFen changeBp lastTo months { month thisYearFen lastYearFen } } } }`;

it("answers the caller's agency's figures on the date; another agency's members see only theirs", async () => {
  for (const room of ['101', '102']) {
    const r = await f.gql(
      `mutation { listLeaseUnit(input: { building: "综合楼", floor: "1", room: "${room}", kind: SHOP, area: "50", permittedUse: [RETAIL], condition: "完好" }) { __typename } }`,
      {},
      'agency1',
    );
    expect(r.errors).toBeUndefined();
  }
  const mine = await f.gql<{ leasingKpis: Record<string, Record<string, unknown> & { months?: unknown }> }>(KPIS, { asOf: '2026-11-15' }, 'agency1');
  expect(mine.errors).toBeUndefined();
  const k = mine.data!.leasingKpis;
  expect(k.asOf).toBe('2026-11-15');
  expect(k.occupancy).toEqual({ units: 2, letUnits: 0, rateBp: 0, areaCenti: 10000, areaRateBp: 0 });
  expect(k.collection).toEqual({ month: null, dueCount: 0, rateBp: null });
  expect((k.collectionByMonth as unknown as { month: number }[]).map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  expect(k.arrears).toEqual({ contracts: 0, overdueFen: 0, bucketsFen: [0, 0, 0, 0], bucketLabels: ['1–30 天', '31–90 天', '91–180 天', '> 180 天'] });
  expect(k.income).toMatchObject({ thisYearFen: 0, lastYearFen: 0, changeBp: null, lastTo: '2025-11-15' });

  const theirs = await f.gql<{ leasingKpis: Record<string, Record<string, unknown> & { months?: unknown }> }>(KPIS, { asOf: '2026-11-15' }, 'agency2');
  expect(theirs.data!.leasingKpis.occupancy).toMatchObject({ units: 0, rateBp: null });
});

it('refuses every other caller', async () => {
  for (const who of ['regulator', 'admin', 'analyst', 'ent1'] as const) {
    const r = await f.gql(KPIS, {}, who);
    expect(r.errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
  }
  expect((await f.gql(KPIS, {}, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});
