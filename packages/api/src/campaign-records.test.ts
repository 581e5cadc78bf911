/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL results are checked by shape in the assertions below */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { JointMeeting } from '@wuye/db';
import { describeEachDriver } from '@wuye/db/testing';
import { createFixture, testSchema, type Fixture } from './testing.js';

/**
 * The campaign's records through the API: minutes written by one regulator and approved by another (then read-only),
 * a department writing the minutes of its own meeting, peer visits scoped to a firm, and the publicity column — drafts
 * for the bureau only, published articles for anyone without signing in, text only.
 */

const ERRORS = `... on ValidationError { fieldErrors { field message } }`;

describeEachDriver('campaign records API', (driver) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(driver);
    f.setToday('2026-11-15');
  });
  afterAll(async () => f?.close());

  const schedule = async (extra = '') =>
    (
      await f.gql<any>(
        `mutation { scheduleCampaignMeeting(kind: MONTHLY_CONSULTATION, title: "2026年11月月度会商会", heldAt: "2026-11-10T01:30:00Z", location: "县住建局三楼会议室", agenda: "通报整改进度", participants: ["住建局", "民政局"]${extra}) { __typename ... on MutationScheduleCampaignMeetingSuccess { data { id kind } } ${ERRORS} } }`,
        {},
        'regulator',
      )
    ).data!.scheduleCampaignMeeting.data;
  const actions = async (as: 'regulator' | 'admin' | 'dept1' | 'dept2' | 'ent1', id: string) =>
    Object.fromEntries(
      (await f.gql<any>(`{ campaignMeetings { id minutes { status } availableMinutesActions { action available reason } } }`, {}, as))
        .data!.campaignMeetings.find((m: { id: string }) => m.id === id)
        .availableMinutesActions.map((a: any) => [a.action, a.available ? 'ok' : a.reason]),
    );
  const minutesOp = (op: string, id: string, args = '') =>
    `mutation { ${op}(meetingId: "${id}"${args}) { __typename ... on Mutation${op[0]!.toUpperCase()}${op.slice(1)}Success { data { status writtenBy approvedBy } } ${ERRORS} } }`;

  it('a regulator writes and submits the minutes, the other approves them; then nobody changes them', async () => {
    const m = await schedule();
    expect(m.kind).toBe('MONTHLY_CONSULTATION');
    expect(await actions('ent1', m.id)).toEqual({});
    const bad = (await f.gql<any>(minutesOp('writeMeetingMinutes', m.id, ', body: " ", attendees: []'), {}, 'regulator')).data!.writeMeetingMinutes;
    expect(bad.fieldErrors).toEqual([
      { field: 'body', message: '正文不能为空' },
      { field: 'minutesAttendees', message: '参会人员不能为空' },
    ]);
    const written = (
      await f.gql<any>(minutesOp('writeMeetingMinutes', m.id, ', body: "会议通报了整改进度。", attendees: ["县住建局 王建国"]'), {}, 'regulator')
    ).data!.writeMeetingMinutes;
    expect(written.data).toEqual({ status: 'DRAFT', writtenBy: 'regulator', approvedBy: null });
    expect(await actions('regulator', m.id)).toMatchObject({ EDIT: 'ok', SUBMIT: 'ok', APPROVE: '该会议纪要尚未提交审定' });
    await f.gql<any>(minutesOp('submitMeetingMinutes', m.id), {}, 'regulator');
    expect(await actions('regulator', m.id)).toMatchObject({ APPROVE: '会议纪要须由撰写人以外的监管人员审定' });
    expect(await actions('admin', m.id)).toMatchObject({ APPROVE: 'ok', RETURN: 'ok' });
    const self = (await f.gql<any>(minutesOp('approveMeetingMinutes', m.id), {}, 'regulator')).data!.approveMeetingMinutes;
    expect(self.fieldErrors).toEqual([{ field: 'minutes', message: '会议纪要须由撰写人以外的监管人员审定' }]);
    const ok = (await f.gql<any>(minutesOp('approveMeetingMinutes', m.id), {}, 'admin')).data!.approveMeetingMinutes;
    expect(ok.data).toEqual({ status: 'APPROVED', writtenBy: 'regulator', approvedBy: 'admin' });
    const after = (await f.gql<any>(minutesOp('writeMeetingMinutes', m.id, ', body: "改", attendees: ["x"]'), {}, 'regulator')).data!.writeMeetingMinutes;
    expect(after.fieldErrors).toEqual([{ field: 'minutes', message: '该会议纪要已审定，不能再修改' }]);
    expect(Object.values(await actions('admin', m.id)).every((r) => r === '该会议纪要已审定，不能再修改')).toBe(true);
  });

  it('one mutation schedules every campaign meeting: a joint meeting of a campaign, as the campaign page sends it', async () => {
    expect(Object.keys(testSchema().getMutationType()!.getFields()).filter((n) => /^schedule.*Meeting$/.test(n) && n !== 'scheduleLeaseMeeting')).toEqual([
      'scheduleCampaignMeeting',
    ]);
    const campaign = (
      await f.gql<any>(
        `mutation { createCampaign(name: "2027年提升年", year: 2027, startDate: "2027-03-01", endDate: "2027-12-31") { ... on MutationCreateCampaignSuccess { data { id } } } }`,
        {},
        'regulator',
      )
    ).data!.createCampaign.data.id as string;
    const joint = (campaignId: string) =>
      f.gql<any>(
        `mutation($c: ID) { scheduleCampaignMeeting(kind: JOINT, campaignId: $c, title: "物业管理联席会议", heldAt: "2026-11-20T02:00:00Z", location: "县住建局三楼会议室", agenda: "一、通报\\n二、部署", participants: ["住建局", "民政局"], contactPhone: "0571-12345678") { __typename ... on MutationScheduleCampaignMeetingSuccess { data { id kind notice } } ${ERRORS} } }`,
        { c: campaignId },
        'regulator',
      );
    const unknown = (await joint('99999999')).data!.scheduleCampaignMeeting;
    expect(unknown.fieldErrors.map((e: { field: string }) => e.field)).toEqual(['campaignId']);
    const m = (await joint(campaign)).data!.scheduleCampaignMeeting.data;
    expect(m.kind).toBe('JOINT');
    expect(m.notice).toContain('物业管理联席会议');
    const row = await f.orm.em.fork().findOneOrFail(JointMeeting, { id: Number(m.id) });
    expect(row.campaign?.id).toBe(Number(campaign));
    const listed = (await f.gql<any>(`{ jointMeetings { id } }`, {}, 'regulator')).data!.jointMeetings.map((x: { id: string }) => x.id);
    expect(listed).toContain(m.id);
  });

  it('a department writes the minutes of a meeting it held, not of another’s; it approves none', async () => {
    const m = await schedule(`, hostDepartmentId: "${f.ids.dept1}"`);
    expect(await actions('dept2', m.id)).toEqual({});
    expect(await actions('dept1', m.id)).toEqual({ EDIT: 'ok', SUBMIT: '会议纪要不能为空' });
    const other = (await f.gql<any>(minutesOp('writeMeetingMinutes', m.id, ', body: "纪要", attendees: ["民政局"]'), {}, 'dept2')).data!.writeMeetingMinutes;
    expect(other.fieldErrors).toEqual([{ field: 'minutes', message: '无权对该会议纪要进行此操作' }]);
    const own = (await f.gql<any>(minutesOp('writeMeetingMinutes', m.id, ', body: "纪要", attendees: ["民政局"]'), {}, 'dept1')).data!.writeMeetingMinutes;
    expect(own.data.status).toBe('DRAFT');
    const denied = await f.gql<any>(minutesOp('approveMeetingMinutes', m.id), {}, 'dept1');
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('peer visits: the bureau records them; a firm sees the visits it hosted or joined, not others', async () => {
    const r = (
      await f.gql<any>(
        `mutation { recordPeerVisit(visitedOn: "2026-09-18", hostEnterpriseId: "${f.ids.e1}", visitorEnterpriseIds: ["${f.ids.e3}"], visitorPeople: ["县住建局 王建国"], findings: "台账规范，值得推广") { __typename ... on MutationRecordPeerVisitSuccess { data { id hostEnterpriseName visitingFirms { name } } } ${ERRORS} } }`,
        {},
        'regulator',
      )
    ).data!.recordPeerVisit;
    expect(r.data.hostEnterpriseName).toBe('安居物业服务有限公司');
    const future = (
      await f.gql<any>(
        `mutation { recordPeerVisit(visitedOn: "2026-11-16", hostEnterpriseId: "${f.ids.e1}", visitorEnterpriseIds: [], visitorPeople: ["王"], findings: "x") { __typename ${ERRORS} } }`,
        {},
        'regulator',
      )
    ).data!.recordPeerVisit;
    expect(future.fieldErrors).toEqual([{ field: 'visitedOn', message: '观摩日期不能晚于当前时间' }]);
    const seen = async (as: 'ent1' | 'ent2' | 'analyst') => (await f.gql<any>(`{ peerVisits { id } }`, {}, as)).data!.peerVisits.length;
    expect([await seen('ent1'), await seen('ent2'), await seen('analyst')]).toEqual([1, 0, 1]);
  });

  it('articles: the bureau drafts, publishes and withdraws; anyone reads the published ones by kind and page; markup is refused', async () => {
    const save = async (title: string, body = '第一段。\\n\\n第二段 <br> 仍是文字？') =>
      (
        await f.gql<any>(
          `mutation { saveArticle(input: { kind: NEWS, title: "${title}", body: "${body}" }) { __typename ... on MutationSaveArticleSuccess { data { id status availableActions { action available } } } ${ERRORS} } }`,
          {},
          'regulator',
        )
      ).data!.saveArticle;
    expect((await save('标题')).fieldErrors).toEqual([{ field: 'body', message: '正文只能是纯文本，不能包含 HTML 标记或实体' }]);
    const a = (await save('我县召开物业管理月度会商会', '会议通报了整改进度。\\n\\n满意度 < 80% 的小区限期整改。')).data;
    expect(a.availableActions).toEqual([
      { action: 'EDIT', available: true },
      { action: 'PUBLISH', available: true },
      { action: 'WITHDRAW', available: false },
    ]);
    const pub = async () =>
      (await f.gql<any>(`{ publicArticles(kind: NEWS, page: 1, perPage: 5) { total items { id title paragraphs } } }`, {}, null)).data!.publicArticles;
    expect((await pub()).total).toBe(0);
    expect((await f.gql<any>(`{ publicArticle(id: "${a.id}") { title } }`, {}, null)).data!.publicArticle).toBeNull();
    await f.gql<any>(`mutation { publishArticle(id: "${a.id}") { __typename } }`, {}, 'regulator');
    expect(await pub()).toEqual({
      total: 1,
      items: [{ id: a.id, title: '我县召开物业管理月度会商会', paragraphs: ['会议通报了整改进度。', '满意度 < 80% 的小区限期整改。'] }],
    });
    const denied = await f.gql<any>(`mutation { publishArticle(id: "${a.id}") { __typename } }`, {}, 'dept1');
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const drafts = await f.gql<any>(`{ publicityArticles { id } }`, {}, null);
    expect(drafts.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await f.gql<any>(`mutation { withdrawArticle(id: "${a.id}", reason: "内容需更正") { __typename } }`, {}, 'regulator');
    expect((await pub()).total).toBe(0);
    const again = (await f.gql<any>(`mutation { publishArticle(id: "${a.id}") { __typename ${ERRORS} } }`, {}, 'regulator')).data!.publishArticle;
    expect(again.fieldErrors).toEqual([{ field: 'article', message: '宣传稿件当前为“已撤回”，不能发布' }]);
  });
});
