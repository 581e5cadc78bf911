import { afterAll, beforeAll, expect, it } from 'vitest';
import { CreditRecord, CreditRecordEvent, ListEntry, Objection, RepairApplication } from '@wuye/db';
import { describeEachDriver } from '@wuye/db/testing';
import { createFixture, type Fixture, type FixtureUser } from './testing.js';

/** Row scoping of the credit files with two firms and two townships, and the complete file for an appeal. */
describeEachDriver('credit files: scoping and the export for an appeal', (driver) => {
  let f: Fixture;
  const recordIds: Record<'e1' | 'e2' | 'e3', number> = { e1: 0, e2: 0, e3: 0 };
  beforeAll(async () => {
    f = await createFixture(driver);
    const em = f.orm.em.fork();
    for (const key of ['e1', 'e2', 'e3'] as const) {
      const enterprise = f.ids[key];
      const rec = em.create(CreditRecord, {
        subjectType: 'ENTERPRISE',
        enterprise,
        itemCode: 'B6',
        points: -10,
        termMonths: 12,
        standardVersion: 1,
        effectiveFrom: '2026-01-01',
        expiresOn: '2026-12-31',
        status: 'CONFIRMED',
        confirmedOn: '2026-01-01',
        proposedAt: new Date('2025-12-20T00:00:00Z'),
        reason: `通报批评 ${key}`,
        sourceType: 'MANUAL',
      });
      em.create(CreditRecordEvent, { record: rec, at: new Date('2025-12-20T00:00:00Z'), fromStatus: null, toStatus: 'PROPOSED', actorName: 'regulator' });
      em.create(CreditRecordEvent, { record: rec, at: new Date('2026-01-01T00:00:00Z'), fromStatus: 'PUBLICIZING', toStatus: 'CONFIRMED', actorName: null });
      const user = key === 'e1' ? f.ids.users.ent1 : f.ids.users.ent2;
      em.create(Objection, { record: rec, enterprise, filedBy: user, filedAt: new Date(), statement: `异议 ${key}`, status: 'REJECTED' });
      em.create(RepairApplication, { record: rec, enterprise, appliedBy: user, appliedAt: new Date(), commitment: `承诺 ${key}`, status: 'PENDING' });
      em.create(ListEntry, { enterprise, kind: 'BLACK', reason: 'B13', fromDate: '2026-01-01', untilDate: '2026-12-31', record: rec });
      await em.flush();
      recordIds[key] = rec.id;
    }
  });
  afterAll(async () => f?.close());

  const FILE = `query($id: ID!) { creditFile(enterpriseId: $id) { generatedAt enterprise { name credit(asOf: "2026-06-30") { score grade } }
    records { itemCode reason status events { fromStatus toStatus } objections { statement status } }
    repairApplications { commitment status } listEntries { kind reason fromDate untilDate recordId } } }`;
  type File = {
    creditFile: null | {
      enterprise: { name: string; credit: { score: number; grade: string } };
      records: { reason: string; events: unknown[]; objections: { statement: string }[] }[];
      repairApplications: { commitment: string }[];
      listEntries: { recordId: string }[];
    };
  };
  const file = (who: FixtureUser, id: number) => f.gql<File>(FILE, { id: String(id) }, who);

  it('the firm exports its own complete file: records with their transitions and objections, repairs, list entries, standing', async () => {
    const r = await file('ent1', f.ids.e1);
    expect(r.errors).toBeUndefined();
    const cf = r.data!.creditFile!;
    expect(cf.enterprise.name).toBe('安居物业服务有限公司');
    expect(cf.enterprise.credit.score).toBe(70);
    expect(cf.records).toEqual([
      {
        itemCode: 'B6',
        reason: '通报批评 e1',
        status: 'CONFIRMED',
        events: [
          { fromStatus: null, toStatus: 'PROPOSED' },
          { fromStatus: 'PUBLICIZING', toStatus: 'CONFIRMED' },
        ],
        objections: [{ statement: '异议 e1', status: 'REJECTED' }],
      },
    ]);
    expect(cf.repairApplications).toEqual([{ commitment: '承诺 e1', status: 'PENDING' }]);
    expect(cf.listEntries).toEqual([{ kind: 'BLACK', reason: 'B13', fromDate: '2026-01-01', untilDate: '2026-12-31', recordId: String(recordIds.e1) }]);
  });

  it('a firm gets nothing of a competitor: not the file, not a record by id, not its objections or repairs in lists', async () => {
    expect((await file('ent1', f.ids.e2)).data).toEqual({ creditFile: null });
    const byId = await f.gql<{ creditRecord: unknown }>(`{ creditRecord(id: "${recordIds.e2}") { reason } }`, {}, 'ent1');
    expect(byId.data).toEqual({ creditRecord: null });
    const lists = await f.gql<{
      objections: { items: { statement: string }[] };
      repairApplications: { items: { commitment: string }[] };
      creditRecords: { items: { reason: string }[] };
    }>(
      `{ objections(perPage: 100) { items { statement } } repairApplications(perPage: 100) { items { commitment } } creditRecords(perPage: 100) { items { reason } } }`,
      {},
      'ent2',
    );
    expect(lists.data!.objections.items.map((o) => o.statement)).toEqual(['异议 e2']);
    expect(lists.data!.repairApplications.items.map((o) => o.commitment)).toEqual(['承诺 e2']);
    expect(lists.data!.creditRecords.items.map((o) => o.reason)).toEqual(['通报批评 e2']);
    // Filtering by another firm's id does not widen the scope.
    const filtered = await f.gql<{ creditRecords: { total: number } }>(`{ creditRecords(filter: { enterpriseId: "${f.ids.e1}" }) { total } }`, {}, 'ent2');
    expect(filtered.data?.creditRecords.total ?? 0).toBe(0);
  });

  it('a township sees the files of firms registered or serving in it, not others; the bureau and analysts see all', async () => {
    expect((await file('town1', f.ids.e1)).data!.creditFile).not.toBeNull();
    expect((await file('town1', f.ids.e3)).data!.creditFile).not.toBeNull(); // E3 serves C3 in T1
    expect((await file('town1', f.ids.e2)).data).toEqual({ creditFile: null });
    expect((await file('town2', f.ids.e2)).data!.creditFile).not.toBeNull();
    for (const who of ['admin', 'regulator', 'dept1', 'analyst'] as const) {
      expect(
        (await file(who, f.ids.e2)).data!.creditFile!.records.map((r) => r.reason),
        who,
      ).toEqual(['通报批评 e2']);
    }
  });

  it('anonymous callers are refused; unknown ids give null, malformed ids an error naming the argument', async () => {
    const anon = await f.gql(FILE, { id: String(f.ids.e1) }, null);
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anon.data).toEqual({ creditFile: null });
    const unknown = await f.gql<File>(FILE, { id: '999999' }, 'admin');
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ creditFile: null });
    for (const id of ['-1', 'abc', '1e3', "1' or '1'='1"]) {
      const r = await f.gql<File>(FILE, { id }, 'admin');
      expect(r.errors?.[0]?.extensions, id).toMatchObject({ code: 'BAD_USER_INPUT', field: 'enterpriseId' });
      expect(r.data, id).toEqual({ creditFile: null });
    }
  });
});
