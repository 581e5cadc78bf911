import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Community, Complaint, CreditRecord, Department, Enterprise, PublicComplaint, SurveyCode, Township, type Em } from '../index.js';
import { RuleError } from '../rule-error.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import { publicComplaintByCode, submitPublicComplaint } from './complaints.js';
import { answerSurvey, closeSurvey, createSurvey } from './surveys.js';

async function refusal(run: () => Promise<unknown>): Promise<string[]> {
  try {
    await run();
    return [];
  } catch (e) {
    if (e instanceof RuleError) return e.issues.map((i) => `${i.field}:${i.code}`);
    throw e;
  }
}

const NOW = new Date('2026-11-15T02:00:00Z');
const LATER = new Date('2026-11-18T02:00:00Z');
/** Deterministic "random" bytes (a small linear congruential generator), so the test does not depend on chance. */
function counter() {
  let state = 20261115;
  return (k: number) =>
    Uint8Array.from({ length: k }, () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return (state >>> 16) & 255;
    });
}
const REGULATOR = { userId: '', role: 'REGULATOR' as const };

describeEachDriver("residents' voice", (driver) => {
  let orm: MikroORM;
  const ids = { t1: 0, t2: 0, c1: 0, c2: 0, c3: 0, e1: 0 };
  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    const em = orm.em.fork();
    const t1 = em.create(Township, { name: '城关镇', code: 'T1' });
    const t2 = em.create(Township, { name: '河东镇', code: 'T2' });
    em.create(Department, { name: '住建局物业科', code: 'D1', remit: ['SANITATION', 'SERVICE_QUALITY', 'ELEVATOR'] });
    const e1 = em.create(Enterprise, { name: '安居物业', uscc: '91330100MA0000001X', legalRepresentative: '王', township: t1 });
    const c = (name: string, township: Township, enterprise: Enterprise | null, households = 100) =>
      em.create(Community, { name, township, enterprise, type: 'OLD', serviceMode: enterprise ? 'ENTERPRISE' : 'NONE', households, floorArea: 1000 });
    const c1 = c('幸福小区', t1, e1);
    const c2 = c('和平小区', t2, null);
    const c3 = c('阳光小区', t1, e1, 60);
    await em.flush();
    Object.assign(ids, { t1: t1.id, t2: t2.id, c1: c1.id, c2: c2.id, c3: c3.id, e1: e1.id });
  });
  afterAll(async () => {
    await dropTestOrm(orm);
  });

  const text = '小区垃圾三天没有清运，楼道堆满杂物，气味很大';
  const random = counter();
  const submit = (over: Record<string, unknown> = {}, at = NOW) =>
    orm.em
      .fork()
      .transactional((em) =>
        submitPublicComplaint(em as Em, { category: 'SANITATION', communityId: String(ids.c1), content: text, photos: [], ...over }, at, random),
      );

  it('files the complaint in the loop (WEB channel, routed) and answers a tracking code; the status page shows no personal data', async () => {
    const r = await submit({ contactName: '张三', contactPhone: '13812345678', photos: [{ key: 'p/1.jpg', mime: 'image/jpeg', bytes: 1000 }] });
    expect(r).toMatchObject({ duplicate: false, stored: true });
    expect(r.trackingCode).toMatch(/^TS-[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    const em = orm.em.fork();
    const complaint = await em.findOneOrFail(Complaint, { id: r.complaintId! });
    expect(complaint).toMatchObject({ channel: 'WEB', state: 'ROUTED', complainantName: '张三', complainantPhone: '13812345678' });
    const view = await publicComplaintByCode(em, r.trackingCode.toLowerCase().replace(/-/g, ' '));
    expect(view).toMatchObject({ trackingCode: r.trackingCode, status: 'ACCEPTED', communityName: '幸福小区', departmentName: '住建局物业科', photoCount: 1 });
    expect(JSON.stringify(view)).not.toMatch(/张三|13812345678/);
    expect(await publicComplaintByCode(em, 'TS-AAAAA-AAAAA')).toBeNull();
    expect(await publicComplaintByCode(em, 'garbage')).toBeNull();
  });

  it('a repeat within 7 days in the same community gets the earlier code and stores nothing; after 7 days it is new', async () => {
    const first = await submit({ content: '电梯坏了一个月没人修，老人上下楼很困难', category: 'ELEVATOR' });
    const before = await orm.em.fork().count(Complaint);
    const again = await submit({ content: '电梯坏了一个月没人修 老人上下楼很困难！', category: 'ELEVATOR' }, LATER);
    expect(again).toMatchObject({ trackingCode: first.trackingCode, duplicate: true, stored: false });
    expect(await orm.em.fork().count(Complaint)).toBe(before);
    expect((await orm.em.fork().findOneOrFail(PublicComplaint, { trackingCode: first.trackingCode })).repeats).toBe(1);
    const elsewhere = await submit({ content: '电梯坏了一个月没人修，老人上下楼很困难', category: 'ELEVATOR', communityId: String(ids.c3) }, LATER);
    expect(elsewhere.duplicate).toBe(false);
    const weekLater = await submit({ content: '电梯坏了一个月没人修，老人上下楼很困难', category: 'ELEVATOR' }, new Date('2026-11-22T02:00:01Z'));
    expect(weekLater).toMatchObject({ duplicate: false, stored: true });
  });

  it('a filled honeypot stores nothing but answers like a success', async () => {
    const before = await orm.em.fork().count(Complaint);
    const r = await submit({ website: 'http://spam.example', content: '全新的内容不会重复的投诉文字' });
    expect(r).toMatchObject({ stored: false, duplicate: false, complaintId: null });
    expect(r.trackingCode).toMatch(/^TS-/);
    expect(await orm.em.fork().count(Complaint)).toBe(before);
  });

  it('refuses bad input naming the field, nothing written', async () => {
    const before = await orm.em.fork().count(Complaint);
    expect(await refusal(() => submit({ content: '太短', photos: [{ key: 'x', mime: 'text/html', bytes: 10 }] }))).toEqual([
      'content:TOO_SHORT',
      'photos.1:PHOTO_TYPE',
    ]);
    expect(await refusal(() => submit({ communityId: '99999' }))).toEqual(['communityId:UNKNOWN_REFERENCE']);
    expect(await orm.em.fork().count(Complaint)).toBe(before);
  });

  it('a survey: a code sheet of the sample, each code answers once, closing at ≥ 90% proposes G6 for the serving firm', async () => {
    const survey = await orm.em
      .fork()
      .transactional((em) =>
        createSurvey(em, REGULATOR, { communityId: String(ids.c1), title: '2026 年四季度满意度测评', opensOn: '2026-11-10', closesOn: '2026-11-30' }, random),
      );
    expect(survey.sampleSize).toBe(10);
    const codes = await orm.em.fork().find(SurveyCode, { survey: survey.id }, { orderBy: { position: 'asc' } });
    expect(codes.map((c) => c.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(codes.map((c) => c.code)).size).toBe(10);
    const answer = (code: string, a: string, by: typeof REGULATOR | null = null) =>
      orm.em.fork().transactional((em) => answerSurvey(em, { code, answer: a }, by, NOW));
    for (const c of codes.slice(0, 8)) await answer(c.code, 'SATISFIED');
    await answer(codes[8]!.code.toLowerCase(), 'DISSATISFIED', REGULATOR);
    expect(await refusal(() => answer(codes[0]!.code, 'DISSATISFIED'))).toEqual(['surveyCode:SURVEY_CODE_USED']);
    expect(await refusal(() => answer('ZZZZ-ZZZZ', 'SATISFIED'))).toEqual(['surveyCode:SURVEY_CODE_UNKNOWN']);
    const staffEntered = await orm.em.fork().findOneOrFail(SurveyCode, { code: codes[8]!.code });
    expect(staffEntered.channel).toBe('STAFF');
    const town2 = { userId: '', role: 'TOWNSHIP' as const, townshipId: String(ids.t2) };
    expect(await refusal(() => orm.em.fork().transactional((em) => closeSurvey(em, town2, survey.id, NOW)))).toEqual(['surveyId:UNKNOWN_REFERENCE']);
    const closed = await orm.em.fork().transactional((em) => closeSurvey(em, REGULATOR, survey.id, NOW));
    expect(closed.score).toMatchObject({ answers: 9, satisfied: 8, dissatisfied: 1, counts: true });
    expect(closed.score.rate).toBeCloseTo(8 / 9);
    expect(closed.g6RecordId).toBeNull();
    expect(await refusal(() => answer(codes[9]!.code, 'SATISFIED'))).toEqual(['surveyCode:SURVEY_CLOSED']);
  });

  it('G6 at 90%: proposed once, for the firm serving the community', async () => {
    const survey = await orm.em
      .fork()
      .transactional((em) =>
        createSurvey(
          em,
          REGULATOR,
          { communityId: String(ids.c3), title: '阳光小区满意度测评', sampleSize: 10, opensOn: '2026-11-10', closesOn: '2026-11-30' },
          random,
        ),
      );
    const codes = await orm.em.fork().find(SurveyCode, { survey: survey.id }, { orderBy: { position: 'asc' } });
    const answers = [
      'SATISFIED',
      'SATISFIED',
      'SATISFIED',
      'SATISFIED',
      'SATISFIED',
      'SATISFIED',
      'BASICALLY_SATISFIED',
      'BASICALLY_SATISFIED',
      'BASICALLY_SATISFIED',
      'DISSATISFIED',
    ];
    for (const [i, a] of answers.entries()) await orm.em.fork().transactional((em) => answerSurvey(em, { code: codes[i]!.code, answer: a }, null, NOW));
    const closed = await orm.em.fork().transactional((em) => closeSurvey(em, REGULATOR, survey.id, NOW));
    expect(closed.score.rate).toBe(0.9);
    expect(closed.g6RecordId).not.toBeNull();
    const record = await orm.em.fork().findOneOrFail(CreditRecord, { id: closed.g6RecordId! });
    expect(record).toMatchObject({ itemCode: 'G6', status: 'PROPOSED', points: 3, effectiveFrom: '2026-11-15' });
    expect(record.enterprise.id).toBe(ids.e1);
    expect(record.reason).toContain('90.0%');
    expect(await refusal(() => orm.em.fork().transactional((em) => closeSurvey(em, REGULATOR, survey.id, NOW)))).toEqual(['surveyId:SURVEY_ALREADY_CLOSED']);
  });

  it('a survey setup is checked: sample within the households, dates in order, community in the caller’s reach', async () => {
    const town2 = { userId: '', role: 'TOWNSHIP' as const, townshipId: String(ids.t2) };
    const setup = (principal: typeof REGULATOR | typeof town2, over: Record<string, unknown>) =>
      refusal(() =>
        orm.em
          .fork()
          .transactional((em) =>
            createSurvey(em, principal, { communityId: String(ids.c3), title: '测评', opensOn: '2026-11-10', closesOn: '2026-11-30', ...over }, random),
          ),
      );
    expect(await setup(REGULATOR, { sampleSize: 61 })).toEqual(['sampleSize:OUT_OF_RANGE']);
    expect(await setup(REGULATOR, { closesOn: '2026-11-01' })).toEqual(['closesOn:DATE_BEFORE']);
    expect(await setup(town2, {})).toEqual(['communityId:UNKNOWN_REFERENCE']);
  });
});
