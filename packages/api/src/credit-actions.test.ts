import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDriver } from '@wuye/db/testing';
import { runCreditExpiry } from '@wuye/db';
import { createFixture, type Fixture, type FixtureUser } from './testing.js';

type Action = { action: string; available: boolean; reason: string | null };
type Result = { __typename: string; fieldErrors?: { field: string; message: string }[]; data?: { id: string } };

/** The actions the API offers say, before the user submits, what the command would then answer. */
describeEachDriver('credit availableActions', (driver) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(driver);
  });
  afterAll(async () => f?.close());

  const mutate = async (doc: string, as: FixtureUser) => {
    const r = await f.gql<Record<string, Result>>(doc, {}, as);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return Object.values(r.data!)[0]!;
  };
  const record = async (id: string, as: FixtureUser, locale: 'zh-CN' | 'en' = 'zh-CN') => {
    const r = await f.gql<{ creditRecord: { objectionDaysLeft: number | null; availableActions: Action[] } }>(
      `{ creditRecord(id: "${id}") { objectionDaysLeft availableActions { action available reason } } }`,
      {},
      as,
      locale,
    );
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data!.creditRecord;
  };
  const propose = async (enterprise: number, itemCode: string, day: string) =>
    (
      await mutate(
        `mutation { proposeCreditRecord(input: { enterpriseId: "${enterprise}", itemCode: "${itemCode}", effectiveFrom: "${day}", reason: "通报" }) { __typename ... on MutationProposeCreditRecordSuccess { data { id } } } }`,
        'regulator',
      )
    ).data!.id;

  it('objection: offered to the firm up to the deadline day, then refused with the reason the command gives', async () => {
    f.setToday('2026-06-01');
    const id = await propose(f.ids.e1, 'B6', '2026-06-01');
    expect(await record(id, 'ent1')).toEqual({ objectionDaysLeft: 10, availableActions: [{ action: 'OBJECT', available: true, reason: null }] });
    expect((await record(id, 'regulator')).availableActions).toEqual([{ action: 'REVOKE', available: true, reason: null }]);
    expect((await record(id, 'analyst')).availableActions).toEqual([]);
    f.setToday('2026-06-11');
    expect(await record(id, 'ent1')).toMatchObject({ objectionDaysLeft: 0, availableActions: [{ action: 'OBJECT', available: true }] });

    f.setToday('2026-06-12');
    const late = await record(id, 'ent1');
    expect(late).toEqual({
      objectionDaysLeft: null,
      availableActions: [{ action: 'OBJECT', available: false, reason: '信用记录的异议期已于 2026-06-11 结束' }],
    });
    const refused = await mutate(
      `mutation { fileObjection(recordId: "${id}", statement: "异议") { __typename ... on ValidationError { fieldErrors { field message } } } }`,
      'ent1',
    );
    expect(refused.fieldErrors).toEqual([{ field: 'recordId', message: late.availableActions[0]!.reason }]);
  });

  it('deciding an objection: the proposer is told it may not, another reviewer may', async () => {
    f.setToday('2026-06-01');
    const id = await propose(f.ids.e1, 'B6', '2026-06-01');
    f.setToday('2026-06-03');
    const filed = await mutate(
      `mutation { fileObjection(recordId: "${id}", statement: "已整改") { __typename ... on MutationFileObjectionSuccess { data { id } } } }`,
      'ent1',
    );
    const objectionActions = async (as: FixtureUser) =>
      (
        await f.gql<{ objections: { items: { availableActions: Action[] }[] } }>(
          `{ objections(filter: { ids: ["${filed.data!.id}"] }) { items { availableActions { action available reason } } } }`,
          {},
          as,
        )
      ).data!.objections.items[0]!.availableActions;
    const self = [{ action: 'DECIDE', available: false, reason: '信用记录的提出人不能复核自己的记录' }];
    expect(await objectionActions('regulator')).toEqual(self);
    expect((await record(id, 'regulator')).availableActions).toEqual([
      { ...self[0], action: 'DECIDE_OBJECTION' },
      { action: 'REVOKE', available: true, reason: null },
    ]);
    expect(await objectionActions('admin')).toEqual([{ action: 'DECIDE', available: true, reason: null }]);
    expect(await objectionActions('ent1')).toEqual([]);
  });

  it('repair: the earliest date, open issues and a pending application are shown before applying', async () => {
    f.setToday('2026-01-10');
    const id = await propose(f.ids.e2, 'B13', '2026-01-10');
    await runCreditExpiry(f.orm.em.fork(), '2026-01-21');
    f.setToday('2026-04-20');
    expect((await record(id, 'ent2')).availableActions).toEqual([
      { action: 'APPLY_REPAIR', available: false, reason: '信用记录公示期未满最短期限，最早可于 2026-04-21 申请信用修复' },
    ]);
    expect((await record(id, 'ent2', 'en')).availableActions[0]!.reason).toBe(
      'the credit record has not been public long enough: repair can be applied for from 2026-04-21',
    );
    f.setToday('2026-04-21');
    expect((await record(id, 'ent2')).availableActions).toEqual([{ action: 'APPLY_REPAIR', available: true, reason: null }]);
    const applied = await mutate(
      `mutation { applyForRepair(recordId: "${id}", commitment: "承诺依法经营") { __typename ... on MutationApplyForRepairSuccess { data { id } } } }`,
      'ent2',
    );
    expect((await record(id, 'ent2')).availableActions).toEqual([{ action: 'APPLY_REPAIR', available: false, reason: '该信用记录已有待处理的申请' }]);

    const applicationActions = async (as: FixtureUser) =>
      (
        await f.gql<{ repairApplications: { items: { availableActions: Action[] }[] } }>(
          `{ repairApplications(filter: { ids: ["${applied.data!.id}"] }) { items { availableActions { action available reason } } } }`,
          {},
          as,
        )
      ).data!.repairApplications.items[0]!.availableActions;
    expect(await applicationActions('regulator')).toEqual([
      { action: 'APPROVE', available: true, reason: null },
      { action: 'REFUSE', available: true, reason: null },
    ]);
    expect(await applicationActions('ent2')).toEqual([]);
    await mutate(`mutation { decideRepair(applicationId: "${applied.data!.id}", approve: true, reasons: "整改到位") { __typename } }`, 'regulator');
    expect(await applicationActions('regulator')).toEqual([]);
    expect((await record(id, 'ent2')).availableActions).toEqual([]);
  });
});
