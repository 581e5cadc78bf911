/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL results are checked by shape in the assertions below */
import type { MikroORM } from '@mikro-orm/core';
import { graphql } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Milestone, User, type Em } from '@wuye/db';
import { KPI_TODAY, createTestOrm, describeEachDriver, dropTestOrm, seedKpiFixture } from '@wuye/db/testing';
import type { Locale, Role } from '@wuye/domain';
import type { Context } from './context.js';
import { principalOf } from '@wuye/db';
import { testSchema } from './testing.js';

type Who = 'admin' | 'regulator' | 'analyst' | 'ent' | 'dept' | null;

/**
 * The actions the API offers on milestones, bulletins and ratings (availableActions) answer what the command then
 * does: an action offered as available succeeds, one offered with a reason is refused with that same message.
 */
describeEachDriver('availableActions on milestones, bulletins and ratings', (driver) => {
  let orm: MikroORM;
  const users: Record<string, number> = {};
  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    const em = orm.em.fork() as Em;
    const ids = await seedKpiFixture(em);
    const user = (username: string, role: Role, scope: Partial<User> = {}) =>
      em.create(User, { username, displayName: username, role, passwordHash: 'unused', ...scope });
    const created = {
      admin: user('admin', 'ADMIN'),
      regulator: user('regulator', 'REGULATOR'),
      analyst: user('analyst', 'ANALYST'),
      ent: user('ent', 'ENTERPRISE', { enterprise: ids.e1 as never }),
      dept: user('dept', 'DEPARTMENT', { department: ids.d1 as never }),
    };
    await em.flush();
    for (const [k, u] of Object.entries(created)) users[k] = u.id;
  });
  afterAll(async () => orm && dropTestOrm(orm));

  const gql = async <T = any>(source: string, as: Who, locale: Locale = 'zh-CN') => {
    const em = orm.em.fork() as Em;
    const user = as ? await em.findOneOrFail(User, { id: users[as] }) : null;
    const ctx: Context = { em, principal: user ? principalOf(user) : null, user, sessionId: null, locale, ip: null, userAgent: null, today: KPI_TODAY };
    const r = await graphql({ schema: testSchema(), source, contextValue: ctx });
    expect(r.errors).toBeUndefined();
    return r.data as T;
  };
  const ACTIONS = 'availableActions { action available reason }';
  const offered = (actions: { action: string; available: boolean; reason: string | null }[]) =>
    actions.map((a) => `${a.action}:${a.available ? 'yes' : a.reason}`);

  it('a milestone is completed once: the second completion is refused with the reason the button showed', async () => {
    const m = await orm.em.fork().findOneOrFail(Milestone, { code: 'MS4' });
    const read = async (as: Who, locale: Locale = 'zh-CN') =>
      (await gql(`{ campaign(year: 2026) { milestones { id ${ACTIONS} } } }`, as, locale)).campaign.milestones.find((x: any) => x.id === String(m.id))
        .availableActions;
    expect(offered(await read('regulator'))).toEqual(['COMPLETE:yes']);
    expect(await read('analyst')).toEqual([]);
    expect(await read('ent')).toEqual([]);
    const complete = `mutation { completeMilestone(id: "${m.id}", doneOn: "${KPI_TODAY}", evidence: "纪要") { __typename ... on ValidationError { fieldErrors { field message } } } }`;
    expect((await gql(complete, 'regulator')).completeMilestone.__typename).toBe('MutationCompleteMilestoneSuccess');
    expect(offered(await read('regulator'))).toEqual(['COMPLETE:该节点已完成']);
    expect(offered(await read('regulator', 'en'))).toEqual(['COMPLETE:this milestone is already done']);
    const again = await gql(complete.replace(KPI_TODAY, '2026-11-01'), 'regulator');
    expect(again.completeMilestone).toEqual({ __typename: 'ValidationError', fieldErrors: [{ field: 'milestoneId', message: '该节点已完成' }] });
    expect((await orm.em.fork().findOneOrFail(Milestone, { id: m.id })).doneOn).toBe(KPI_TODAY);
  });

  it('a department completes the milestones in its remit; another department’s is not offered and is refused', async () => {
    const em = orm.em.fork();
    const [mine, theirs] = [await em.findOneOrFail(Milestone, { code: 'MS3' }), await em.findOneOrFail(Milestone, { code: 'MS4' })];
    const actions = async (id: number) =>
      (await gql(`{ campaign(year: 2026) { milestones { id ${ACTIONS} } } }`, 'dept')).campaign.milestones.find((x: any) => x.id === String(id))
        .availableActions;
    expect(offered(await actions(mine.id))).toEqual(['COMPLETE:yes']);
    expect(await actions(theirs.id)).toEqual([]);
    const complete = (id: number) =>
      `mutation { completeMilestone(id: "${id}", doneOn: "${KPI_TODAY}", evidence: "专项检查记录") { __typename ... on ValidationError { fieldErrors { field message } } } }`;
    expect((await gql(complete(theirs.id), 'dept')).completeMilestone).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [{ field: 'milestoneId', message: '无权对该节点进行此操作' }],
    });
    expect((await gql(complete(mine.id), 'dept')).completeMilestone.__typename).toBe('MutationCompleteMilestoneSuccess');
    expect((await orm.em.fork().findOneOrFail(Milestone, { id: mine.id })).status).toBe('DONE');
  });

  it('a bulletin: the bureau reviews, only ADMIN publishes and only after review; nothing once published or for readers', async () => {
    const gen = await gql(`mutation { generateBulletin(month: "2026-10") { ... on MutationGenerateBulletinSuccess { data { id ${ACTIONS} } } } }`, 'regulator');
    const id = gen.generateBulletin.data.id;
    expect(offered(gen.generateBulletin.data.availableActions)).toEqual(['REGENERATE:yes', 'REVIEW:yes', 'PUBLISH:仅系统管理员可发布']);
    const read = async (as: Who) => (await gql(`{ bulletin(id: "${id}") { ${ACTIONS} } }`, as)).bulletin?.availableActions;
    expect(offered(await read('admin'))).toEqual(['REGENERATE:yes', 'REVIEW:yes', 'PUBLISH:须先审核']);
    expect(await read('analyst')).toEqual([]);
    const early = await gql(`mutation { publishBulletin(id: "${id}") { ... on ValidationError { fieldErrors { message } } } }`, 'admin');
    expect(early.publishBulletin.fieldErrors).toEqual([{ message: '须先审核' }]);

    const reviewed = await gql(`mutation { reviewBulletin(id: "${id}") { ... on MutationReviewBulletinSuccess { data { status ${ACTIONS} } } } }`, 'regulator');
    expect(offered(reviewed.reviewBulletin.data.availableActions)).toEqual(['REGENERATE:yes', 'REVIEW:该月通报已审核', 'PUBLISH:仅系统管理员可发布']);
    expect(offered(await read('admin'))).toEqual(['REGENERATE:yes', 'REVIEW:该月通报已审核', 'PUBLISH:yes']);
    const twice = await gql(`mutation { reviewBulletin(id: "${id}") { ... on ValidationError { fieldErrors { message } } } }`, 'regulator');
    expect(twice.reviewBulletin.fieldErrors).toEqual([{ message: '该月通报已审核' }]);

    const pub = await gql(`mutation { publishBulletin(id: "${id}") { ... on MutationPublishBulletinSuccess { data { status ${ACTIONS} } } } }`, 'admin');
    expect(pub.publishBulletin.data).toEqual({ status: 'PUBLISHED', availableActions: [] });
    expect(await read(null)).toEqual([]);
  });

  it('a rating: its preparer may not review it, another may; publishing is for ADMIN after review', async () => {
    const prep = await gql(`mutation { prepareRating(quarter: "2026Q3") { ... on MutationPrepareRatingSuccess { data { id ${ACTIONS} } } } }`, 'admin');
    const id = prep.prepareRating.data.id;
    expect(offered(prep.prepareRating.data.availableActions)).toEqual(['PREPARE:yes', 'REVIEW:复核人不能是编制人', 'PUBLISH:须先复核']);
    const read = async (as: Who) => (await gql(`{ rating(id: "${id}") { ${ACTIONS} } }`, as)).rating?.availableActions;
    expect(offered(await read('regulator'))).toEqual(['PREPARE:yes', 'REVIEW:yes', 'PUBLISH:仅系统管理员可发布']);
    expect(await read('analyst')).toEqual([]);
    const self = await gql(`mutation { reviewRating(id: "${id}") { ... on ValidationError { fieldErrors { field message } } } }`, 'admin');
    expect(self.reviewRating.fieldErrors).toEqual([{ field: 'ratingId', message: '复核人不能是编制人' }]);

    expect((await gql(`mutation { reviewRating(id: "${id}") { __typename } }`, 'regulator')).reviewRating.__typename).toBe('MutationReviewRatingSuccess');
    expect(offered(await read('admin'))).toEqual(['PREPARE:yes', 'REVIEW:该季度评比已复核', 'PUBLISH:yes']);
    const pub = await gql(`mutation { publishRating(id: "${id}") { ... on MutationPublishRatingSuccess { data { status ${ACTIONS} } } } }`, 'admin');
    expect(pub.publishRating.data).toEqual({ status: 'PUBLISHED', availableActions: [] });
    expect(await read(null)).toEqual([]);
  });

  it('an unknown bulletin, rating or milestone is not found, not a rule error', async () => {
    const r = await gql(
      `mutation { a: reviewBulletin(id: "99999") { __typename } b: reviewRating(id: "99999") { __typename } c: completeMilestone(id: "99999", doneOn: "2026-11-01", evidence: "x") { __typename } }`,
      'admin',
    );
    expect(r).toEqual({ a: { __typename: 'NotFoundError' }, b: { __typename: 'NotFoundError' }, c: { __typename: 'NotFoundError' } });
  });
});
