import { getNamedType, isInputObjectType, isIntrospectionType, isObjectType, type GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textKind } from '@wuye/domain';
import { createFixture, fixtureUscc, testSchema, type Fixture } from './testing.js';

/**
 * Every argument passes one input policy before its resolver runs: wrong-kind ids, over-long or invisible-character
 * text, dates out of range, impossible periods and malformed JSON come back as field errors, never as an
 * internal error, and nothing is written.
 */
type Result = { __typename: string; fieldErrors?: { field: string; message: string }[] };
const FIELD_ERRORS = `__typename ... on ValidationError { fieldErrors { field message } }`;

describe('input guard', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture('sqlite');
  });
  afterAll(async () => f?.close());

  const count = async (table: string) => Number((await f.orm.em.getConnection().execute<{ n: number }[]>(`select count(*) as n from \`${table}\``))[0]!.n);
  const noInternalErrors = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    expect(
      (r.errors ?? []).filter((e) => e.extensions?.code !== 'BAD_USER_INPUT'),
      JSON.stringify(r.errors),
    ).toEqual([]);

  it('ids are canonical decimal keys: "", "1e3", "0x1", " 1", "1.0" and keys past the integer column are refused naming the field', async () => {
    const before = { enterprise: await count('enterprise'), audit: await count('audit_log') };
    let n = 100;
    const cases: [string, string][] = [
      ['', 'REQUIRED'],
      ['1e3', 'INVALID'],
      ['0x1', 'INVALID'],
      [' 1', 'INVALID'],
      ['1.0', 'INVALID'],
      ['01', 'INVALID'],
      ['2147483648', 'INVALID'],
      ['99999999', 'UNKNOWN'],
    ];
    for (const [town, kind] of cases) {
      const r = await f.gql<{ createEnterprise: Result }>(
        `mutation($t: ID!, $u: String!) { createEnterprise(input: { name: "新物业${n}", uscc: $u, legalRepresentative: "王五", townshipId: $t }) { ${FIELD_ERRORS} } }`,
        { t: town, u: fixtureUscc(n++) },
      );
      noInternalErrors(r);
      const [err] = r.data!.createEnterprise.fieldErrors!;
      expect(err!.field, town).toBe('townshipId');
      expect(err!.message, town).toBe(
        { REQUIRED: '乡镇/街道不能为空', INVALID: `乡镇/街道编号无效：${town}（应为正整数）`, UNKNOWN: '乡镇/街道不存在：99999999' }[kind],
      );
    }
    expect({ enterprise: await count('enterprise'), audit: await count('audit_log') }).toEqual(before);
  });

  it('an optional id given as "" means none: an update leaves the township alone instead of failing', async () => {
    const r = await f.gql<{ updateEnterprise: Result & { data?: { township: { id: string } } } }>(
      `mutation($id: ID!) { updateEnterprise(id: $id, input: { townshipId: "" }) { __typename ... on MutationUpdateEnterpriseSuccess { data { township { id } } } } }`,
      { id: String(f.ids.e1) },
    );
    noInternalErrors(r);
    expect(r.data!.updateEnterprise.data!.township.id).toBe(String(f.ids.town1));
  });

  it('a read by a hex or exponent id is refused, not read as another row', async () => {
    const r = await f.gql<{ enterprise: { id: string } | null }>(`{ enterprise(id: "0x${f.ids.e1.toString(16)}") { id } }`);
    expect(r.data?.enterprise ?? null).toBeNull();
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('a reference to a row that does not exist is a field error', async () => {
    const r = await f.gql<{ createComplaint: Result }>(
      `mutation { createComplaint(input: { communityId: "99999999", category: "ELEVATOR", channel: HOTLINE, content: "电梯停运" }) { ${FIELD_ERRORS} } }`,
    );
    noInternalErrors(r);
    expect(r.data!.createComplaint.fieldErrors).toEqual([{ field: 'communityId', message: '小区不存在：99999999' }]);
  });

  it('free text has a cap per field and names and codes hold no invisible or direction characters', async () => {
    const before = { meetings: await count('joint_meeting'), towns: await count('township') };
    const meeting = (agenda: string, title: string) =>
      f.gql<{ scheduleCampaignMeeting: Result }>(
        `mutation($agenda: String!, $title: String!) { scheduleCampaignMeeting(kind: JOINT, agenda: $agenda, title: $title, heldAt: "2026-12-20T02:00:00Z", location: "县住建局三楼", participants: ["住建局"]) { ${FIELD_ERRORS} } }`,
        { agenda, title },
        'regulator',
      );
    const long = await meeting('议'.repeat(400_000), '联席会议');
    noInternalErrors(long);
    expect(long.data!.scheduleCampaignMeeting.fieldErrors).toEqual([{ field: 'agenda', message: '会议内容不能超过 5000 个字符' }]);
    const hidden = await meeting('一、通报\n二、部署', '联席\u202e会议');
    expect(hidden.data!.scheduleCampaignMeeting.fieldErrors).toEqual([
      { field: 'title', message: '标题含有不允许的字符 U+202E（控制字符、零宽字符或文字方向控制符）' },
    ]);
    const name = await f.gql<{ createTownship: Result }>(
      `mutation($n: String!) { createTownship(input: { name: $n, code: "Z9" }) { ${FIELD_ERRORS} } }`,
      { n: '镇'.repeat(400_000) },
      'admin',
      'en',
    );
    expect(name.data!.createTownship.fieldErrors).toEqual([{ field: 'name', message: 'name must be at most 200 characters' }]);
    const zeroWidth = await f.gql<{ createTownship: Result }>(`mutation { createTownship(input: { name: "城\u200b关镇", code: "Z9" }) { ${FIELD_ERRORS} } }`);
    expect(zeroWidth.data!.createTownship.fieldErrors![0]!.field).toBe('name');
    expect({ meetings: await count('joint_meeting'), towns: await count('township') }).toEqual(before);
    // Line breaks stay allowed where text spans lines.
    const ok = await meeting('一、通报\n二、部署', '联席会议');
    expect(ok.data!.scheduleCampaignMeeting.__typename).toBe('MutationScheduleCampaignMeetingSuccess');
  });

  it('prose fields span lines past 200 characters: a township plan’s sections', async () => {
    const mechanism = `一、成立镇物业管理工作专班，由副镇长任组长。\n二、${'镇村两级包保到小区，'.repeat(60)}`;
    const r = await f.gql<{ createTownshipPlan: Result & { data?: { id: string } } }>(
      `mutation($m: String!, $s: String!) { createTownshipPlan(year: 2026, leaderName: "陈建国", leaderPosition: "副镇长", mechanism: $m, schedule: $s, tasks: "社区主任负责台账", resources: "镇财政安排专项经费\\n社区配备专职人员") { ${FIELD_ERRORS} ... on MutationCreateTownshipPlanSuccess { data { id } } } }`,
      { m: mechanism, s: `4 月底前完成排查；\n${'5 月起逐小区整改，'.repeat(30)}` },
      'town1',
    );
    noInternalErrors(r);
    expect(r.data!.createTownshipPlan.__typename).toBe('MutationCreateTownshipPlanSuccess');
  });

  it('dates outside the field’s range are refused naming the field', async () => {
    const r = await f.gql<{ scheduleCampaignMeeting: Result }>(
      `mutation { scheduleCampaignMeeting(kind: JOINT, agenda: "议程", title: "会议", heldAt: "9999-12-31T00:00:00Z", location: "县住建局", participants: ["住建局"]) { ${FIELD_ERRORS} } }`,
      {},
      'regulator',
    );
    expect(r.data!.scheduleCampaignMeeting.fieldErrors).toEqual([{ field: 'heldAt', message: '会议时间必须在 2000-01-01 至 2100-12-31 之间' }]);
  });

  it('periods of impossible years are refused, not computed with', async () => {
    for (const period of ['0000-01', '0000Q1', '9999-12']) {
      const r = await f.gql(`query($p: String!) { kpis(period: $p) { __typename } }`, { p: period }, 'analyst');
      expect(r.errors?.[0]?.extensions, period).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    }
    const rating = await f.gql<{ prepareRating: Result }>(`mutation { prepareRating(quarter: "0000Q1") { ${FIELD_ERRORS} } }`);
    expect(rating.data!.prepareRating.fieldErrors![0]!.field).toBe('quarter');
  });

  it('a quarter not yet ended is named as such, with no blank in the message', async () => {
    f.setToday('2026-12-04');
    const r = await f.gql<{ prepareRating: Result }>(`mutation { prepareRating(quarter: "2026Q4") { ${FIELD_ERRORS} } }`);
    f.setToday(undefined);
    expect(r.data!.prepareRating.fieldErrors).toEqual([{ field: 'quarter', message: '评比季度 2026Q4 尚未结束（2026-12-31 结束），季度结束后才能评比' }]);
  });

  it('a malformed scoring-standard definition is a field error, whatever its shape', async () => {
    for (const def of ['"x"', '[1, 2]', '{ items: 5 }', '{ items: [1, null, { code: 3 }], grades: "a", consecutiveC: 7 }']) {
      const r = await f.gql<{ issueScoringStandard: Result }>(
        `mutation { issueScoringStandard(definition: ${def}, effectiveFrom: "2099-01-01") { ${FIELD_ERRORS} } }`,
      );
      noInternalErrors(r);
      expect(r.data!.issueScoringStandard.__typename, def).toBe('ValidationError');
    }
    const r = await f.gql<{ issueScoringStandard: Result }>(
      `mutation { issueScoringStandard(definition: "x", effectiveFrom: "2099-01-01") { ${FIELD_ERRORS} } }`,
    );
    expect(r.data!.issueScoringStandard.fieldErrors).toEqual([{ field: 'definition', message: '评分标准定义格式不正确' }]);
  });
});

describe('the input policy covers the schema', () => {
  it('every text input is prose (multi-line, with its cap), short on purpose or by its name, or a secret', () => {
    const schema = testSchema();
    const unclassified: string[] = [];
    const check = (name: string, where: string, type: GraphQLInputType) => {
      if (getNamedType(type).name === 'String' && textKind(name) === null) unclassified.push(where);
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type)) continue;
      if (isObjectType(type))
        for (const field of Object.values(type.getFields())) for (const a of field.args) check(a.name, `${type.name}.${field.name}(${a.name})`, a.type);
      if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) check(field.name, `${type.name}.${field.name}`, field.type);
    }
    // A new text input lands here until it is put on a list of packages/domain/src/input-policy.ts: prose in
    // MULTILINE_LIMITS (else it is held to one line of 200 characters), short text in SHORT_TEXT_FIELDS.
    expect(unclassified).toEqual([]);
  });
});
