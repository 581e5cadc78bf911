/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL results are checked by shape in the assertions below */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDriver } from '@wuye/db/testing';
import { createFixture, type Fixture, type FixtureUser } from './testing.js';

/**
 * Owners' committee disputes through the API (issue 16): routed to the community's township, which sees them in its
 * inbox and handles them; the other township and the departments do not see them; only the handler reads the complainant.
 */

describeEachDriver('township disputes API', (driver) => {
  let f: Fixture;
  const ids = { c1: '', c2: '' };
  beforeAll(async () => {
    f = await createFixture(driver);
    const file = async (community: number, content: string) =>
      (
        await f.gql<any>(
          `mutation { createComplaint(input: { channel: HOTLINE, communityId: "${community}", category: "OWNERS_COMMITTEE", content: "${content}", complainantName: "张三丰", complainantPhone: "13900001111" }) { ... on MutationCreateComplaintSuccess { data { id state handledByTownship department { id } } } } }`,
          {},
          'regulator',
        )
      ).data!.createComplaint.data;
    const one = await file(f.ids.c1, '业委会未经业主大会表决即续聘物业');
    const two = await file(f.ids.c2, '业主大会表决票数统计不公开');
    expect([one.state, one.handledByTownship, one.department]).toEqual(['ROUTED', true, null]);
    Object.assign(ids, { c1: one.id, c2: two.id });
  });
  afterAll(async () => f?.close());

  const routed = async (as: FixtureUser) =>
    (await f.gql<any>(`{ complaints(filter: { handledByTownship: true }) { total items { id township { name } } } }`, {}, as)).data!.complaints;
  const inbox = async (as: FixtureUser) =>
    (await f.gql<any>(`{ inbox { complaints { total items { id availableActions complainantName } } } }`, {}, as)).data!.inbox.complaints;

  it('scopes the disputes: each township sees its own communities’ only, the departments none, the bureau all', async () => {
    expect((await routed('town1')).items).toEqual([{ id: ids.c1, township: { name: '城关镇' } }]);
    expect((await routed('town2')).items).toEqual([{ id: ids.c2, township: { name: '东城街道' } }]);
    expect((await routed('dept1')).total).toBe(0);
    expect((await routed('regulator')).total).toBe(2);
    expect((await f.gql<any>(`{ complaint(id: "${ids.c1}") { id } }`, {}, 'town2')).data!.complaint).toBeNull();
  });

  it('puts the dispute in its township’s inbox with the actions it may take and the complainant in full', async () => {
    expect((await inbox('town1')).items).toEqual([{ id: ids.c1, availableActions: ['RESPOND'], complainantName: '张三丰' }]);
    expect((await inbox('town2')).items).toEqual([{ id: ids.c2, availableActions: ['RESPOND'], complainantName: '张三丰' }]);
    expect((await inbox('dept1')).total).toBe(0);
  });

  it('lets the township handle it; the other township cannot reach it', async () => {
    const respond = (as: FixtureUser) =>
      f.gql<any>(
        `mutation { respondToComplaint(id: "${ids.c1}", note: "已受理，约谈业委会") { __typename ... on MutationRespondToComplaintSuccess { data { state availableActions } } } }`,
        {},
        as,
      );
    expect((await respond('town2')).data!.respondToComplaint.__typename).toBe('NotFoundError');
    const done = (await respond('town1')).data!.respondToComplaint;
    expect(done.data).toEqual({ state: 'RESPONDED', availableActions: ['RESOLVE', 'TURN_INTO_ISSUE', 'REJECT'] });
  });
});
